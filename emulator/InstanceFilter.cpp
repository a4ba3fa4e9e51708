#include "InstanceFilter.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QString kTagPrefix = u"tag:"_s;

bool anyOf(const QStringList& values, const QStringList& candidates)
{
    return std::any_of(values.cbegin(), values.cend(), [&](const QString& v) { return candidates.contains(v); });
}

bool oneOf(const QStringList& values, const QString& candidate)
{
    return values.contains(candidate);
}

TencentError shapeError(const QString& what)
{
    return TencentError::withDetail(u"InvalidParameter"_s, u"Filters: %1."_s.arg(what), u"Filters：%1。"_s.arg(what));
}

} // namespace

QStringList InstanceFilter::supportedNames()
{
    return {u"zone"_s,
            u"project-id"_s,
            u"host-id"_s,
            u"dedicated-cluster-id"_s,
            u"vpc-id"_s,
            u"subnet-id"_s,
            u"instance-id"_s,
            u"uuid"_s,
            u"security-group-id"_s,
            u"instance-name"_s,
            u"instance-charge-type"_s,
            u"instance-state"_s,
            u"private-ip-address"_s,
            u"public-ip-address"_s,
            u"ipv6-address"_s,
            u"tag-key"_s,
            u"tag-value"_s,
            u"creation-start-time"_s,
            u"creation-end-time"_s};
}

TencentError InstanceFilter::parse(const QJsonValue& filters, const QString& region, InstanceFilter* out)
{
    out->m_conditions.clear();
    if (filters.isUndefined() || filters.isNull())
        return {};
    if (!filters.isArray())
        return shapeError(u"must be an array of {Name, Values}"_s);
    const QJsonArray list = filters.toArray();
    if (list.size() > MaxFilters)
        return TencentError::withDetail(u"InvalidParameterValue.LimitExceeded"_s,
                                        u"At most %1 filters per request."_s.arg(MaxFilters),
                                        u"每次请求最多 %1 个过滤条件。"_s.arg(MaxFilters));
    for (const QJsonValue& item : list) {
        const QJsonObject f = item.toObject();
        const QJsonValue name = f.value(u"Name"_s);
        const QJsonValue values = f.value(u"Values"_s);
        if (!item.isObject() || !name.isString() || !values.isArray())
            return shapeError(u"every filter needs a string Name and an array Values"_s);
        Condition c;
        c.name = name.toString();
        for (const QJsonValue& v : values.toArray()) {
            if (!v.isString())
                return shapeError(u"the Values of %1 must be strings"_s.arg(c.name));
            c.values.append(v.toString());
        }
        if (TencentError e = validate(c, region); e.isError())
            return e;
        out->m_conditions.append(c);
    }
    return {};
}

TencentError InstanceFilter::validate(Condition& c, const QString& region)
{
    if (c.name.startsWith(kTagPrefix) && c.name.size() > kTagPrefix.size())
        c.tagKey = c.name.mid(kTagPrefix.size());
    else if (!supportedNames().contains(c.name))
        return TencentError::withDetail(u"InvalidFilter"_s, u"Unknown filter %1."_s.arg(c.name),
                                        u"不支持的过滤条件 %1。"_s.arg(c.name));
    if (c.values.isEmpty())
        return TencentError::withDetail(u"InvalidParameterValue"_s, u"The filter %1 has no values."_s.arg(c.name),
                                        u"过滤条件 %1 没有取值。"_s.arg(c.name));
    if (c.values.size() > MaxValues)
        return TencentError::withDetail(u"InvalidFilterValue.LimitExceeded"_s,
                                        u"The filter %1 has more than %2 values."_s.arg(c.name).arg(MaxValues),
                                        u"过滤条件 %1 的取值超过 %2 个。"_s.arg(c.name).arg(MaxValues));
    if (c.name == u"zone"_s) {
        for (const QString& zone : std::as_const(c.values)) {
            if (!zone.startsWith(region + u'-'))
                return TencentError::withDetail(u"InvalidZone.MismatchRegion"_s,
                                                u"The zone %1 is not in %2."_s.arg(zone, region),
                                                u"可用区 %1 不属于地域 %2。"_s.arg(zone, region));
        }
    } else if (c.name == u"instance-id"_s) {
        QStringList malformed;
        for (const QString& id : std::as_const(c.values)) {
            if (!isWellFormedInstanceId(id))
                malformed.append(id);
        }
        if (!malformed.isEmpty())
            return TencentError::of(u"InvalidParameterValue.InstanceIdMalformed"_s, malformed);
    } else if (c.name == u"private-ip-address"_s || c.name == u"public-ip-address"_s) {
        for (const QString& ip : std::as_const(c.values)) {
            QHostAddress address;
            if (!address.setAddress(ip) || address.protocol() != QAbstractSocket::IPv4Protocol)
                return TencentError::withDetail(u"InvalidParameterValue.IPAddressMalformed"_s,
                                                u"%1 is not an IPv4 address."_s.arg(ip),
                                                u"%1 不是有效的 IPv4 地址。"_s.arg(ip));
        }
    } else if (c.name == u"creation-start-time"_s || c.name == u"creation-end-time"_s) {
        // One value, "2023-06-01 00:00:00" (UTC); ISO 8601 is accepted too.
        QDateTime t = QDateTime::fromString(c.values.first(), u"yyyy-MM-dd HH:mm:ss"_s);
        if (!t.isValid())
            t = QDateTime::fromString(c.values.first(), Qt::ISODate);
        if (!t.isValid() || c.values.size() != 1)
            return TencentError::withDetail(u"InvalidParameterValue.InvalidTimeFormat"_s,
                                            u"%1 takes one time such as 2023-06-01 00:00:00."_s.arg(c.name),
                                            u"%1 仅接受一个时间，例如 2023-06-01 00:00:00。"_s.arg(c.name));
        c.time = QDateTime(t.date(), t.time(), Qt::UTC);
    }
    return {};
}

bool InstanceFilter::matches(const Condition& c, const TencentInstance& i)
{
    if (!c.tagKey.isEmpty())
        return i.hasTagKey(c.tagKey) && oneOf(c.values, i.tagValue(c.tagKey));
    const QString& n = c.name;
    if (n == u"zone"_s)
        return oneOf(c.values, i.zone);
    if (n == u"instance-id"_s)
        return oneOf(c.values, i.instanceId);
    if (n == u"instance-state"_s)
        return oneOf(c.values, i.instanceState);
    if (n == u"instance-charge-type"_s)
        return oneOf(c.values, i.instanceChargeType);
    if (n == u"instance-name"_s) {
        return std::any_of(c.values.cbegin(), c.values.cend(),
                           [&i](const QString& part) { return i.instanceName.contains(part); });
    }
    if (n == u"private-ip-address"_s)
        return anyOf(c.values, i.privateIpAddresses);
    if (n == u"public-ip-address"_s)
        return anyOf(c.values, i.publicIpAddresses);
    if (n == u"tag-key"_s) {
        return std::any_of(i.tags.cbegin(), i.tags.cend(),
                           [&c](const TencentTag& t) { return c.values.contains(t.key); });
    }
    if (n == u"tag-value"_s) {
        return std::any_of(i.tags.cbegin(), i.tags.cend(),
                           [&c](const TencentTag& t) { return c.values.contains(t.value); });
    }
    if (n == u"project-id"_s)
        return oneOf(c.values, QString::number(i.projectId));
    if (n == u"host-id"_s)
        return oneOf(c.values, i.hostId);
    if (n == u"dedicated-cluster-id"_s)
        return oneOf(c.values, i.dedicatedClusterId);
    if (n == u"vpc-id"_s)
        return oneOf(c.values, i.vpcId);
    if (n == u"subnet-id"_s)
        return oneOf(c.values, i.subnetId);
    if (n == u"uuid"_s)
        return oneOf(c.values, i.uuid);
    if (n == u"security-group-id"_s)
        return anyOf(c.values, i.securityGroupIds);
    if (n == u"creation-start-time"_s)
        return i.createdTime >= c.time;
    if (n == u"creation-end-time"_s)
        return i.createdTime <= c.time;
    return false; // ipv6-address: the emulated instances have no IPv6 addresses
}

bool InstanceFilter::matches(const TencentInstance& instance) const
{
    return std::all_of(m_conditions.cbegin(), m_conditions.cend(),
                       [&instance](const Condition& c) { return matches(c, instance); });
}

} // namespace emulator

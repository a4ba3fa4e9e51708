#include "TencentInstanceJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace emulator::TencentInstanceJson {

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue listOrNull(const QStringList& list)
{
    return list.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(list));
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}

// Reads typed fields of a fleet-file record and remembers the first type error.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject& json)
        : m_json(json)
    { }

    void string(const QString& key, QString* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return typeError(key, u"a string"_s);
        *out = v.toString();
    }

    void boolean(const QString& key, bool* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return typeError(key, u"true or false"_s);
        *out = v.toBool();
    }

    void integer(const QString& key, int* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return typeError(key, u"an integer"_s);
        *out = v.toInt();
    }

    void number(const QString& key, double* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble())
            return typeError(key, u"a number"_s);
        *out = v.toDouble();
    }

    void strings(const QString& key, QStringList* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray())
            return typeError(key, u"an array of strings"_s);
        out->clear();
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return typeError(key, u"an array of strings"_s);
            out->append(item.toString());
        }
    }

    void time(const QString& key, QDateTime* out)
    {
        QString text;
        string(key, &text);
        if (text.isEmpty())
            return;
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return typeError(key, u"an ISO 8601 time such as 2024-01-02T03:04:05Z"_s);
        *out = t.toUTC();
    }

    void tags(const QString& key, QList<TencentTag>* out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray())
            return typeError(key, u"an array of {\"Key\",\"Value\"}"_s);
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject tag = item.toObject();
            if (!tag.value(u"Key"_s).isString())
                return typeError(key, u"an array of {\"Key\",\"Value\"}"_s);
            out->append({tag.value(u"Key"_s).toString(), tag.value(u"Value"_s).toString()});
        }
    }

    QString error() const { return m_error; }

private:
    void typeError(const QString& key, const QString& expected)
    {
        if (m_error.isEmpty())
            m_error = u"%1 must be %2"_s.arg(key, expected);
    }

    const QJsonObject& m_json;
    QString m_error;
};

} // namespace

QString formatTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonObject toJson(const TencentInstance& i)
{
    const bool prepaid = i.isPrepaid();
    QJsonObject placement{{u"Zone"_s, i.zone}, {u"ProjectId"_s, i.projectId}};
    if (!i.hostId.isEmpty())
        placement.insert(u"HostId"_s, i.hostId);

    QJsonArray tags;
    for (const TencentTag& t : i.tags)
        tags.append(QJsonObject{{u"Key"_s, t.key}, {u"Value"_s, t.value}});

    const QString diskSuffix = i.instanceId.mid(4);
    return QJsonObject{
        {u"InstanceId"_s, i.instanceId},
        {u"InstanceName"_s, i.instanceName},
        {u"InstanceState"_s, i.instanceState},
        {u"InstanceChargeType"_s, i.instanceChargeType},
        {u"CreatedTime"_s, timeOrNull(i.createdTime)},
        {u"ExpiredTime"_s, timeOrNull(i.expiredTime)},
        {u"RenewFlag"_s, prepaid ? orNull(i.renewFlag) : QJsonValue(QJsonValue::Null)},
        {u"RestrictState"_s, i.restrictState},
        {u"IsolatedSource"_s, i.isolatedSource},
        {u"DisableApiTermination"_s, i.disableApiTermination},
        {u"Placement"_s, placement},
        {u"InstanceType"_s, i.instanceType},
        {u"CPU"_s, i.cpu},
        {u"Memory"_s, i.memory},
        {u"PrivateIpAddresses"_s, QJsonArray::fromStringList(i.privateIpAddresses)},
        {u"PublicIpAddresses"_s, listOrNull(i.publicIpAddresses)},
        {u"IPv6Addresses"_s, QJsonValue(QJsonValue::Null)},
        {u"Tags"_s, tags},
        {u"LatestOperation"_s, orNull(i.latestOperation)},
        {u"LatestOperationState"_s, orNull(i.latestOperationState)},
        {u"LatestOperationRequestId"_s, orNull(i.latestOperationRequestId)},
        {u"LatestOperationErrorMsg"_s, orNull(i.latestOperationErrorMsg)},
        {u"OsName"_s, i.osName},
        {u"ImageId"_s, i.imageId},
        {u"SystemDisk"_s,
         QJsonObject{{u"DiskType"_s, u"CLOUD_PREMIUM"_s},
                     {u"DiskId"_s, QString(u"disk-"_s + diskSuffix)},
                     {u"DiskSize"_s, 50}}},
        {u"DataDisks"_s, QJsonValue(QJsonValue::Null)},
        {u"InternetAccessible"_s,
         QJsonObject{{u"InternetChargeType"_s, u"TRAFFIC_POSTPAID_BY_HOUR"_s},
                     {u"InternetMaxBandwidthOut"_s, i.publicIpAddresses.isEmpty() ? 0 : 10}}},
        {u"VirtualPrivateCloud"_s,
         QJsonObject{{u"VpcId"_s, i.vpcId},
                     {u"SubnetId"_s, i.subnetId},
                     {u"AsVpcGateway"_s, false},
                     {u"PrivateIpAddresses"_s, QJsonArray::fromStringList(i.privateIpAddresses)}}},
        {u"SecurityGroupIds"_s, QJsonArray::fromStringList(i.securityGroupIds)},
        {u"LoginSettings"_s, QJsonObject{{u"KeyIds"_s, QJsonValue(QJsonValue::Null)}}},
        {u"StopChargingMode"_s, i.stopChargingMode},
        {u"Uuid"_s, i.uuid},
        {u"DedicatedClusterId"_s, i.dedicatedClusterId},
    };
}

std::optional<TencentInstance> fromJson(const QJsonObject& json, QString* error)
{
    TencentInstance i;
    FieldReader r(json);
    r.string(u"InstanceId"_s, &i.instanceId);
    r.string(u"InstanceName"_s, &i.instanceName);
    r.string(u"Region"_s, &i.region);
    r.string(u"Zone"_s, &i.zone);
    const QJsonObject placement = json.value(u"Placement"_s).toObject();
    FieldReader p(placement);
    p.string(u"Zone"_s, &i.zone);
    p.integer(u"ProjectId"_s, &i.projectId);
    p.string(u"HostId"_s, &i.hostId);
    r.string(u"InstanceState"_s, &i.instanceState);
    r.string(u"InstanceChargeType"_s, &i.instanceChargeType);
    r.boolean(u"DisableApiTermination"_s, &i.disableApiTermination);
    r.string(u"RestrictState"_s, &i.restrictState);
    r.string(u"IsolatedSource"_s, &i.isolatedSource);
    r.time(u"CreatedTime"_s, &i.createdTime);
    r.time(u"ExpiredTime"_s, &i.expiredTime);
    r.string(u"RenewFlag"_s, &i.renewFlag);
    r.string(u"InstanceType"_s, &i.instanceType);
    r.integer(u"CPU"_s, &i.cpu);
    r.integer(u"Memory"_s, &i.memory);
    r.string(u"OsName"_s, &i.osName);
    r.string(u"ImageId"_s, &i.imageId);
    r.strings(u"PrivateIpAddresses"_s, &i.privateIpAddresses);
    r.strings(u"PublicIpAddresses"_s, &i.publicIpAddresses);
    r.tags(u"Tags"_s, &i.tags);
    r.string(u"LatestOperation"_s, &i.latestOperation);
    r.string(u"LatestOperationState"_s, &i.latestOperationState);
    r.string(u"LatestOperationRequestId"_s, &i.latestOperationRequestId);
    r.string(u"LatestOperationErrorMsg"_s, &i.latestOperationErrorMsg);
    r.string(u"Uuid"_s, &i.uuid);
    r.strings(u"SecurityGroupIds"_s, &i.securityGroupIds);
    r.string(u"DedicatedClusterId"_s, &i.dedicatedClusterId);
    r.string(u"StopChargingMode"_s, &i.stopChargingMode);
    const QJsonObject vpc = json.value(u"VirtualPrivateCloud"_s).toObject();
    FieldReader v(vpc);
    v.string(u"VpcId"_s, &i.vpcId);
    v.string(u"SubnetId"_s, &i.subnetId);
    r.boolean(u"Returnable"_s, &i.returnable);
    r.number(u"MonthlyPrice"_s, &i.monthlyPrice);

    QString problem = r.error();
    if (problem.isEmpty())
        problem = p.error();
    if (problem.isEmpty())
        problem = v.error();
    if (problem.isEmpty() && !isWellFormedInstanceId(i.instanceId))
        problem = u"InstanceId \"%1\" is not ins- followed by 8 lower-case letters or digits"_s.arg(i.instanceId);
    if (problem.isEmpty() && i.region.isEmpty()) {
        // ap-guangzhou-3 -> ap-guangzhou
        const qsizetype dash = i.zone.lastIndexOf(u'-');
        if (dash > 0)
            i.region = i.zone.left(dash);
        else
            problem = u"%1 needs a Region or a Placement.Zone"_s.arg(i.instanceId);
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (i.zone.isEmpty())
        i.zone = i.region + u"-1"_s;
    if (!i.createdTime.isValid())
        i.createdTime = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    if (i.instanceName.isEmpty())
        i.instanceName = u"未命名"_s;
    if (i.uuid.isEmpty())
        i.uuid = i.instanceId;
    return i;
}

} // namespace emulator::TencentInstanceJson

#include "TencentActions.h"

#include "InstanceFilter.h"
#include "TencentFleet.h"
#include "TencentInstanceJson.h"
#include "TencentParams.h"
#include "TencentRegions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QString kDescribeRegions = u"DescribeRegions"_s;
const QString kDescribeInstances = u"DescribeInstances"_s;
const QString kDescribeInstancesStatus = u"DescribeInstancesStatus"_s;
const QString kTerminateInstances = u"TerminateInstances"_s;
const QString kInquiryPrice = u"InquiryPriceTerminateInstances"_s;
const QString kModifyAttribute = u"ModifyInstancesAttribute"_s;

// One page of a listing, with the total of all matches.
template<typename Item>
QList<Item> page(const QList<Item>& all, int offset, int limit)
{
    if (offset >= all.size())
        return {};
    return all.mid(offset, limit);
}

} // namespace

TencentActions::TencentActions(TencentFleet& fleet, TencentLifecycle& lifecycle)
    : m_fleet(fleet)
    , m_termination(fleet, lifecycle)
    , m_attributes(fleet)
{ }

QStringList TencentActions::actions()
{
    return {kDescribeRegions,    kDescribeInstances, kDescribeInstancesStatus,
            kTerminateInstances, kInquiryPrice,      kModifyAttribute};
}

bool TencentActions::requiresRegion(const QString& action)
{
    return action != kDescribeRegions; // reference §6: DescribeRegions takes no region
}

bool TencentActions::requiresMfa(const QString& action)
{
    return action == kTerminateInstances || action == kModifyAttribute;
}

TencentResult TencentActions::run(const TencentCall& call)
{
    if (call.action == kDescribeRegions)
        return describeRegions(call);
    if (call.action == kDescribeInstances)
        return describeInstances(call);
    if (call.action == kDescribeInstancesStatus)
        return describeInstancesStatus(call);
    if (call.action == kTerminateInstances)
        return m_termination.terminate(call);
    if (call.action == kInquiryPrice)
        return m_termination.inquirePrice(call);
    if (call.action == kModifyAttribute)
        return m_attributes.modify(call);
    return TencentResult::failed(TencentError::of(u"InvalidAction"_s));
}

TencentResult TencentActions::describeRegions(const TencentCall& call) const
{
    if (TencentError e = TencentParams::rejectUnknown(call.params, {}); e.isError())
        return TencentResult::failed(e);
    QJsonArray set;
    for (const TencentRegion& r : TencentRegions::all()) {
        set.append(
            QJsonObject{{u"Region"_s, r.id}, {u"RegionName"_s, r.name(call.language)}, {u"RegionState"_s, r.state}});
    }
    return TencentResult::ok({{u"TotalCount"_s, set.size()}, {u"RegionSet"_s, set}});
}

QList<const TencentInstance*> TencentActions::byIds(const QStringList& ids, const QString& region) const
{
    QList<const TencentInstance*> out;
    for (const QString& id : ids) {
        const TencentInstance* i = m_fleet.find(id);
        if (i && i->region == region)
            out.append(i);
    }
    return out;
}

TencentResult TencentActions::describeInstances(const TencentCall& call) const
{
    const QJsonObject& p = call.params;
    if (TencentError e = TencentParams::rejectUnknown(p, {u"InstanceIds"_s, u"Filters"_s, u"Offset"_s, u"Limit"_s});
        e.isError())
        return TencentResult::failed(e);
    QStringList ids;
    if (TencentError e = TencentParams::instanceIds(p, &ids, false); e.isError())
        return TencentResult::failed(e);
    InstanceFilter filter;
    if (TencentError e = InstanceFilter::parse(p.value(u"Filters"_s), call.region, &filter); e.isError())
        return TencentResult::failed(e);
    // Reference §3.1: InstanceIds and Filters cannot be combined.
    if (!ids.isEmpty() && !filter.isEmpty())
        return TencentResult::failed(TencentError::withDetail(u"InvalidParameter"_s,
                                                              u"InstanceIds and Filters cannot be used together."_s,
                                                              u"InstanceIds 与 Filters 不能同时指定。"_s));
    int offset = 0;
    int limit = 0;
    if (TencentError e = TencentParams::paging(p, &offset, &limit); e.isError())
        return TencentResult::failed(e);

    QList<const TencentInstance*> matches;
    if (!ids.isEmpty()) {
        matches = byIds(ids, call.region);
    } else {
        for (const TencentInstance* i : m_fleet.inRegion(call.region)) {
            if (filter.matches(*i))
                matches.append(i);
        }
    }
    QJsonArray set;
    for (const TencentInstance* i : page(matches, offset, limit))
        set.append(TencentInstanceJson::toJson(*i));
    return TencentResult::ok({{u"TotalCount"_s, int(matches.size())}, {u"InstanceSet"_s, set}});
}

TencentResult TencentActions::describeInstancesStatus(const TencentCall& call) const
{
    const QJsonObject& p = call.params;
    if (TencentError e = TencentParams::rejectUnknown(p, {u"InstanceIds"_s, u"Offset"_s, u"Limit"_s}); e.isError())
        return TencentResult::failed(e);
    QStringList ids;
    if (TencentError e = TencentParams::instanceIds(p, &ids, false); e.isError())
        return TencentResult::failed(e);
    int offset = 0;
    int limit = 0;
    if (TencentError e = TencentParams::paging(p, &offset, &limit); e.isError())
        return TencentResult::failed(e);

    const QList<const TencentInstance*> matches = ids.isEmpty()
        ? QList<const TencentInstance*>(m_fleet.inRegion(call.region).cbegin(), m_fleet.inRegion(call.region).cend())
        : byIds(ids, call.region);
    QJsonArray set;
    for (const TencentInstance* i : page(matches, offset, limit))
        set.append(QJsonObject{{u"InstanceId"_s, i->instanceId}, {u"InstanceState"_s, i->instanceState}});
    return TencentResult::ok({{u"TotalCount"_s, int(matches.size())}, {u"InstanceStatusSet"_s, set}});
}

} // namespace emulator

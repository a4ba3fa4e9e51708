#include "TencentAttributes.h"

#include "TencentBatch.h"
#include "TencentFleet.h"
#include "TencentParams.h"

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QString kAction = u"ModifyInstancesAttribute"_s;
const QString kInstanceIds = u"InstanceIds"_s;
const QString kDisableApiTermination = u"DisableApiTermination"_s;
const QString kInstanceName = u"InstanceName"_s;

// Attributes the API defines but the emulator does not model: refused by name rather than as
// unknown parameters, so a client learns the emulator's limit and not a wrong API contract.
const QStringList& notEmulated()
{
    static const QStringList names{u"UserData"_s,    u"SecurityGroups"_s, u"CamRoleName"_s,
                                   u"CamRoleType"_s, u"HostName"_s,       u"AutoReboot"_s};
    return names;
}

bool given(const QJsonObject& params, const QString& key)
{
    const QJsonValue v = params.value(key);
    return !v.isUndefined() && !v.isNull();
}

// What the API refuses for an instance in these states (SDK error list of the action).
QString stateRefusal(const TencentInstance& i)
{
    if (i.instanceState == u"SHUTDOWN"_s)
        return u"UnsupportedOperation.InstanceStateShutdown"_s;
    if (i.instanceState == u"TERMINATING"_s)
        return u"UnsupportedOperation.InstanceStateTerminating"_s;
    return {};
}

TencentError attributeError(const QJsonObject& p)
{
    for (const QString& name : notEmulated()) {
        if (p.contains(name))
            return TencentError::withDetail(
                u"UnsupportedOperation"_s,
                u"The emulator does not change %1; it changes DisableApiTermination or InstanceName."_s.arg(name),
                u"模拟器不支持修改 %1，仅支持 DisableApiTermination 或 InstanceName。"_s.arg(name));
    }
    const int attributes = int(given(p, kDisableApiTermination)) + int(given(p, kInstanceName));
    if (attributes == 0)
        return TencentError::withDetail(u"MissingParameter"_s,
                                        u"Specify the attribute to change: DisableApiTermination or InstanceName."_s,
                                        u"请指定要修改的属性：DisableApiTermination 或 InstanceName。"_s);
    if (attributes > 1)
        return TencentError::withDetail(u"InvalidParameter"_s, u"Change one attribute per request."_s,
                                        u"每次请求只能修改一个属性。"_s);
    return {};
}

TencentError nameError(const QJsonObject& p, QString* name)
{
    const QJsonValue v = p.value(kInstanceName);
    if (!v.isString())
        return TencentError::withDetail(u"InvalidParameter"_s, u"InstanceName must be a string."_s,
                                        u"InstanceName 应为字符串。"_s);
    *name = v.toString();
    if (name->isEmpty())
        return TencentError::withDetail(u"InvalidParameterValue"_s, u"InstanceName must not be empty."_s,
                                        u"InstanceName 不能为空。"_s);
    const qsizetype bytes = name->toUtf8().size();
    if (bytes > TencentAttributes::MaxInstanceNameBytes)
        return TencentError::withDetail(
            u"InvalidInstanceName.TooLong"_s,
            u"InstanceName has %1 bytes, at most %2."_s.arg(bytes).arg(TencentAttributes::MaxInstanceNameBytes),
            u"InstanceName 为 %1 字节，最多 %2 字节。"_s.arg(bytes).arg(TencentAttributes::MaxInstanceNameBytes));
    return {};
}

} // namespace

TencentAttributes::TencentAttributes(TencentFleet& fleet)
    : m_fleet(fleet)
{ }

TencentResult TencentAttributes::modify(const TencentCall& call)
{
    const QJsonObject& p = call.params;
    if (TencentError e = TencentParams::rejectUnknown(
            p, QStringList{kInstanceIds, kDisableApiTermination, kInstanceName} + notEmulated());
        e.isError())
        return TencentResult::failed(e);
    QStringList ids;
    if (TencentError e = TencentParams::instanceIds(p, &ids, true); e.isError())
        return TencentResult::failed(e);
    if (TencentError e = attributeError(p); e.isError())
        return TencentResult::failed(e);

    const bool renames = given(p, kInstanceName);
    bool disableApiTermination = false;
    QString name;
    if (TencentError e =
            renames ? nameError(p, &name) : TencentParams::boolean(p, kDisableApiTermination, &disableApiTermination);
        e.isError())
        return TencentResult::failed(e);

    QList<TencentInstance*> batch;
    if (TencentError e = TencentBatch::resolve(m_fleet, ids, call.region, &batch); e.isError())
        return TencentResult::failed(e);
    // The state first: a TERMINATING instance also has its operation running, and the state is
    // what the API names.
    if (TencentError e = TencentBatch::firstRefusal(batch, {stateRefusal, TencentBatch::operationInProgress});
        e.isError())
        return TencentResult::failed(e);

    for (TencentInstance* i : std::as_const(batch)) {
        if (renames)
            i->instanceName = name;
        else
            i->disableApiTermination = disableApiTermination;
        i->latestOperation = kAction;
        i->latestOperationState = u"SUCCESS"_s;
        i->latestOperationRequestId = call.requestId;
        i->latestOperationErrorMsg.clear();
    }
    return TencentResult::ok({});
}

} // namespace emulator

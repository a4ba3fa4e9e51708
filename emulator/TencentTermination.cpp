#include "TencentTermination.h"

#include "TencentBatch.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"
#include "TencentParams.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

using TencentBatch::Check;
using TencentBatch::firstRefusal;

// All instances of one call must share a charge type (reference §4.1).
TencentError mixedChargeTypes(const QList<TencentInstance*>& batch)
{
    QStringList types;
    for (const TencentInstance* i : batch) {
        if (!types.contains(i->instanceChargeType))
            types.append(i->instanceChargeType);
    }
    if (types.size() <= 1)
        return {};
    return TencentError::withDetail(u"UnsupportedOperation.InstanceMixedPricingModel"_s,
                                    u"The batch mixes %1."_s.arg(types.join(u", "_s)),
                                    u"本次请求包含多种付费模式：%1。"_s.arg(types.join(u", "_s)));
}

const QString kShutdown = u"SHUTDOWN"_s;

QString protectedCheck(const TencentInstance& i)
{
    return i.disableApiTermination ? u"UnsupportedOperation.InstancesProtected"_s : QString();
}

QString bannedCheck(const TencentInstance& i)
{
    return i.restrictState == u"PROTECTIVELY_ISOLATED"_s ? u"UnsupportedOperation.InstanceStateBanning"_s : QString();
}

// Returning a subscription (not destroying it from the recycle bin) follows the return policy.
bool isReturn(const TencentInstance& i)
{
    return i.isPrepaid() && i.instanceState != kShutdown;
}

QString roundedAmount(double amount)
{
    return QString::number(amount, 'f', 2);
}

} // namespace

TencentTermination::TencentTermination(TencentFleet& fleet, TencentLifecycle& lifecycle)
    : m_fleet(fleet)
    , m_lifecycle(lifecycle)
{ }

QString TencentTermination::stateRefusal(const QString& state)
{
    static const QHash<QString, QString> refusals{
        {u"PENDING"_s, u"UnsupportedOperation.InstanceStatePending"_s},
        {u"LAUNCH_FAILED"_s, u"UnsupportedOperation.InstanceStateLaunchFailed"_s},
        {u"STARTING"_s, u"UnsupportedOperation.InstanceStateStarting"_s},
        {u"STOPPING"_s, u"UnsupportedOperation.InstanceStateStopping"_s},
        {u"REBOOTING"_s, u"UnsupportedOperation.InstanceStateRebooting"_s},
        {u"TERMINATING"_s, u"UnsupportedOperation.InstanceStateTerminating"_s},
        {u"ENTER_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateEnterRescueMode"_s},
        {u"EXIT_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateExitRescueMode"_s},
        {u"ENTER_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s},
        {u"EXIT_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateExitServiceLiveMigrate"_s},
        // The steady rescue and migration states have no code of their own in the reference; the
        // instance is in the middle of a platform operation, which is what this code says.
        {u"RESCUE_MODE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
        {u"SERVICE_LIVE_MIGRATE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
    };
    if (state == u"RUNNING"_s || state == u"STOPPED"_s || state == kShutdown)
        return {};
    return refusals.value(state, u"UnsupportedOperation"_s);
}

double TencentTermination::refundOf(const TencentInstance& i, const QDateTime& now)
{
    if (!i.isPrepaid() || i.instanceState == kShutdown || !i.expiredTime.isValid() || i.expiredTime <= now)
        return 0;
    const double unusedDays = double(now.secsTo(i.expiredTime)) / 86400.0;
    return std::round(i.monthlyPrice * unusedDays / 30.0 * 100.0) / 100.0;
}

TencentResult TencentTermination::terminate(const TencentCall& call)
{
    const QJsonObject& p = call.params;
    if (TencentError e =
            TencentParams::rejectUnknown(p, {u"InstanceIds"_s, u"ReleaseAddress"_s, u"ReleasePrepaidDataDisks"_s});
        e.isError())
        return TencentResult::failed(e);
    QStringList ids;
    if (TencentError e = TencentParams::instanceIds(p, &ids, true); e.isError())
        return TencentResult::failed(e);
    bool releaseAddress = false;
    bool releaseDataDisks = false; // accepted; the emulator models no data disks
    if (TencentError e = TencentParams::boolean(p, u"ReleaseAddress"_s, &releaseAddress); e.isError())
        return TencentResult::failed(e);
    if (TencentError e = TencentParams::boolean(p, u"ReleasePrepaidDataDisks"_s, &releaseDataDisks); e.isError())
        return TencentResult::failed(e);

    QList<TencentInstance*> batch;
    if (TencentError e = TencentBatch::resolve(m_fleet, ids, call.region, &batch); e.isError())
        return TencentResult::failed(e);
    if (TencentError e = mixedChargeTypes(batch); e.isError())
        return TencentResult::failed(e);

    // Protection first, as the API checks it; then restrictions, states, running operations and
    // the return policy of subscriptions (commercial images, instances outside the policy).
    const QList<Check> checks{
        protectedCheck,
        bannedCheck,
        [](const TencentInstance& i) { return stateRefusal(i.instanceState); },
        TencentBatch::operationInProgress,
        [](const TencentInstance& i) {
            return isReturn(i) && i.hasCommercialOs() ? u"UnsupportedOperation.RedHatInstanceTerminateUnsupported"_s
                                                      : QString();
        },
        [](const TencentInstance& i) {
            return isReturn(i) && !i.returnable ? u"InvalidInstanceNotSupportedPrepaidInstance"_s : QString();
        },
    };
    if (TencentError e = firstRefusal(batch, checks); e.isError())
        return TencentResult::failed(e);

    for (TencentInstance* i : std::as_const(batch)) {
        if (isReturn(*i))
            m_lifecycle.isolate(i->instanceId, call.requestId, releaseAddress);
        else
            m_lifecycle.destroy(i->instanceId, call.requestId);
    }
    return TencentResult::ok({});
}

TencentResult TencentTermination::inquirePrice(const TencentCall& call)
{
    const QJsonObject& p = call.params;
    // ReleasePrepaidDataDisks is not in the request model, but the description mentions it
    // (reference §4.2, unconfirmed): accepted so clients that send it are not refused.
    if (TencentError e = TencentParams::rejectUnknown(p, {u"InstanceIds"_s, u"ReleasePrepaidDataDisks"_s}); e.isError())
        return TencentResult::failed(e);
    QStringList ids;
    if (TencentError e = TencentParams::instanceIds(p, &ids, true); e.isError())
        return TencentResult::failed(e);
    bool releaseDataDisks = false;
    if (TencentError e = TencentParams::boolean(p, u"ReleasePrepaidDataDisks"_s, &releaseDataDisks); e.isError())
        return TencentResult::failed(e);

    QList<TencentInstance*> batch;
    if (TencentError e = TencentBatch::resolve(m_fleet, ids, call.region, &batch); e.isError())
        return TencentResult::failed(e);
    if (TencentError e = mixedChargeTypes(batch); e.isError())
        return TencentResult::failed(e);

    const QList<Check> checks{
        bannedCheck,
        // A quote is a refund of a subscription. What the API says for postpaid instances is
        // unconfirmed (reference §4.2); of its documented codes, "This instance is not supported"
        // is the one that fits an instance that has nothing to refund.
        [](const TencentInstance& i) { return i.isPrepaid() ? QString() : u"InvalidInstance.NotSupported"_s; },
        // The quote list has no commercial-image code; "unreturnable" is what such an instance is.
        [](const TencentInstance& i) {
            return isReturn(i) && i.hasCommercialOs() ? u"FailedOperation.Unreturnable"_s : QString();
        },
        [](const TencentInstance& i) {
            return isReturn(i) && !i.returnable ? u"InvalidInstanceNotSupportedPrepaidInstance"_s : QString();
        },
    };
    if (TencentError e = firstRefusal(batch, checks); e.isError())
        return TencentResult::failed(e);

    QJsonArray refunds;
    for (const TencentInstance* i : std::as_const(batch)) {
        const double refund = refundOf(*i, call.now);
        const QString amount = roundedAmount(refund);
        // The doc example's wording (reference §4.2); the currency is implicit (CNY).
        const QString detail = call.language == Language::English
            ? u"Refund: %1 CNY, cash coupons: 0 CNY, vouchers and discount coupons are not refunded (unused time "
              "refunded pro rata;"_s.arg(amount)
            : u"退款:%1元,现金券: 0元,代金券/折扣券不退(按未使用时长比例退款;"_s.arg(amount);
        refunds.append(
            QJsonObject{{u"InstanceId"_s, i->instanceId}, {u"Refunds"_s, refund}, {u"PriceDetail"_s, detail}});
    }
    return TencentResult::ok({{u"InstanceRefundsSet"_s, refunds}});
}

} // namespace emulator

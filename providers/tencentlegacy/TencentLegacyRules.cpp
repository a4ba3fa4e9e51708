#include "TencentLegacyRules.h"

#include "TencentRules.h"

using namespace Qt::StringLiterals;

namespace {

const QString kReturnInstance = u"ReturnInstance"_s;
const QString kTerminate = u"TerminateInstances"_s;
const QString kShutdown = u"SHUTDOWN"_s;
// ReturnInstance's one documented business error (seed 000), spelled as Tencent spells it.
const QString kInvalidStatus = u"OperationConstraints.InvaildInstanceStatus"_s;

Decision returnDecision(const Instance& instance)
{
    if (instance.rawState == kShutdown)
        return Decision::blocked(u"Teardown.AlreadyInRecycleBin"_s);
    // ReturnInstance knows one refusal for every state and operation that is in the way.
    if (instance.restriction == u"PROTECTIVELY_ISOLATED"_s || instance.lastOperation.state == u"OPERATING"_s
        || !TencentRules::refusalForState(instance.rawState).isEmpty())
        return Decision::blocked(kInvalidStatus);
    if (!TencentLegacyRules::isPostpaid(instance.rawChargeType))
        return Decision::blocked(u"Teardown.LegacyPostpaidOnly"_s);

    Decision d;
    d.action = kReturnInstance;
    d.maxPerCall = 1; // ReturnInstance takes one instanceId
    d.outcome = Outcome::DestroyedNow;
    d.expectedEnd = ExpectedEnd::Gone;
    return d;
}

Decision releaseDecision(const Instance& instance)
{
    // TerminateInstances 2017-03-12 is API 3.0's action served on the legacy host: its codes.
    if (instance.restriction == u"PROTECTIVELY_ISOLATED"_s)
        return Decision::blocked(u"UnsupportedOperation.InstanceStateBanning"_s);
    if (instance.lastOperation.state == u"OPERATING"_s)
        return Decision::blocked(u"OperationDenied.InstanceOperationInProgress"_s);
    if (instance.rawState != kShutdown)
        return Decision::blocked(u"Teardown.NotInRecycleBin"_s);

    Decision d;
    d.action = kTerminate;
    d.batchKey = instance.rawChargeType; // one charge type per call
    d.maxPerCall = TencentLegacyRules::MaxIdsPerTerminate;
    d.outcome = Outcome::DestroyedNow;
    d.expectedEnd = ExpectedEnd::Gone;
    return d;
}

} // namespace

bool TencentLegacyRules::isPostpaid(QStringView rawChargeType)
{
    return rawChargeType == u"POSTPAID_BY_HOUR"_s || rawChargeType == u"SPOTPAID"_s;
}

Decision TencentLegacyRules::decide(const Instance& instance, Intent intent) const
{
    if (instance.terminationProtected)
        return Decision::blocked(u"UnsupportedOperation.InstancesProtected"_s);
    return intent == Intent::Return ? returnDecision(instance) : releaseDecision(instance);
}

bool TencentLegacyRules::isWellFormedId(const QString& instanceId) const
{
    // ReturnInstance takes the ins- id that listing gives, like every other call here.
    return TencentRules().isWellFormedId(instanceId);
}

bool TencentLegacyRules::quotesRefund(const Instance& instance, const Decision& decision) const
{
    // Nothing a legacy account sends refunds a subscription.
    Q_UNUSED(instance);
    Q_UNUSED(decision);
    return false;
}

QDateTime TencentLegacyRules::recoverableUntil(const Instance& instance, const QDateTime& movedAt) const
{
    Q_UNUSED(instance);
    return movedAt.addDays(RecycleBinRetentionDays);
}

bool TencentLegacyRules::meansCredentialsRefused(const ProviderError& error) const
{
    if (TencentRules::isCredentialsRefusal(error))
        return true;
    return error.kind == ProviderError::Kind::Api
        && (error.code == u"4100"_s || error.code == u"4104"_s || error.code == u"4105"_s);
}

QString TencentLegacyRules::liftProtectionRefusal() const
{
    return u"Teardown.LiftProtectionLegacy"_s;
}

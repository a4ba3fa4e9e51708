#include "ZenlayerRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ZenlayerRules::terminateRefusal(QStringView rawState)
{
    // Seed 002's error table; PENDING is the step before CREATING and RECYCLING the step before
    // RECYCLE, which the common code for resources being recycled covers.
    if (rawState == u"CREATING"_s || rawState == u"PENDING"_s)
        return u"OPERATION_DENIED_INSTANCE_CREATING"_s;
    if (rawState == u"INSTALLING"_s)
        return u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s;
    if (rawState == u"RECYCLE"_s)
        return u"OPERATION_DENIED_INSTANCE_RECYCLED"_s;
    if (rawState == u"RECYCLING"_s)
        return u"OPERATION_FAILED_FOR_RECYCLE_RESOURCE"_s;
    return {};
}

Decision ZenlayerRules::decide(const Instance& instance, Intent intent) const
{
    Decision d;
    if (intent == Intent::Release) {
        if (instance.rawState != u"RECYCLE"_s)
            return Decision::blocked(u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s);
        d.action = ReleaseAction;
        d.maxPerCall = MaxIdsPerRelease;
        d.outcome = Outcome::DestroyedNow;
        d.expectedEnd = ExpectedEnd::Gone;
        return d;
    }

    if (const QString refusal = terminateRefusal(instance.rawState); !refusal.isEmpty())
        return Decision::blocked(refusal);
    d.action = TerminateAction;
    d.maxPerCall = 1; // TerminateInstance takes exactly one instanceId
    if (instance.rawState == u"CREATE_FAILED"_s) {
        // Deleted directly; a subscription is refunded in full.
        d.outcome = Outcome::DeletedCreationFailed;
        d.expectedEnd = ExpectedEnd::Gone;
    } else if (instance.rawChargeType == u"PREPAID"_s) {
        // Only the subscription is cancelled; the instance keeps running until it expires.
        d.outcome = Outcome::SubscriptionCancelled;
        d.expectedEnd = ExpectedEnd::Unchanged;
    } else {
        d.outcome = Outcome::MovedToRecycleBin;
        d.expectedEnd = ExpectedEnd::InRecycleBin;
    }
    // A planned call carries one outcome and one expected end for all its instances.
    d.batchKey = outcomeKey(d.outcome);
    return d;
}

bool ZenlayerRules::isWellFormedId(const QString& instanceId) const
{
    // Every instance id in the API's examples and SDK models is a decimal string.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[0-9]{1,32}"_s));
    return pattern.match(instanceId).hasMatch();
}

bool ZenlayerRules::quotesRefund(const Instance& instance, const Decision& decision) const
{
    // BMC has no refund inquiry for returning or releasing (reference §4.6).
    Q_UNUSED(instance);
    Q_UNUSED(decision);
    return false;
}

QDateTime ZenlayerRules::recoverableUntil(const Instance& instance, const QDateTime& movedAt) const
{
    Q_UNUSED(instance);
    return movedAt.addSecs(qint64(RecycleBinRetentionHours) * 3600);
}

bool ZenlayerRules::resendsWhenNotApplied(const Decision& decision) const
{
    if (decision.action == TerminateAction)
        return decision.outcome == Outcome::MovedToRecycleBin;
    return decision.action == ReleaseAction;
}

bool ZenlayerRules::meansAlreadyDone(const ProviderError& error, const Decision& decision) const
{
    if (error.kind != ProviderError::Kind::Api)
        return false;
    // Terraform's reading too: terminating what is already in the recycle bin reached the goal,
    // and releasing what no longer exists did as well.
    if (decision.action == TerminateAction)
        return decision.outcome == Outcome::MovedToRecycleBin && error.code == u"OPERATION_DENIED_INSTANCE_RECYCLED"_s;
    if (decision.action == ReleaseAction)
        return error.code == u"INVALID_INSTANCE_NOT_FOUND"_s || error.code == u"OPERATION_FAILED_RESOURCE_NOT_FOUND"_s;
    return false;
}

bool ZenlayerRules::meansCredentialsRefused(const ProviderError& error) const
{
    return error.kind == ProviderError::Kind::Api
        && (error.code == u"AUTHFAILURE_SIGNATURE_FAILURE"_s || error.code == u"AUTHFAILURE_INVALID_AUTHORIZATION"_s);
}

QString ZenlayerRules::liftProtectionRefusal() const
{
    return u"Teardown.LiftProtectionZenlayer"_s;
}

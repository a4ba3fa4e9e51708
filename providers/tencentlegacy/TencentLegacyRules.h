#pragma once

#include "TeardownRules.h"

// Return rules of a Tencent account on the legacy API 2.0 host (reference §5.3, §5.4, seeds 000
// and 001). Which call an instance gets:
// - Return, pay-as-you-go (hourly or spot): ReturnInstance, one instanceId per call, destroyed.
//   ReturnInstance serves only postpaid instances; the seed sends prepaid users to a ticket, so a
//   prepaid (or host-billed) instance is blocked in the plan with that advice, never sent.
// - Release from the recycle bin: TerminateInstances with Version=2017-03-12, at most 100
//   InstanceIds.N of one charge type per call, destroyed.
// Protection, platform restrictions, running operations and transitional states are refused
// before sending, as the provider would refuse them.
class TencentLegacyRules : public TeardownRules
{
public:
    static constexpr int MaxIdsPerTerminate = 100;
    static constexpr int RecycleBinRetentionDays = 7;

    Decision decide(const Instance& instance, Intent intent) const override;
    bool isWellFormedId(const QString& instanceId) const override;
    bool quotesRefund(const Instance& instance, const Decision& decision) const override;
    QDateTime recoverableUntil(const Instance& instance, const QDateTime& movedAt) const override;
    // Nothing a legacy account sends moves an instance into the recycle bin (ReturnInstance
    // destroys, TerminateInstances releases): an instance it lists there is not dated from its
    // own release calls.
    QString recycleBinEntryAction() const override { return {}; }
    // The API 3.0 codes (TencentRules) and the common codes 4100 (signature), 4104 (key), 4105 (token).
    bool meansCredentialsRefused(const ProviderError& error) const override;
    // ReturnInstance (pay-as-you-go only) and the release both destroy: twice destroys the same instance.
    bool resendsWhenNotApplied(const Decision& decision) const override
    {
        return decision.outcome == Outcome::DestroyedNow;
    }
    // Termination protection is not lifted through this host: Teardown.LiftProtectionLegacy.
    QString liftProtectionRefusal() const override;

    static bool isPostpaid(QStringView rawChargeType);
};

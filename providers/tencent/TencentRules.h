#pragma once

#include "TeardownRules.h"

// Tencent Cloud CVM return rules (TerminateInstances, reference §4 and seed 003): at most 100 ids
// per call and one charge type per call; pay-as-you-go and other non-prepaid instances are
// destroyed at once; a prepaid instance's first call moves it to the recycle bin (SHUTDOWN) and a
// second call destroys it; protected instances, transitional states and failed launches are
// refused with the code the API gives.
class TencentRules : public TeardownRules
{
public:
    static constexpr int MaxIdsPerCall = 100;
    static inline const QString LiftProtectionAction = QStringLiteral("ModifyInstancesAttribute");
    static constexpr int RecycleBinRetentionDays = 7;

    Decision decide(const Instance& instance, Intent intent) const override;
    bool isWellFormedId(const QString& instanceId) const override;
    bool quoteRefusesReturn(const ProviderError& error) const override;
    bool quotesRefund(const Instance& instance, const Decision& decision) const override;
    QDateTime recoverableUntil(const Instance& instance, const QDateTime& movedAt) const override;
    QString recycleBinEntryAction() const override;
    QString refundCurrency() const override;
    bool offersReleaseAddress() const override { return true; }
    bool offersReleasePrepaidDataDisks() const override { return true; }
    // Destroying (pay-as-you-go, spot, or a release from the recycle bin) twice destroys the same instance.
    bool resendsWhenNotApplied(const Decision& decision) const override
    {
        return decision.outcome == Outcome::DestroyedNow;
    }
    // ModifyInstancesAttribute with DisableApiTermination false, at most 100 ids a call; refused for
    // an instance in the recycle bin (UnsupportedOperation.InstanceStateShutdown).
    bool offersLiftProtection() const override { return true; }
    Decision liftProtection(const Instance& instance) const override;
    bool meansCredentialsRefused(const ProviderError& error) const override;

    // The code TerminateInstances answers for an instance in this state, or empty when the state
    // allows the call. Shared by both intents.
    static QString refusalForState(QStringView rawState);
    // The API 3.0 codes of refused credentials: an expired or wrong session token, an unknown or
    // disabled key, a signature the key does not make. Also answered on the legacy host.
    static bool isCredentialsRefusal(const ProviderError& error);
};

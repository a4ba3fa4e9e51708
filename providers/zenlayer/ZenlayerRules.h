#pragma once

#include "TeardownRules.h"

// Zenlayer BMC return rules (seeds 002 TerminateInstance and 004 ReleaseInstances, reference §4):
// TerminateInstance takes one id and moves a pay-as-you-go instance to the recycle bin (RECYCLE),
// released automatically after 24 hours; an instance whose creation failed is deleted at once; a
// subscription only has its subscription cancelled and is returned when it expires. CREATING,
// INSTALLING and RECYCLE instances are refused with the seed's codes. ReleaseInstances takes up to
// 100 ids, recycle-bin instances only.
class ZenlayerRules : public TeardownRules
{
public:
    static constexpr int MaxIdsPerRelease = 100;
    static constexpr int RecycleBinRetentionHours = 24;
    static inline const QString TerminateAction = QStringLiteral("TerminateInstance");
    static inline const QString ReleaseAction = QStringLiteral("ReleaseInstances");

    Decision decide(const Instance& instance, Intent intent) const override;
    bool isWellFormedId(const QString& instanceId) const override;
    bool quotesRefund(const Instance& instance, const Decision& decision) const override;
    QDateTime recoverableUntil(const Instance& instance, const QDateTime& movedAt) const override;
    // TerminateInstance: ReleaseInstances only ever destroys what is in the bin.
    QString recycleBinEntryAction() const override { return TerminateAction; }
    bool meansAlreadyDone(const ProviderError& error, const Decision& decision) const override;
    // Terminating into the recycle bin and releasing from it: a second call finds the goal reached
    // (meansAlreadyDone). Not a subscription's cancellation, whose second call says nothing certain.
    bool resendsWhenNotApplied(const Decision& decision) const override;
    // An Authorization the key does not make, or one that cannot be read (not the clock's skew).
    bool meansCredentialsRefused(const ProviderError& error) const override;
    // BMC has no termination protection the API could lift: Teardown.LiftProtectionZenlayer.
    QString liftProtectionRefusal() const override;

    // The code TerminateInstance answers for an instance in this state, or empty when it is sent.
    static QString terminateRefusal(QStringView rawState);
};

#pragma once

#include "Instance.h"
#include "ProviderError.h"

#include <QDateTime>
#include <QString>

// What the operator asks for.
enum class Intent {
    Return, // give instances back: destroy, or move to the recycle bin where the provider has one
    Release, // destroy instances that are already in the recycle bin
};

// What will happen to an instance when its call succeeds.
enum class Outcome {
    DestroyedNow, // irreversible
    MovedToRecycleBin, // recoverable until the provider releases it
    SubscriptionCancelled, // returned by the provider when the subscription ends
    DeletedCreationFailed, // creation had failed; deleted at once
};

// The state the runner waits for after a successful call.
enum class ExpectedEnd { Gone, InRecycleBin, Unchanged };

QString intentKey(Intent intent);
QString outcomeKey(Outcome outcome);
QString outcomeLabel(Outcome outcome); // translated
bool isIrreversible(Outcome outcome);

// A provider rule table's verdict on one instance for one intent.
struct Decision
{
    QString blockedCode; // empty when allowed; otherwise the code the API would give, or a console code
    // What the code's text refers to: language-neutral for keep tags (KeepTags::Verdict::detail), a
    // translated sentence for what the console found out (e.g. what changed since a plan was saved).
    QString blockedDetail = {};
    Outcome outcome = Outcome::DestroyedNow;
    ExpectedEnd expectedEnd = ExpectedEnd::Gone;
    QString action; // the API action that carries it
    QString batchKey; // instances with equal (account, region, action, key) may share one call
    int maxPerCall = 1;
    // Allowed only because the plan lifts the instance's termination protection first
    // (PlanOptions::liftProtection): a lift call goes before the call that carries it.
    bool liftsProtection = false;

    bool isAllowed() const { return blockedCode.isEmpty(); }
    static Decision blocked(const QString& code, const QString& detail = {})
    {
        Decision d;
        d.blockedCode = code;
        d.blockedDetail = detail;
        return d;
    }
    // Why it is blocked, as an error for ErrorCatalog::describe (with the detail in the context).
    ProviderError blockedError() const;
    friend bool operator==(const Decision&, const Decision&) = default;
};

// Options a provider offers for its destructive call; all off unless the operator turns them on.
struct PlanOptions
{
    bool releaseAddress = false; // Tencent: also release the EIP
    bool releasePrepaidDataDisks = false; // Tencent: also release prepaid data disks
    // Plan instances tagged to be kept (KeepTags) like any other; the plan then needs the typed confirmation.
    bool ignoreKeepTags = false;
    // Lift the termination protection of instances blocked only by it, then return them
    // (TeardownRules::offersLiftProtection). A production account's instances need the second
    // option as well; either way the plan then needs the typed confirmation.
    bool liftProtection = false;
    bool liftProtectionOnProduction = false;
    friend bool operator==(const PlanOptions&, const PlanOptions&) = default;
};

// One provider dialect's return rules. The planner asks it about every instance; nothing else in
// the console decides what a provider would allow.
class TeardownRules
{
public:
    virtual ~TeardownRules() = default;

    virtual Decision decide(const Instance& instance, Intent intent) const = 0;
    virtual bool isWellFormedId(const QString& instanceId) const = 0;
    // Whether the provider quotes a refund for this decision (Tencent: prepaid to the recycle bin).
    virtual bool quotesRefund(const Instance& instance, const Decision& decision) const = 0;
    // Until when an instance moved to the recycle bin at `movedAt` can be recovered.
    virtual QDateTime recoverableUntil(const Instance& instance, const QDateTime& movedAt) const = 0;
    // The action whose success moves an instance into the recycle bin, so that the history can
    // date its stay there (AutoReleaseEstimator); empty when nothing this dialect sends does.
    virtual QString recycleBinEntryAction() const { return {}; }
    // The ISO 4217 currency of the refunds this dialect quotes; empty when it quotes none.
    virtual QString refundCurrency() const { return {}; }
    // An error that means the call's goal is already reached (Zenlayer: terminating an instance
    // that is already in the recycle bin). Such instances are reported done, not failed.
    virtual bool meansAlreadyDone(const ProviderError& error, const Decision& decision) const
    {
        Q_UNUSED(error);
        Q_UNUSED(decision);
        return false;
    }
    // Whether a call whose re-read proves it was not applied may be sent once more: only where a
    // second application cannot end differently from the first (destroying what would be destroyed
    // anyway; terminating what is already in the recycle bin, which meansAlreadyDone reports done).
    // Never a prepaid instance's first return: if the first call were applied late, the second
    // would release the instance for good.
    virtual bool resendsWhenNotApplied(const Decision& decision) const
    {
        Q_UNUSED(decision);
        return false;
    }
    // An error that says the account's credentials were refused (an expired or wrong session
    // token, an unknown or disabled key): every further call through the account would be refused
    // alike, so a run stops sending through it.
    virtual bool meansCredentialsRefused(const ProviderError& error) const
    {
        Q_UNUSED(error);
        return false;
    }
    // Whether a refund quote's error says the instance cannot be returned at all; the plan then
    // blocks it instead of letting its batch be refused.
    virtual bool quoteRefusesReturn(const ProviderError& error) const
    {
        Q_UNUSED(error);
        return false;
    }
    // Which PlanOptions this dialect's call understands.
    virtual bool offersReleaseAddress() const { return false; }
    virtual bool offersReleasePrepaidDataDisks() const { return false; }
    // Whether this dialect can lift termination protection before its destructive call
    // (PlanOptions::liftProtection); when it cannot, liftProtectionRefusal() is the console code
    // (ErrorCatalog: text and advice) that says why, for the plan to show.
    virtual bool offersLiftProtection() const { return false; }
    virtual QString liftProtectionRefusal() const;
    // The call that lifts this instance's protection (its action and ids per call), or blocked
    // when the instance's state does not allow it. Asked only where offersLiftProtection().
    virtual Decision liftProtection(const Instance& instance) const;
};

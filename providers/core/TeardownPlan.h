#pragma once

#include "Instance.h"
#include "TeardownRules.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One selected instance and what will happen to it.
struct PlanItem
{
    Instance instance;
    Decision decision;
    QDateTime recoverableUntil; // for MovedToRecycleBin: an estimate from the provider's retention
    bool keptByTag = false; // its keep tags (KeepTags) keep it: blocked, or planned because they are ignored
    friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

// What a planned call does in a run.
enum class CallKind {
    Teardown, // the destructive call (return, release)
    LiftProtection, // lifts termination protection; the TeardownAfterLift call of its instances follows
    TeardownAfterLift, // the destructive call of instances whose protection was lifted first
};

// One API call the runner will send: same account, region, action and batch key; at most the
// provider's limit of ids.
struct PlannedCall
{
    QString accountId;
    QString region;
    QString action;
    QString batchKey;
    Outcome outcome = Outcome::DestroyedNow;
    ExpectedEnd expectedEnd = ExpectedEnd::Gone;
    QStringList instanceIds;
    PlanOptions options;
    QString request; // the exact request as the provider will get it, for people to check
    CallKind kind = CallKind::Teardown;
    friend bool operator==(const PlannedCall&, const PlannedCall&) = default;
};

// An account acting in the plan whose temporary credentials run out within the hour, or have.
struct ExpiringCredentials
{
    QString accountName;
    QDateTime expires;
    friend bool operator==(const ExpiringCredentials&, const ExpiringCredentials&) = default;
};

struct RefundQuote
{
    QString accountId;
    QString instanceId;
    double amount = 0;
    QString detail; // the provider's own breakdown text
    QString currency = {}; // ISO 4217, from the dialect's rules (TeardownRules::refundCurrency)
    friend bool operator==(const RefundQuote&, const RefundQuote&) = default;
};

// Everything the operator confirms: per instance its outcome or the reason it is blocked, the
// calls that will be sent, and the refunds quoted. Dialogs and the CLI only render it.
class TeardownPlan
{
public:
    Intent intent = Intent::Return;
    PlanOptions options;
    QList<PlanItem> items; // in selection order, one per distinct instance
    QList<PlannedCall> calls;
    QHash<QString, RefundQuote> refunds; // by instance key
    QStringList productionAccounts; // names of production accounts the plan acts on
    QList<ExpiringCredentials> expiringCredentials; // see TokenExpiry::planWarning
    ProviderError quoteError; // set when a refund quote could not be obtained
    // Which PlanOptions an account acting in the plan understands: only those are offered.
    bool offersReleaseAddress = false;
    bool offersReleasePrepaidDataDisks = false;
    // Whether an instance of the plan is tagged to be kept: only then is ignoring keep tags offered.
    bool offersIgnoreKeepTags = false;
    // Whether turning PlanOptions::liftProtection on would lift the protection of an instance of the
    // plan; the second option when such an instance is in a production account (ProtectionLift).
    bool offersLiftProtection = false;
    bool offersLiftProtectionOnProduction = false;
    // How many instances it would lift: of other accounts, and of production accounts.
    int liftableCount = 0;
    int liftableOnProductionCount = 0;
    // Why protected instances of the plan cannot have their protection lifted: the console codes of
    // their dialects (TeardownRules::liftProtectionRefusal), each once.
    QStringList liftProtectionRefusals;

    const PlanItem* item(const QString& key) const;
    int allowedCount() const;
    int blockedCount() const;
    int count(Outcome outcome) const;
    int irreversibleCount() const;
    // Instances tagged to be kept that the plan acts on all the same (PlanOptions::ignoreKeepTags).
    int keptActedOnCount() const;
    // Instances whose termination protection the plan lifts before returning them.
    int liftedCount() const;
    // The refunds quoted, summed per currency (ISO 4217; empty when the dialect does not say).
    QMap<QString, double> refundTotals() const;

    // Friction grows with risk: anything irreversible, any instance of a production account, any
    // instance tagged to be kept, or any whose termination protection is lifted, needs the operator to
    // type the phrase. The phrase is the number of instances acted on.
    bool requiresTypedConfirmation() const;
    QString confirmationPhrase() const;
    bool isEmpty() const { return calls.isEmpty(); }
};

Q_DECLARE_METATYPE(TeardownPlan)

#pragma once

#include "Clock.h"
#include "RunReport.h"
#include "SentVerification.h"
#include "TeardownPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class Provider;
class TeardownPlanner;

struct RunnerSettings
{
    int pollIntervalMs = 2000; // between state reads while verifying
    int verifyTimeoutMs = 5 * 60 * 1000; // after which a sent call that shows no effect is reported unknown
    int unknownRechecks = 3; // fresh reads after a lost reply before its outcome is reported unknown
};

struct RunLogEntry
{
    QDateTime time;
    QString accountName;
    QString region;
    QString text; // translated
    bool problem = false;
};

Q_DECLARE_METATYPE(RunLogEntry)

// The calls of one account in one region, sent one after another: re-check, send, then handle
// refusals (split out the offenders once) and lost replies (decide from fresh reads; resend only
// where they prove nothing was applied and a second application ends the same), while every sent
// instance is verified, alongside the later calls, until it reaches its expected state. Lanes of different
// accounts and regions run in parallel; the provider's rate limiter paces them.
class RunLane : public QObject
{
    Q_OBJECT

public:
    // The plan's item of an instance of the lane's account, or null: the runner's, which outlive the
    // lane. A lane that copied its items took a third of the 56 ms a 9,000-instance run took to start.
    using PlanItemLookup = std::function<const PlanItem*(const QString& instanceId)>;

    // The lane keeps its provider for as long as it runs, whatever happens to the account meanwhile.
    RunLane(std::shared_ptr<Provider> provider, const TeardownPlanner& planner, Intent intent, QList<PlannedCall> calls,
            PlanItemLookup planItem, const RunnerSettings& settings, Clock clock, std::function<bool()> isCanceled,
            QObject* parent = nullptr);

    void start();
    QList<InstanceResult> results() const { return m_results.values(); }
    // The account's credentials were refused (here or in another lane of the account): nothing more
    // is sent; instances not sent yet are reported Skipped with Teardown.CredentialsRefused.
    void stopSending(const ProviderError& refusal);

signals:
    void resultChanged(const InstanceResult& result);
    void logged(const RunLogEntry& entry);
    void finished();
    // A call of this lane was refused for the account's credentials (TeardownRules::meansCredentialsRefused).
    void credentialsRefused(const ProviderError& refusal);

private:
    void nextCall();
    void recheck(PlannedCall call);
    void send(PlannedCall call, bool restAfterSplit);
    // Lifts the protection of a lift call's instances (ProtectionLifter); those lifted wait for their
    // return, the others fail with Teardown.ProtectionNotLifted.
    void liftProtection(const PlannedCall& call);
    void onRefused(const PlannedCall& call, const ProviderError& error, bool restAfterSplit);
    void splitAfterRefusal(PlannedCall call, const ProviderError& error);
    void resolveUnknown(PlannedCall call, const ProviderError& error, int readsLeft);
    bool showsApplied(const QString& id, const Instance* fresh, const PlannedCall& call) const;
    QStringList provenNotApplied(const PlannedCall& call, const QStringList& undecided, const QList<Instance>& read);
    // Emits finished() once: every call sent (or skipped) and every sent instance settled.
    void finishIfDone();

    void update(const QString& id, RunState state, const ProviderError& error = {});
    // True when the error refuses the account's credentials; then every lane of the account stops.
    bool stopsAccount(const ProviderError& error);
    void skipUnsent(const QStringList& ids);
    void log(const QString& text, bool problem = false);
    QStringList idsIn(const PlannedCall& call, RunState state) const;
    // What the plan decided for the instance, as the run has changed it (its protection lifted).
    Decision planned(const QString& id) const;

    std::shared_ptr<Provider> m_holder;
    Provider& m_provider;
    const TeardownPlanner& m_planner;
    Intent m_intent;
    QList<PlannedCall> m_calls;
    qsizetype m_next = 0;
    PlanItemLookup m_planItem;
    QSet<QString> m_lifted; // protection lifted by the run: returned as unprotected instances are
    QHash<QString, InstanceResult> m_results; // by instance id
    QHash<QString, Instance> m_beforeSend; // the record read just before sending
    QSet<QString> m_resent; // sent a second time after a re-read proved the first was not applied
    QHash<QString, QDateTime> m_sentAt;
    RunnerSettings m_settings;
    Clock m_clock;
    std::function<bool()> m_isCanceled;
    SentVerification m_verification;
    bool m_sendingDone = false;
    bool m_finished = false;
    ProviderError m_stopped; // set once the account's credentials were refused
};

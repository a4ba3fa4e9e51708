#pragma once

#include "Clock.h"
#include "Instance.h"
#include "InstanceRecheck.h"
#include "PlanFile.h"
#include "RunLane.h"
#include "TeardownPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class History;
class ProviderDirectory;
class RefundQuoter;
class SavedPlanReplay;
class TeardownRun;

// What a run's result means for the listed instance: gone, or in the recycle bin until a time.
struct InstanceChange
{
    QString key;
    bool gone = false;
    QString rawState;
    Lifecycle lifecycle = Lifecycle::Unknown;
    QDateTime autoRelease; // invalid: not known
};

// The whole teardown flow, for the console and teardownctl alike: a selection is planned, the
// refunds are quoted (asynchronously), the plan is re-planned when an option changes, the operator
// confirms exactly the plan shown, the run executes it, and its results are turned into changes of
// the listed instances. Front ends render its state and send it intents; none of them plans, opens
// a provider or creates a runner.
//
// One confirmation at a time: a request while a plan is being confirmed is refused (the front end
// brings the open one forward). Runs may overlap, but an instance that a run is still acting on is
// blocked in any new plan, so no instance is ever in two runs at once.
class TeardownController : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle, // nothing being confirmed
        Planning, // a plan is shown; refund quotes are on their way, so it may still change
        Confirming, // the plan is final and can be confirmed
    };
    Q_ENUM(Stage)

    enum class Purpose {
        Run, // the plan is to be confirmed and run: the history must be writable
        Review, // the plan is only shown (teardownctl plan): nothing will be sent
    };

    enum class RequestResult { Started, ConfirmationOpen, NothingSelected, HistoryUnavailable, PlanFileRefused };

    // `history` is where every destructive call is recorded before it is sent; a plan for a run is
    // refused while it is missing or cannot be written. Not owned; may be null.
    TeardownController(ProviderDirectory& providers, const History* history, Clock clock = systemClock(),
                       QObject* parent = nullptr);
    ~TeardownController() override;

    void setRunnerSettings(const RunnerSettings& settings) { m_settings = settings; }
    // Where retries find an instance as the console knows it now; without it, as it was planned.
    void setInstanceLookup(std::function<std::optional<Instance>(const QString& key)> lookup);
    // Whether the front end shows an instance from a listing kept from an earlier session
    // (ConsoleFleet): such instances are read again before they are planned, and the plan is made
    // from what their provider says now (one that is gone, or cannot be read, is blocked).
    void setKeptListingCheck(std::function<bool(const Instance&)> isKept);

    RequestResult request(Intent intent, const QList<Instance>& selection, Purpose purpose = Purpose::Run,
                          const PlanOptions& options = {});
    // Plans the instances a run's provider refused once more. Unknown outcomes are never included.
    RequestResult retryFailed(const TeardownRun* run);
    // Opens a saved plan (docs/plan-format.md) to be confirmed like any other. The file is refused
    // as a whole (PlanFileRefused, why in `refusal`) when it is older than `maxAgeSeconds` or its
    // accounts are not configured here with the key it was made with (SavedPlanGate). Otherwise
    // the saved plan is shown at once and its instances are read again; the plan is final once
    // they are, with every instance that changed since blocked (SavedPlanReplay). Its options and
    // calls are the file's; nothing it does not name is ever sent.
    RequestResult requestSaved(const PlanFile& file, Purpose purpose = Purpose::Run,
                               qint64 maxAgeSeconds = PlanFile::DefaultMaxAgeSeconds, ProviderError* refusal = nullptr);
    // The same for a file on disk, with the default maximum age; a file that cannot be read whole
    // is refused too (PlanFileReader).
    RequestResult requestSavedFile(const QString& path, ProviderError* refusal = nullptr);
    // Saves the plan shown, who saved it and when: `revision` must be the current plan's, and the
    // plan final. No error, or why the file was not written.
    ProviderError savePlan(const QString& path, int revision) const;
    // Where the plan shown was saved, when it was opened from a file.
    const std::optional<PlanOrigin>& savedOrigin() const { return m_origin; }

    // Re-plans the same selection with other options; the refunds are quoted again. A plan opened
    // from a file keeps the file's options.
    void setOptions(const PlanOptions& options);
    // Starts a run of the plan the operator saw: `revision` must be the current plan's, and the
    // plan final. Returns the run, or null when there is nothing to confirm.
    TeardownRun* confirm(int revision);
    // The operator closed the confirmation without confirming.
    void dismiss();

    Stage stage() const { return m_stage; }
    Purpose purpose() const { return m_purpose; }
    bool isPlanFinal() const { return m_stage == Stage::Confirming; }
    // The plan shown is of kept instances that are being read again (setKeptListingCheck()).
    bool isReadingKeptAgain() const { return !m_keptReads.isEmpty() && !m_keptReadDone; }
    const TeardownPlan& plan() const { return m_plan; }
    int planRevision() const { return m_revision; }
    // Every run since this controller started, oldest first.
    QList<TeardownRun*> runs() const;
    bool hasActiveRun() const;

signals:
    // A new request is planned: front ends show the plan (it follows in planChanged).
    void requested();
    // A request arrived while a confirmation was open: bring it forward.
    void confirmationPending();
    void planChanged(const TeardownPlan& plan, int revision);
    void stageChanged(TeardownController::Stage stage);
    void runStarted(TeardownRun* run);
    void runFinished(TeardownRun* run);
    void instanceChanged(const InstanceChange& change);

private:
    // A request whose plan is made over the next turns of the event loop (request()).
    struct PendingRequest
    {
        quint64 number;
        int revision;
    };
    bool isCurrent(PendingRequest pending) const;
    // The selection's kept rows are to be read again before anything is planned from them.
    bool keptNeedReading() const { return !m_keptReads.isEmpty() && !m_keptReadDone; }
    void replan(); // plans the selection afresh and shows it
    TeardownPlan planFresh() const;
    void showPlan(const TeardownPlan& plan); // described, then quoted
    void rereadKept();
    void onKeptReread();
    void recheckSaved();
    void onRechecked();
    bool isInActiveRun(const QString& instanceKey) const;
    void forgetSaved();
    // Each call's exact request. A call that reads the same as the one at its place in `described`
    // (the plan it came from, with its refund quotes) keeps that one's text: describing 90 calls of
    // 100 instances takes 12 ms of the UI thread.
    TeardownPlan describeCalls(TeardownPlan plan, const TeardownPlan& described = {}) const;
    void onQuoted(const TeardownPlan& plan);
    void setStage(Stage stage);
    void onRunResult(const InstanceResult& result);
    bool canRecord() const;

    ProviderDirectory& m_providers;
    const History* m_history;
    Clock m_clock;
    RunnerSettings m_settings;
    std::function<std::optional<Instance>(const QString&)> m_lookup;
    std::function<bool(const Instance&)> m_isKept;

    Stage m_stage = Stage::Idle;
    Purpose m_purpose = Purpose::Run;
    Intent m_intent = Intent::Return;
    QList<Instance> m_selection;
    QList<InstanceRecheck::Read> m_keptReads; // the kept instances of this request
    bool m_keptReadDone = false; // read since the request, and since the accounts last changed
    QHash<QString, ProviderError> m_rereadRefusals; // kept instances that are gone or could not be read
    PlanOptions m_options;
    TeardownPlan m_plan;
    int m_revision = 0;
    quint64 m_requests = 0; // requests made, so that a plan deferred to the next turn is of the last
    QPointer<RefundQuoter> m_quoter; // the quotes of the current plan; older ones are dropped
    std::unique_ptr<SavedPlanReplay> m_replay; // set while a plan opened from a file is shown
    std::optional<PlanOrigin> m_origin;
    QPointer<InstanceRecheck> m_recheck;
    QList<TeardownRun*> m_runs;
};

#include "TeardownController.h"

#include "History.h"
#include "InstanceRecheck.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"
#include "ProviderDirectory.h"
#include "ProviderFactory.h"
#include "RefundQuoter.h"
#include "SavedPlanGate.h"
#include "SavedPlanReplay.h"
#include "TeardownPlanner.h"
#include "TeardownRun.h"

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

TeardownController::TeardownController(ProviderDirectory& providers, const History* history, Clock clock,
                                       QObject* parent)
    : QObject(parent)
    , m_providers(providers)
    , m_history(history)
    , m_clock(std::move(clock))
{
    // An account opened, reopened or removed while a plan is shown: the plan is made again, so
    // that what is confirmed matches the accounts as they are (a removed one's instances blocked).
    connect(&m_providers, &ProviderDirectory::changed, this, [this] {
        if (m_stage == Stage::Idle)
            return;
        if (m_replay) {
            recheckSaved();
        } else {
            m_keptReadDone = false; // read what the front end kept again, through the accounts as they are now
            replan();
        }
    });
}

TeardownController::~TeardownController() = default;

void TeardownController::setInstanceLookup(std::function<std::optional<Instance>(const QString&)> lookup)
{
    m_lookup = std::move(lookup);
}

void TeardownController::setKeptListingCheck(std::function<bool(const Instance&)> isKept)
{
    m_isKept = std::move(isKept);
}

bool TeardownController::canRecord() const
{
    return m_history && m_history->isOpen();
}

TeardownController::RequestResult TeardownController::request(Intent intent, const QList<Instance>& selection,
                                                              Purpose purpose, const PlanOptions& options)
{
    if (m_stage != Stage::Idle) {
        emit confirmationPending();
        return RequestResult::ConfirmationOpen;
    }
    if (selection.isEmpty())
        return RequestResult::NothingSelected;
    // Every destructive call is recorded before it is sent; without the history nothing is.
    if (purpose == Purpose::Run && !canRecord())
        return RequestResult::HistoryUnavailable;
    forgetSaved();
    m_intent = intent;
    m_purpose = purpose;
    m_selection = selection;
    m_options = options;
    m_rereadRefusals.clear();
    QList<Instance> kept;
    for (const Instance& instance : selection) {
        if (m_isKept && m_isKept(instance))
            kept << instance;
    }
    m_keptReads = InstanceRecheck::readsOf(kept);
    m_keptReadDone = false;
    emit requested();
    // The confirmation window opens in this turn of the event loop, the plan is made in the next
    // and shown in the one after: for 9,000 instances planning takes about 30 ms, describing its
    // calls and showing it as long again, and a window should not stand still 60–90 ms at once
    // (bench_console). A dismissal, another request or a change of the options in between wins.
    setStage(Stage::Planning);
    const PendingRequest pending{++m_requests, m_revision};
    // Timers of 1 ms, not posted events (nor timers of 0 ms, which Qt posts): Qt delivers the
    // events posted before a batch together, so the window's first paint and the planning would
    // make one stall of their sum.
    QTimer::singleShot(1, this, [this, pending] {
        if (!isCurrent(pending))
            return;
        if (keptNeedReading()) {
            rereadKept();
            return;
        }
        QTimer::singleShot(1, this, [this, pending, plan = planFresh()] {
            if (isCurrent(pending))
                showPlan(plan);
        });
    });
    return RequestResult::Started;
}

void TeardownController::rereadKept()
{
    // The plan of what the kept listing says, while it is read again: not final, not quoted.
    m_plan =
        describeCalls(TeardownPlanner(m_providers.plannerLookup(), m_clock).plan(m_selection, m_intent, m_options));
    ++m_revision;
    setStage(Stage::Planning);
    emit planChanged(m_plan, m_revision);

    delete m_recheck;
    m_recheck = new InstanceRecheck(m_providers, this);
    connect(m_recheck, &InstanceRecheck::finished, this, &TeardownController::onKeptReread);
    m_recheck->start(m_keptReads);
}

void TeardownController::onKeptReread()
{
    if (sender() != m_recheck || m_stage != Stage::Planning || m_replay)
        return;
    m_recheck->deleteLater();
    m_rereadRefusals.clear();
    QSet<QString> reread; // the kept instances of this request
    for (const InstanceRecheck::Read& read : std::as_const(m_keptReads)) {
        for (const QString& id : read.instanceIds)
            reread.insert(Instance::keyFor(read.accountId, id));
    }
    for (Instance& instance : m_selection) {
        const QString key = instance.key();
        if (!reread.contains(key))
            continue;
        if (const auto error = m_recheck->errors().constFind(key); error != m_recheck->errors().cend())
            m_rereadRefusals.insert(key, *error);
        else if (const auto fresh = m_recheck->fresh().constFind(key); fresh != m_recheck->fresh().cend())
            instance = *fresh;
        else
            m_rereadRefusals.insert(key, ProviderError::local(u"Teardown.NoLongerExists"_s));
    }
    m_keptReadDone = true;
    replan();
}

TeardownController::RequestResult TeardownController::retryFailed(const TeardownRun* run)
{
    if (!run)
        return RequestResult::NothingSelected;
    QList<Instance> selection;
    for (const QString& key : run->failedKeys()) {
        std::optional<Instance> now = m_lookup ? m_lookup(key) : std::nullopt;
        if (!now) {
            if (const PlanItem* planned = run->plan().item(key))
                now = planned->instance;
        }
        if (now)
            selection << *now;
    }
    // Planned again from what is known now; the runner re-reads each one before sending.
    return request(run->plan().intent, selection);
}

void TeardownController::setOptions(const PlanOptions& options)
{
    if (m_stage == Stage::Idle || options == m_options || m_replay)
        return;
    m_options = options;
    replan();
}

void TeardownController::replan()
{
    if (keptNeedReading()) {
        rereadKept();
        return;
    }
    showPlan(planFresh());
}

bool TeardownController::isCurrent(PendingRequest pending) const
{
    // A dismissal, a newer request or a plan shown meanwhile (the options changed) wins.
    return m_requests == pending.number && m_stage == Stage::Planning && m_revision == pending.revision;
}

TeardownPlan TeardownController::planFresh() const
{
    const TeardownPlanner planner(m_providers.plannerLookup(), m_clock);
    TeardownPlan plan = planner.plan(m_selection, m_intent, m_options);

    // An instance a run is still acting on is not planned again until that run has settled it.
    QHash<QString, ProviderError> refusals = m_rereadRefusals;
    for (const PlanItem& item : std::as_const(plan.items)) {
        if (isInActiveRun(item.instance.key()))
            refusals.insert(item.instance.key(), ProviderError::local(u"Teardown.InActiveRun"_s));
    }
    if (!refusals.isEmpty())
        plan = planner.withRefusals(plan, refusals);
    return plan;
}

void TeardownController::showPlan(const TeardownPlan& plan)
{
    m_plan = describeCalls(plan);
    ++m_revision;
    setStage(Stage::Planning);
    emit planChanged(m_plan, m_revision);

    // Quotes of an earlier plan are dropped with their quoter.
    delete m_quoter;
    m_quoter = new RefundQuoter(m_providers, this);
    connect(m_quoter, &RefundQuoter::finished, this, &TeardownController::onQuoted);
    m_quoter->quote(m_plan);
}

void TeardownController::onQuoted(const TeardownPlan& plan)
{
    if (sender() != m_quoter || m_stage != Stage::Planning)
        return;
    m_quoter->deleteLater();
    m_plan = describeCalls(plan, m_plan);
    ++m_revision;
    setStage(Stage::Confirming);
    emit planChanged(m_plan, m_revision);
}

TeardownPlan TeardownController::describeCalls(TeardownPlan plan, const TeardownPlan& described) const
{
    for (qsizetype i = 0; i < plan.calls.size(); ++i) {
        PlannedCall& call = plan.calls[i];
        if (i < described.calls.size()) {
            PlannedCall before = described.calls.at(i);
            before.request.clear();
            call.request.clear();
            if (before == call) {
                call.request = described.calls.at(i).request;
                continue;
            }
        }
        if (const Provider* provider = m_providers.provider(call.accountId))
            call.request = provider->describeCall(call);
    }
    return plan;
}

TeardownRun* TeardownController::confirm(int revision)
{
    if (m_stage != Stage::Confirming || revision != m_revision || m_purpose != Purpose::Run || m_plan.isEmpty()
        || !canRecord())
        return nullptr;
    auto* run = new TeardownRun(int(m_runs.size()) + 1, m_providers, m_plan, m_settings, m_clock, this);
    m_runs.append(run);
    connect(run, &TeardownRun::instanceUpdated, this, &TeardownController::onRunResult);
    connect(run, &TeardownRun::finished, this, [this, run] { emit runFinished(run); });
    m_selection.clear();
    forgetSaved();
    setStage(Stage::Idle);
    // Started first, so whoever shows it finds every instance in its report.
    run->start();
    emit runStarted(run);
    return run;
}

void TeardownController::dismiss()
{
    if (m_stage == Stage::Idle)
        return;
    delete m_quoter;
    m_selection.clear();
    forgetSaved();
    setStage(Stage::Idle);
}

void TeardownController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

QList<TeardownRun*> TeardownController::runs() const
{
    return m_runs;
}

bool TeardownController::hasActiveRun() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const TeardownRun* r) { return r->isRunning(); });
}

void TeardownController::onRunResult(const InstanceResult& result)
{
    if (result.state != RunState::Done)
        return;
    InstanceChange change;
    change.key = result.key;
    switch (whatHappened(result)) {
    case Happened::Destroyed:
    case Happened::DeletedCreationFailed:
        change.gone = true;
        break;
    case Happened::InRecycleBin: {
        const Provider* provider = m_providers.provider(result.accountId);
        if (!provider || result.observedState.isEmpty())
            return; // the next listing tells
        change.rawState = result.observedState;
        change.lifecycle = ProviderCatalog::lifecycleOf(providerOf(provider->account().dialect), result.observedState);
        change.autoRelease = result.releaseAt;
        break;
    }
    default:
        return; // a cancelled subscription keeps running; nothing to show until the next listing
    }
    emit instanceChanged(change);
}

bool TeardownController::isInActiveRun(const QString& instanceKey) const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [&](const TeardownRun* run) { return run->isActingOn(instanceKey); });
}

TeardownController::RequestResult TeardownController::requestSaved(const PlanFile& file, Purpose purpose,
                                                                   qint64 maxAgeSeconds, ProviderError* refusal)
{
    if (m_stage != Stage::Idle) {
        emit confirmationPending();
        return RequestResult::ConfirmationOpen;
    }
    if (purpose == Purpose::Run && !canRecord())
        return RequestResult::HistoryUnavailable;
    QHash<QString, QString> accountIds;
    if (const ProviderError why = SavedPlanGate::check(file, m_providers, m_clock(), maxAgeSeconds, &accountIds);
        why.isError()) {
        if (refusal)
            *refusal = why;
        return RequestResult::PlanFileRefused;
    }
    m_purpose = purpose;
    m_intent = file.plan.intent;
    m_options = file.plan.options;
    m_selection.clear();
    m_replay = std::make_unique<SavedPlanReplay>(file, accountIds);
    m_origin = file.origin;
    emit requested();
    recheckSaved();
    return RequestResult::Started;
}

TeardownController::RequestResult TeardownController::requestSavedFile(const QString& path, ProviderError* refusal)
{
    if (m_stage != Stage::Idle) {
        emit confirmationPending();
        return RequestResult::ConfirmationOpen;
    }
    PlanFile file;
    if (const ProviderError unreadable = PlanFileReader::read(path, &file); unreadable.isError()) {
        if (refusal)
            *refusal = unreadable;
        return RequestResult::PlanFileRefused;
    }
    return requestSaved(file, Purpose::Run, PlanFile::DefaultMaxAgeSeconds, refusal);
}

void TeardownController::recheckSaved()
{
    // The plan as it was saved, while its instances are read again: not final, so not confirmable.
    m_plan = describeCalls(m_replay->saved());
    ++m_revision;
    setStage(Stage::Planning);
    emit planChanged(m_plan, m_revision);

    delete m_quoter;
    delete m_recheck;
    m_recheck = new InstanceRecheck(m_providers, this);
    connect(m_recheck, &InstanceRecheck::finished, this, &TeardownController::onRechecked);
    m_recheck->start(m_replay->reads());
}

void TeardownController::onRechecked()
{
    if (sender() != m_recheck || m_stage != Stage::Planning || !m_replay)
        return;
    const TeardownPlan plan = m_replay->replay(m_recheck->fresh(), m_recheck->errors(), m_providers.plannerLookup(),
                                               m_clock(), [this](const QString& key) { return isInActiveRun(key); });
    m_recheck->deleteLater();
    m_plan = describeCalls(plan);
    ++m_revision;
    setStage(Stage::Confirming);
    emit planChanged(m_plan, m_revision);
}

void TeardownController::forgetSaved()
{
    delete m_recheck;
    m_keptReads.clear();
    m_replay.reset();
    m_origin.reset();
}

ProviderError TeardownController::savePlan(const QString& path, int revision) const
{
    if (m_stage != Stage::Confirming || revision != m_revision) {
        ProviderError notFinal = ProviderError::local(u"Teardown.PlanFileNotWritten"_s);
        notFinal.context = tr("The plan is not final yet: wait for the refund quotes.");
        return notFinal;
    }
    QList<Account> accounts;
    for (const Provider* provider : m_providers.providers())
        accounts << provider->account();
    return PlanFileWriter::write(path, PlanFile::fromPlan(m_plan, accounts, PlanOrigin::current(m_clock())));
}

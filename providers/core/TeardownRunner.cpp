#include "TeardownRunner.h"

#include "ProviderDirectory.h"

using namespace Qt::StringLiterals;

TeardownRunner::TeardownRunner(ProviderDirectory& providers, RunnerSettings settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
    , m_planner(providers.plannerLookup(), clock)
    , m_settings(settings)
    , m_clock(std::move(clock))
{ }

void TeardownRunner::start(const TeardownPlan& plan)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_canceled = false;
    m_plan = plan;
    m_report = {};
    m_report.intent = plan.intent;
    m_report.startedAt = m_clock();
    m_index.clear();
    m_lanes.clear();

    m_index.reserve(plan.items.size());
    m_report.results.reserve(plan.items.size());
    // An account's name, looked up once per account rather than once per instance.
    QHash<QString, QString> accountNames;
    for (const PlanItem& item : plan.items) {
        InstanceResult r;
        r.key = item.instance.key();
        r.accountId = item.instance.accountId;
        if (!accountNames.contains(r.accountId)) {
            const Provider* p = m_providers.provider(r.accountId);
            accountNames.insert(r.accountId, p ? p->account().name : r.accountId);
        }
        r.accountName = accountNames.value(r.accountId);
        r.region = item.instance.region;
        r.instanceId = item.instance.id;
        r.instanceName = item.instance.name;
        r.action = item.decision.action;
        r.outcome = item.decision.outcome;
        r.observedState = item.instance.rawState;
        r.updatedAt = m_report.startedAt;
        if (!item.decision.isAllowed()) {
            r.state = RunState::Blocked;
            r.error = item.decision.blockedError();
        }
        m_index.insert(r.key, m_report.results.size());
        m_report.results.append(r);
    }

    // One lane per account and region, in the order the plan lists its calls.
    QList<QString> laneOrder;
    QHash<QString, QList<PlannedCall>> lanes;
    for (const PlannedCall& call : plan.calls) {
        const QString key = call.accountId + u'\n' + call.region;
        if (!lanes.contains(key))
            laneOrder << key;
        lanes[key].append(call);
    }
    for (const QString& key : std::as_const(laneOrder)) {
        const QList<PlannedCall>& calls = lanes[key];
        std::shared_ptr<Provider> provider = m_providers.share(calls.first().accountId);
        if (!provider) {
            for (const PlannedCall& call : calls) {
                for (const QString& id : call.instanceIds) {
                    InstanceResult& r = m_report.results[m_index.value(Instance::keyFor(call.accountId, id))];
                    r.state = RunState::Failed;
                    r.error = ProviderError::local(u"Teardown.UnknownAccount"_s);
                }
            }
            continue;
        }
        const QString accountId = calls.first().accountId;
        auto* lane = new RunLane(
            provider, m_planner, plan.intent, calls,
            [this, accountId](const QString& instanceId) { return planItem(accountId, instanceId); }, m_settings,
            m_clock, [this] { return m_canceled; }, this);
        connect(lane, &RunLane::resultChanged, this, &TeardownRunner::onResultChanged);
        connect(lane, &RunLane::logged, this, &TeardownRunner::logged);
        connect(lane, &RunLane::finished, this, &TeardownRunner::onLaneFinished);
        connect(lane, &RunLane::credentialsRefused, this,
                [this, accountId = calls.first().accountId](const ProviderError& refusal) {
                    stopAccount(accountId, refusal);
                });
        m_lanes.insert(calls.first().accountId, lane);
        connect(lane, &RunLane::finished, lane, &QObject::deleteLater);
        ++m_lanesRunning;
        lane->start();
    }
    if (m_lanesRunning == 0) {
        ++m_lanesRunning; // finish asynchronously like any other run
        QMetaObject::invokeMethod(this, &TeardownRunner::onLaneFinished, Qt::QueuedConnection);
    }
}

const PlanItem* TeardownRunner::planItem(const QString& accountId, const QString& instanceId) const
{
    const auto it = m_index.constFind(Instance::keyFor(accountId, instanceId));
    return it == m_index.cend() ? nullptr : &m_plan.items.at(*it);
}

const InstanceResult* TeardownRunner::result(const QString& instanceKey) const
{
    const auto it = m_index.constFind(instanceKey);
    return it == m_index.cend() ? nullptr : &m_report.results.at(*it);
}

void TeardownRunner::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    m_report.canceled = true;
    emit logged(
        {m_clock(), {}, {}, tr("Canceling: no new calls are sent; calls already sent are still verified."), true});
}

void TeardownRunner::stopAccount(const QString& accountId, const ProviderError& refusal)
{
    for (const QPointer<RunLane>& lane : m_lanes.values(accountId)) {
        if (lane)
            lane->stopSending(refusal);
    }
}

void TeardownRunner::onResultChanged(const InstanceResult& result)
{
    const auto it = m_index.constFind(result.key);
    if (it == m_index.cend())
        return;
    m_report.results[*it] = result;
    emit instanceUpdated(result);
}

void TeardownRunner::onLaneFinished()
{
    if (--m_lanesRunning > 0)
        return;
    m_running = false;
    m_report.finishedAt = m_clock();
    emit finished();
}

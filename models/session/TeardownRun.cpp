#include "TeardownRun.h"

#include "TeardownRunner.h"

TeardownRun::TeardownRun(int number, ProviderDirectory& providers, const TeardownPlan& plan,
                         const RunnerSettings& settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_number(number)
    , m_plan(plan)
    , m_runner(new TeardownRunner(providers, settings, std::move(clock), this))
{
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &TeardownRun::progressChanged);
    connect(m_runner, &TeardownRunner::instanceUpdated, this, [this](const InstanceResult& result) {
        emit instanceUpdated(result);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_runner, &TeardownRunner::logged, this, &TeardownRun::onLogged);
    connect(m_runner, &TeardownRunner::finished, this, &TeardownRun::onFinished);
}

void TeardownRun::onFinished()
{
    m_progressTimer.stop();
    emit progressChanged();
    emit finished();
}

TeardownRun::~TeardownRun() = default;

void TeardownRun::start()
{
    m_runner->start(m_plan);
}

void TeardownRun::cancel()
{
    m_runner->cancel();
}

const RunReport& TeardownRun::report() const
{
    return m_runner->report();
}

bool TeardownRun::isRunning() const
{
    return m_runner->isRunning();
}

bool TeardownRun::isCancelRequested() const
{
    return m_runner->isCanceled();
}

bool TeardownRun::isActingOn(const QString& instanceKey) const
{
    const InstanceResult* result = m_runner->result(instanceKey);
    return m_runner->isRunning() && result && !isFinal(result->state);
}

QStringList TeardownRun::failedKeys() const
{
    QStringList keys;
    for (const InstanceResult& r : m_runner->report().results) {
        if (r.state == RunState::Failed)
            keys << r.key;
    }
    return keys;
}

void TeardownRun::onLogged(const RunLogEntry& entry)
{
    if (m_log.size() >= MaxLogEntries)
        m_log.removeFirst();
    m_log.append(entry);
    emit logged(entry);
}

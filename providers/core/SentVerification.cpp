#include "SentVerification.h"

#include "ErrorCatalog.h"
#include "Provider.h"
#include "RunLane.h"
#include "TeardownRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SentVerification::SentVerification(Provider& provider, QString region, const RunnerSettings& settings, Clock clock,
                                   QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_region(std::move(region))
    , m_pollIntervalMs(settings.pollIntervalMs)
    , m_timeoutMs(settings.verifyTimeoutMs)
    , m_clock(std::move(clock))
    , m_intervalMs(m_pollIntervalMs)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &SentVerification::read);
}

void SentVerification::add(const QString& id, ExpectedEnd expected, const QDateTime& sentAt)
{
    if (!m_pending.contains(id))
        m_sentOrder.append(id);
    m_pending.insert(id, {expected, sentAt});
    schedule();
}

void SentVerification::finishing()
{
    m_finishing = true;
    m_finishingSince = m_clock();
    m_intervalMs = std::max(1, m_pollIntervalMs / 20);
    if (m_inFlight)
        return;
    m_poll.stop();
    read();
}

bool SentVerification::readsHeadOnly(const QDateTime& now) const
{
    return m_finishing && m_intervalMs < m_pollIntervalMs && m_lastFullRead.isValid()
        && m_lastFullRead.msecsTo(now) < m_pollIntervalMs;
}

QStringList SentVerification::oldestPending()
{
    while (!m_sentOrder.isEmpty() && !m_pending.contains(m_sentOrder.constFirst()))
        m_sentOrder.removeFirst();
    QStringList ids;
    for (const QString& id : std::as_const(m_sentOrder)) {
        if (ids.size() == HeadPage)
            break;
        if (m_pending.contains(id))
            ids << id;
    }
    return ids;
}

void SentVerification::schedule()
{
    if (m_pending.isEmpty() || m_poll.isActive() || m_inFlight)
        return;
    m_poll.start(m_intervalMs);
}

void SentVerification::read()
{
    if (m_pending.isEmpty()) {
        emit becameIdle();
        return;
    }
    const bool headOnly = readsHeadOnly(m_clock());
    const QStringList ids = headOnly ? oldestPending() : m_pending.keys();
    if (!headOnly)
        m_lastFullRead = m_clock();
    m_inFlight = true;
    StateReadReply* reply = m_provider.readStates(m_region, ids);
    connect(reply, &ProviderReply::finished, this, [this, reply, ids, headOnly] {
        m_inFlight = false;
        const ProviderError& error = reply->error();
        if (error.isError() && m_provider.rules().meansCredentialsRefused(error)) {
            // Reading again with refused credentials cannot confirm anything: say so now.
            const ProviderError notConfirmed =
                ProviderError::local(u"Teardown.NotConfirmed"_s, ErrorCatalog::describe(error));
            const QStringList all = m_pending.keys();
            m_pending.clear();
            for (const QString& id : all)
                emit settled(id, RunState::Unknown, notConfirmed);
            emit credentialsRefused(error);
            emit becameIdle();
            return;
        }
        const QDateTime now = m_clock();
        bool allSettled = !error.isError();
        for (const QString& id : ids) {
            const auto pending = m_pending.constFind(id);
            if (pending == m_pending.cend())
                continue;
            const Pending p = *pending;
            if (!error.isError()) {
                const auto it = reply->states.constFind(id);
                const bool gone = it == reply->states.cend();
                emit observed(id, gone ? QString() : it->rawState);
                if ((p.expected == ExpectedEnd::Gone && gone)
                    || (p.expected == ExpectedEnd::InRecycleBin && !gone && it->lifecycle == Lifecycle::RecycleBin)) {
                    m_pending.remove(id);
                    emit settled(id, RunState::Done, {});
                    continue;
                }
            }
            if (p.sentAt.msecsTo(now) >= m_timeoutMs) {
                m_pending.remove(id);
                emit settled(id, RunState::Unknown, ProviderError::local(u"Teardown.NotConfirmed"_s));
                continue;
            }
            allSettled = false;
        }
        // Waiting only for the last calls' instances: the oldest page often for four intervals,
        // which covers the transitions that take seconds, then everything at the interval for what
        // takes longer.
        if (m_finishing && m_finishingSince.msecsTo(now) >= 4 * qint64(m_pollIntervalMs))
            m_intervalMs = m_pollIntervalMs;
        // The oldest page has arrived: the next oldest may have too.
        if (headOnly && allSettled && !m_pending.isEmpty() && readsHeadOnly(now)) {
            read();
            return;
        }
        schedule();
        if (isIdle())
            emit becameIdle();
    });
}

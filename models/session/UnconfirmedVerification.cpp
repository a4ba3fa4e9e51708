#include "UnconfirmedVerification.h"

#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "Provider.h"

#include <QTimer>

using namespace Qt::StringLiterals;

UnconfirmedVerification::UnconfirmedVerification(ConsoleSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, [this] {
        if (m_running)
            readWhereOpen();
    });
}

void UnconfirmedVerification::start()
{
    if (m_running)
        return;
    m_running = true;
    m_findings.clear();
    m_recordingProblem.clear();
    m_review = std::make_unique<UnconfirmedReview>(m_session.history());
    m_waiting = m_review->calls();
    // Never answer inside start(): the caller connects to finished() after calling it.
    QTimer::singleShot(0, this, &UnconfirmedVerification::readWhereOpen);
}

int UnconfirmedVerification::remainingCount() const
{
    return m_review ? int(m_review->calls().size()) : 0;
}

void UnconfirmedVerification::readWhereOpen()
{
    const QList<CallRecord> waiting = std::exchange(m_waiting, {});
    for (const CallRecord& call : waiting) {
        const QString name = call.accountName.isEmpty() ? call.accountId : call.accountName;
        if (!m_session.account(call.accountId)) {
            settle(call,
                   UnconfirmedReview::unreadable(
                       tr("The account %1 (%2) is not configured here.").arg(name, call.accountId)));
            continue;
        }
        const AccountStatus status = m_session.status(call.accountId);
        if (status.state == AccountStatus::State::Opening) {
            m_waiting << call;
            continue;
        }
        if (status.isProblem() || !m_session.directory().provider(call.accountId)) {
            settle(call,
                   UnconfirmedReview::unreadable(tr("The account %1 cannot be read: %2").arg(name, status.message())));
            continue;
        }
        read(call);
    }
    if (m_waiting.isEmpty() && m_reading.isEmpty())
        finish();
}

void UnconfirmedVerification::read(const CallRecord& call)
{
    m_reading.insert(call.id);
    InstanceListReply* reply =
        m_session.directory().provider(call.accountId)->readInstances(call.region, call.instanceIds);
    connect(reply, &ProviderReply::finished, this, [this, reply, call] {
        m_reading.remove(call.id);
        settle(call,
               reply->error().isError()
                   ? UnconfirmedReview::unreadable(tr("Not readable: %1").arg(ErrorCatalog::describe(reply->error())))
                   : UnconfirmedReview::find(call, reply->instances));
        if (m_waiting.isEmpty() && m_reading.isEmpty())
            finish();
    });
}

void UnconfirmedVerification::settle(const CallRecord& call, const CallFinding& finding)
{
    m_findings.insert(call.id, finding);
}

void UnconfirmedVerification::finish()
{
    if (!m_running)
        return;
    QHash<qint64, QString> notes;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (it->readable)
            notes.insert(it.key(), it->note());
    }
    if (!m_review->markReviewed(notes))
        m_recordingProblem = m_session.history().errorString();
    m_running = false;
    emit finished();
}

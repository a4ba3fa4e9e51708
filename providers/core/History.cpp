#include "History.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "teardown.history")

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL (a region-less call has "").
QString notNull(const QString& text)
{
    return text.isNull() ? QString(u""_s) : text;
}
} // namespace

namespace {

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

CallRecord recordFrom(const QSqlQuery& q)
{
    CallRecord r;
    r.id = q.value(u"id"_s).toLongLong();
    r.sentAt = fromMs(q.value(u"sent_at"_s));
    r.finishedAt = fromMs(q.value(u"finished_at"_s));
    r.accountId = q.value(u"account_id"_s).toString();
    r.accountName = q.value(u"account_name"_s).toString();
    r.dialect = q.value(u"dialect"_s).toString();
    r.region = q.value(u"region"_s).toString();
    r.action = q.value(u"action"_s).toString();
    r.instanceIds = q.value(u"instance_ids"_s).toString().split(u' ', Qt::SkipEmptyParts);
    r.destructive = q.value(u"destructive"_s).toBool();
    r.attempt = q.value(u"attempt"_s).toInt();
    r.status = callStatusFromKey(q.value(u"status"_s).toString());
    r.errorCode = q.value(u"error_code"_s).toString();
    r.errorMessage = q.value(u"error_message"_s).toString();
    r.requestId = q.value(u"request_id"_s).toString();
    r.httpStatus = q.value(u"http_status"_s).toInt();
    r.verificationNote = q.value(u"verification_note"_s).toString();
    return r;
}

const QString kColumns = u"id, sent_at, finished_at, account_id, account_name, dialect, region, action, "
                         u"instance_ids, destructive, attempt, status, error_code, error_message, request_id, "
                         u"http_status, verification_note"_s;

} // namespace

History::History(QObject* parent)
    : QObject(parent)
    , m_connection(u"teardown-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

History::~History()
{
    m_checkpointer.reset(); // waits for a checkpoint under way
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString History::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QString History::setError(const QString& what, const QString& detail)
{
    m_error = detail.isEmpty() ? what : what + u": "_s + detail;
    qCWarning(lcHistory).noquote() << m_error;
    return m_error;
}

History::DurableCommit::DurableCommit(History& history, bool durable)
    : m_history(durable ? &history : nullptr)
{
    if (m_history)
        m_history->exec(u"PRAGMA synchronous=FULL"_s);
}

History::DurableCommit::~DurableCommit()
{
    if (m_history)
        m_history->exec(u"PRAGMA synchronous=NORMAL"_s);
}

bool History::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        setError(tr("The history database could not be updated"), q.lastError().text());
        return false;
    }
    return true;
}

bool History::open(const QString& path)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        setError(tr("The history folder could not be created"), QFileInfo(path).absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        setError(tr("The history database could not be opened"), db.lastError().text());
        return false;
    }
    // WAL keeps a written row across a crash of the console; NORMAL syncs at checkpoints, which
    // protects against the process dying, not against power loss. The row written before a
    // destructive call is sent is the exception: recordSent commits it with synchronous=FULL.
    // The log is copied into the database on a thread of its own (HistoryCheckpointer), never in a
    // commit of this connection.
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s)
        || !exec(u"PRAGMA wal_autocheckpoint=0"_s) || !exec(u"PRAGMA foreign_keys=ON"_s) || !migrate())
        return false;
    m_checkpointer = std::make_unique<HistoryCheckpointer>(path);
    m_open = true;
    return true;
}

bool History::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        setError(tr("The history database could not be read"), q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        setError(tr("The history database was written by a newer version of Teardown Console"), m_path);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    return exec(u"BEGIN"_s)
        && exec(u"CREATE TABLE calls ("
                u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
                u" session TEXT NOT NULL,"
                u" sent_at INTEGER NOT NULL,"
                u" finished_at INTEGER,"
                u" account_id TEXT NOT NULL,"
                u" account_name TEXT NOT NULL,"
                u" dialect TEXT NOT NULL,"
                u" region TEXT NOT NULL,"
                u" action TEXT NOT NULL,"
                u" instance_ids TEXT NOT NULL,"
                u" destructive INTEGER NOT NULL,"
                u" attempt INTEGER NOT NULL,"
                u" status TEXT NOT NULL,"
                u" error_code TEXT,"
                u" error_message TEXT,"
                u" request_id TEXT,"
                u" http_status INTEGER,"
                u" verification_note TEXT)"_s)
        && exec(u"CREATE INDEX calls_sent_at ON calls(sent_at)"_s)
        && exec(u"CREATE INDEX calls_status ON calls(status, destructive)"_s)
        && exec(u"CREATE TABLE call_instances ("
                u" call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                u" instance_id TEXT NOT NULL)"_s)
        && exec(u"CREATE INDEX call_instances_instance ON call_instances(instance_id)"_s)
        && exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion)) && exec(u"COMMIT"_s);
}

bool History::recordSent(CallRecord& record)
{
    if (!m_open)
        return false;
    // A destructive call must not leave before the row saying it was sent is on disk: under FULL,
    // SQLite syncs the WAL at this commit, so even a power loss keeps the row.
    const DurableCommit durable(*this, record.destructive);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        setError(tr("The history database could not be updated"), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO calls (session, sent_at, account_id, account_name, dialect, region, action, instance_ids,"
              u" destructive, attempt, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(m_session);
    q.addBindValue(toMs(record.sentAt));
    q.addBindValue(notNull(record.accountId));
    q.addBindValue(notNull(record.accountName));
    q.addBindValue(notNull(record.dialect));
    q.addBindValue(notNull(record.region));
    q.addBindValue(notNull(record.action));
    q.addBindValue(notNull(record.instanceIds.join(u' ')));
    q.addBindValue(record.destructive);
    q.addBindValue(record.attempt);
    q.addBindValue(callStatusKey(record.status));
    bool ok = q.exec();
    QString failure = q.lastError().text();
    const qint64 id = q.lastInsertId().toLongLong();
    if (ok) {
        QSqlQuery link(db);
        link.prepare(u"INSERT INTO call_instances (call_id, instance_id) VALUES (?, ?)"_s);
        for (const QString& instanceId : record.instanceIds) {
            link.addBindValue(id);
            link.addBindValue(instanceId);
            if (!link.exec()) {
                ok = false;
                failure = link.lastError().text();
                break;
            }
        }
    }
    if (ok && !db.commit()) {
        ok = false;
        failure = db.lastError().text();
    }
    if (!ok) {
        setError(tr("The history database could not be updated"), failure);
        db.rollback();
        return false;
    }
    record.id = id;
    m_checkpointer->wrote();
    emit callRecorded(record);
    return true;
}

void History::recordFinished(const CallRecord& record)
{
    if (!m_open || record.id < 0)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"UPDATE calls SET finished_at = ?, status = ?, error_code = ?, error_message = ?, request_id = ?,"
              u" http_status = ? WHERE id = ?"_s);
    q.addBindValue(toMs(record.finishedAt));
    q.addBindValue(callStatusKey(record.status));
    q.addBindValue(record.errorCode);
    q.addBindValue(record.errorMessage);
    q.addBindValue(record.requestId);
    q.addBindValue(record.httpStatus);
    q.addBindValue(record.id);
    if (!q.exec()) {
        setError(tr("The history database could not be updated"), q.lastError().text());
        return;
    }
    m_checkpointer->wrote();
    emit callRecorded(record);
}

void History::waitForCheckpoints()
{
    if (m_checkpointer)
        m_checkpointer->waitForDone();
}

QList<CallRecord> History::calls(const Filter& filter) const
{
    QList<CallRecord> out;
    if (!m_open)
        return out;
    QStringList where;
    QVariantList binds;
    if (!filter.instanceId.isEmpty()) {
        where << u"id IN (SELECT call_id FROM call_instances WHERE instance_id = ?)"_s;
        binds << filter.instanceId;
    }
    if (!filter.accountId.isEmpty()) {
        where << u"account_id = ?"_s;
        binds << filter.accountId;
    }
    if (!filter.account.isEmpty()) {
        where << u"(account_id = ? OR account_name = ?)"_s;
        binds << filter.account << filter.account;
    }
    if (filter.since.isValid()) {
        where << u"sent_at >= ?"_s;
        binds << filter.since.toMSecsSinceEpoch();
    }
    if (filter.from.isValid()) {
        where << u"sent_at >= ?"_s;
        binds << QDateTime(filter.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << u"sent_at < ?"_s;
        binds << QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (filter.status) {
        where << u"status = ?"_s;
        binds << callStatusKey(*filter.status);
    }
    if (filter.destructiveOnly)
        where << u"destructive = 1"_s;
    if (!filter.listings)
        where << u"(destructive = 1 OR instance_ids <> '')"_s;

    QString sql = u"SELECT "_s + kColumns + u" FROM calls"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(filter.limit);

    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

QList<CallRecord> History::unconfirmedCalls() const
{
    QList<CallRecord> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM calls WHERE status = 'sent' AND destructive = 1 AND session <> ? ORDER BY id"_s);
    q.addBindValue(m_session);
    if (!q.exec())
        return out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

bool History::resolveUnconfirmed(qint64 id, CallStatus status, const QString& note)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"UPDATE calls SET status = ?, verification_note = ? WHERE id = ? AND status = 'sent'"_s);
    q.addBindValue(callStatusKey(status));
    q.addBindValue(note);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QHash<QString, QDateTime> History::lastSucceeded(const QString& accountId, const QString& action,
                                                 const QStringList& instanceIds) const
{
    QHash<QString, QDateTime> found;
    if (!m_open || instanceIds.isEmpty())
        return found;
    // The wanted instances' rows only, through the index on call_instances, a chunk of ids at a
    // time (bound parameters are limited): a listing asks page by page, and reading every
    // destructive call of the account for each page cost seconds once thousands were recorded.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < instanceIds.size(); from += Chunk) {
        const QStringList ids = instanceIds.mid(from, Chunk);
        QStringList marks(ids.size(), u"?"_s);
        // Newest first: the first row of an instance is its latest such call.
        QString sql = u"SELECT ci.instance_id, c.finished_at, c.sent_at FROM call_instances ci"
                      u" JOIN calls c ON c.id = ci.call_id"
                      u" WHERE ci.instance_id IN ("_s
            + marks.join(u',') + u") AND c.account_id = ? AND c.status = ? AND c.destructive = 1"_s;
        if (!action.isEmpty())
            sql += u" AND c.action = ?"_s;
        sql += u" ORDER BY c.id DESC"_s;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QString& id : ids)
            q.addBindValue(id);
        q.addBindValue(accountId);
        q.addBindValue(callStatusKey(CallStatus::Succeeded));
        if (!action.isEmpty())
            q.addBindValue(action);
        if (!q.exec())
            return found;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (found.contains(id))
                continue;
            const QDateTime finished = fromMs(q.value(1));
            found.insert(id, finished.isValid() ? finished : fromMs(q.value(2)));
        }
    }
    return found;
}

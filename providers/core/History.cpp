#include "History.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "teardown.history")

namespace {

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
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
    m_writer.reset(); // writes what is queued and waits for a checkpoint under way
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
    // destructive call is sent is the exception: HistoryWriter commits it with synchronous=FULL.
    // The log is copied into the database on a thread of its own (HistoryCheckpointer), never in a
    // commit; this connection only reads once the schema is made.
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s)
        || !exec(u"PRAGMA wal_autocheckpoint=0"_s) || !exec(u"PRAGMA foreign_keys=ON"_s) || !migrate())
        return false;
    auto writer = std::make_unique<HistoryWriter>(path, m_session);
    if (QString error; !writer->open(&error)) {
        setError(tr("The history database could not be opened"), error);
        return false;
    }
    m_writer = std::move(writer);
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

CallRecorder::Ticket History::queueSent(const CallRecord& record, QObject* context,
                                        std::function<void(bool written)> written)
{
    if (!m_open) {
        QMetaObject::invokeMethod(
            context, [written = std::move(written)] { written(false); }, Qt::QueuedConnection);
        return -1;
    }
    const Ticket ticket = ++m_lastTicket;
    // The writer's thread reaches this History, which outlives the writer, and the History the
    // context, which it may not outlive: the guard is read on this thread only.
    m_writer->insert(ticket, record,
                     [this, record, context = QPointer<QObject>(context),
                      written = std::move(written)](qint64 rowId, const QString& error) {
                         QMetaObject::invokeMethod(
                             this,
                             [this, record, rowId, error, context, written] {
                                 onWritten(record, rowId, error);
                                 if (context)
                                     written(rowId >= 0);
                             },
                             Qt::QueuedConnection);
                     });
    return ticket;
}

void History::queueFinished(Ticket ticket, const CallRecord& record)
{
    if (!m_open || ticket < 0)
        return;
    m_writer->finish(ticket, record, [this, record](qint64 rowId, const QString& error) {
        QMetaObject::invokeMethod(
            this, [this, record, rowId, error] { onWritten(record, rowId, error); }, Qt::QueuedConnection);
    });
}

void History::onWritten(const CallRecord& record, qint64 rowId, const QString& error)
{
    if (rowId < 0) {
        m_error = error;
        qCWarning(lcHistory).noquote() << error;
        return;
    }
    CallRecord recorded = record;
    recorded.id = rowId;
    emit callRecorded(recorded);
}

bool History::recordSent(CallRecord& record)
{
    if (!m_open)
        return false;
    QString error;
    const qint64 rowId = m_writer->insertNow(record, &error);
    if (rowId < 0) {
        onWritten(record, rowId, error);
        return false;
    }
    record.id = rowId;
    emit callRecorded(record);
    return true;
}

void History::recordFinished(const CallRecord& record)
{
    if (!m_open || record.id < 0)
        return;
    QString error;
    onWritten(record, m_writer->finishNow(record, &error) ? record.id : -1, error);
}

void History::waitForCheckpoints()
{
    if (m_writer)
        m_writer->waitForCheckpoints();
}

QList<CallRecord> History::calls(const Filter& filter) const
{
    QList<CallRecord> out;
    if (!m_open)
        return out;
    m_writer->drain();
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
    m_writer->drain();
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
    return m_open && m_writer->resolveNow(id, status, note);
}

QHash<QString, QDateTime> History::lastSucceeded(const QString& accountId, const QString& action,
                                                 const QStringList& instanceIds) const
{
    QHash<QString, QDateTime> found;
    if (!m_open || instanceIds.isEmpty())
        return found;
    m_writer->drain();
    // The wanted instances' rows only, through the index on call_instances, a chunk of ids at a
    // time (bound parameters are limited): a listing asks page by page, and reading every
    // destructive call of the account for each page cost seconds once thousands were recorded.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < instanceIds.size(); from += Chunk) {
        const QStringList ids = instanceIds.mid(from, Chunk);
        QStringList marks(ids.size(), u"?"_s);
        // Newest first: the first row of an instance is its latest such call. CROSS JOIN keeps
        // SQLite's join order: from the wanted instances' rows (the index on call_instances) to
        // their calls by key. Left to itself it went from every successful destructive call to the
        // index once per wanted id, 20 times slower with 20 calls and 100 ids (29 ms against 1.5 ms),
        // and slower still as the history grows.
        QString sql = u"SELECT ci.instance_id, c.finished_at, c.sent_at FROM call_instances ci"
                      u" CROSS JOIN calls c ON c.id = ci.call_id"
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

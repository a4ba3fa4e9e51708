#include "HistoryWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL (a region-less call has "").
QString notNull(const QString& text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QVariant toMs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QString updateFailed(const QString& detail)
{
    return QCoreApplication::translate("History", "The history database could not be updated") + u": "_s + detail;
}

} // namespace

HistoryWriter::HistoryWriter(QString databasePath, QString session)
    : m_path(std::move(databasePath))
    , m_session(std::move(session))
    , m_connection(u"teardown-history-writer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_checkpointer(m_path)
{
    m_thread.setObjectName(u"history-writer"_s);
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

HistoryWriter::~HistoryWriter()
{
    run([this] {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    });
    m_thread.quit();
    m_thread.wait();
    m_checkpointer.waitForDone();
}

void HistoryWriter::post(std::function<void()> task)
{
    ++m_queued;
    QMetaObject::invokeMethod(
        &m_worker,
        [this, task = std::move(task)] {
            task();
            --m_queued;
        },
        Qt::QueuedConnection);
}

void HistoryWriter::run(const std::function<void()>& task)
{
    // Not an event loop: the calling thread waits until the writer's thread has run the task,
    // after everything queued before it.
    ++m_queued;
    QMetaObject::invokeMethod(
        &m_worker,
        [this, &task] {
            task();
            --m_queued;
        },
        Qt::BlockingQueuedConnection);
}

bool HistoryWriter::exec(const QString& sql, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    *error = updateFailed(q.lastError().text());
    return false;
}

bool HistoryWriter::open(QString* error)
{
    bool opened = false;
    run([&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            *error = db.lastError().text();
            return;
        }
        // As the History's own connection: NORMAL but for a destructive call's row (writeSent), and
        // the log is copied into the database by the checkpointer, never in a commit of this one.
        opened = exec(u"PRAGMA synchronous=NORMAL"_s, error) && exec(u"PRAGMA wal_autocheckpoint=0"_s, error)
            && exec(u"PRAGMA foreign_keys=ON"_s, error);
    });
    return opened;
}

void HistoryWriter::insert(qint64 ticket, CallRecord record, Written written)
{
    post([this, ticket, record = std::move(record), written = std::move(written)] {
        QString error;
        const qint64 row = writeSent(record, &error);
        if (row >= 0)
            m_rowOfTicket.insert(ticket, row);
        written(row, error);
    });
}

void HistoryWriter::finish(qint64 ticket, CallRecord record, Written written)
{
    post([this, ticket, record = std::move(record), written = std::move(written)] {
        const qint64 row = m_rowOfTicket.take(ticket);
        if (row <= 0)
            return; // its row could not be written: there is nothing to complete
        QString error;
        written(writeFinished(row, record, &error) ? row : -1, error);
    });
}

qint64 HistoryWriter::insertNow(const CallRecord& record, QString* error)
{
    qint64 row = -1;
    run([&] { row = writeSent(record, error); });
    return row;
}

bool HistoryWriter::finishNow(const CallRecord& record, QString* error)
{
    bool ok = false;
    run([&] { ok = writeFinished(record.id, record, error); });
    return ok;
}

bool HistoryWriter::resolveNow(qint64 rowId, CallStatus status, const QString& note)
{
    bool ok = false;
    run([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(u"UPDATE calls SET status = ?, verification_note = ? WHERE id = ? AND status = 'sent'"_s);
        q.addBindValue(callStatusKey(status));
        q.addBindValue(note);
        q.addBindValue(rowId);
        ok = q.exec() && q.numRowsAffected() == 1;
        if (ok)
            m_checkpointer.wrote();
    });
    return ok;
}

void HistoryWriter::drain()
{
    if (m_queued.load() > 0)
        run([] {});
}

void HistoryWriter::waitForCheckpoints()
{
    drain();
    m_checkpointer.waitForDone();
}

qint64 HistoryWriter::writeSent(const CallRecord& record, QString* error)
{
    // A destructive call must not leave before the row saying it was sent is on disk: under FULL,
    // SQLite syncs the WAL at this commit, so even a power loss keeps the row.
    if (record.destructive && !exec(u"PRAGMA synchronous=FULL"_s, error))
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    qint64 id = -1;
    if (db.transaction()) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO calls (session, sent_at, account_id, account_name, dialect, region, action,"
                  u" instance_ids, destructive, attempt, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
        const qint64 inserted = q.lastInsertId().toLongLong();
        if (ok) {
            QSqlQuery link(db);
            link.prepare(u"INSERT INTO call_instances (call_id, instance_id) VALUES (?, ?)"_s);
            for (const QString& instanceId : record.instanceIds) {
                link.addBindValue(inserted);
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
        if (ok) {
            id = inserted;
        } else {
            *error = updateFailed(failure);
            db.rollback();
        }
    } else {
        *error = updateFailed(db.lastError().text());
    }
    QString restoring; // the row's outcome stands either way
    if (record.destructive)
        exec(u"PRAGMA synchronous=NORMAL"_s, &restoring);
    if (id >= 0)
        m_checkpointer.wrote();
    return id;
}

bool HistoryWriter::writeFinished(qint64 rowId, const CallRecord& record, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"UPDATE calls SET finished_at = ?, status = ?, error_code = ?, error_message = ?, request_id = ?,"
              u" http_status = ? WHERE id = ?"_s);
    q.addBindValue(toMs(record.finishedAt));
    q.addBindValue(callStatusKey(record.status));
    q.addBindValue(record.errorCode);
    q.addBindValue(record.errorMessage);
    q.addBindValue(record.requestId);
    q.addBindValue(record.httpStatus);
    q.addBindValue(rowId);
    if (!q.exec()) {
        *error = updateFailed(q.lastError().text());
        return false;
    }
    m_checkpointer.wrote();
    return true;
}

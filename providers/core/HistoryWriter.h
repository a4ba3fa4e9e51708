#pragma once

#include "CallRecorder.h"
#include "HistoryCheckpointer.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

// Writes the history's rows on a thread and a connection of their own, in the order they are
// queued. The row of a destructive call is committed with synchronous=FULL, so SQLite syncs the
// write-ahead log before the commit returns: on the UI thread that sync held the console 41–143 ms
// under disk load (bench_console). Every write of the history goes through this one connection, so
// the thread that queues them never waits for the database's write lock either; the History's
// reads see them once the writes queued before are done (drain).
//
// A row queued with insert() is known by the caller's ticket until it is written: its completion
// (finish) can be queued before the insert has run, and finds the row by the ticket.
class HistoryWriter
{
public:
    // Runs on the writer's thread once the row is committed (synced to disk for a destructive
    // call): its id, or -1 and why not.
    using Written = std::function<void(qint64 rowId, const QString& error)>;

    HistoryWriter(QString databasePath, QString session);
    ~HistoryWriter(); // writes what is queued, then closes
    HistoryWriter(const HistoryWriter&) = delete;
    HistoryWriter& operator=(const HistoryWriter&) = delete;

    // Opens the writer's connection; false and why when it cannot. Waits for it.
    bool open(QString* error);

    // Queued.
    void insert(qint64 ticket, CallRecord record, Written written);
    void finish(qint64 ticket, CallRecord record, Written written);

    // Each waits for its write (and for every write queued before it).
    qint64 insertNow(const CallRecord& record, QString* error);
    bool finishNow(const CallRecord& record, QString* error); // the row record.id
    bool resolveNow(qint64 rowId, CallStatus status, const QString& note);

    // Until every write queued so far is committed. Returns at once when none is waiting.
    void drain();
    // Until the write-ahead log copied so far is in the database (HistoryCheckpointer); for tests.
    void waitForCheckpoints();

private:
    void post(std::function<void()> task);
    void run(const std::function<void()>& task);

    // On the writer's thread:
    qint64 writeSent(const CallRecord& record, QString* error);
    bool writeFinished(qint64 rowId, const CallRecord& record, QString* error);
    bool exec(const QString& sql, QString* error);

    QString m_path;
    QString m_session;
    QString m_connection;
    QThread m_thread;
    QObject m_worker; // lives on m_thread: what is posted to it runs there, in order
    HistoryCheckpointer m_checkpointer;
    QHash<qint64, qint64> m_rowOfTicket; // writer's thread only
    std::atomic<int> m_queued{0};
};

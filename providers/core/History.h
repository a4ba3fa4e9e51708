#pragma once

#include "CallRecorder.h"
#include "HistoryWriter.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

struct HistoryFilter
{
    QString instanceId;
    QString accountId;
    // An account id, or the name an account had when its calls were recorded (teardownctl --account).
    QString account;
    QDate from; // inclusive, UTC
    QDate to; // inclusive, UTC
    QDateTime since; // inclusive; invalid: any time
    std::optional<CallStatus> status;
    bool destructiveOnly = false;
    // Reads of whole regions (listing the fleet): every refresh makes hundreds. Off leaves the
    // destructive calls and the reads of named instances that check and verify them.
    bool listings = true;
    int limit = 10000;
};

// Every API call the console makes, in SQLite (WAL): a row is written before a call is sent and
// completed when it is over, so a crash leaves a record of what may have been sent. The row of a
// destructive call is synced to disk before the call leaves, so a power loss keeps it too. Rows are
// written on a thread of their own (HistoryWriter); reads wait for the writes queued before them.
class History
    : public QObject
    , public CallRecorder
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 1;

    explicit History(QObject* parent = nullptr);
    ~History() override;

    // Opens, creating or migrating the schema. False (see errorString()) when it cannot.
    bool open(const QString& path);
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    static QString defaultPath(); // <app data>/history.sqlite

    Ticket queueSent(const CallRecord& record, QObject* context, std::function<void(bool written)> written) override;
    void queueFinished(Ticket ticket, const CallRecord& record) override;
    // The same, waiting for the write: recordSent sets record.id, false when it could not be written.
    bool recordSent(CallRecord& record);
    void recordFinished(const CallRecord& record);
    using CallRecorder::lastSucceeded;
    QHash<QString, QDateTime> lastSucceeded(const QString& accountId, const QString& action,
                                            const QStringList& instanceIds) const override;

    using Filter = HistoryFilter;
    // Newest first.
    QList<CallRecord> calls(const HistoryFilter& filter = {}) const;

    // Destructive calls written as sent by an earlier session that never completed them: the
    // console died between sending and the reply. The next start shows them for verification.
    QList<CallRecord> unconfirmedCalls() const;
    // Records what the operator's verification found for such a call.
    bool resolveUnconfirmed(qint64 id, CallStatus status, const QString& note);

    // Until the write-ahead log copied so far is in the database (HistoryCheckpointer); for tests.
    void waitForCheckpoints();

signals:
    void callRecorded(const CallRecord& record);

private:
    bool migrate();
    bool exec(const QString& sql);
    QString setError(const QString& what, const QString& detail);

    // A row written (rowId) or not (-1, and why): the error kept, or the row announced.
    void onWritten(const CallRecord& record, qint64 rowId, const QString& error);

    QString m_connection; // reads, and the schema
    std::unique_ptr<HistoryWriter> m_writer; // once open
    Ticket m_lastTicket = 0;
    QString m_path;
    QString m_session;
    QString m_error;
    bool m_open = false;
};

#pragma once

#include "UnconfirmedReview.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class ConsoleSession;

// The console's "verify" of the destructive calls an earlier session left unconfirmed: reads each
// call's instances again through the account it went through, open in this session, and records
// in the history what they show (UnconfirmedReview::markReviewed), as `teardownctl unconfirmed
// --verify` does. An account still opening is waited for; a call whose account is not configured,
// cannot open or cannot be read stays unconfirmed, with the reason in its finding.
class UnconfirmedVerification : public QObject
{
    Q_OBJECT

public:
    explicit UnconfirmedVerification(ConsoleSession& session, QObject* parent = nullptr);

    // Reviews the calls unconfirmed now; finished() follows on a later turn of the event loop at the
    // earliest.
    void start();
    bool isRunning() const { return m_running; }

    // By call id (CallRecord::id), once finished.
    const QHash<qint64, CallFinding>& findings() const { return m_findings; }
    // The calls still unconfirmed afterwards: unreadable ones, and those the history could not mark.
    int remainingCount() const;
    // Why the history could not record a finding; empty when it recorded them all.
    QString recordingProblem() const { return m_recordingProblem; }

signals:
    void finished();

private:
    void readWhereOpen();
    void read(const CallRecord& call);
    void settle(const CallRecord& call, const CallFinding& finding);
    void finish();

    ConsoleSession& m_session;
    std::unique_ptr<UnconfirmedReview> m_review;
    QList<CallRecord> m_waiting; // their account is still opening
    QSet<qint64> m_reading;
    QHash<qint64, CallFinding> m_findings;
    QString m_recordingProblem;
    bool m_running = false;
};

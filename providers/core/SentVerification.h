#pragma once

#include "Clock.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Provider;
struct RunnerSettings;

// The instances of one lane's accepted calls, read until each reaches the end its call expects
// (gone, or in the recycle bin) or the verification timeout passes. It runs alongside the sending:
// what was accepted is read at the next poll while later calls go out, so that after the last
// call only its own instances remain to be waited for. One read at a time, and a read settles
// only the instances it asked for: one sent meanwhile is not in its reply, and absence from a
// reply means gone.
class SentVerification : public QObject
{
    Q_OBJECT

public:
    SentVerification(Provider& provider, QString region, const RunnerSettings& settings, Clock clock,
                     QObject* parent = nullptr);

    // Verified from the next poll on; `sentAt` starts its timeout.
    void add(const QString& id, ExpectedEnd expected, const QDateTime& sentAt);
    // The lane sent its last call: reads now (unless a read is out), then polls four times as
    // often for four poll intervals, since the run now waits for nothing but these, and then at the
    // interval again for what takes longer.
    void finishing();
    // Nothing left to verify and no read out.
    bool isIdle() const { return m_pending.isEmpty() && !m_inFlight; }

signals:
    void observed(const QString& id, const QString& rawState); // empty: gone
    void settled(const QString& id, RunState state, const ProviderError& error);
    // A read was refused for the account's credentials: everything pending was settled Unknown.
    void credentialsRefused(const ProviderError& refusal);
    void becameIdle();

private:
    struct Pending
    {
        ExpectedEnd expected;
        QDateTime sentAt;
    };

    void schedule();
    void read();

    Provider& m_provider;
    QString m_region;
    int m_pollIntervalMs;
    int m_timeoutMs;
    Clock m_clock;
    int m_intervalMs; // the next poll's
    bool m_finishing = false;
    QDateTime m_finishingSince;
    QHash<QString, Pending> m_pending;
    QTimer m_poll;
    bool m_inFlight = false;
};

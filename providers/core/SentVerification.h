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
//
// Once the last call is answered, the instances reach their end in the order they were sent. Then
// the oldest page of what is pending is read often (a read of one page is cheap), and when all of
// it has arrived the next page is read at once; everything pending is still read at the interval,
// so an instance that never arrives does not hold up the others.
class SentVerification : public QObject
{
    Q_OBJECT

public:
    SentVerification(Provider& provider, QString region, const RunnerSettings& settings, Clock clock,
                     QObject* parent = nullptr);

    // Verified from the next poll on; `sentAt` starts its timeout.
    void add(const QString& id, ExpectedEnd expected, const QDateTime& sentAt);
    // The lane sent its last call: reads now (unless a read is out), and then, for four poll
    // intervals, every twentieth of the interval, since the run now waits for nothing but these:
    // the oldest pending page, and everything when it was last read whole an interval ago or more.
    // Then everything at the interval again, for what takes longer.
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

    // The oldest page in the order the instances were sent.
    static constexpr int HeadPage = 100;

    void schedule();
    void read();
    // Whether the next read is of the oldest page only, rather than of everything pending.
    bool readsHeadOnly(const QDateTime& now) const;
    QStringList oldestPending();

    Provider& m_provider;
    QString m_region;
    int m_pollIntervalMs;
    int m_timeoutMs;
    Clock m_clock;
    int m_intervalMs; // the next poll's
    bool m_finishing = false;
    QDateTime m_finishingSince;
    QDateTime m_lastFullRead; // of everything pending
    QHash<QString, Pending> m_pending;
    QList<QString> m_sentOrder; // pending ids first to last sent; settled ones are dropped as met
    QTimer m_poll;
    bool m_inFlight = false;
};

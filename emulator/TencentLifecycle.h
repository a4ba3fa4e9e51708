#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace emulator {

class TencentFleet;

// The asynchronous side of TerminateInstances: the call only starts a transition, the instance
// reaches its end state later, as on the real service (reference §4.1).
//
// A timer finishes a transition only if the instance still carries the request id that started
// it, so a test that rearranges an instance meanwhile is never overridden.
class TencentLifecycle : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int terminatingMs = 2000;
        int isolationMs = 1500;
        int retentionDays = 7;
    };

    TencentLifecycle(TencentFleet& fleet, Timing timing, std::function<QDateTime()> clock, QObject* parent = nullptr);

    // Postpaid-like instances and anything in the recycle bin: TERMINATING at once, gone later.
    void destroy(const QString& instanceId, const QString& requestId);
    // A prepaid return: OPERATING at once, then SHUTDOWN (the recycle bin) until the retention ends.
    void isolate(const QString& instanceId, const QString& requestId, bool releaseAddress);
    // Releases the recycle-bin instances of a region whose retention has ended.
    int releaseExpired(const QString& region);

signals:
    void instanceDestroyed(const QString& instanceId);
    void instanceIsolated(const QString& instanceId);

private:
    TencentFleet& m_fleet;
    Timing m_timing;
    std::function<QDateTime()> m_clock;
};

} // namespace emulator

#include "TencentLifecycle.h"

#include "TencentFleet.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QString kTerminate = u"TerminateInstances"_s;
const QString kOperating = u"OPERATING"_s;

void startOperation(TencentInstance* instance, const QString& requestId)
{
    instance->latestOperation = kTerminate;
    instance->latestOperationState = kOperating;
    instance->latestOperationRequestId = requestId;
    instance->latestOperationErrorMsg.clear();
}

} // namespace

TencentLifecycle::TencentLifecycle(TencentFleet& fleet, Timing timing, std::function<QDateTime()> clock,
                                   QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_timing(timing)
    , m_clock(std::move(clock))
{ }

void TencentLifecycle::destroy(const QString& instanceId, const QString& requestId)
{
    TencentInstance* instance = m_fleet.find(instanceId);
    if (!instance)
        return;
    startOperation(instance, requestId);
    instance->instanceState = u"TERMINATING"_s;
    // Precise: a coarse timer of two seconds may fire 100 ms early or late, and a client timing
    // itself against the documented transition would measure the sandbox's slack.
    QTimer::singleShot(m_timing.terminatingMs, Qt::PreciseTimer, this, [this, instanceId, requestId] {
        const TencentInstance* i = m_fleet.find(instanceId);
        if (!i || i->latestOperationRequestId != requestId)
            return;
        m_fleet.remove(instanceId);
        emit instanceDestroyed(instanceId);
    });
}

void TencentLifecycle::isolate(const QString& instanceId, const QString& requestId, bool releaseAddress)
{
    TencentInstance* instance = m_fleet.find(instanceId);
    if (!instance)
        return;
    // The state stays RUNNING/STOPPED while the return is processed; only the operation shows it.
    startOperation(instance, requestId);
    QTimer::singleShot(m_timing.isolationMs, Qt::PreciseTimer, this, [this, instanceId, requestId, releaseAddress] {
        TencentInstance* i = m_fleet.find(instanceId);
        if (!i || i->latestOperationRequestId != requestId || i->latestOperationState != kOperating)
            return;
        i->instanceState = u"SHUTDOWN"_s;
        i->latestOperationState = u"SUCCESS"_s;
        i->isolatedSource = u"MANMADE"_s;
        i->stopChargingMode = u"STOP_CHARGING"_s;
        // ExpiredTime now says when the recycle bin releases the instance for good.
        i->expiredTime = m_clock().toUTC().addDays(m_timing.retentionDays);
        if (releaseAddress)
            i->publicIpAddresses.clear();
        emit instanceIsolated(instanceId);
    });
}

int TencentLifecycle::releaseExpired(const QString& region)
{
    const QDateTime now = m_clock();
    QStringList expired;
    for (const TencentInstance* i : m_fleet.inRegion(region)) {
        const QDateTime release = i->releasedAt(m_timing.retentionDays);
        if (release.isValid() && release <= now)
            expired.append(i->instanceId);
    }
    for (const QString& id : std::as_const(expired)) {
        m_fleet.remove(id);
        emit instanceDestroyed(id);
    }
    return int(expired.size());
}

} // namespace emulator

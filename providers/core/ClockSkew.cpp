#include "ClockSkew.h"

#include "ApiCall.h"

#include <QCoreApplication>

#include <cstdlib>

namespace ClockSkew {

namespace {

QString duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    // Seconds no longer matter once the difference is hours.
    if (hours > 0)
        return QCoreApplication::translate("ClockSkew", "%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return QCoreApplication::translate("ClockSkew", "%1 min %2 s").arg(minutes).arg(rest);
    return QCoreApplication::translate("ClockSkew", "%1 s").arg(rest);
}

} // namespace

std::optional<qint64> offsetSeconds(const QDateTime& serverTime, const QDateTime& localTime)
{
    if (!serverTime.isValid() || !localTime.isValid())
        return std::nullopt;
    return serverTime.secsTo(localTime);
}

QString describe(qint64 offsetSeconds)
{
    if (std::llabs(offsetSeconds) <= InStepSeconds)
        return QCoreApplication::translate("ClockSkew",
                                           "This computer's clock agrees with the server's to within a few seconds.");
    if (offsetSeconds > 0)
        return QCoreApplication::translate("ClockSkew", "This computer's clock is %1 ahead of the server's.")
            .arg(duration(offsetSeconds));
    return QCoreApplication::translate("ClockSkew", "This computer's clock is %1 behind the server's.")
        .arg(duration(-offsetSeconds));
}

QString explain(const WireReply& reply)
{
    const std::optional<qint64> offset = offsetSeconds(reply.serverDate, reply.receivedAt);
    return offset ? describe(*offset) : QString();
}

bool inStep(const WireReply& reply)
{
    const std::optional<qint64> offset = offsetSeconds(reply.serverDate, reply.receivedAt);
    return offset && std::llabs(*offset) <= InStepSeconds;
}

} // namespace ClockSkew

#pragma once

#include <QDateTime>

#include <functional>

// Wall-clock time in UTC, injected wherever time matters (signing timestamps, recycle-bin
// deadlines, history rows) so tests can pin or move it.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

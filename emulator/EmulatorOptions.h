#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace emulator {

// How an Emulator is set up: which fleet it serves, which faults it injects and how fast its
// asynchronous transitions run. The defaults are the sandbox the console embeds.
struct Options
{
    QString fleet = QStringLiteral("sandbox"); // "sandbox" or the path of a fleet file (README.md)
    int scale = 0; // > 0: this many instances per region/zone instead of the sandbox mix
    quint64 seed = 1; // the fleet generator and the %P faults are deterministic from it
    QString faults; // fault SPEC (FaultPlan)
    int terminatingMs = 2000; // destroyed instances stay TERMINATING this long, then vanish
    int prepaidIsolationMs = 1500; // a prepaid return is OPERATING this long, then SHUTDOWN
    int recycleRetentionDays = 7; // SHUTDOWN instances are released this long after isolation
    bool rateLimits = true;
    // The server's wall clock (UTC): signature skew checks, creation and expiry times.
    // Empty means QDateTime::currentDateTimeUtc.
    std::function<QDateTime()> clock;
};

} // namespace emulator

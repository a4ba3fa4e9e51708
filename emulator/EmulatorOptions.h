#pragma once

#include "TlsAuthority.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace emulator {

// How an Emulator is set up: which fleet it serves, which faults it injects and how fast its
// asynchronous transitions run. The defaults are the sandbox the console embeds.
struct Options
{
    // "sandbox" (or empty) or the path of a fleet file of Tencent instances (README.md); with a
    // file the Zenlayer fleet is empty.
    QString fleet = QStringLiteral("sandbox");
    // > 0: this many instances in every zone of the sandbox regions, and as many Zenlayer machines
    // in every Zenlayer zone, instead of the sandbox mix. Cannot be combined with a fleet file.
    int scale = 0;
    quint64 seed = 1; // the fleet generator and the %P faults are deterministic from it
    QString faults; // fault SPEC (FaultPlan)
    // Tencent transitions, on real timers: destroyed instances stay TERMINATING this long, then
    // vanish; a prepaid return is OPERATING this long, then SHUTDOWN.
    int terminatingMs = 2000;
    int prepaidIsolationMs = 1500;
    // Prepaid instances the emulator isolates are released this long after isolation (their
    // ExpiredTime then); generated and file instances already in the recycle bin keep theirs.
    int recycleRetentionDays = 7;
    bool rateLimits = true; // false: no rate limit in any dialect
    // Monotonic nanoseconds the rate limits refill by. Empty means a steady timer; a test holds it
    // still to count what a burst lets through exactly.
    std::function<qint64()> rateLimitNanoseconds;
    // Extra temporary credentials for both Tencent dialects, each ID:KEY:TOKEN[@EXPIRY] (EXPIRY an
    // ISO 8601 date-time); the sandbox's own (Emulator::SandboxTemp*) are always there.
    QStringList temporaryCredentials = {};
    // The server's wall clock (UTC): signature skew checks, creation and expiry times, recycle-bin
    // release. Empty means QDateTime::currentDateTimeUtc.
    std::function<QDateTime()> clock;
    // The server's clock runs this many seconds ahead of `clock` (negative: behind), so that a
    // client with a correct clock is refused as expired past the dialects' five-minute window.
    int clockOffsetSeconds = 0;
    // SecretIds whose CAM settings require MFA for destructive calls: TerminateInstances and
    // ModifyInstancesAttribute (both Tencent hosts) and the legacy ReturnInstance by such a key are
    // refused and apply nothing.
    QStringList mfaRequiredKeys = {};
    // Set: the emulator serves HTTPS with this certificate (TlsAuthority) instead of plain HTTP.
    TlsIdentity tls = TlsIdentity();
};

} // namespace emulator

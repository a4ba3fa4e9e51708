#pragma once

#include "CallLog.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace emulator {

class FaultPlan;
class TokenBuckets;

// What every dialect's endpoint shares: the rate limits, the fault plan, the clock and the call
// log. The Tencent API 3.0 (`/`), legacy API 2.0 (`/v2/index.php`) and Zenlayer (`/api/v2/bmc`)
// endpoints all use the same services.
struct EmulatorServices
{
    TokenBuckets& limits;
    FaultPlan& faults;
    std::function<QDateTime()> clock;
    std::function<void(const CallLogEntry&)> log;
    // SecretIds whose destructive calls require MFA (Options::mfaRequiredKeys).
    QStringList mfaRequiredKeys = {};

    bool requiresMfa(const QString& secretId) const { return mfaRequiredKeys.contains(secretId); }
};

} // namespace emulator

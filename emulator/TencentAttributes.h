#pragma once

#include "TencentCall.h"

namespace emulator {

class TencentFleet;

// ModifyInstancesAttribute: turns termination protection (DisableApiTermination) on or off, or
// renames instances (InstanceName); one attribute per request, as the API requires. The batch is
// checked as a whole first (TencentBatch): one instance that may not change fails the call and
// nothing changes. The change is immediate and recorded as the instances' latest operation, so a
// client whose reply was lost can prove by re-reading that its request was applied.
class TencentAttributes
{
public:
    explicit TencentAttributes(TencentFleet& fleet);

    TencentResult modify(const TencentCall& call);

    // InstanceName's limit, in UTF-8 bytes (InvalidInstanceName.TooLong beyond).
    static constexpr int MaxInstanceNameBytes = 128;

private:
    TencentFleet& m_fleet;
};

} // namespace emulator

#pragma once

#include "DialectInfo.h"

namespace TencentLegacyErrors {
// The dialect's error codes, for its DialectInfo and for its own wire code.
ErrorTable table();
} // namespace TencentLegacyErrors

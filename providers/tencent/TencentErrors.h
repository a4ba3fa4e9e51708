#pragma once

#include "DialectInfo.h"

namespace TencentErrors {
// The dialect's error codes, for its DialectInfo and for its own wire code.
ErrorTable table();
} // namespace TencentErrors

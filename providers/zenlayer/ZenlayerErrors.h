#pragma once

#include "DialectInfo.h"

namespace ZenlayerErrors {
// The dialect's error codes, for its DialectInfo and for its own wire code.
ErrorTable table();
} // namespace ZenlayerErrors

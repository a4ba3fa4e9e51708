#pragma once

#include "DialectInfo.h"

// Tencent Cloud API 2.0 (legacy host) as the rest of the console sees it: the same keys, regions
// and environment as API 3.0, its own {code, message} codes, and API 3.0's codes, which the
// 2017-03-12 actions served on that host answer with.
namespace TencentLegacyDialect {
const DialectInfo& info();
// Whether a codeDesc the legacy host sends is one of the dialect's codes (either table).
bool knowsCode(QStringView code);
} // namespace TencentLegacyDialect

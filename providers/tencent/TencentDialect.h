#pragma once

#include "DialectInfo.h"

// Tencent Cloud API 3.0 as the rest of the console sees it: the account form's words and checks,
// the environment of the official tools (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY) and the
// error codes. The API version is the client's (2017-03-12 for every CVM action), not a setting.
namespace TencentDialect {
const DialectInfo& info();
// The form's words and checks shared with the legacy API 2.0 dialect: same keys, same regions.
DialectInfo accountTerms(Dialect dialect);
} // namespace TencentDialect

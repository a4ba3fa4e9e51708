#pragma once

#include "DialectInfo.h"

// Zenlayer Bare Metal Cloud as the rest of the console sees it: AccessKeyId and
// AccessKeyPassword, zones in the place of regions, the X-ZC-Version an account starts with, the
// official CLI's environment (ZENLAYER_ACCESS_KEY_ID, ZENLAYER_ACCESS_KEY_PASSWORD) and the error
// codes.
namespace ZenlayerDialect {
const DialectInfo& info();
} // namespace ZenlayerDialect

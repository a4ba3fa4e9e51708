#pragma once

#include "CtlRequest.h"
#include "CtlSession.h"

class History;

// `teardownctl history`: the calls the console and teardownctl recorded, filtered. It only reads.
namespace CtlHistory {
int list(const CtlRequest& request);

// Opens the history database the command names (--history, or the console's), without creating
// one: when the file does not exist yet, `exists` is false and nothing was recorded there.
CtlFailure openExisting(History& history, const CtlRequest& request, bool* exists);
} // namespace CtlHistory

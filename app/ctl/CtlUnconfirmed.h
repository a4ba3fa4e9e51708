#pragma once

#include "CtlRequest.h"

// `teardownctl unconfirmed`: the destructive calls a session sent and never saw answered (it was
// killed, or the machine stopped). With --verify, each call's instances are read again through its
// stored account and the call is marked reviewed with what they show, as the console's "calls that
// were not confirmed" dialog marks them; a call whose account is not configured here or cannot be
// read stays unconfirmed. Exit code 0 when none is left, 1 when some remain.
namespace CtlUnconfirmed {
int run(const CtlRequest& request);
} // namespace CtlUnconfirmed

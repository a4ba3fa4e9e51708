#pragma once

#include "CtlRequest.h"

#include "CallRecorder.h"

#include <QList>
#include <QString>

// A call as `teardownctl unconfirmed` shows it; with --verify, what re-reading its instances found.
struct UnconfirmedRow
{
    CallRecord call;
    bool stillUnconfirmed = true;
    QString finding; // what was observed, or why nothing could be (empty without --verify)
};

// What `teardownctl history` and `teardownctl unconfirmed` print: a table in the user's language
// (local times), or JSON and CSV with stable keys and UTC ISO 8601 times for scripts.
namespace CtlHistoryOutput {
QString calls(const QList<CallRecord>& calls, CtlRequest::Format format);
QString unconfirmed(const QList<UnconfirmedRow>& rows, bool verified, CtlRequest::Format format);
} // namespace CtlHistoryOutput

#pragma once

#include "CtlRequest.h"

class QCommandLineParser;

// The options of `teardownctl history` and `teardownctl unconfirmed`: --instance, --since,
// --destructive, --outcome and --verify.
namespace CtlHistoryOptions {
void add(QCommandLineParser& parser);
// Fills request->historyQuery once the command is known. False, with `error` in the user's
// language, when a value is malformed or the command does not take the option.
bool read(const QCommandLineParser& parser, CtlRequest* request, QString* error);
} // namespace CtlHistoryOptions

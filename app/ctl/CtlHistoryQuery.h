#pragma once

#include "CallRecorder.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What `teardownctl history` and `teardownctl unconfirmed` were asked for, beyond the common options
// (`--account` filters the history by account; `--format`, `--history` and `--language` as everywhere).
struct CtlHistoryQuery
{
    QString instanceId; // --instance: calls that named this instance
    QDateTime since; // --since: calls sent from then on; invalid: any time
    bool destructiveOnly = false; // --destructive
    std::optional<CallStatus> outcome; // --outcome
    bool verify = false; // unconfirmed --verify: re-read the calls' instances and record what they show
};

#pragma once

// What the fault campaign checks after every run, whatever the dialect: each instance's reported
// result against the emulator's truth, and the emulator's call log against the history.

#include "History.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace campaign {

// What the emulator shows of one instance after a run.
enum class Truth { Untouched, Destroyed, InRecycleBin };

struct Tally
{
    int done = 0;
    int failed = 0;
    int unknown = 0;
    int skipped = 0;
    int blocked = 0;
    QStringList wrongClaims; // "ins-… reported Done, but …"
};

// Compares every planned instance's result with the truth. `before` is the truth before the run.
Tally compare(const TeardownPlan& plan, const RunReport& report, const QHash<QString, Truth>& before,
              const QHash<QString, Truth>& after);

// The destructive requests the emulator received that the history has no row for ("Action ids…").
// `received` holds one "Action id id …" entry (ids sorted) per request.
QStringList unrecorded(const QStringList& received, const History& history);

QString describe(const Tally& tally);

} // namespace campaign

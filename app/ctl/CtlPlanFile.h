#pragma once

#include "CtlRequest.h"
#include "CtlSession.h"

#include "PlanFile.h"

#include <QDateTime>

// teardownctl's side of saved plans (docs/plan-format.md): reading a file, saying where it comes
// from, and show FILE. Planning, checking and applying it is the TeardownController's, as in the
// console.
namespace CtlPlanFile {
// The file, read whole, or why it is refused (exit code 7).
CtlFailure read(const QString& path, PlanFile* file);
// Lines for people: who planned it, where, when and how long ago, with what; its accounts; its digest.
QString header(const QString& path, const PlanFile& file, const QDateTime& now);
// show FILE: prints the saved plan. 0, or 7 when it is refused or too old to apply.
int show(const CtlRequest& request);
} // namespace CtlPlanFile

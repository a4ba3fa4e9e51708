#pragma once

#include "PlanFile.h"
#include "ProviderError.h"

#include <QByteArray>

// Reads and checks a saved plan (docs/plan-format.md). A file is taken whole or refused whole:
// too large, not JSON, not an object, not a teardown plan, of another version, edited after it
// was saved (digest), or any member missing or of the wrong type. A refusal is an ErrorCatalog code
// (Teardown.PlanFile*) with what is wrong in its context, translated; `file` is then left as it was.
// Whether the plan can be applied here (its accounts, its age) is checked where it is opened
// (SavedPlanGate); whether its instances are still as planned, just before it runs.
namespace PlanFileReader {
ProviderError read(const QString& path, PlanFile* file);
ProviderError parse(const QByteArray& bytes, PlanFile* file);
} // namespace PlanFileReader

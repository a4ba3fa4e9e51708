#pragma once

#include "PlanFile.h"
#include "ProviderError.h"

#include <QDateTime>
#include <QHash>

class ProviderDirectory;

// Whether a saved plan that was read whole may be opened here and now, before anything is read
// or sent: not older than the maximum age and not from the future, and every account that acts
// in it configured here with the key it was made with. An account is the one with the plan's
// account id, or else one of the same provider with the same key id (a plan made on another machine,
// where the same account has another id). An account here with the plan's id, or of the same
// provider and name, but with another key id is Teardown.PlanFileOtherKey; none at all is
// Teardown.PlanFileUnknownAccount. Refusals are Teardown.PlanFile* codes with what is wrong in their
// context.
namespace SavedPlanGate {
// Not older than `maxAgeSeconds`, nor saved in the future (beyond PlanFile::ClockToleranceSeconds).
ProviderError checkAge(const PlanOrigin& origin, const QDateTime& now, qint64 maxAgeSeconds);
// On success `accountIds` maps each of the plan's account ids to the account that stands for it
// here (itself where nothing stands for it: only blocked instances of it are planned).
ProviderError check(const PlanFile& file, const ProviderDirectory& providers, const QDateTime& now,
                    qint64 maxAgeSeconds, QHash<QString, QString>* accountIds);
} // namespace SavedPlanGate

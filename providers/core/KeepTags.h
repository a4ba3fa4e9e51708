#pragma once

#include "Instance.h"

#include <QDateTime>
#include <QString>

// Keep tags: an operator's mark on an instance that it must stay. `teardown:keep` with any value
// but "false" keeps it; `teardown:keep-until=<RFC 3339 time>` keeps it until then, and a
// keep-until that is not such a time keeps it too (the safe side). Keys compare case-insensitively.
// TeardownPlanner blocks kept instances unless PlanOptions::ignoreKeepTags says otherwise.
namespace KeepTags {

inline constexpr QLatin1StringView KeepKey("teardown:keep");
inline constexpr QLatin1StringView KeepUntilKey("teardown:keep-until");

struct Verdict
{
    enum class Kind { NotKept, Kept, KeptUntil, KeepUntilMalformed };
    Kind kind = Kind::NotKept;
    QString detail; // KeptUntil: the time (ISO 8601, UTC); KeepUntilMalformed: the tag's value

    bool keeps() const { return kind != Kind::NotKept; }
    QString blockedCode() const; // Teardown.KeptByTag, Teardown.KeptUntil, Teardown.KeepUntilMalformed
};

// Whether the instance's tags keep it at `now`.
Verdict verdict(const Instance& instance, const QDateTime& now);

// Translated, to follow the catalog's text of a keep code: the date it is kept until, or the value
// that is not a date; empty for other codes.
QString context(const QString& blockedCode, const QString& detail);

// Translated, the reason a plan that acts on kept instances needs the typed confirmation.
QString confirmationReason(int keptInstances);

} // namespace KeepTags

#pragma once

#include "TeardownPlan.h"

#include <QDateTime>
#include <QString>

// When temporary credentials run out (Account::tokenExpires), in words for the accounts list and
// the plan, and whether that deserves a warning: the last hour, or already over.
namespace TokenExpiry {

constexpr qint64 WarningSeconds = 3600;

// Translated: "temporary credentials expire in 40 min", "… expired", "… expire 2030-01-31 12:00";
// empty when no expiry is known.
QString describe(const QDateTime& expires, const QDateTime& now);
bool needsWarning(const QDateTime& expires, const QDateTime& now);

// Translated, for the confirmation and teardownctl's plan: which accounts' temporary credentials
// run out (or ran out) and what that does to a run; empty when none.
QString planWarning(const QList<ExpiringCredentials>& accounts, const QDateTime& now);

} // namespace TokenExpiry

#pragma once

#include "Instance.h"
#include "TeardownPlan.h"
#include "TeardownRules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// What PlanFileWriter and PlanFileReader agree on (docs/plan-format.md): the format's name, the
// digest and the keys of the enumerations, each derived from the engine's own stable keys.
namespace PlanFileFormat {

inline constexpr QLatin1StringView Name{"teardown-plan"};
inline constexpr QLatin1StringView DigestPrefix{"sha256:"};

// The canonical serialisation the digest is taken over: the top-level object without "digest",
// as compact JSON with every object's members sorted by key, strings in UTF-8 with only the
// escapes JSON requires (what Python's json.dumps(sort_keys=True, separators=(",", ":"),
// ensure_ascii=False) writes).
QByteArray canonical(QJsonObject object);
// "sha256:" and the lowercase hex SHA-256 of canonical(object).
QString digest(const QJsonObject& object);

QString expectedEndKey(ExpectedEnd end); // "gone", "recycle-bin", "unchanged"
std::optional<ExpectedEnd> expectedEndFromKey(QStringView key);
std::optional<Outcome> outcomeFromKey(QStringView key);
std::optional<Intent> intentFromKey(QStringView key);
std::optional<CallKind> callKindFromKey(QStringView key); // ProtectionLift::callKindKey's keys
std::optional<Lifecycle> lifecycleFromKey(QStringView key);
std::optional<ChargeClass> chargeClassFromKey(QStringView key);

// Times in the file: ISO 8601 UTC to the second ("2026-11-30T09:09:05Z"); "" for none.
QString timeText(const QDateTime& time);
// Money as text, so that the digest never depends on how a number is printed: "1234.5".
QString amountText(double amount);

} // namespace PlanFileFormat

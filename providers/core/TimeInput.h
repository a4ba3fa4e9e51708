#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Times and durations as people type them (teardownctl's filters, a policy file, the console's
// filter bar) and as tags carry them (teardown:keep-until). Parsed here only, so that every front
// end reads "7d" or "2024-06-01" the same way. A refused text gets a translated `problem`.
namespace TimeInput {

// A duration: a whole positive number and a unit, m (minutes), h (hours), d (days) or w (weeks):
// "90m", "36h", "7d", "2w". At most 100 years. In seconds.
std::optional<qint64> durationSeconds(const QString& text, QString* problem);

// An ISO 8601 date ("2024-06-01", midnight UTC) or date-time ("2024-06-01T12:30",
// "2024-06-01T12:30:00+08:00"); a date-time without an offset is UTC.
std::optional<QDateTime> dateOrDateTime(const QString& text, QString* problem);

// A moment as `--since` takes it: a date or date-time as above, or a duration meaning that long
// before `now` ("7d" is a week ago). In UTC.
std::optional<QDateTime> momentOrAgo(const QString& text, const QDateTime& now);

// An RFC 3339 date-time, which always carries its offset: "2030-01-31T18:00:00Z",
// "2030-01-31T18:00:00.5+08:00". Anything else is not one.
std::optional<QDateTime> rfc3339(const QString& text);

} // namespace TimeInput

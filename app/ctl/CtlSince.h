#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// `--since`: an ISO 8601 date (midnight UTC, the history's days are UTC days), an ISO 8601 date and
// time (UTC unless it carries an offset), or a duration meaning "that long before now": a whole
// number followed by m (minutes), h (hours), d (days) or w (weeks), e.g. 36h or 7d.
namespace CtlSince {
std::optional<QDateTime> parse(const QString& text, const QDateTime& now);
// A duration in seconds; nullopt when `text` is not one.
std::optional<qint64> durationSeconds(const QString& text);
} // namespace CtlSince

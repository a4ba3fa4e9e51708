#pragma once

#include <QString>

#include <optional>

// Lengths of time as people type and read them. One place for both directions, so that what
// teardownctl accepts (--max-age 36h) and what the console and teardownctl print ("1 d 12 h")
// follow the same units.
namespace DurationText {
// "45s", "90m", "36h", "7d", "2w" or a sum of them ("1d12h"): seconds, minutes, hours, days, weeks.
// Empty for anything else, for zero and for more than 100 years.
std::optional<qint64> parseSeconds(QStringView text);
// "2 d 3 h", "3 h 20 min", "5 min", "less than a minute": the two largest units, translated.
QString format(qint64 seconds);
} // namespace DurationText

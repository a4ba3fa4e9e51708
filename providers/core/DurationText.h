#pragma once

#include <QString>

// Lengths of time as people read them ("1 d 12 h"), the way the console and teardownctl print a
// saved plan's age and its limit. What people type is read by TimeInput.
namespace DurationText {
// "2 d 3 h", "3 h 20 min", "5 min", "less than a minute": the two largest units, translated.
QString format(qint64 seconds);
} // namespace DurationText

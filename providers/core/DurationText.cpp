#include "DurationText.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace {

struct Unit
{
    char16_t letter;
    qint64 seconds;
};

constexpr std::array kUnits{Unit{u'w', 7 * 86400}, Unit{u'd', 86400}, Unit{u'h', 3600}, Unit{u'm', 60}, Unit{u's', 1}};
constexpr qint64 kMaxSeconds = qint64(100) * 366 * 86400;

std::optional<qint64> unitSeconds(QChar letter)
{
    for (const Unit& unit : kUnits) {
        if (letter == QChar(unit.letter))
            return unit.seconds;
    }
    return std::nullopt;
}

} // namespace

namespace DurationText {

std::optional<qint64> parseSeconds(QStringView text)
{
    qint64 total = 0;
    qsizetype i = 0;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    while (i < trimmed.size()) {
        const qsizetype start = i;
        while (i < trimmed.size() && trimmed[i].isDigit() && trimmed[i].unicode() < 128)
            ++i;
        // Nine digits of any unit already pass the limit; more could overflow.
        if (i == start || i - start > 9 || i == trimmed.size())
            return std::nullopt;
        const std::optional<qint64> unit = unitSeconds(trimmed[i].toLower());
        if (!unit)
            return std::nullopt;
        total += trimmed.mid(start, i - start).toLongLong() * *unit;
        if (total > kMaxSeconds)
            return std::nullopt;
        ++i;
    }
    if (total <= 0)
        return std::nullopt;
    return total;
}

QString format(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("DurationText", "less than a minute");
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const QString d = QCoreApplication::translate("DurationText", "%1 d", "days").arg(days);
    const QString h = QCoreApplication::translate("DurationText", "%1 h", "hours").arg(hours);
    const QString min = QCoreApplication::translate("DurationText", "%1 min", "minutes").arg(minutes);
    QStringList parts;
    if (days > 0) {
        parts << d;
        if (hours > 0)
            parts << h;
    } else if (hours > 0) {
        parts << h;
        if (minutes > 0)
            parts << min;
    } else {
        parts << min;
    }
    return parts.join(u' ');
}

} // namespace DurationText

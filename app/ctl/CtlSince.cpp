#include "CtlSince.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CtlSince {

std::optional<qint64> durationSeconds(const QString& text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,7})([mhdw])$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    if (count == 0)
        return std::nullopt;
    switch (match.capturedView(2).front().unicode()) {
    case u'm':
        return count * 60;
    case u'h':
        return count * 3600;
    case u'd':
        return count * 86400;
    default:
        break;
    }
    return count * 7 * 86400;
}

std::optional<QDateTime> parse(const QString& text, const QDateTime& now)
{
    const QString trimmed = text.trimmed();
    if (const std::optional<qint64> seconds = durationSeconds(trimmed))
        return now.toUTC().addSecs(-*seconds);

    // A plain date: its first moment, in UTC.
    static const QRegularExpression datePattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (datePattern.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }

    // A date and time, with seconds or without, optionally with Z or an offset.
    static const QRegularExpression dateTimePattern(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"_s);
    if (!dateTimePattern.match(trimmed).hasMatch())
        return std::nullopt;
    QString iso = trimmed;
    iso[10] = u'T';
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Without an offset Qt reads local time; the history's times without one are UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

} // namespace CtlSince

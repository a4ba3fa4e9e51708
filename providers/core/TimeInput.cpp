#include "TimeInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxDurationSeconds = qint64(100) * 365 * 24 * 3600;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TimeInput)
};

// Qt reads at most milliseconds and wants an upper-case T and Z; RFC 3339 and ISO 8601 allow more
// digits, a space or a lower-case t, and z.
QString normalised(const QRegularExpressionMatch& m)
{
    QString text = m.captured(u"date"_s) + u'T' + m.captured(u"time"_s);
    if (const QString fraction = m.captured(u"fraction"_s); !fraction.isEmpty())
        text += u'.' + fraction.left(3).leftJustified(3, u'0');
    const QString offset = m.captured(u"offset"_s);
    return text + (offset.compare(u"z"_s, Qt::CaseInsensitive) == 0 ? u"Z"_s : offset);
}

const QRegularExpression& dateTimePattern()
{
    static const QRegularExpression pattern(
        u"^(?<date>\\d{4}-\\d{2}-\\d{2})[Tt ](?<time>\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(?<fraction>\\d{1,9}))?"
        "(?<offset>[Zz]|[+-]\\d{2}:\\d{2})?$"_s);
    return pattern;
}

} // namespace

namespace TimeInput {

std::optional<qint64> durationSeconds(const QString& text, QString* problem)
{
    static const QRegularExpression pattern(u"^(\\d{1,9})([mhdw])$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        *problem =
            Text::tr("\"%1\" is not a duration: write a whole number and a unit, m (minutes), h (hours), d (days) "
                     "or w (weeks), e.g. 90m, 36h, 7d or 2w.")
                .arg(text);
        return std::nullopt;
    }
    const qint64 count = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).front();
    const qint64 unitSeconds = unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 7 * 86400;
    if (count == 0) {
        *problem = Text::tr("\"%1\" is not a duration: it must be longer than nothing.").arg(text);
        return std::nullopt;
    }
    if (count > kMaxDurationSeconds / unitSeconds) {
        *problem = Text::tr("\"%1\" is too long a duration: at most 100 years.").arg(text);
        return std::nullopt;
    }
    return count * unitSeconds;
}

std::optional<QDateTime> dateOrDateTime(const QString& text, QString* problem)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (datePattern.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
    } else if (const QRegularExpressionMatch m = dateTimePattern().match(trimmed); m.hasMatch()) {
        QDateTime time = QDateTime::fromString(normalised(m), Qt::ISODateWithMs);
        if (time.isValid()) {
            if (m.captured(u"offset"_s).isEmpty())
                time.setTimeSpec(Qt::UTC); // the same wall time, read as UTC
            return time.toUTC();
        }
    }
    *problem =
        Text::tr("\"%1\" is not a date: write an ISO 8601 date or date-time, e.g. 2024-06-01, 2024-06-01T12:30 (UTC) "
                 "or 2024-06-01T12:30:00+08:00.")
            .arg(text);
    return std::nullopt;
}

std::optional<QDateTime> momentOrAgo(const QString& text, const QDateTime& now)
{
    QString ignored;
    if (const std::optional<qint64> seconds = durationSeconds(text, &ignored))
        return now.toUTC().addSecs(-*seconds);
    return dateOrDateTime(text, &ignored);
}

std::optional<QDateTime> rfc3339(const QString& text)
{
    const QRegularExpressionMatch m = dateTimePattern().match(text);
    // RFC 3339 has seconds and an offset; ISO 8601's shorter forms are not RFC 3339.
    if (!m.hasMatch() || m.captured(u"offset"_s).isEmpty() || m.captured(u"time"_s).size() != 8)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(normalised(m), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace TimeInput

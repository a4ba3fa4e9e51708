#include "DisplayFormat.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace DisplayFormat {

QString time(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString timeWithSeconds(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

namespace {

QDateTime withLocalOffset(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

} // namespace

QString timeWithZone(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = withLocalOffset(time);
    return local.toString(u"yyyy-MM-dd HH:mm"_s) + u" ("_s + local.timeZoneAbbreviation() + u')';
}

QString timeForFile(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString money(double amount, const QString& currency)
{
    const QString number = QLocale().toString(amount, 'f', 2);
    return currency.isEmpty() ? number : currency + u' ' + number;
}

QString money(const QMap<QString, double>& totals)
{
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(money(it.value(), it.key()));
    return QLocale().createSeparatedList(sums);
}

} // namespace DisplayFormat

#include "TokenExpiry.h"

#include <QCoreApplication>
#include <QLocale>

namespace TokenExpiry {

QString describe(const QDateTime& expires, const QDateTime& now)
{
    if (!expires.isValid())
        return {};
    const qint64 left = now.secsTo(expires);
    if (left <= 0)
        return QCoreApplication::translate("TokenExpiry", "temporary credentials expired");
    if (left < WarningSeconds) {
        // Rounded up: "in 0 min" would read as already over.
        const int minutes = int((left + 59) / 60);
        return QCoreApplication::translate("TokenExpiry", "temporary credentials expire in %n min", nullptr, minutes);
    }
    return QCoreApplication::translate("TokenExpiry", "temporary credentials expire %1")
        .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
}

bool needsWarning(const QDateTime& expires, const QDateTime& now)
{
    return expires.isValid() && now.secsTo(expires) < WarningSeconds;
}

} // namespace TokenExpiry

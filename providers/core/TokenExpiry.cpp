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

QString planWarning(const QList<ExpiringCredentials>& accounts, const QDateTime& now)
{
    if (accounts.isEmpty())
        return {};
    QStringList parts;
    for (const ExpiringCredentials& a : accounts)
        parts << QCoreApplication::translate("TokenExpiry", "%1: %2").arg(a.accountName, describe(a.expires, now));
    return QCoreApplication::translate("TokenExpiry",
                                       "%1. Renew the temporary credentials (edit the account) before confirming: "
                                       "once the provider refuses them, nothing more is sent through that account.")
        .arg(parts.join(QCoreApplication::translate("TokenExpiry", "; ")));
}

} // namespace TokenExpiry

#include "DurationText.h"

#include <QCoreApplication>
#include <QStringList>

namespace DurationText {

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

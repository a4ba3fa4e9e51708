#include "InstanceRow.h"

void InstanceRow::refreshSortKeys()
{
    createdKey = dateKey(instance.created);
    expiresKey = dateKey(instance.expires);
    releaseKey = dateKey(instance.lifecycle == Lifecycle::RecycleBin ? instance.autoRelease : QDateTime());
    privateIpKey = ipv4Key(instance.privateIps);
    publicIpKey = ipv4Key(instance.publicIps);
}

qint64 InstanceRow::dateKey(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : kNoDate;
}

quint32 InstanceRow::ipv4Key(const QStringList& ips)
{
    if (ips.isEmpty())
        return 0;
    const QString& ip = ips.constFirst();
    quint32 value = 0;
    int part = 0;
    int digits = 0;
    int parts = 0;
    for (const QChar c : ip) {
        if (c >= u'0' && c <= u'9') {
            part = part * 10 + (c.unicode() - u'0');
            if (++digits > 3 || part > 255)
                return 0;
        } else if (c == u'.' && digits > 0 && parts < 3) {
            value = (value << 8) | quint32(part);
            ++parts;
            part = 0;
            digits = 0;
        } else {
            return 0;
        }
    }
    if (parts != 3 || digits == 0)
        return 0;
    return (value << 8) | quint32(part);
}

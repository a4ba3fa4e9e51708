#include "BenchFleetFile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

bool writeFleetFile(const QString& path, const QList<FleetPart>& parts, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    // Subscriptions a month from now: a returned one sits in the recycle bin until then.
    const QString expires = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    file.write("{\"tencent\": [\n");
    bool first = true;
    for (const FleetPart& part : parts) {
        for (int n = 0; n < part.count; ++n) {
            QJsonObject i{{u"InstanceId"_s,
                           u"ins-%1%2"_s.arg(QChar::fromLatin1(part.idPrefix))
                               .arg(QString::number(n, 36).rightJustified(7, u'0'))},
                          {u"InstanceName"_s, u"bench-%1-%2"_s.arg(part.region).arg(n)},
                          {u"Placement"_s, QJsonObject{{u"Zone"_s, u"%1-%2"_s.arg(part.region).arg(1 + n % 3)}}},
                          {u"InstanceState"_s, part.state},
                          {u"InstanceChargeType"_s, part.chargeType}};
            if (part.chargeType == u"PREPAID"_s)
                i.insert(u"ExpiredTime"_s, expires);
            if (!first)
                file.write(",\n");
            first = false;
            file.write(QJsonDocument(i).toJson(QJsonDocument::Compact));
        }
    }
    file.write("\n]}\n");
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

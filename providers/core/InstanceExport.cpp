#include "InstanceExport.h"

#include "Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString tagsText(const QList<InstanceTag>& tags)
{
    QStringList parts;
    for (const InstanceTag& tag : tags)
        parts << tag.key + u'=' + tag.value;
    return parts.join(u';');
}

} // namespace

namespace InstanceExport {

QJsonObject toJsonObject(const Instance& i)
{
    QJsonObject tags;
    for (const InstanceTag& tag : i.tags)
        tags.insert(tag.key, tag.value);
    return QJsonObject{
        {u"provider"_s, providerKey(i.provider)},
        {u"accountId"_s, i.accountId},
        {u"region"_s, i.region},
        {u"zone"_s, i.zone},
        {u"instanceId"_s, i.id},
        {u"name"_s, i.name},
        {u"state"_s, i.rawState},
        {u"lifecycle"_s, lifecycleKey(i.lifecycle)},
        {u"chargeType"_s, i.rawChargeType},
        {u"chargeClass"_s, chargeClassKey(i.chargeClass)},
        {u"terminationProtected"_s, i.terminationProtected},
        {u"restriction"_s, i.restriction},
        {u"instanceType"_s, i.instanceType},
        {u"os"_s, i.osName},
        {u"privateIps"_s, QJsonArray::fromStringList(i.privateIps)},
        {u"publicIps"_s, QJsonArray::fromStringList(i.publicIps)},
        {u"created"_s, isoOrEmpty(i.created)},
        {u"expires"_s, isoOrEmpty(i.expires)},
        {u"autoRelease"_s, isoOrEmpty(i.autoRelease)},
        {u"tags"_s, tags},
    };
}

QStringList csvHeader()
{
    return {u"provider"_s,    u"account_id"_s,    u"region"_s,
            u"zone"_s,        u"instance_id"_s,   u"name"_s,
            u"state"_s,       u"charge_type"_s,   u"termination_protected"_s,
            u"restriction"_s, u"instance_type"_s, u"os"_s,
            u"private_ips"_s, u"public_ips"_s,    u"created"_s,
            u"expires"_s,     u"auto_release"_s,  u"tags"_s};
}

QStringList csvCells(const Instance& i)
{
    return {providerKey(i.provider),
            i.accountId,
            i.region,
            i.zone,
            i.id,
            i.name,
            i.rawState,
            i.rawChargeType,
            i.terminationProtected ? u"yes"_s : u"no"_s,
            i.restriction,
            i.instanceType,
            i.osName,
            i.privateIps.join(u' '),
            i.publicIps.join(u' '),
            isoOrEmpty(i.created),
            isoOrEmpty(i.expires),
            isoOrEmpty(i.autoRelease),
            tagsText(i.tags)};
}

QByteArray toJson(const QList<Instance>& instances)
{
    QJsonArray rows;
    for (const Instance& i : instances)
        rows.append(toJsonObject(i));
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<Instance>& instances)
{
    CsvWriter csv;
    csv.addRow(csvHeader());
    for (const Instance& i : instances)
        csv.addRow(csvCells(i));
    return csv.data();
}

} // namespace InstanceExport

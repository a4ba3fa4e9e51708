#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace emulator {

// One Zenlayer BMC instance as the emulator keeps it: the API's fields (reference §3.2) and the
// server-side facts DescribeInstances does not show.
struct ZenlayerInstance
{
    QString instanceId; // decimal string
    QString instanceName;
    QString hostname;
    QString zoneId;
    QString instanceTypeId;
    QString imageId;
    QString imageName;
    QString instanceChargeType; // PREPAID | POSTPAID
    int period = 0; // months, PREPAID only
    bool autoRenew = false;
    QDateTime createTime;
    QDateTime expiredTime; // PREPAID only
    QString instanceStatus;
    QString internetChargeType = QStringLiteral("ByBandwidth");
    int bandwidthOutMbps = 100;
    QString primaryPublicIpAddress;
    QStringList publicIpAddresses;
    QStringList privateIpAddresses;
    QString resourceGroupId = QStringLiteral("rg-default");
    QString resourceGroupName = QStringLiteral("Default Resource Group");
    QList<std::pair<QString, QString>> tags;

    // Not on the wire.
    QDateTime recycledAt; // when TerminateInstance moved it to RECYCLE
    bool subscriptionCancelled = false; // TerminateInstance was called on the subscription

    QJsonObject toJson() const;
};

struct ZenlayerZone
{
    QString zoneId;
    QString zoneName;
    QString zoneNameZh;
    QString cityName;
    QString cityNameZh;
    QString areaName;
};

// The instances of one emulated Zenlayer account, in creation order (the order DescribeInstances
// pages through).
class ZenlayerFleet
{
public:
    static constexpr int RecycleRetentionHours = 24;

    void add(ZenlayerInstance instance);
    void clear();
    bool remove(const QString& instanceId);
    ZenlayerInstance* find(const QString& instanceId);
    const ZenlayerInstance* find(const QString& instanceId) const;
    QList<const ZenlayerInstance*> all() const;
    qsizetype size() const { return m_instances.size(); }
    QStringList zones() const; // every zone of the table and of the instances

    // Releases what has been in the recycle bin for 24 hours; returns how many.
    int releaseExpired(const QDateTime& now);

    static const QList<ZenlayerZone>& knownZones();
    static const ZenlayerZone* zone(const QString& zoneId);

    // Deterministic fleets: every status and both charge types in several zones (the sandbox),
    // or `perZone` instances in every zone (benchmarks).
    static QList<ZenlayerInstance> sandbox(quint64 seed, const QDateTime& now);
    static QList<ZenlayerInstance> scaled(quint64 seed, const QDateTime& now, int perZone);

private:
    void reindex();

    QList<ZenlayerInstance> m_instances;
    QHash<QString, qsizetype> m_index;
};

} // namespace emulator

#pragma once

#include "TencentInstance.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace emulator {

// Deterministic fleets: the same seed and clock give the same instances, ids included.
//
// sandbox(): 150 instances over eight regions with every state and charge type, protected,
// banned, commercial-OS and non-returnable instances, tags and English and Chinese names.
// scaled(N): N instances in every zone of the same regions (benchmarks, up to ~100k), mostly
// RUNNING and STOPPED with a mix of charge types.
class FleetGenerator
{
public:
    FleetGenerator(quint64 seed, const QDateTime& now);

    QList<TencentInstance> sandbox();
    QList<TencentInstance> scaled(int perZone);

private:
    // What makes an instance interesting for teardown; everything else is filled in randomly.
    struct Profile
    {
        QString state = {};
        QString chargeType = {};
        bool isProtected = false;
        QString restrictState = QStringLiteral("NORMAL");
        bool commercialOs = false;
        bool returnable = true;
        QString runningOperation = {}; // LatestOperation left OPERATING
        QString isolatedSource = {}; // SHUTDOWN only
    };

    TencentInstance make(const Profile& profile, const QString& region, const QString& zone);
    QList<Profile> sandboxProfiles();
    QString uniqueInstanceId();
    QString randomToken(int length);
    QString uuid();
    QString nameFor(bool chinese);
    QString pick(const QStringList& options);
    int percent() { return int(m_random.bounded(100)); }
    QString regionNetwork(const QString& key, const QString& prefix); // one id per region or zone

    QRandomGenerator m_random;
    QDateTime m_now;
    QSet<QString> m_ids;
    QHash<QString, int> m_nameCounters;
    QHash<QString, QString> m_networks; // region or zone -> vpc / subnet id
    int m_ipCounter = 0;
};

} // namespace emulator

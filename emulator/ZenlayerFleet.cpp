#include "ZenlayerFleet.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)) : QJsonValue();
}

} // namespace

QJsonObject ZenlayerInstance::toJson() const
{
    QJsonArray tagArray;
    for (const auto& [key, value] : tags)
        tagArray.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
    const bool prepaid = instanceChargeType == u"PREPAID"_s;
    return QJsonObject{
        {u"instanceId"_s, instanceId},
        {u"instanceName"_s, instanceName},
        {u"hostname"_s, hostname},
        {u"zoneId"_s, zoneId},
        {u"instanceTypeId"_s, instanceTypeId},
        {u"imageId"_s, imageId.isEmpty() ? QJsonValue() : QJsonValue(imageId)},
        {u"imageName"_s, imageName},
        {u"instanceChargeType"_s, instanceChargeType},
        {u"period"_s, prepaid ? QJsonValue(period) : QJsonValue()},
        {u"autoRenew"_s, autoRenew},
        {u"createTime"_s, timeOrNull(createTime)},
        {u"expiredTime"_s, prepaid ? timeOrNull(expiredTime) : QJsonValue()},
        {u"instanceStatus"_s, instanceStatus},
        {u"internetChargeType"_s, internetChargeType},
        {u"bandwidthOutMbps"_s, bandwidthOutMbps},
        {u"primaryPublicIpAddress"_s, primaryPublicIpAddress.isEmpty() ? QJsonValue() : primaryPublicIpAddress},
        {u"publicIpAddresses"_s, QJsonArray::fromStringList(publicIpAddresses)},
        {u"privateIpAddresses"_s, QJsonArray::fromStringList(privateIpAddresses)},
        {u"subnetIds"_s, QJsonArray()},
        {u"resourceGroupId"_s, resourceGroupId},
        {u"resourceGroupName"_s, resourceGroupName},
        {u"tags"_s, QJsonObject{{u"tags"_s, tagArray}}},
    };
}

void ZenlayerFleet::add(ZenlayerInstance instance)
{
    const auto it = m_index.constFind(instance.instanceId);
    if (it != m_index.cend()) {
        m_instances[*it] = std::move(instance);
        return;
    }
    m_index.insert(instance.instanceId, m_instances.size());
    m_instances.append(std::move(instance));
}

void ZenlayerFleet::clear()
{
    m_instances.clear();
    m_index.clear();
}

bool ZenlayerFleet::remove(const QString& instanceId)
{
    const auto it = m_index.constFind(instanceId);
    if (it == m_index.cend())
        return false;
    m_instances.removeAt(*it);
    reindex();
    return true;
}

void ZenlayerFleet::reindex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_instances.size(); ++i)
        m_index.insert(m_instances[i].instanceId, i);
}

ZenlayerInstance* ZenlayerFleet::find(const QString& instanceId)
{
    const auto it = m_index.constFind(instanceId);
    return it == m_index.cend() ? nullptr : &m_instances[*it];
}

const ZenlayerInstance* ZenlayerFleet::find(const QString& instanceId) const
{
    const auto it = m_index.constFind(instanceId);
    return it == m_index.cend() ? nullptr : &m_instances[*it];
}

QList<const ZenlayerInstance*> ZenlayerFleet::all() const
{
    QList<const ZenlayerInstance*> out;
    out.reserve(m_instances.size());
    for (const ZenlayerInstance& i : m_instances)
        out << &i;
    return out;
}

QStringList ZenlayerFleet::zones() const
{
    QStringList out;
    for (const ZenlayerZone& z : knownZones())
        out << z.zoneId;
    for (const ZenlayerInstance& i : m_instances) {
        if (!out.contains(i.zoneId))
            out << i.zoneId;
    }
    return out;
}

int ZenlayerFleet::releaseExpired(const QDateTime& now)
{
    const qsizetype before = m_instances.size();
    m_instances.removeIf([&](const ZenlayerInstance& i) {
        return i.instanceStatus == u"RECYCLE"_s && i.recycledAt.isValid()
            && i.recycledAt.secsTo(now) >= qint64(RecycleRetentionHours) * 3600;
    });
    if (m_instances.size() != before)
        reindex();
    return int(before - m_instances.size());
}

const QList<ZenlayerZone>& ZenlayerFleet::knownZones()
{
    // Zone ids seen in the official sources (reference §5).
    static const QList<ZenlayerZone> zones{
        {u"SEL-A"_s, u"SEL Zone A"_s, u"首尔 A 区"_s, u"Seoul"_s, u"首尔"_s, u"Asia Pacific"_s},
        {u"HKG-A"_s, u"HKG Zone A"_s, u"香港 A 区"_s, u"Hong Kong"_s, u"香港"_s, u"Asia Pacific"_s},
        {u"MOW-B"_s, u"MOW Zone B"_s, u"莫斯科 B 区"_s, u"Moscow"_s, u"莫斯科"_s, u"Europe"_s},
        {u"IAD-A"_s, u"IAD Zone A"_s, u"华盛顿 A 区"_s, u"Washington"_s, u"华盛顿"_s, u"North America"_s},
        {u"IST-B"_s, u"IST Zone B"_s, u"伊斯坦布尔 B 区"_s, u"Istanbul"_s, u"伊斯坦布尔"_s, u"Europe"_s},
    };
    return zones;
}

const ZenlayerZone* ZenlayerFleet::zone(const QString& zoneId)
{
    for (const ZenlayerZone& z : knownZones()) {
        if (z.zoneId == zoneId)
            return &z;
    }
    return nullptr;
}

namespace {

class Generator
{
public:
    Generator(quint64 seed, const QDateTime& now)
        : m_random(quint32(seed ^ 0x5a17e5u))
        , m_now(now)
    { }

    ZenlayerInstance make(const QString& zone, const QString& status, const QString& charge)
    {
        ZenlayerInstance i;
        const int n = ++m_counter;
        // Unique by construction at any scale, and not consecutive, like real ids.
        i.instanceId = QString::number(739591339487000000LL + qint64(n) * 1000 + m_random.bounded(1000));
        const bool chinese = n % 4 == 0;
        i.instanceName = chinese ? u"裸金属-%1"_s.arg(n, 3, 10, QChar(u'0')) : u"bmc-%1"_s.arg(n, 3, 10, QChar(u'0'));
        i.hostname = u"bmc-%1"_s.arg(n);
        i.zoneId = zone;
        static const QStringList types{u"M6C"_s, u"S8I"_s, u"G4S"_s, u"M4S"_s};
        static const QStringList images{u"Ubuntu 22.04"_s, u"Debian 12"_s, u"Rocky Linux 9"_s,
                                        u"Windows Server 2022"_s};
        i.instanceTypeId = types.at(int(m_random.bounded(int(types.size()))));
        const int image = int(m_random.bounded(int(images.size())));
        i.imageId = u"IMG-%1"_s.arg(10000 + image);
        i.imageName = images.at(image);
        i.instanceChargeType = charge;
        i.instanceStatus = status;
        i.createTime = m_now.addSecs(-qint64(m_random.bounded(3600 * 24 * 300)) - 3600);
        if (charge == u"PREPAID"_s) {
            i.period = int(m_random.bounded(1, 13));
            i.expiredTime = i.createTime.addMonths(i.period);
            while (i.expiredTime < m_now)
                i.expiredTime = i.expiredTime.addMonths(i.period);
            i.autoRenew = n % 3 != 0;
        }
        i.bandwidthOutMbps = 50 * int(m_random.bounded(1, 21));
        const QString ip = u"203.0.%1.%2"_s.arg(113 + n / 250).arg(n % 250 + 2);
        if (status != u"CREATE_FAILED"_s && status != u"PENDING"_s && status != u"CREATING"_s) {
            i.primaryPublicIpAddress = ip;
            i.publicIpAddresses = {ip};
            i.privateIpAddresses = {u"10.%1.0.%2"_s.arg(n / 250).arg(n % 250 + 2)};
        }
        if (n % 3 == 0)
            i.tags = {{u"env"_s, n % 2 ? u"prod"_s : u"test"_s}};
        if (status == u"RECYCLE"_s)
            i.recycledAt = m_now.addSecs(-qint64(m_random.bounded(3600 * 23)) - 60);
        return i;
    }

    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
    QDateTime m_now;
    int m_counter = 0;
};

} // namespace

QList<ZenlayerInstance> ZenlayerFleet::sandbox(quint64 seed, const QDateTime& now)
{
    static const QStringList statuses{u"RUNNING"_s,  u"STOPPED"_s,    u"RECYCLE"_s, u"CREATE_FAILED"_s,
                                      u"CREATING"_s, u"INSTALLING"_s, u"PENDING"_s, u"INSTALL_FAILED"_s,
                                      u"BOOTING"_s,  u"STOPPING"_s};
    Generator g(seed, now);
    QList<ZenlayerInstance> out;
    const QList<ZenlayerZone>& zones = knownZones();
    // Every status with both charge types, spread over the zones, plus a few more running and
    // stopped machines and recycle-bin entries so that a zone looks lived in.
    int slot = 0;
    for (const QString& status : statuses) {
        for (const QString& charge : {u"POSTPAID"_s, u"PREPAID"_s})
            out << g.make(zones.at(slot++ % 4).zoneId, status, charge);
    }
    for (int n = 0; n < 16; ++n) {
        const QString status = n % 4 == 3 ? u"RECYCLE"_s : (n % 4 == 2 ? u"STOPPED"_s : u"RUNNING"_s);
        out << g.make(zones.at(n % 4).zoneId, status, n % 3 == 0 ? u"PREPAID"_s : u"POSTPAID"_s);
    }
    return out;
}

QList<ZenlayerInstance> ZenlayerFleet::scaled(quint64 seed, const QDateTime& now, int perZone)
{
    Generator g(seed, now);
    QList<ZenlayerInstance> out;
    for (const ZenlayerZone& z : knownZones()) {
        for (int n = 0; n < perZone; ++n) {
            const quint32 roll = g.bounded(100);
            const QString status = roll < 70 ? u"RUNNING"_s : roll < 90 ? u"STOPPED"_s : u"RECYCLE"_s;
            out << g.make(z.zoneId, status, roll % 4 == 0 ? u"PREPAID"_s : u"POSTPAID"_s);
        }
    }
    return out;
}

} // namespace emulator

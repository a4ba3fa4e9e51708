#include "FleetGenerator.h"

#include "TencentRegions.h"

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

struct InstanceType
{
    const char* name;
    int cpu;
    int memory;
    double monthlyPrice; // CNY
};

constexpr InstanceType kTypes[] = {
    {"SA2.MEDIUM2", 2, 2, 118.0},     {"S5.MEDIUM4", 2, 4, 216.0},    {"S5.LARGE8", 4, 8, 432.0},
    {"C6.XLARGE8", 4, 8, 518.4},      {"S6.2XLARGE16", 8, 16, 879.2}, {"M5.LARGE32", 4, 32, 906.0},
    {"GN7.2XLARGE32", 8, 32, 4236.0},
};

const QStringList kOsNames{
    u"TencentOS Server 3.1 (TK4)"_s, u"Ubuntu Server 22.04 LTS 64bit"_s, u"CentOS 7.9 64位"_s,
    u"Debian 12.0 64bit"_s,          u"Rocky Linux 9.2 64位"_s,          u"Windows Server 2019 数据中心版 64位中文版"_s,
};
const QString kCommercialOs = u"Red Hat Enterprise Linux 8.6 64位"_s;

const QStringList kEnglishNames{u"web"_s,       u"api-gateway"_s, u"batch-worker"_s, u"db-replica"_s,
                                u"ci-runner"_s, u"cache"_s,       u"bastion"_s,      u"ml-train"_s};
const QStringList kChineseNames{u"支付网关"_s, u"订单服务"_s,   u"数据分析"_s, u"日志采集"_s,
                                u"用户中心"_s, u"测试服务器"_s, u"消息队列"_s, u"风控引擎"_s};
const QStringList kTeams{u"payments"_s, u"platform"_s, u"data"_s, u"web"_s, u"infra"_s};
const QString kAlphabet = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;

} // namespace

FleetGenerator::FleetGenerator(quint64 seed, const QDateTime& now)
    : m_random(quint32(seed ^ (seed >> 32)) ^ 0x7ea4d0c5u)
    , m_now(now.toUTC())
{ }

QString FleetGenerator::randomToken(int length)
{
    QString out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = kAlphabet.at(int(m_random.bounded(quint32(kAlphabet.size()))));
    return out;
}

QString FleetGenerator::uniqueInstanceId()
{
    for (;;) {
        QString id = u"ins-"_s + randomToken(8);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString FleetGenerator::uuid()
{
    static const QString hex = u"0123456789abcdef"_s;
    QString out(36, u'-');
    for (int i = 0; i < 36; ++i) {
        if (i != 8 && i != 13 && i != 18 && i != 23)
            out[i] = hex.at(int(m_random.bounded(16u)));
    }
    out[14] = u'4';
    return out;
}

QString FleetGenerator::pick(const QStringList& options)
{
    return options.at(int(m_random.bounded(quint32(options.size()))));
}

QString FleetGenerator::nameFor(bool chinese)
{
    const QString base = pick(chinese ? kChineseNames : kEnglishNames);
    const int n = ++m_nameCounters[base];
    return base + u'-' + QString::number(n).rightJustified(2, u'0');
}

QString FleetGenerator::regionNetwork(const QString& key, const QString& prefix)
{
    auto it = m_networks.find(key);
    if (it == m_networks.end())
        it = m_networks.insert(key, prefix + randomToken(8));
    return *it;
}

TencentInstance FleetGenerator::make(const Profile& profile, const QString& region, const QString& zone)
{
    TencentInstance i;
    i.instanceId = uniqueInstanceId();
    i.region = region;
    i.zone = zone;
    i.instanceName = nameFor(percent() < 40);
    i.instanceState = profile.state;
    i.instanceChargeType = profile.chargeType;
    i.disableApiTermination = profile.isProtected;
    i.restrictState = profile.restrictState;
    i.returnable = profile.returnable;

    const InstanceType& type = kTypes[m_random.bounded(quint32(std::size(kTypes)))];
    i.instanceType = QString::fromLatin1(type.name);
    i.cpu = type.cpu;
    i.memory = type.memory;
    i.monthlyPrice = type.monthlyPrice;
    i.osName = profile.commercialOs ? kCommercialOs : pick(kOsNames);
    i.imageId = u"img-"_s + randomToken(8);
    i.uuid = uuid();
    i.createdTime = m_now.addSecs(-qint64(m_random.bounded(1u, 900u)) * 86400 - m_random.bounded(86400u));

    // A global counter keeps every address unique, also at 100k instances.
    const int ip = ++m_ipCounter;
    const QString host = u"%1.%2"_s.arg((ip / 250) % 250).arg(ip % 250 + 2);
    i.privateIpAddresses = {u"10.%1."_s.arg(ip / 62500) + host};
    if (percent() < 60)
        i.publicIpAddresses = {u"43.%1."_s.arg(128 + ip / 62500) + host};
    i.vpcId = regionNetwork(region, u"vpc-"_s);
    i.subnetId = regionNetwork(zone, u"subnet-"_s);
    i.securityGroupIds = {regionNetwork(region + u"/sg"_s, u"sg-"_s)};

    const int env = percent();
    if (env < 30)
        i.tags.append({u"env"_s, u"prod"_s});
    else if (env < 55)
        i.tags.append({u"env"_s, u"staging"_s});
    else if (env < 90)
        i.tags.append({u"env"_s, u"dev"_s});
    if (percent() < 80)
        i.tags.append({u"team"_s, pick(kTeams)});

    if (i.instanceChargeType == u"PREPAID"_s) {
        i.expiredTime = m_now.addDays(m_random.bounded(3u, 400u)).addSecs(m_random.bounded(86400u));
        i.renewFlag =
            pick({u"NOTIFY_AND_MANUAL_RENEW"_s, u"NOTIFY_AND_AUTO_RENEW"_s, u"DISABLE_NOTIFY_AND_MANUAL_RENEW"_s});
    }
    if (i.instanceChargeType == u"CDHPAID"_s)
        i.hostId = u"host-"_s + randomToken(8);
    if (i.instanceChargeType == u"CDCPAID"_s)
        i.dedicatedClusterId = u"cluster-"_s + randomToken(7);
    if (i.instanceChargeType == u"POSTPAID_BY_HOUR"_s || i.instanceChargeType == u"SPOTPAID"_s)
        i.stopChargingMode = i.instanceState == u"STOPPED"_s ? u"STOP_CHARGING"_s : u"KEEP_CHARGING"_s;

    if (i.instanceState == u"SHUTDOWN"_s) {
        // In the recycle bin. A subscription that ran out went in when it expired, in the last week
        // (kept 7 days); for the others ExpiredTime is when the emulator releases them for good.
        i.isolatedSource = profile.isolatedSource.isEmpty() ? u"MANMADE"_s : profile.isolatedSource;
        if (i.isolatedSource == u"EXPIRE"_s)
            i.expiredTime = m_now.addDays(-qint64(m_random.bounded(1u, 7u))).addSecs(-qint64(m_random.bounded(3600u)));
        else
            i.expiredTime = i.isPrepaid() ? m_now.addDays(m_random.bounded(1u, 7u)).addSecs(m_random.bounded(3600u))
                                          : m_now.addSecs(3600 + m_random.bounded(3600u));
        i.latestOperation = i.isolatedSource == u"MANMADE"_s ? u"TerminateInstances"_s : QString();
        i.latestOperationState = i.latestOperation.isEmpty() ? QString() : u"SUCCESS"_s;
    } else if (!profile.runningOperation.isEmpty()) {
        i.latestOperation = profile.runningOperation;
        i.latestOperationState = u"OPERATING"_s;
    } else if (i.instanceState == u"RUNNING"_s) {
        i.latestOperation = percent() < 50 ? u"StartInstances"_s : u"RunInstances"_s;
        i.latestOperationState = u"SUCCESS"_s;
    } else if (i.instanceState == u"STOPPED"_s) {
        i.latestOperation = u"StopInstances"_s;
        i.latestOperationState = u"SUCCESS"_s;
    } else if (i.instanceState == u"LAUNCH_FAILED"_s) {
        i.latestOperation = u"RunInstances"_s;
        i.latestOperationState = u"FAILED"_s;
        i.latestOperationErrorMsg = u"ResourceInsufficient.SpecifiedInstanceType"_s;
        i.publicIpAddresses.clear();
    }
    if (!i.latestOperation.isEmpty())
        i.latestOperationRequestId = uuid();
    return i;
}

QList<FleetGenerator::Profile> FleetGenerator::sandboxProfiles()
{
    const QString postpaid = u"POSTPAID_BY_HOUR"_s;
    const QString prepaid = u"PREPAID"_s;
    auto either = [&] { return percent() < 55 ? postpaid : prepaid; };
    auto steady = [&] { return percent() < 75 ? u"RUNNING"_s : u"STOPPED"_s; };

    QList<Profile> profiles;
    auto add = [&profiles](int count, auto make) {
        for (int n = 0; n < count; ++n)
            profiles.append(make());
    };
    // Every transitional and failed state the API reports (reference §3.3).
    for (const QString& state :
         {u"PENDING"_s, u"LAUNCH_FAILED"_s, u"STARTING"_s, u"STOPPING"_s, u"REBOOTING"_s, u"TERMINATING"_s})
        add(2, [&] { return Profile{.state = state, .chargeType = either()}; });
    for (const QString& state :
         {u"ENTER_RESCUE_MODE"_s, u"RESCUE_MODE"_s, u"EXIT_RESCUE_MODE"_s, u"ENTER_SERVICE_LIVE_MIGRATE"_s,
          u"SERVICE_LIVE_MIGRATE"_s, u"EXIT_SERVICE_LIVE_MIGRATE"_s})
        add(1, [&] { return Profile{.state = state, .chargeType = either()}; });
    // The recycle bin: returned and expired prepaid instances, postpaid ones isolated for arrears.
    add(5, [&] { return Profile{.state = u"SHUTDOWN"_s, .chargeType = prepaid, .isolatedSource = u"MANMADE"_s}; });
    add(3, [&] {
        return Profile{.state = u"SHUTDOWN"_s,
                       .chargeType = prepaid,
                       .restrictState = u"EXPIRED"_s,
                       .isolatedSource = u"EXPIRE"_s};
    });
    add(2, [&] { return Profile{.state = u"SHUTDOWN"_s, .chargeType = postpaid, .isolatedSource = u"ARREAR"_s}; });
    // What blocks a return.
    add(10, [&] { return Profile{.state = steady(), .chargeType = either(), .isProtected = true}; });
    add(3, [&] {
        return Profile{.state = u"RUNNING"_s, .chargeType = either(), .restrictState = u"PROTECTIVELY_ISOLATED"_s};
    });
    add(4, [&] { return Profile{.state = steady(), .chargeType = prepaid, .commercialOs = true}; });
    add(2, [&] { return Profile{.state = steady(), .chargeType = prepaid, .returnable = false}; });
    add(2,
        [&] { return Profile{.state = u"RUNNING"_s, .chargeType = either(), .runningOperation = u"ResetInstance"_s}; });
    // Every other charge type.
    add(8, [&] { return Profile{.state = steady(), .chargeType = u"SPOTPAID"_s}; });
    add(5, [&] { return Profile{.state = steady(), .chargeType = u"CDHPAID"_s}; });
    add(4, [&] { return Profile{.state = steady(), .chargeType = u"CDCPAID"_s}; });
    // The ordinary majority.
    add(82, [&] { return Profile{.state = steady(), .chargeType = percent() < 60 ? postpaid : prepaid}; });

    // Fisher-Yates with our own generator: the same order on every platform.
    for (qsizetype n = profiles.size() - 1; n > 0; --n)
        profiles.swapItemsAt(n, qsizetype(m_random.bounded(quint32(n + 1))));
    return profiles;
}

QList<TencentInstance> FleetGenerator::sandbox()
{
    // Bigger regions get more instances; the total matches the profile count.
    const QList<std::pair<QString, int>> quota{
        {u"ap-guangzhou"_s, 32}, {u"ap-shanghai"_s, 25},  {u"ap-beijing"_s, 25},       {u"ap-chengdu"_s, 10},
        {u"ap-hongkong"_s, 14},  {u"ap-singapore"_s, 18}, {u"na-siliconvalley"_s, 14}, {u"eu-frankfurt"_s, 10},
    };
    const QList<Profile> profiles = sandboxProfiles();
    QList<TencentInstance> out;
    out.reserve(profiles.size());
    qsizetype next = 0;
    for (const auto& [region, count] : quota) {
        const QStringList zones = TencentRegions::find(region)->zones;
        for (int n = 0; n < count && next < profiles.size(); ++n)
            out.append(make(profiles.at(next++), region, pick(zones)));
    }

    // The instances the reference's examples look for (§1.4 and SDK vector TV1), so those exact
    // requests find something in ap-guangzhou.
    TencentInstance unnamed = make(Profile{.state = u"RUNNING"_s, .chargeType = u"POSTPAID_BY_HOUR"_s},
                                   u"ap-guangzhou"_s, u"ap-guangzhou-3"_s);
    unnamed.instanceName = u"未命名"_s;
    out.append(unnamed);
    TencentInstance testServer =
        make(Profile{.state = u"STOPPED"_s, .chargeType = u"PREPAID"_s}, u"ap-guangzhou"_s, u"ap-guangzhou-4"_s);
    testServer.instanceName = u"测试服务器-01"_s;
    testServer.tags = {{u"环境"_s, u"生产"_s}, {u"team"_s, u"data"_s}};
    out.append(testServer);
    return out;
}

QList<TencentInstance> FleetGenerator::scaled(int perZone)
{
    QList<TencentInstance> out;
    const QStringList regions = TencentRegions::sandboxRegions();
    for (const QString& region : regions) {
        const QStringList zones = TencentRegions::find(region)->zones;
        for (const QString& zone : zones) {
            for (int n = 0; n < perZone; ++n) {
                const int s = percent();
                Profile p;
                p.state = s < 78 ? u"RUNNING"_s
                    : s < 96     ? u"STOPPED"_s
                    : s < 98     ? u"SHUTDOWN"_s
                    : s < 99     ? u"PENDING"_s
                                 : u"STOPPING"_s;
                const int c = percent();
                p.chargeType = c < 60 ? u"POSTPAID_BY_HOUR"_s
                    : c < 90          ? u"PREPAID"_s
                    : c < 96          ? u"SPOTPAID"_s
                    : c < 98          ? u"CDHPAID"_s
                                      : u"CDCPAID"_s;
                p.isProtected = percent() == 0;
                out.append(make(p, region, zone));
            }
        }
    }
    return out;
}

} // namespace emulator

#include "BenchFleet.h"

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace {

struct StateChoice
{
    const char* raw;
    Lifecycle lifecycle;
    int weight;
};

struct ChargeChoice
{
    const char* raw;
    ChargeClass charge;
    int weight;
};

const StateChoice kTencentStates[] = {
    {"RUNNING", Lifecycle::Running, 56},
    {"STOPPED", Lifecycle::Stopped, 14},
    {"PENDING", Lifecycle::Creating, 3},
    {"LAUNCH_FAILED", Lifecycle::CreateFailed, 2},
    {"STARTING", Lifecycle::Transitioning, 2},
    {"STOPPING", Lifecycle::Transitioning, 2},
    {"REBOOTING", Lifecycle::Transitioning, 2},
    {"SHUTDOWN", Lifecycle::RecycleBin, 12},
    {"TERMINATING", Lifecycle::Terminating, 3},
    {"RESCUE_MODE", Lifecycle::Transitioning, 1},
    {"SERVICE_LIVE_MIGRATE", Lifecycle::Transitioning, 1},
};
const StateChoice kZenlayerStates[] = {
    {"RUNNING", Lifecycle::Running, 60},      {"STOPPED", Lifecycle::Stopped, 12},
    {"CREATING", Lifecycle::Creating, 4},     {"CREATE_FAILED", Lifecycle::CreateFailed, 3},
    {"BOOTING", Lifecycle::Transitioning, 3}, {"RECYCLED", Lifecycle::RecycleBin, 12},
    {"RELEASING", Lifecycle::Terminating, 4}, {"REINSTALLING", Lifecycle::Transitioning, 2},
};
const ChargeChoice kTencentCharges[] = {
    {"POSTPAID_BY_HOUR", ChargeClass::Postpaid, 50},
    {"PREPAID", ChargeClass::Prepaid, 35},
    {"SPOTPAID", ChargeClass::Spot, 10},
    {"CDHPAID", ChargeClass::DedicatedHost, 4},
    {"CDCPAID", ChargeClass::DedicatedHost, 1},
};
const ChargeChoice kZenlayerCharges[] = {
    {"POSTPAID", ChargeClass::Postpaid, 40},
    {"PREPAID", ChargeClass::Prepaid, 60},
};

struct AccountSpec
{
    const char* id;
    const char* name;
    ProviderId provider;
    std::array<const char*, 5> regions;
};

const AccountSpec kAccounts[] = {
    {"tc-100012345678",
     "生产账号",
     ProviderId::Tencent,
     {"ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-hongkong", "ap-singapore"}},
    {"tc-100087654321",
     "Staging",
     ProviderId::Tencent,
     {"ap-guangzhou", "ap-shanghai", "ap-chengdu", "na-siliconvalley", "eu-frankfurt"}},
    {"tc-100055550000",
     "数据平台",
     ProviderId::Tencent,
     {"ap-beijing", "ap-nanjing", "ap-shanghai", "ap-tokyo", "ap-seoul"}},
    {"zl-7f3a9c", "Zenlayer edge", ProviderId::Zenlayer, {"SEL-A", "HKG-A", "LAX-B", "FRA-A", "SIN-B"}},
};

const char* const kEnglishStems[] = {"web",     "api",    "db",  "cache", "worker",
                                     "gateway", "search", "etl", "build", "bastion"};
const char* const kChineseStems[] = {"支付网关", "订单服务", "用户中心", "测试机",
                                     "日志采集", "推荐引擎", "风控",     "数据仓库"};
const char* const kEnvs[] = {"prod", "staging", "dev", "test"};
const char* const kTeams[] = {"payments", "支付", "search", "infra", "数据", "growth"};
const char* const kOwners[] = {"alice", "bob", "wang.lei", "zhang.min", "li.na", "ops"};
const char* const kTypes[] = {"S5.MEDIUM4", "S5.LARGE8", "SA2.LARGE8", "M6.2XLARGE32", "C6.4XLARGE32", "GN7.2XLARGE32"};
const char* const kZenlayerTypes[] = {"M6C", "M6C-2x", "S9D", "G9D"};
const char* const kOses[] = {"TencentOS Server 3.1", "Ubuntu Server 22.04 LTS 64bit", "CentOS 7.9 64bit",
                             "Windows Server 2019"};

class Fleet
{
public:
    explicit Fleet(quint32 seed)
        : m_random(seed)
    { }

    QList<Instance> generate(int total)
    {
        QList<Instance> all;
        all.reserve(total);
        const int slices = int(std::size(kAccounts)) * 5;
        for (int s = 0; s < slices; ++s) {
            const AccountSpec& account = kAccounts[s / 5];
            const char* region = account.regions[size_t(s % 5)];
            const int count = total / slices + (s < total % slices ? 1 : 0);
            for (int i = 0; i < count; ++i)
                all.append(make(account, region));
        }
        return all;
    }

private:
    quint32 next() { return quint32(m_random()); }
    int below(int n) { return int(next() % quint32(n)); }
    template<typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[next() % N];
    }
    template<typename T, size_t N>
    const T& weighted(const T (&items)[N])
    {
        int sum = 0;
        for (const T& item : items)
            sum += item.weight;
        int roll = below(sum);
        for (const T& item : items) {
            if ((roll -= item.weight) < 0)
                return item;
        }
        return items[0];
    }
    QString randomId(int length, bool digitsOnly)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        QString id;
        id.reserve(length);
        for (int i = 0; i < length; ++i)
            id += QLatin1Char(digitsOnly ? char('0' + below(10)) : alphabet[below(36)]);
        return id;
    }
    QString ip(int first) { return u"%1.%2.%3.%4"_s.arg(first).arg(below(256)).arg(below(256)).arg(1 + below(254)); }

    Instance make(const AccountSpec& account, const char* region)
    {
        const bool tencent = account.provider == ProviderId::Tencent;
        Instance in;
        // Every string is allocated afresh, as a JSON parser would: nothing is shared by accident.
        in.provider = account.provider;
        in.accountId = QString::fromLatin1(account.id);
        in.region = QString::fromLatin1(region);
        in.zone = tencent ? in.region + u'-' + QString::number(1 + below(7)) : in.region;
        in.id = tencent ? u"ins-"_s + randomId(8, false) : randomId(18, true);
        const int serial = below(1000);
        if (below(3) == 0)
            in.name = QString::fromUtf8(pick(kChineseStems)) + u'-' + QString::number(serial);
        else
            in.name = QString::fromLatin1(pick(kEnglishStems)) + u'-' + QString::fromLatin1(pick(kEnvs)) + u'-'
                + QString::number(serial).rightJustified(3, u'0');
        const StateChoice& state = tencent ? weighted(kTencentStates) : weighted(kZenlayerStates);
        in.rawState = QString::fromLatin1(state.raw);
        in.lifecycle = state.lifecycle;
        const ChargeChoice& charge = tencent ? weighted(kTencentCharges) : weighted(kZenlayerCharges);
        in.rawChargeType = QString::fromLatin1(charge.raw);
        in.chargeClass = charge.charge;
        const QDateTime epoch(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
        in.created = epoch.addSecs(qint64(next() % (3u * 365 * 24 * 3600)));
        if (charge.charge == ChargeClass::Prepaid)
            in.expires = in.created.addMonths(1 + below(36));
        if (state.lifecycle == Lifecycle::RecycleBin)
            in.autoRelease = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).addSecs(below(7 * 24 * 3600));
        in.terminationProtected = below(100) < 8;
        if (tencent && below(50) == 0)
            in.restriction = u"EXPIRED"_s;
        in.instanceType = QString::fromLatin1(tencent ? pick(kTypes) : pick(kZenlayerTypes));
        in.osName = QString::fromLatin1(pick(kOses));
        in.privateIps = {ip(10)};
        if (below(10) < 6)
            in.publicIps = {ip(tencent ? 43 : 128)};
        const int tags = below(5);
        for (int t = 0; t < tags; ++t) {
            switch (t) {
            case 0:
                in.tags.append({u"env"_s, QString::fromLatin1(pick(kEnvs))});
                break;
            case 1:
                in.tags.append({u"team"_s, QString::fromUtf8(pick(kTeams))});
                break;
            case 2:
                in.tags.append({u"owner"_s, QString::fromLatin1(pick(kOwners))});
                break;
            default:
                in.tags.append({u"项目"_s, below(2) ? u"支付系统"_s : u"cost-center-"_s + QString::number(below(100))});
                break;
            }
        }
        return in;
    }

    std::mt19937 m_random;
};

} // namespace

QList<Instance> generateFleet(quint32 seed, int total)
{
    return Fleet(seed).generate(total);
}

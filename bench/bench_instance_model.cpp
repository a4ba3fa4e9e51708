// Measures the instance table on a realistic fleet of 100,000 instances: loading (a reset and one
// refresh per account + region), sorting every column through the proxy, typing a search keystroke
// by keystroke, refreshing a slice, and the memory the rows take. Prints medians of several runs.
//
// Targets on the 2-core build machine: load < 300 ms, sort < 300 ms per column and order,
// filter keystroke < 50 ms, memory < 200 MB for 100k rows.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kInstances = 100000;
constexpr int kRuns = 5;

// ---- the fleet -------------------------------------------------------------------------------

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
    {"RUNNING", Lifecycle::Running, 56},         {"STOPPED", Lifecycle::Stopped, 14},
    {"PENDING", Lifecycle::Creating, 3},         {"LAUNCH_FAILED", Lifecycle::CreateFailed, 2},
    {"STARTING", Lifecycle::Transitioning, 2},   {"STOPPING", Lifecycle::Transitioning, 2},
    {"REBOOTING", Lifecycle::Transitioning, 2},  {"SHUTDOWN", Lifecycle::RecycleBin, 12},
    {"TERMINATING", Lifecycle::Terminating, 3},  {"RESCUE_MODE", Lifecycle::Transitioning, 1},
    {"SERVICE_LIVE_MIGRATE", Lifecycle::Transitioning, 1},
};
const StateChoice kZenlayerStates[] = {
    {"RUNNING", Lifecycle::Running, 60},       {"STOPPED", Lifecycle::Stopped, 12},
    {"CREATING", Lifecycle::Creating, 4},      {"CREATE_FAILED", Lifecycle::CreateFailed, 3},
    {"BOOTING", Lifecycle::Transitioning, 3},  {"RECYCLED", Lifecycle::RecycleBin, 12},
    {"RELEASING", Lifecycle::Terminating, 4},  {"REINSTALLING", Lifecycle::Transitioning, 2},
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
    {"tc-100012345678", "生产账号", ProviderId::Tencent,
     {"ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-hongkong", "ap-singapore"}},
    {"tc-100087654321", "Staging", ProviderId::Tencent,
     {"ap-guangzhou", "ap-shanghai", "ap-chengdu", "na-siliconvalley", "eu-frankfurt"}},
    {"tc-100055550000", "数据平台", ProviderId::Tencent,
     {"ap-beijing", "ap-nanjing", "ap-shanghai", "ap-tokyo", "ap-seoul"}},
    {"zl-7f3a9c", "Zenlayer edge", ProviderId::Zenlayer,
     {"SEL-A", "HKG-A", "LAX-B", "FRA-A", "SIN-B"}},
};

const char* const kEnglishStems[] = {"web", "api", "db", "cache", "worker", "gateway", "search", "etl", "build", "bastion"};
const char* const kChineseStems[] = {"支付网关", "订单服务", "用户中心", "测试机", "日志采集", "推荐引擎", "风控", "数据仓库"};
const char* const kEnvs[] = {"prod", "staging", "dev", "test"};
const char* const kTeams[] = {"payments", "支付", "search", "infra", "数据", "growth"};
const char* const kOwners[] = {"alice", "bob", "wang.lei", "zhang.min", "li.na", "ops"};
const char* const kTypes[] = {"S5.MEDIUM4", "S5.LARGE8", "SA2.LARGE8", "M6.2XLARGE32", "C6.4XLARGE32", "GN7.2XLARGE32"};
const char* const kZenlayerTypes[] = {"M6C", "M6C-2x", "S9D", "G9D"};
const char* const kOses[] = {"TencentOS Server 3.1", "Ubuntu Server 22.04 LTS 64bit", "CentOS 7.9 64bit", "Windows Server 2019"};

class Fleet
{
public:
    explicit Fleet(quint32 seed)
        : m_random(seed)
    {
    }

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
    QString ip(int first)
    {
        return u"%1.%2.%3.%4"_s.arg(first).arg(below(256)).arg(below(256)).arg(1 + below(254));
    }

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

// ---- measuring -------------------------------------------------------------------------------

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString cpuModel()
{
    QFile info(u"/proc/cpuinfo"_s);
    if (!info.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    for (const QByteArray& line : info.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown"_s;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A view asks for the row count and the first rows after every change; so does the benchmark, so
// that the proxy's lazy work is measured where a view would trigger it.
void touch(const QAbstractItemModel& model)
{
    const int rows = model.rowCount();
    for (int r = 0; r < std::min(rows, 40); ++r)
        model.index(r, 0).data();
}

QString verdict(double value, double target)
{
    return value < target ? u"ok"_s : u"OVER TARGET"_s;
}

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QList<QList<Instance>> slicesOf(const QList<Instance>& all)
{
    QList<QList<Instance>> slices;
    for (const Instance& in : all) {
        if (slices.isEmpty() || slices.last().constFirst().accountId != in.accountId
            || slices.last().constFirst().region != in.region)
            slices.append(QList<Instance>());
        slices.last().append(in);
    }
    return slices;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();

    print(u"bench_instance_model — %1 instances, medians of %2 runs"_s.arg(kInstances).arg(kRuns));
    print(u"CPU: %1, %2 logical cores (QThread::idealThreadCount)"_s.arg(cpuModel()).arg(QThread::idealThreadCount()));
    print(u"Qt %1"_s.arg(QString::fromLatin1(qVersion())));
    print({});

    // ---- memory ----
    const double rss0 = rssMb();
    QElapsedTimer generation;
    generation.start();
    QList<Instance> fleet = Fleet(20240601).generate(kInstances);
    const double generateMs = double(generation.nsecsElapsed()) / 1e6;
    const double rss1 = rssMb();
    auto model = std::make_unique<InstanceTableModel>();
    model->setInstances(fleet);
    const double rss2 = rssMb();
    fleet = {};
    const double rss3 = rssMb();
    print(u"Memory (VmRSS)"_s);
    print(u"  generated instance data (as a client holds it): %1 MB (generated in %2 ms)"_s.arg(rss1 - rss0, 0, 'f', 1)
              .arg(generateMs, 0, 'f', 0));
    print(u"  + model rows (instance copies share strings; keys, search text, sort keys, hash): %1 MB"_s.arg(
        rss2 - rss1, 0, 'f', 1));
    print(u"  100k rows held by the model alone (generator's list freed): %1 MB  [target < 200 MB: %2]"_s
              .arg(rss3 - rss0, 0, 'f', 1)
              .arg(verdict(rss3 - rss0, 200)));
    print({});

    fleet = model->instances();
    const QList<QList<Instance>> slices = slicesOf(fleet);

    // ---- loading ----
    print(u"Loading 100k rows"_s);
    {
        std::vector<double> runs;
        for (int i = 0; i < kRuns; ++i) {
            InstanceTableModel m;
            runs.push_back(timeMs([&] { m.setInstances(fleet); }));
        }
        const double ms = median(runs);
        print(u"  setInstances (one reset): %1 ms  [target < 300 ms: %2]"_s.arg(ms, 0, 'f', 1).arg(verdict(ms, 300)));
    }
    {
        std::vector<double> runs;
        for (int i = 0; i < kRuns; ++i) {
            InstanceTableModel m;
            runs.push_back(timeMs([&] {
                for (const QList<Instance>& slice : slices)
                    m.replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
            }));
        }
        const double ms = median(runs);
        print(u"  %1 x replaceSlice, model only: %2 ms  [target < 300 ms: %3]"_s.arg(slices.size())
                  .arg(ms, 0, 'f', 1)
                  .arg(verdict(ms, 300)));
    }
    {
        std::vector<double> runs;
        for (int i = 0; i < kRuns; ++i) {
            InstanceTableModel m;
            InstanceFilterProxy proxy;
            proxy.setSourceModel(&m);
            proxy.sort(InstanceTableModel::NameColumn);
            touch(proxy);
            runs.push_back(timeMs([&] {
                for (const QList<Instance>& slice : slices) {
                    m.replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
                    touch(proxy);
                }
            }));
        }
        const double ms = median(runs);
        print(u"  %1 x replaceSlice through a proxy sorted by name, queried after each: %2 ms  [target < 300 ms: %3]"_s
                  .arg(slices.size())
                  .arg(ms, 0, 'f', 1)
                  .arg(verdict(ms, 300)));
    }
    print({});

    // ---- refreshing one slice of a full table ----
    print(u"Refreshing one slice (5,000 rows) of the full table, proxy sorted by name"_s);
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(InstanceTableModel::NameColumn);
        touch(proxy);
        std::vector<double> runs;
        for (int i = 0; i < kRuns; ++i) {
            QList<Instance> refresh = model->instances().mid(model->rowOf(slices.at(3).constFirst().key()), 5000);
            for (int c = 0; c < 50; ++c) { // 50 state changes, 5 gone, 5 new
                Instance& in = refresh[(c * 97 + i) % refresh.size()];
                in.rawState = in.lifecycle == Lifecycle::Running ? u"STOPPED"_s : u"RUNNING"_s;
                in.lifecycle = in.lifecycle == Lifecycle::Running ? Lifecycle::Stopped : Lifecycle::Running;
            }
            const QList<Instance> extra = refresh.mid(0, 5);
            refresh.remove(refresh.size() - 5, 5);
            for (Instance in : extra) {
                in.id = u"ins-new%1%2"_s.arg(i).arg(in.id.right(3));
                refresh.append(in);
            }
            runs.push_back(timeMs([&] {
                model->replaceSlice(refresh.constFirst().accountId, refresh.constFirst().region, refresh);
                touch(proxy);
            }));
        }
        print(u"  50 changed, 5 removed, 5 added (row signals): %1 ms"_s.arg(median(runs), 0, 'f', 1));
    }
    {
        // Where a reset starts to pay: a new slice of N rows into 95k rows behind a sorted proxy.
        const QList<Instance> base = fleet.mid(0, fleet.size() - 5000);
        const QList<Instance> last = slices.constLast();
        for (int n : {100, 1000, 2000, 5000}) {
            double times[2] = {};
            for (int mode = 0; mode < 2; ++mode) {
                std::vector<double> runs;
                for (int i = 0; i < 3; ++i) {
                    InstanceTableModel m;
                    m.setInstances(base);
                    m.setResetThreshold(mode == 0 ? std::numeric_limits<int>::max() : 0);
                    InstanceFilterProxy proxy;
                    proxy.setSourceModel(&m);
                    proxy.sort(InstanceTableModel::NameColumn);
                    touch(proxy);
                    const QList<Instance> slice = last.mid(0, n);
                    runs.push_back(timeMs([&] {
                        m.replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
                        touch(proxy);
                    }));
                }
                times[mode] = median(runs);
            }
            print(u"  new slice of %1 rows: row signals %2 ms, reset %3 ms"_s.arg(n, 5)
                      .arg(times[0], 0, 'f', 1)
                      .arg(times[1], 0, 'f', 1));
        }
        print(u"  (the model resets when a refresh inserts or removes more than %1 rows)"_s.arg(
            InstanceTableModel().resetThreshold()));
    }
    print({});

    // ---- sorting ----
    print(u"Sorting 100k rows through InstanceFilterProxy (from source order to ascending, then descending)"_s);
    double worstSort = 0;
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model.get());
        touch(proxy);
        for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
            std::vector<double> ascending;
            std::vector<double> descending;
            for (int i = 0; i < kRuns; ++i) {
                proxy.sort(-1);
                ascending.push_back(timeMs([&] {
                    proxy.sort(column, Qt::AscendingOrder);
                    touch(proxy);
                }));
                descending.push_back(timeMs([&] {
                    proxy.sort(column, Qt::DescendingOrder);
                    touch(proxy);
                }));
            }
            const double a = median(ascending);
            const double d = median(descending);
            worstSort = std::max({worstSort, a, d});
            print(u"  %1 asc %2 ms, desc %3 ms"_s.arg(QString::fromLatin1(columns.valueToKey(column)), -18)
                      .arg(a, 6, 'f', 1)
                      .arg(d, 6, 'f', 1));
        }
    }
    print(u"  slowest: %1 ms  [target < 300 ms: %2]"_s.arg(worstSort, 0, 'f', 1).arg(verdict(worstSort, 300)));
    print({});

    // ---- searching ----
    print(u"Typing a search, keystroke by keystroke (proxy sorted by name; clearing = backspacing to empty)"_s);
    double worstKey = 0;
    QString worstWhat;
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(InstanceTableModel::NameColumn);
        touch(proxy);
        for (const QString& word : {u"ins-"_s, u"10.1"_s, u"prod"_s, u"支付"_s}) {
            std::vector<std::vector<double>> perKey(size_t(word.size() + 1));
            std::vector<int> shown(size_t(word.size() + 1));
            for (int i = 0; i < kRuns; ++i) {
                for (qsizetype k = 1; k <= word.size(); ++k) {
                    perKey[size_t(k - 1)].push_back(timeMs([&] {
                        proxy.setSearchText(word.left(k));
                        touch(proxy);
                    }));
                    shown[size_t(k - 1)] = proxy.rowCount();
                }
                perKey[size_t(word.size())].push_back(timeMs([&] {
                    proxy.setSearchText({});
                    touch(proxy);
                }));
                shown[size_t(word.size())] = proxy.rowCount();
            }
            QStringList parts;
            for (qsizetype k = 0; k <= word.size(); ++k) {
                const double ms = median(perKey[size_t(k)]);
                const QString what = k < word.size() ? u"\"%1\""_s.arg(word.left(k + 1)) : u"clear"_s;
                parts << u"%1 %2 ms (%3 rows)"_s.arg(what).arg(ms, 0, 'f', 1).arg(shown[size_t(k)]);
                if (ms > worstKey) {
                    worstKey = ms;
                    worstWhat = what;
                }
            }
            print(u"  "_s + parts.join(u", "_s));
        }
        // The first keystroke after the data changed must rebuild the column's full order once.
        std::vector<double> runs;
        for (int i = 0; i < kRuns; ++i) {
            model->updateState(model->instanceAt(i).key(), u"STOPPED"_s, Lifecycle::Stopped);
            runs.push_back(timeMs([&] {
                proxy.setSearchText(u"p"_s);
                touch(proxy);
            }));
            proxy.setSearchText({});
        }
        print(u"  first keystroke after a data change (rebuilds the sort order once): %1 ms"_s.arg(median(runs), 0, 'f',
                                                                                                    1));
    }
    print(u"  worst keystroke: %1 ms (%2)  [target < 50 ms: %3]"_s.arg(worstKey, 0, 'f', 1)
              .arg(worstWhat, verdict(worstKey, 50)));
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model.get());
        touch(proxy);
        double worst = 0;
        for (const QString& word : {u"ins-"_s, u"10.1"_s, u"prod"_s, u"支付"_s}) {
            for (qsizetype k = 1; k <= word.size(); ++k)
                worst = std::max(worst, timeMs([&] {
                                     proxy.setSearchText(word.left(k));
                                     touch(proxy);
                                 }));
            worst = std::max(worst, timeMs([&] {
                                 proxy.setSearchText({});
                                 touch(proxy);
                             }));
        }
        print(u"  unsorted proxy, worst keystroke (single run): %1 ms"_s.arg(worst, 0, 'f', 1));
    }
    return 0;
}

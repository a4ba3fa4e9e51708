// Whole teardowns against teardown-emulator, as an operator runs them with teardownctl, each
// against the floor the providers' rate limits and transition times set (docs/performance.md).
// Run by hand, alone on the machine: build/bin/bench_teardown [--quick]
//
// Each figure is teardownctl's own wall time from start to exit, its peak resident memory
// (wait4), and what its history recorded: every request, the throttled ones, and when the first
// and last destructive calls left. --quick runs the same scenarios at a tenth of the size.

#include "BenchFleetFile.h"
#include "BenchHistory.h"
#include "BenchProcess.h"
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The emulator's buckets (emulator/README.md, "Rate limits"): this many a second, and a second's
// worth at once after a pause.
constexpr double kTencentReadRate = 40; // DescribeInstances
constexpr double kTencentWriteRate = 10; // TerminateInstances
constexpr double kZenlayerReadRate = 20; // DescribeInstances
constexpr double kZenlayerWriteRate = 10; // TerminateInstance, ReleaseInstances
constexpr int kPage = 100; // instances per DescribeInstances page and per batch call, the most allowed
// The emulator's transitions (emulator/README.md, "Timing"): what the last call's instances need
// before a read can show them at their end.
constexpr double kPrepaidIsolationSeconds = 1.5; // OPERATING before SHUTDOWN (Options::prepaidIsolationMs)
constexpr double kTerminatingSeconds = 2.0; // TERMINATING before gone (Options::terminatingMs)

// Requests at RATE a second from a full bucket of RATE tokens: the first RATE go at once.
double secondsFor(int requests, double rate)
{
    return std::max(0, requests - int(rate)) / rate;
}

int pagesFor(int instances)
{
    return (instances + kPage - 1) / kPage;
}

struct Bench
{
    QString bin; // build/bin
    QTemporaryDir scratch;
    int scale = 1; // 10 normally, 1 with --quick: sizes are tenths of the full figures

    QString ctl() const { return bin + u"/teardownctl"_s; }
    QString emulator() const { return bin + u"/teardown-emulator"_s; }
};

// One teardownctl account's environment: the sandbox's keys, and a history of its own.
QStringList ctlEnvironment(const QString& home, bool zenlayer)
{
    QDir().mkpath(home + u"/data"_s);
    QDir().mkpath(home + u"/config"_s);
    QStringList env{u"XDG_DATA_HOME="_s + home + u"/data"_s, u"XDG_CONFIG_HOME="_s + home + u"/config"_s};
    if (zenlayer)
        env << u"ZENLAYER_ACCESS_KEY_ID=SANDBOXKEY"_s << u"ZENLAYER_ACCESS_KEY_PASSWORD=sandbox-key-password"_s;
    else
        env << u"TENCENTCLOUD_SECRET_ID=AKIDSANDBOX"_s << u"TENCENTCLOUD_SECRET_KEY=sandbox-secret-key"_s;
    return environmentWith(env);
}

// Rows of `teardownctl list --format csv` (not timed): what a scenario will act on, and how many
// there are in each region, for the floor.
QHash<QString, int> countByRegion(const Bench& bench, const QStringList& env, const QStringList& args)
{
    const QString out = bench.scratch.filePath(u"count.csv"_s);
    runProgram(bench.ctl(), args + QStringList{u"--format"_s, u"csv"_s}, env, out, u"/dev/null"_s);
    QHash<QString, int> counts;
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QTextStream in(&file);
    const QStringList header = in.readLine().remove(QChar(0xfeff)).split(u',');
    qsizetype column = header.indexOf(u"region"_s);
    if (column < 0)
        column = header.indexOf(u"zone"_s);
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(u',');
        if (column >= 0 && column < cells.size())
            ++counts[cells.at(column)];
    }
    return counts;
}

int total(const QHash<QString, int>& counts)
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

int pagesFor(const QHash<QString, int>& counts)
{
    int pages = 0;
    for (int c : counts)
        pages += pagesFor(c);
    return pages;
}

// One scenario's figures, printed as a block.
struct Outcome
{
    QString name;
    double floor = 0;
    QString floorWhy;
    double seconds = 0;
    double peakMb = 0;
    QList<int> exitCodes;
    HistoryFigures history;
    QDateTime started;
};

void report(const Outcome& o)
{
    print(u""_s);
    print(u"## "_s + o.name);
    QStringList codes;
    for (int c : o.exitCodes)
        codes << QString::number(c);
    print(u"  measured %1 s   floor %2 s   ratio %3   (exit %4)"_s.arg(o.seconds, 0, 'f', 2)
              .arg(o.floor, 0, 'f', 2)
              .arg(o.floor > 0 ? o.seconds / o.floor : 0.0, 0, 'f', 2)
              .arg(codes.join(u' ')));
    print(u"  floor: "_s + o.floorWhy);
    print(u"  teardownctl peak memory %1 MB"_s.arg(o.peakMb, 0, 'f', 0));
    if (!o.history.read) {
        print(u"  history: "_s + o.history.error);
        return;
    }
    print(u"  requests %1 (destructive %2), throttled %3"_s.arg(o.history.calls)
              .arg(o.history.destructiveCalls)
              .arg(o.history.throttled));
    if (o.history.firstDestructiveSent.isValid()) {
        const auto since = [&](const QDateTime& t) { return double(o.started.msecsTo(t)) / 1000.0; };
        print(u"  first destructive call at %1 s, last at %2 s, last reply at %3 s"_s
                  .arg(since(o.history.firstDestructiveSent), 0, 'f', 2)
                  .arg(since(o.history.lastDestructiveSent), 0, 'f', 2)
                  .arg(since(o.history.lastFinished), 0, 'f', 2));
    }
}

// Runs the commands one after the other in one history; the figures are their sums and maxima.
Outcome runCommands(const Bench& bench, const QString& home, bool zenlayer, const QList<QStringList>& commands)
{
    Outcome o;
    const QStringList env = ctlEnvironment(home, zenlayer);
    // Buckets full again: a second without requests.
    QThread::msleep(1500);
    o.started = QDateTime::currentDateTimeUtc();
    for (const QStringList& args : commands) {
        const ProgramRun run = runProgram(bench.ctl(), args, env, u"/dev/null"_s, home + u"/stderr.txt"_s);
        o.seconds += run.seconds;
        o.peakMb = std::max(o.peakMb, run.peakMb);
        o.exitCodes << run.exitCode;
    }
    o.history = readHistory(home + u"/data"_s);
    return o;
}

QStringList tencent(const QString& url, const QStringList& rest)
{
    return QStringList{u"--provider"_s, u"tencent"_s, u"--endpoint"_s, url} + rest;
}

QStringList zenlayer(const QString& url, const QStringList& rest)
{
    return QStringList{u"--provider"_s, u"zenlayer"_s, u"--endpoint"_s, url} + rest;
}

void listing(const Bench& bench)
{
    EmulatorProcess emu;
    const int perZone = 385 * bench.scale; // 26 zones: 100,100 instances at full size
    if (!emu.start(bench.emulator(), {u"--scale"_s, QString::number(perZone)})) {
        print(emu.error());
        return;
    }
    const QString home = bench.scratch.filePath(u"list"_s);
    const QHash<QString, int> regions =
        countByRegion(bench, ctlEnvironment(home + u"-count"_s, false), tencent(emu.url(), {u"list"_s}));
    const int pages = pagesFor(regions);
    Outcome o = runCommands(bench, home, false, {tencent(emu.url(), {u"list"_s})});
    o.name =
        u"teardownctl list: %1 instances in %2 regions (table to /dev/null)"_s.arg(total(regions)).arg(regions.size());
    o.floor = secondsFor(pages + 1, kTencentReadRate);
    o.floorWhy =
        u"%1 DescribeInstances pages of %2 and DescribeRegions at %3/s"_s.arg(pages).arg(kPage).arg(kTencentReadRate);
    report(o);
}

// Listing N instances, then destroying them in calls of 100, the last call's instances TERMINATING
// before they are gone.
void destroyFloor(Outcome& o, int instances)
{
    o.floor = secondsFor(pagesFor(instances), kTencentReadRate) + secondsFor(pagesFor(instances), kTencentWriteRate)
        + kTerminatingSeconds;
    o.floorWhy = u"listing %1 pages at %2/s, then %1 TerminateInstances of %3 at %4/s; the last call's "
                 u"instances %5 s TERMINATING"_s.arg(pagesFor(instances))
                     .arg(kTencentReadRate)
                     .arg(kPage)
                     .arg(kTencentWriteRate)
                     .arg(kTerminatingSeconds);
}

void tencentTeardowns(const Bench& bench)
{
    const int returned = 1000 * bench.scale;
    const int prepaid = 200 * bench.scale;
    const int recycled = 1000 * bench.scale;
    const QString fleet = bench.scratch.filePath(u"fleet.json"_s);
    QString error;
    if (!writeFleetFile(fleet,
                        {{u"ap-guangzhou"_s, returned, u"POSTPAID_BY_HOUR"_s, u"RUNNING"_s, 'a'},
                         {u"ap-shanghai"_s, prepaid, u"PREPAID"_s, u"RUNNING"_s, 'b'},
                         {u"ap-beijing"_s, recycled, u"PREPAID"_s, u"SHUTDOWN"_s, 'c'}},
                        &error)) {
        print(u"fleet file: "_s + error);
        return;
    }
    EmulatorProcess emu;
    if (!emu.start(bench.emulator(), {u"--fleet"_s, fleet})) {
        print(emu.error());
        return;
    }
    const QString url = emu.url();

    Outcome ret = runCommands(bench, bench.scratch.filePath(u"return"_s), false,
                              {tencent(url, {u"apply"_s, u"--all"_s, u"--region"_s, u"ap-guangzhou"_s, u"--yes"_s})});
    ret.name = u"return %1 pay-as-you-go instances in one region (TerminateInstances)"_s.arg(returned);
    destroyFloor(ret, returned);
    report(ret);

    Outcome both = runCommands(bench, bench.scratch.filePath(u"prepaid"_s), false,
                               {tencent(url, {u"apply"_s, u"--all"_s, u"--region"_s, u"ap-shanghai"_s, u"--yes"_s}),
                                tencent(url,
                                        {u"apply"_s, u"--release"_s, u"--all"_s, u"--recycle-bin"_s, u"--region"_s,
                                         u"ap-shanghai"_s, u"--yes"_s})});
    both.name = u"%1 prepaid instances through both steps (return, then release)"_s.arg(prepaid);
    const double step =
        secondsFor(pagesFor(prepaid), kTencentReadRate) + secondsFor(pagesFor(prepaid), kTencentWriteRate);
    // The refund quotes (InquiryPriceTerminateInstances, one per call, 10/s) are in the floor: only
    // they tell which prepaid instances the provider would refuse to return.
    const double quotes = secondsFor(pagesFor(prepaid), kTencentWriteRate);
    both.floor = 2 * step + quotes + kPrepaidIsolationSeconds + kTerminatingSeconds;
    both.floorWhy = u"per step: listing %1 pages at %2/s and %1 TerminateInstances at %3/s; before the first, "
                    u"%1 refund quotes at %3/s; the last call's instances %4 s OPERATING before SHUTDOWN, then "
                    u"%5 s TERMINATING"_s.arg(pagesFor(prepaid))
                        .arg(kTencentReadRate)
                        .arg(kTencentWriteRate)
                        .arg(kPrepaidIsolationSeconds)
                        .arg(kTerminatingSeconds);
    report(both);

    Outcome release = runCommands(bench, bench.scratch.filePath(u"release"_s), false,
                                  {tencent(url,
                                           {u"apply"_s, u"--release"_s, u"--all"_s, u"--recycle-bin"_s, u"--region"_s,
                                            u"ap-beijing"_s, u"--yes"_s})});
    release.name = u"release %1 instances from the recycle bin"_s.arg(recycled);
    destroyFloor(release, recycled);
    report(release);
}

void zenlayerTeardown(const Bench& bench)
{
    // Every Zenlayer zone gets this many machines, RUNNING, STOPPED or RECYCLE.
    EmulatorProcess emu;
    if (!emu.start(bench.emulator(), {u"--scale"_s, QString::number(140 * bench.scale)})) {
        print(emu.error());
        return;
    }
    const QString url = emu.url();
    const QString zone = u"SEL-A"_s;
    const QStringList env = ctlEnvironment(bench.scratch.filePath(u"zl-count"_s), true);
    const int inZone = total(countByRegion(bench, env, zenlayer(url, {u"list"_s, u"--region"_s, zone})));
    const int running =
        total(countByRegion(bench, env, zenlayer(url, {u"list"_s, u"--region"_s, zone, u"--state"_s, u"RUNNING"_s})));
    const int binned =
        total(countByRegion(bench, env, zenlayer(url, {u"list"_s, u"--region"_s, zone, u"--recycle-bin"_s})));
    const int releasing = running + binned;

    Outcome o = runCommands(
        bench, bench.scratch.filePath(u"zenlayer"_s), true,
        {zenlayer(url, {u"apply"_s, u"--all"_s, u"--region"_s, zone, u"--state"_s, u"RUNNING"_s, u"--yes"_s}),
         zenlayer(url, {u"apply"_s, u"--release"_s, u"--all"_s, u"--recycle-bin"_s, u"--region"_s, zone, u"--yes"_s})});
    o.name = u"Zenlayer: terminate %1 machines, then release %2 from the recycle bin"_s.arg(running).arg(releasing);
    o.floor = 2 * secondsFor(pagesFor(inZone), kZenlayerReadRate) + secondsFor(running, kZenlayerWriteRate)
        + secondsFor(pagesFor(releasing), kZenlayerWriteRate);
    o.floorWhy = u"listing the zone's %1 pages at %2/s twice, %3 TerminateInstance (one machine each) and %4 "
                 u"ReleaseInstances of %5 at %6/s"_s.arg(pagesFor(inZone))
                     .arg(kZenlayerReadRate)
                     .arg(running)
                     .arg(pagesFor(releasing))
                     .arg(kPage)
                     .arg(kZenlayerWriteRate);
    report(o);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Bench bench;
    bench.bin = QCoreApplication::applicationDirPath();
    bench.scale = app.arguments().contains(u"--quick"_s) ? 1 : 10;
    if (!QFile::exists(bench.ctl()) || !QFile::exists(bench.emulator())) {
        print(u"teardownctl and teardown-emulator must be next to this program"_s);
        return 1;
    }
    print(u"# bench_teardown%1"_s.arg(bench.scale == 1 ? u" --quick (a tenth of the sizes)"_s : QString()));
    print(u"machine: %1, %2 logical cores, load average %3"_s.arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(loadAverage()));
    print(u"ratio = measured / floor; the target is 1.1 or less, with no throttled request"_s);
    listing(bench);
    tencentTeardowns(bench);
    zenlayerTeardown(bench);
    return 0;
}

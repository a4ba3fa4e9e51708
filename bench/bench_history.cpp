// What writing the history costs per call: the row written before a destructive call is sent is
// synced to disk (synchronous=FULL), a read's row is not (NORMAL). Prints the median and the slowest
// write of each against the time a provider allows per destructive call (Tencent TerminateInstances:
// 10 requests/s, so 100 ms). The database lives where the user's would, unless a folder is given.
// Run by hand: bench_history [FOLDER]
#include "BenchSupport.h"
#include "History.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWrites = 300;
constexpr double kDestructiveCallBudgetMs = 100; // 10 TerminateInstances per second

struct Figures
{
    double medianMs = 0;
    double slowestMs = 0;
};

Figures writeRows(History& history, bool destructive)
{
    std::vector<double> times;
    times.reserve(kWrites);
    for (int i = 0; i < kWrites; ++i) {
        CallRecord record;
        record.sentAt = QDateTime::currentDateTimeUtc();
        record.accountId = u"bench"_s;
        record.accountName = u"bench"_s;
        record.dialect = u"tencent"_s;
        record.region = u"ap-guangzhou"_s;
        record.action = destructive ? u"TerminateInstances"_s : u"DescribeInstances"_s;
        for (int k = 0; k < 100; ++k)
            record.instanceIds << u"ins-%1"_s.arg(i * 100 + k, 8, 16, QChar(u'0'));
        record.destructive = destructive;
        QElapsedTimer timer;
        timer.start();
        if (!history.recordSent(record)) {
            print(u"the history could not be written: %1"_s.arg(history.errorString()));
            return {};
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        record.status = CallStatus::Succeeded;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        history.recordFinished(record);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    print(u"bench_history: CPU %1, load average at start %2"_s.arg(cpuModel(), loadAverage()));
    QTemporaryDir temporary(app.arguments().size() > 1 ? app.arguments().at(1) + u"/bench_history-XXXXXX"_s
                                                       : QDir::homePath() + u"/.bench_history-XXXXXX"_s);
    History history;
    if (!temporary.isValid() || !history.open(temporary.filePath(u"history.sqlite"_s))) {
        print(u"the history could not be opened: %1"_s.arg(history.errorString()));
        return 1;
    }
    const Figures reads = writeRows(history, false);
    const Figures destructive = writeRows(history, true);
    print(u"%1 rows of 100 instances each, in %2"_s.arg(kWrites).arg(temporary.path()));
    print(u"read row (synchronous=NORMAL): median %1 ms, slowest %2 ms"_s.arg(reads.medianMs, 0, 'f', 2)
              .arg(reads.slowestMs, 0, 'f', 2));
    print(u"destructive row before sending (synchronous=FULL): median %1 ms, slowest %2 ms"_s
              .arg(destructive.medianMs, 0, 'f', 2)
              .arg(destructive.slowestMs, 0, 'f', 2));
    print(u"share of the %1 ms a destructive call may take at the provider's rate: median %2%"_s
              .arg(kDestructiveCallBudgetMs)
              .arg(100 * destructive.medianMs / kDestructiveCallBudgetMs, 0, 'f', 1));
    return 0;
}

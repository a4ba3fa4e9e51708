// Measures the instance table on a realistic fleet of 100,000 instances: loading (a reset and one
// refresh per account + region), sorting every column through the proxy, typing a search keystroke
// by keystroke, refreshing a slice, and the memory the rows take. Prints medians of several runs.
//
// Targets on the 2-core build machine: load < 300 ms, sort < 300 ms per column and order,
// filter keystroke < 50 ms, memory < 200 MB for 100k rows.
//
// Usage: bench_instance_model [load] [load-proxy] [refresh] [sort] [search]   (no argument: all)
#include "BenchFleet.h"
#include "BenchSections.h"
#include "BenchSupport.h"
#include "InstanceTableModel.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Optional arguments name the sections to run: load load-proxy refresh sort search (default: all).
    const QStringList only = app.arguments().mid(1);
    auto wanted = [&only](const QString& section) { return only.isEmpty() || only.contains(section); };

    print(u"bench_instance_model: %1 instances; medians of %2 runs; wall time (and CPU time)"_s.arg(kInstances)
              .arg(kRuns));
    print(u"CPU: %1, %2 logical cores; Qt %3; load average at start: %4"_s.arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()), loadAverage()));
    print({});

    // ---- memory: measured first, on a clean heap ----
    const double rss0 = rssMb();
    QList<Instance> fleet;
    const Timing generated = measure([&] { fleet = generateFleet(20240601, kInstances); });
    const double rss1 = rssMb();
    auto model = std::make_unique<InstanceTableModel>();
    model->setInstances(fleet);
    const double rss2 = rssMb();
    fleet = {};
    const double rss3 = rssMb();
    print(u"Memory (VmRSS)"_s);
    print(u"  generated instances, as a client holds them: +%1 MB (generated in %2)"_s.arg(rss1 - rss0, 0, 'f', 1)
              .arg(ms(generated)));
    print(u"  + the model's rows (copies share the strings; keys, search text, sort keys, hash): +%1 MB"_s.arg(
        rss2 - rss1, 0, 'f', 1));
    print(u"  100k rows held by the model alone (the generated list freed): %1 MB  [target < 200 MB: %2]"_s
              .arg(rss3 - rss0, 0, 'f', 1)
              .arg(rss3 - rss0 < 200 ? u"ok"_s : u"OVER TARGET"_s));
    print({});

    fleet = model->instances();
    const QList<QList<Instance>> slices = slicesOf(fleet);

    if (wanted(u"load"_s))
        benchLoad(fleet, slices);
    if (wanted(u"load-proxy"_s))
        benchLoadBehindProxy(slices);
    if (wanted(u"refresh"_s))
        benchRefresh(model.get(), fleet, slices);
    if (wanted(u"sort"_s))
        benchSort(model.get(), fleet);
    if (wanted(u"search"_s))
        benchSearch(model.get());
    print(u"load average at the end: %1"_s.arg(loadAverage()));
    return 0;
}

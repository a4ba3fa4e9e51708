#include "BenchSupport.h"

#include "InstanceTableModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// A memory figure of /proc/self/status ("VmRSS:", "VmHWM:"), in MB.
double statusMb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double rssMb()
{
    return statusMb("VmRSS:");
}

double peakRssMb()
{
    return statusMb("VmHWM:");
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
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

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

Timing measure(const std::function<void()>& work)
{
    QElapsedTimer timer;
    const double cpu = cpuMs();
    timer.start();
    work();
    return {double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

Timing median(const std::vector<Timing>& runs)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Timing& t : runs) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return runs.empty() ? Timing{} : Timing{wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

Timing medianOf(int runs, const std::function<void()>& setUp, const std::function<void()>& work)
{
    std::vector<Timing> timings;
    for (int i = 0; i < runs; ++i) {
        setUp();
        timings.push_back(measure(work));
    }
    return median(timings);
}

QString ms(const Timing& t)
{
    return u"%1 ms (cpu %2)"_s.arg(t.wall, 0, 'f', 1).arg(t.cpu, 0, 'f', 1);
}

QString verdict(const Timing& t, double target)
{
    if (t.wall < target)
        return u"[target < %1 ms: ok]"_s.arg(target);
    if (t.cpu < target)
        return u"[target < %1 ms: over in wall time, within in CPU time: the cores were shared]"_s.arg(target);
    return u"[target < %1 ms: OVER TARGET]"_s.arg(target);
}

// A view asks for the row count and the first rows after every change; so does the benchmark, so

void touch(const QAbstractItemModel& model)
{
    const int rows = model.rowCount();
    for (int r = 0; r < std::min(rows, 40); ++r)
        model.index(r, 0).data();
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

QString columnName(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<InstanceTableModel::Column>().valueToKey(column))
        .chopped(int(qstrlen("Column")));
}

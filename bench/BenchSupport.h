#pragma once

#include "Instance.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

// What every part of bench_instance_model measures with and prints through.

constexpr int kInstances = 100000;
constexpr int kRuns = 5;

double rssMb();
double peakRssMb(); // the most this process has held so far (VmHWM)
QString loadAverage();
QString cpuModel();

// Wall-clock and CPU time of one piece of work. The machine may be shared: CPU time shows what
// the work itself costs when other processes take turns on the cores.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing measure(const std::function<void()>& work);
Timing median(const std::vector<Timing>& runs);
Timing medianOf(int runs, const std::function<void()>& setUp, const std::function<void()>& work);
QString ms(const Timing& t);
QString verdict(const Timing& t, double target);

// A view asks for the row count and the first rows after every change; so does the benchmark, so
// that the proxy's lazy work is measured where a view would trigger it.
void touch(const QAbstractItemModel& model);
void print(const QString& line);

QList<QList<Instance>> slicesOf(const QList<Instance>& all);
QString columnName(int column);

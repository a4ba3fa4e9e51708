#pragma once

#include "Instance.h"

#include <QList>

// A realistic fleet for the benchmark: four accounts (three Tencent, one Zenlayer) of five regions each,
// with the states, charge types, names (a third Chinese), addresses and tags a real fleet has. The same
// seed gives the same fleet, grouped by account and region.
QList<Instance> generateFleet(quint32 seed, int total);

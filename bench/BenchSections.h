#pragma once

#include "Instance.h"

#include <QList>

class InstanceTableModel;

// The measuring parts of bench_instance_model, each printing its own section, in the order it runs them.
// fleet: the 100k instances, grouped by account and region; slices: the same, one list per account and
// region; model: a model holding the fleet.

// Loading into an empty model: one reset, and one refresh per account and region.
void benchLoad(const QList<Instance>& fleet, const QList<QList<Instance>>& slices);
// The same refreshes behind a proxy sorted by name that a view queries after each.
void benchLoadBehindProxy(const QList<QList<Instance>>& slices);
// Refreshing one account and region of the full table, and where a reset starts to pay.
void benchRefresh(InstanceTableModel* model, const QList<Instance>& fleet, const QList<QList<Instance>>& slices);
// Sorting every column through the proxy, and the name order against locale collation.
void benchSort(InstanceTableModel* model, const QList<Instance>& fleet);
// Typing searches keystroke by keystroke. Changes the state of a few instances of the model.
void benchSearch(InstanceTableModel* model);

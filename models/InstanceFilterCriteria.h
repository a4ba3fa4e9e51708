#pragma once

#include "Clock.h"
#include "Instance.h"
#include "SelectionFilter.h"

#include <QSet>
#include <QStringList>

class InstanceTableModel;

// What the instance view's filters let through; every criterion must accept a row. An empty one
// means "any": a search text (lowercase terms, each a substring of the row's search text: id, name,
// IPs, tags), statuses and charge classes (a bit per enum value), accounts, regions, "recycle bin
// only" and a SelectionFilter (tags, age: the rule teardownctl selects by).
struct InstanceFilterCriteria
{
    QStringList terms; // lowercase
    quint32 lifecycles = 0; // bit per Lifecycle; 0 = any
    quint32 charges = 0; // bit per ChargeClass; 0 = any
    QSet<QString> accounts;
    QSet<QString> regions;
    bool recycleBinOnly = false;
    SelectionFilter selection;

    // An age is measured against now() (read only when the selection filter depends on it).
    bool accepts(const InstanceTableModel& model, int row, const Clock& now) const;
    // Whether these criteria accept nothing that wider rejects: a row wider rejected needs no
    // second look when these replace them.
    bool isWithin(const InstanceFilterCriteria& wider) const;

    friend bool operator==(const InstanceFilterCriteria&, const InstanceFilterCriteria&) = default;
};

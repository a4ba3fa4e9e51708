#pragma once

#include "Instance.h"
#include "SearchTextArena.h"

#include <QString>

#include <limits>

// One row of the instance table: the instance, its key, and what sorting and searching need
// precomputed (dates and IPv4 addresses as numbers, where the search text is), so that neither parses
// a date or an address per comparison.
struct InstanceRow
{
    static constexpr qint64 kNoDate = std::numeric_limits<qint64>::max(); // rows without a date sort last

    InstanceRow(const Instance& in, QString instanceKey)
        : instance(in)
        , key(std::move(instanceKey))
    { }

    Instance instance;
    QString key; // Instance::key(), what InstanceKeyIndex finds the row by
    qint64 createdKey = kNoDate;
    qint64 expiresKey = kNoDate; // when the subscription ends
    qint64 releaseKey = kNoDate; // when the recycle bin releases it
    quint32 privateIpKey = 0;
    quint32 publicIpKey = 0;
    SearchTextArena::Span text; // lowercase, starts with the name
    int accountSlot = -1; // in InstanceAccounts
    int row = -1; // -1 while a refresh has built the row but not inserted it yet
    bool listed = false; // scratch for InstanceRowStore::diffSlice(): the refresh lists this row's instance
    // The listing whose page named the instance last (InstanceTableModel::mergeIntoSlice()); 0: none.
    quint32 listing = 0;

    // After the instance changed: the date and address keys again.
    void refreshSortKeys();

    static qint64 dateKey(const QDateTime& dateTime);
    // The first address, when it is a dotted IPv4 address, as a number (so 10.0.0.9 sorts before
    // 10.0.0.10); 0 for anything else.
    static quint32 ipv4Key(const QStringList& ips);
};

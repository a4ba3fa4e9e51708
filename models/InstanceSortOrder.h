#pragma once

#include "InstanceRowStore.h"

#include <QString>
#include <QStringView>

#include <vector>

// How the instance table sorts, column by column. Every column has a key of a number (enums, dates,
// IPv4 addresses, the account's place by label) and a text; names compare case-insensitively through
// their lowercase copy in the search text. Ties are broken on the account id, then the instance id, so
// only a row compares equal to itself. compare() and ranks() give the same order.
class InstanceSortOrder
{
public:
    explicit InstanceSortOrder(const InstanceRowStore& rows)
        : m_rows(rows)
    { }

    // <0, 0 or >0 as the column's value of leftRow sorts before, with or after rightRow's.
    int compare(int column, int leftRow, int rightRow) const;
    // The position of every row in the ascending order of compare(column).
    std::vector<int> ranks(int column) const;

private:
    struct SortKey
    {
        quint64 primary = 0; // numbers, enums, dates; 0 for plain text columns
        QStringView text; // compared after primary, by UTF-16 code unit
    };
    SortKey sortKey(const InstanceRow& row, int column, QString& scratch) const;
    // row -> position by (account id, instance id); kept until rows come or go.
    const std::vector<int>& tieRanks() const;

    const InstanceRowStore& m_rows;
    mutable std::vector<int> m_tieRanks;
    mutable quint64 m_tieRanksGeneration = ~quint64(0);
};

#pragma once

// Fixtures of the InstanceRowStore tests (tst_instancerowstore, tst_instancerowdiff): slices of
// made-up instances, a small fleet of three slices, the store described as text, and a check that
// its rows, keys and search texts agree.
#include "InstanceModelFixture.h"
#include "InstanceRowStore.h"

#include <QTest>

namespace rowstorefixture {

using namespace Qt::StringLiterals;
using modelfixture::make;
using Store = InstanceRowStore;

inline QList<Instance> slice(const QString& account, const QString& region, const QString& prefix, int count)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i)
        list.append(make(account, region, prefix + QString::number(i)));
    return list;
}

// a/r1: a0..a2 (rows 0-2), a/r2: b0..b5 (rows 3-8), c/r1: c0..c1 (rows 9-10).
inline QList<Instance> fleet()
{
    return slice(u"a"_s, u"r1"_s, u"a"_s, 3) + slice(u"a"_s, u"r2"_s, u"b"_s, 6) + slice(u"c"_s, u"r1"_s, u"c"_s, 2);
}

inline QString describe(const QList<Store::ChangedRows>& runs)
{
    QStringList parts;
    for (const Store::ChangedRows& run : runs)
        parts << u"%1-%2:%3"_s.arg(run.first).arg(run.last).arg(run.columns, 0, 2);
    return parts.join(u' ');
}

inline QString describe(const QList<Store::RowRange>& ranges)
{
    QStringList parts;
    for (const Store::RowRange& range : ranges)
        parts << u"%1-%2"_s.arg(range.first).arg(range.last);
    return parts.join(u' ');
}

inline QStringList ids(const Store& store)
{
    QStringList all;
    for (int r = 0; r < store.size(); ++r)
        all << store.at(r).instance.id;
    return all;
}

inline QString sliceList(const Store& store)
{
    QStringList parts;
    for (const Store::Slice& s : store.slices())
        parts << u"%1/%2:%3"_s.arg(s.accountId, s.region).arg(s.count);
    return parts.join(u' ');
}

// Every row is found by its key, knows its number, and its search text is its own.
inline void checkConsistent(const Store& store)
{
    int rows = 0;
    for (const Store::Slice& s : store.slices()) {
        QVERIFY(s.count > 0);
        rows += s.count;
    }
    QCOMPARE(rows, store.size());
    for (int r = 0; r < store.size(); ++r) {
        const InstanceRow& row = store.at(r);
        QCOMPARE(row.row, r);
        QCOMPARE(store.find(row.key), &row);
        QVERIFY(!row.listed);
        QVERIFY(store.searchText(r).startsWith(row.instance.name.toLower()));
        QVERIFY(store.searchText(r).contains(row.instance.id.toLower()));
    }
}

} // namespace rowstorefixture

// InstanceRowStore: rows grouped by slice, applying a slice's refresh in steps or at once, and the
// key index and the search texts kept in step with the rows. What a refresh changes (the diff) is
// tst_instancerowdiff's.
#include "InstanceRowStoreFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rowstorefixture;

class InstanceRowStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void loadGroupsBySlice();
    void loadKeepsFirstOfDuplicates();
    void newRowsTakeTheEmptiedSlicesPlace();
    void newSliceGoesLast();
    void replaceSliceRowsTakesTheRefreshOrder();
    void replaceSliceRowsDropsAnEmptiedSlice();
    void droppedDiffForgetsItsNewRows();
    void removeAccountRangesBottomFirst();
    void updateStateReportsTheChangedRow();
    void removedTextsAreCompactedAway();
    void generationMovesWithRowsOnly();
};

void InstanceRowStoreTest::loadGroupsBySlice()
{
    Store store;
    store.load({make(u"a"_s, u"r1"_s, u"1"_s), make(u"b"_s, u"r1"_s, u"2"_s), make(u"a"_s, u"r1"_s, u"3"_s),
                make(u"a"_s, u"r2"_s, u"4"_s), make(u"b"_s, u"r1"_s, u"5"_s)});
    QCOMPARE(ids(store), QStringList({u"1"_s, u"3"_s, u"2"_s, u"5"_s, u"4"_s}));
    QCOMPARE(sliceList(store), u"a/r1:2 b/r1:2 a/r2:1"_s);
    QCOMPARE(store.at(2).accountSlot, store.at(3).accountSlot);
    QVERIFY(store.at(0).accountSlot != store.at(2).accountSlot);
    QCOMPARE(store.accounts().id(store.at(2).accountSlot), u"b"_s);
    QVERIFY(!store.find(u"a/404"_s));
    checkConsistent(store);

    store.load(slice(u"z"_s, u"r"_s, u"z"_s, 2)); // replaces everything
    QCOMPARE(ids(store), QStringList({u"z0"_s, u"z1"_s}));
    QVERIFY(!store.find(u"a/1"_s));
    checkConsistent(store);
}

void InstanceRowStoreTest::loadKeepsFirstOfDuplicates()
{
    Instance first = make(u"a"_s, u"r"_s, u"1"_s);
    Instance second = first;
    second.name = u"second"_s;
    Store store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"listed twice"_s));
    store.load({first, second});
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.find(u"a/1"_s)->instance.name, first.name);
    checkConsistent(store);
}

void InstanceRowStoreTest::newRowsTakeTheEmptiedSlicesPlace()
{
    Store store;
    store.load(fleet());
    const QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"n"_s, 2); // every known row gone
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r2"_s, refresh);
    for (const Store::RowRange& range : diff.removed())
        store.removeRows(range);
    QCOMPARE(sliceList(store), u"a/r1:3 a/r2:0 c/r1:2"_s); // kept, empty, until dropEmptySlices()
    QCOMPARE(store.insertionRange(diff), Store::RowRange({3, 4}));
    store.insertNew(diff);
    store.dropEmptySlices();
    QCOMPARE(ids(store), QStringList({u"a0"_s, u"a1"_s, u"a2"_s, u"n0"_s, u"n1"_s, u"c0"_s, u"c1"_s}));
    checkConsistent(store);

    Store::SliceDiff empty = store.diffSlice(u"a"_s, u"r2"_s, {});
    for (const Store::RowRange& range : empty.removed())
        store.removeRows(range);
    store.dropEmptySlices();
    QCOMPARE(sliceList(store), u"a/r1:3 c/r1:2"_s);
    checkConsistent(store);
}

void InstanceRowStoreTest::newSliceGoesLast()
{
    Store store;
    store.load(fleet());
    QVERIFY(store.diffSlice(u"a"_s, u"r9"_s, {}).isEmpty()); // unknown and empty: nothing to do
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r9"_s, slice(u"a"_s, u"r9"_s, u"n"_s, 2));
    QVERIFY(!diff.isEmpty());
    QVERIFY(diff.removed().isEmpty());
    QCOMPARE(store.insertionRange(diff), Store::RowRange({11, 12}));
    store.insertNew(diff);
    QCOMPARE(sliceList(store), u"a/r1:3 a/r2:6 c/r1:2 a/r9:2"_s);
    checkConsistent(store);
}

void InstanceRowStoreTest::replaceSliceRowsTakesTheRefreshOrder()
{
    Store store;
    store.load(fleet());
    QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"b"_s, 6);
    refresh[4].name = u"renamed"_s;
    refresh.removeAt(2);
    std::reverse(refresh.begin(), refresh.end());
    refresh.insert(2, make(u"a"_s, u"r2"_s, u"new"_s));
    store.replaceSliceRows(store.diffSlice(u"a"_s, u"r2"_s, refresh));
    QCOMPARE(ids(store),
             QStringList(
                 {u"a0"_s, u"a1"_s, u"a2"_s, u"b5"_s, u"b4"_s, u"new"_s, u"b3"_s, u"b1"_s, u"b0"_s, u"c0"_s, u"c1"_s}));
    QCOMPARE(store.find(u"a/b4"_s)->instance.name, u"renamed"_s);
    QVERIFY(store.searchText(4).startsWith(u"renamed"_s));
    QVERIFY(!store.find(u"a/b2"_s));
    QCOMPARE(sliceList(store), u"a/r1:3 a/r2:6 c/r1:2"_s);
    checkConsistent(store);
}

void InstanceRowStoreTest::replaceSliceRowsDropsAnEmptiedSlice()
{
    Store store;
    store.load(fleet());
    store.replaceSliceRows(store.diffSlice(u"a"_s, u"r2"_s, {}));
    QCOMPARE(sliceList(store), u"a/r1:3 c/r1:2"_s);
    store.replaceSliceRows(store.diffSlice(u"b"_s, u"r1"_s, slice(u"b"_s, u"r1"_s, u"n"_s, 1)));
    QCOMPARE(sliceList(store), u"a/r1:3 c/r1:2 b/r1:1"_s);
    checkConsistent(store);
}

void InstanceRowStoreTest::droppedDiffForgetsItsNewRows()
{
    Store store;
    store.load(fleet());
    const QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"b"_s, 6) + slice(u"a"_s, u"r2"_s, u"n"_s, 2);
    {
        Store::SliceDiff unapplied = store.diffSlice(u"a"_s, u"r2"_s, refresh);
        QVERIFY(store.find(u"a/n0"_s));
    }
    QVERIFY(!store.find(u"a/n0"_s));
    QVERIFY(!store.find(u"a/n1"_s));
    // The next refresh does not take them for duplicates.
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r2"_s, refresh);
    QCOMPARE(diff.insertedCount(), 2);
    store.insertNew(diff);
    QCOMPARE(store.size(), 13);
    checkConsistent(store);
}

void InstanceRowStoreTest::removeAccountRangesBottomFirst()
{
    Store store;
    store.load(slice(u"a"_s, u"r1"_s, u"a"_s, 2) + slice(u"b"_s, u"r1"_s, u"b"_s, 2)
               + slice(u"a"_s, u"r2"_s, u"c"_s, 3));
    const QList<Store::RowRange> ranges = store.accountRanges(u"a"_s);
    QCOMPARE(describe(ranges), u"4-6 0-1"_s);
    QVERIFY(store.accountRanges(u"nobody"_s).isEmpty());
    for (const Store::RowRange& range : ranges)
        store.removeRows(range);
    store.dropEmptySlices();
    QCOMPARE(ids(store), QStringList({u"b0"_s, u"b1"_s}));
    QCOMPARE(sliceList(store), u"b/r1:2"_s);
    QVERIFY(!store.find(u"a/c2"_s));
    checkConsistent(store);
}

void InstanceRowStoreTest::updateStateReportsTheChangedRow()
{
    Store store;
    Instance prepaid = make(u"a"_s, u"r"_s, u"1"_s);
    prepaid.expires = QDateTime(QDate(2025, 1, 31), QTime(16, 0), Qt::UTC);
    const QDateTime release(QDate(2024, 6, 8), QTime(0, 0), Qt::UTC);
    store.load({make(u"a"_s, u"r"_s, u"0"_s), prepaid});
    QCOMPARE(store.at(1).expiresKey, prepaid.expires.toMSecsSinceEpoch());

    QCOMPARE(store.updateState(u"a/1"_s, u"SHUTDOWN"_s, Lifecycle::RecycleBin, release), 1);
    QCOMPARE(store.at(1).instance.rawState, u"SHUTDOWN"_s);
    QCOMPARE(store.at(1).releaseKey, release.toMSecsSinceEpoch()); // in the recycle bin: its release
    QCOMPARE(store.at(1).expiresKey, prepaid.expires.toMSecsSinceEpoch()); // the subscription's end stays
    QCOMPARE(store.updateState(u"a/1"_s, u"SHUTDOWN"_s, Lifecycle::RecycleBin, std::nullopt), -1); // no change
    QCOMPARE(store.updateState(u"a/404"_s, u"STOPPED"_s, Lifecycle::Stopped, std::nullopt), -1);
    QCOMPARE(store.updateState(u"a/1"_s, u"RUNNING"_s, Lifecycle::Running, std::nullopt), 1);
    QCOMPARE(store.at(1).instance.autoRelease, release); // kept when not given
    QCOMPARE(store.at(1).expiresKey, prepaid.expires.toMSecsSinceEpoch());
    QCOMPARE(store.at(1).releaseKey, InstanceRow::kNoDate); // out of the bin: no release
}

void InstanceRowStoreTest::removedTextsAreCompactedAway()
{
    auto liveUnits = [](const Store& store) {
        qsizetype units = 0;
        for (int r = 0; r < store.size(); ++r)
            units += store.searchText(r).size();
        return units;
    };
    // Removed row by row.
    Store store;
    store.load(slice(u"a"_s, u"r"_s, u"a"_s, 10));
    store.removeRows({0, 5});
    QVERIFY(store.searchTexts().deadUnits() > 0);
    store.compactText();
    QCOMPARE(store.searchTexts().deadUnits(), 0);
    QCOMPARE(store.searchTexts().size(), liveUnits(store));
    checkConsistent(store);

    // Dropped by a refresh applied at once.
    store.load(slice(u"a"_s, u"r"_s, u"a"_s, 10));
    store.replaceSliceRows(store.diffSlice(u"a"_s, u"r"_s, slice(u"a"_s, u"r"_s, u"a"_s, 3)));
    QCOMPARE(store.searchTexts().size(), liveUnits(store));
    checkConsistent(store);

    // Rewritten when an instance changes: the old text is dead, the new one found.
    store.load(slice(u"a"_s, u"r"_s, u"a"_s, 2));
    QList<Instance> renamed = slice(u"a"_s, u"r"_s, u"a"_s, 2);
    renamed[0].name = u"Other"_s;
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r"_s, renamed);
    store.applyChanges(diff);
    QVERIFY(store.searchTexts().deadUnits() > 0);
    QVERIFY(store.searchText(0).startsWith(u"other"_s));
    checkConsistent(store);
}

void InstanceRowStoreTest::generationMovesWithRowsOnly()
{
    Store store;
    quint64 generation = store.generation();
    auto moved = [&store, &generation] {
        const bool changed = store.generation() != generation;
        generation = store.generation();
        return changed;
    };
    store.load(fleet());
    QVERIFY(moved());
    store.updateState(u"a/a0"_s, u"STOPPED"_s, Lifecycle::Stopped, std::nullopt);
    QVERIFY(!moved());
    QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"b"_s, 6);
    refresh[0].name = u"x"_s;
    Store::SliceDiff changes = store.diffSlice(u"a"_s, u"r2"_s, refresh);
    store.applyChanges(changes);
    QVERIFY(!moved());
    refresh.append(make(u"a"_s, u"r2"_s, u"n"_s));
    Store::SliceDiff inserts = store.diffSlice(u"a"_s, u"r2"_s, refresh);
    store.insertNew(inserts);
    QVERIFY(moved());
    store.removeRows({0, 0});
    QVERIFY(moved());
    store.replaceSliceRows(store.diffSlice(u"c"_s, u"r1"_s, {}));
    QVERIFY(moved());
}

QTEST_GUILESS_MAIN(InstanceRowStoreTest)
#include "tst_instancerowstore.moc"

// InstanceRowStore: rows grouped by slice; what a refresh of one slice changes (rows changed, by
// column; rows gone, as runs from the bottom; rows new) and applying that in steps or at once; the
// key index and the search texts kept in step with the rows.
#include "InstanceModelFixture.h"
#include "InstanceRowStore.h"
#include "InstanceTableModel.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Store = InstanceRowStore;
using Model = InstanceTableModel;

namespace {

using modelfixture::make;

QList<Instance> slice(const QString& account, const QString& region, const QString& prefix, int count)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i)
        list.append(make(account, region, prefix + QString::number(i)));
    return list;
}

// a/r1: a0..a2 (rows 0-2), a/r2: b0..b5 (rows 3-8), c/r1: c0..c1 (rows 9-10).
QList<Instance> fleet()
{
    return slice(u"a"_s, u"r1"_s, u"a"_s, 3) + slice(u"a"_s, u"r2"_s, u"b"_s, 6) + slice(u"c"_s, u"r1"_s, u"c"_s, 2);
}

int bit(int column)
{
    return 1 << column;
}

QString describe(const QList<Store::ChangedRows>& runs)
{
    QStringList parts;
    for (const Store::ChangedRows& run : runs)
        parts << u"%1-%2:%3"_s.arg(run.first).arg(run.last).arg(run.columns, 0, 2);
    return parts.join(u' ');
}

QString describe(const QList<Store::RowRange>& ranges)
{
    QStringList parts;
    for (const Store::RowRange& range : ranges)
        parts << u"%1-%2"_s.arg(range.first).arg(range.last);
    return parts.join(u' ');
}

QStringList ids(const Store& store)
{
    QStringList all;
    for (int r = 0; r < store.size(); ++r)
        all << store.at(r).instance.id;
    return all;
}

QString sliceList(const Store& store)
{
    QStringList parts;
    for (const Store::Slice& s : store.slices())
        parts << u"%1/%2:%3"_s.arg(s.accountId, s.region).arg(s.count);
    return parts.join(u' ');
}

// Every row is found by its key, knows its number, and its search text is its own.
void checkConsistent(const Store& store)
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

using Edit = std::function<void(QList<Instance>&)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class InstanceRowStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void loadGroupsBySlice();
    void loadKeepsFirstOfDuplicates();
    void diffOfSliceRefresh_data();
    void diffOfSliceRefresh();
    void changedColumns_data();
    void changedColumns();
    void diffIgnoresForeignAndDuplicateInstances();
    void stepsApplyTheDiff();
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

void InstanceRowStoreTest::diffOfSliceRefresh_data()
{
    QTest::addColumn<Edit>("edit"); // of a/r2's listing (b0..b5, rows 3-8)
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<int>("inserted");

    const int stateBits = bit(Model::StatusColumn) | bit(Model::ReleaseColumn);
    auto stop = [](Instance& in) {
        in.rawState = u"STOPPED"_s;
        in.lifecycle = Lifecycle::Stopped;
    };
    auto bits = [](int mask) { return QString::number(mask, 2); };

    QTest::newRow("unchanged") << Edit([](QList<Instance>&) {}) << QString() << QString() << 0;
    QTest::newRow("neighbours, same columns: one run") << Edit([stop](QList<Instance>& l) {
        stop(l[1]);
        stop(l[2]);
    }) << u"4-5:"_s + bits(stateBits) << QString() << 0;
    QTest::newRow("neighbours, other columns: two runs") << Edit([stop](QList<Instance>& l) {
        stop(l[1]);
        l[2].name = u"renamed"_s;
    }) << u"4-4:%1 5-5:%2"_s.arg(bits(stateBits), bits(bit(Model::NameColumn)))
                                                         << QString() << 0;
    QTest::newRow("apart, same columns: two runs") << Edit([](QList<Instance>& l) {
        l[0].name = u"x"_s;
        l[2].name = u"y"_s;
    }) << u"3-3:%1 5-5:%1"_s.arg(bits(bit(Model::NameColumn)))
                                                   << QString() << 0;
    QTest::newRow("listed in another order: nothing changed")
        << Edit([](QList<Instance>& l) { std::reverse(l.begin(), l.end()); }) << QString() << QString() << 0;
    QTest::newRow("gone: runs from the bottom") << Edit([](QList<Instance>& l) {
        l.removeAt(4);
        l.removeAt(1);
        l.removeAt(0);
    }) << QString() << u"7-7 3-4"_s << 0;
    QTest::newRow("all gone") << Edit([](QList<Instance>& l) { l.clear(); }) << QString() << u"3-8"_s << 0;
    QTest::newRow("new") << Edit(
        [](QList<Instance>& l) { l << make(u"a"_s, u"r2"_s, u"n1"_s) << make(u"a"_s, u"r2"_s, u"n2"_s); })
                         << QString() << QString() << 2;
    QTest::newRow("changed, gone and new") << Edit([stop](QList<Instance>& l) {
        stop(l[5]);
        l.removeAt(2);
        l.prepend(make(u"a"_s, u"r2"_s, u"n1"_s));
    }) << u"8-8:"_s + bits(stateBits) << u"5-5"_s
                                           << 1;
}

void InstanceRowStoreTest::diffOfSliceRefresh()
{
    QFETCH(Edit, edit);
    QFETCH(QString, changed);
    QFETCH(QString, removed);
    QFETCH(int, inserted);

    Store store;
    store.load(fleet());
    QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"b"_s, 6);
    edit(refresh);
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r2"_s, refresh);
    QVERIFY(!diff.isEmpty());
    QCOMPARE(describe(diff.changed()), changed);
    QCOMPARE(describe(diff.removed()), removed);
    qsizetype removedCount = 0;
    for (const Store::RowRange& range : diff.removed())
        removedCount += range.last - range.first + 1;
    QCOMPARE(diff.removedCount(), removedCount);
    QCOMPARE(diff.insertedCount(), qsizetype(inserted));
    // Nothing moves until the diff is applied; the new rows are known, without a row yet.
    QCOMPARE(store.size(), 11);
    for (const Instance& in : std::as_const(refresh)) {
        const InstanceRow* row = store.find(in.key());
        QVERIFY(row);
        QVERIFY(row->row == -1 || store.at(row->row).key == in.key());
    }
    store.replaceSliceRows(std::move(diff));
}

void InstanceRowStoreTest::changedColumns_data()
{
    QTest::addColumn<Edit>("edit"); // of one instance
    QTest::addColumn<int>("columns");

    auto one = [](std::function<void(Instance&)> change) {
        return Edit([change](QList<Instance>& l) { change(l[0]); });
    };
    QTest::newRow("same") << one([](Instance&) {}) << 0;
    QTest::newRow("provider") << one([](Instance& in) { in.provider = ProviderId::Zenlayer; })
                              << bit(Model::ProviderColumn);
    QTest::newRow("zone") << one([](Instance& in) { in.zone = u"z"_s; }) << bit(Model::ZoneColumn);
    QTest::newRow("raw state") << one([](Instance& in) { in.rawState = u"X"_s; }) << bit(Model::StatusColumn);
    QTest::newRow("lifecycle: status and release") << one([](Instance& in) { in.lifecycle = Lifecycle::RecycleBin; })
                                                   << (bit(Model::StatusColumn) | bit(Model::ReleaseColumn));
    QTest::newRow("subscription end") << one([](Instance& in) { in.expires = QDateTime::currentDateTimeUtc(); })
                                      << bit(Model::ExpiresColumn);
    QTest::newRow("restriction") << one([](Instance& in) { in.restriction = u"EXPIRED"_s; })
                                 << bit(Model::StatusColumn);
    QTest::newRow("last operation") << one([](Instance& in) { in.lastOperation.action = u"StopInstances"_s; })
                                    << bit(Model::StatusColumn);
    QTest::newRow("auto release") << one([](Instance& in) { in.autoRelease = QDateTime::currentDateTimeUtc(); })
                                  << bit(Model::ReleaseColumn);
    QTest::newRow("charge class") << one([](Instance& in) { in.chargeClass = ChargeClass::Spot; })
                                  << bit(Model::ChargeTypeColumn);
    QTest::newRow("protection") << one([](Instance& in) { in.terminationProtected = true; })
                                << bit(Model::ProtectionColumn);
    QTest::newRow("os: the type's tooltip")
        << one([](Instance& in) { in.osName = u"Linux"_s; }) << bit(Model::TypeColumn);
    QTest::newRow("addresses") << one([](Instance& in) {
        in.privateIps = {u"10.0.0.2"_s};
        in.publicIps = {u"1.2.3.4"_s};
    }) << (bit(Model::PrivateIpColumn) | bit(Model::PublicIpColumn));
    QTest::newRow("created") << one([](Instance& in) { in.created = in.created.addDays(1); })
                             << bit(Model::CreatedColumn);
    QTest::newRow("tags") << one([](Instance& in) { in.tags = {{u"k"_s, u"v"_s}}; }) << bit(Model::TagsColumn);
}

void InstanceRowStoreTest::changedColumns()
{
    QFETCH(Edit, edit);
    QFETCH(int, columns);
    const QList<Instance> before{make(u"a"_s, u"r"_s, u"1"_s)};
    QList<Instance> after = before;
    edit(after);
    QCOMPARE(Store::changedColumns(before.at(0), after.at(0)), columns);
}

void InstanceRowStoreTest::diffIgnoresForeignAndDuplicateInstances()
{
    Store store;
    store.load(fleet());
    QList<Instance> refresh = slice(u"a"_s, u"r1"_s, u"a"_s, 3);
    refresh << make(u"a"_s, u"r2"_s, u"b0"_s) << make(u"z"_s, u"r1"_s, u"z"_s); // another region's, account's
    refresh << make(u"a"_s, u"r1"_s, u"a1"_s) << make(u"a"_s, u"r1"_s, u"new"_s) << make(u"a"_s, u"r1"_s, u"new"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"listed twice"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"listed twice"_s));
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r1"_s, refresh);
    QCOMPARE(diff.insertedCount(), 1);
    QCOMPARE(diff.removedCount(), 0);
    QVERIFY(diff.changed().isEmpty());
    store.replaceSliceRows(std::move(diff));
    QCOMPARE(ids(store).mid(0, 4), QStringList({u"a0"_s, u"a1"_s, u"a2"_s, u"new"_s}));
    QCOMPARE(store.find(u"a/b0"_s)->instance.region, u"r2"_s);
    QVERIFY(!store.find(u"z/z"_s));
    checkConsistent(store);
}

void InstanceRowStoreTest::stepsApplyTheDiff()
{
    Store store;
    store.load(fleet());
    QList<Instance> refresh = slice(u"a"_s, u"r2"_s, u"b"_s, 6);
    refresh[5].name = u"renamed"_s;
    refresh.removeAt(3);
    refresh.removeAt(1);
    refresh.insert(0, make(u"a"_s, u"r2"_s, u"n1"_s));
    refresh.append(make(u"a"_s, u"r2"_s, u"n2"_s));
    Store::SliceDiff diff = store.diffSlice(u"a"_s, u"r2"_s, refresh);

    store.applyChanges(diff);
    QCOMPARE(store.at(8).instance.name, u"renamed"_s);
    QVERIFY(store.searchText(8).startsWith(u"renamed"_s));
    QCOMPARE(store.nameText(store.at(8)), u"renamed"_s);
    for (const Store::RowRange& range : diff.removed())
        store.removeRows(range);
    QCOMPARE(ids(store),
             QStringList({u"a0"_s, u"a1"_s, u"a2"_s, u"b0"_s, u"b2"_s, u"b4"_s, u"b5"_s, u"c0"_s, u"c1"_s}));
    QCOMPARE(store.insertionRange(diff), Store::RowRange({7, 8})); // the end of the slice
    store.insertNew(diff);
    store.dropEmptySlices();
    store.compactText();
    // Known rows keep their order; new rows follow, in the refresh's order.
    QCOMPARE(ids(store),
             QStringList(
                 {u"a0"_s, u"a1"_s, u"a2"_s, u"b0"_s, u"b2"_s, u"b4"_s, u"b5"_s, u"n1"_s, u"n2"_s, u"c0"_s, u"c1"_s}));
    QCOMPARE(sliceList(store), u"a/r1:3 a/r2:6 c/r1:2"_s);
    QVERIFY(!store.find(u"a/b1"_s));
    QVERIFY(!store.find(u"a/b3"_s));
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

// InstanceRowStore: what a refresh of one slice changes (rows changed, by column; rows gone, as
// runs from the bottom; rows new), and the store after its steps are applied.
#include "InstanceRowStoreFixture.h"
#include "InstanceTableModel.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rowstorefixture;
using Model = InstanceTableModel;

namespace {

int bit(int column)
{
    return 1 << column;
}

using Edit = std::function<void(QList<Instance>&)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class InstanceRowDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void diffOfSliceRefresh_data();
    void diffOfSliceRefresh();
    void changedColumns_data();
    void changedColumns();
    void diffIgnoresForeignAndDuplicateInstances();
    void stepsApplyTheDiff();
};

void InstanceRowDiffTest::diffOfSliceRefresh_data()
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

void InstanceRowDiffTest::diffOfSliceRefresh()
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

void InstanceRowDiffTest::changedColumns_data()
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

void InstanceRowDiffTest::changedColumns()
{
    QFETCH(Edit, edit);
    QFETCH(int, columns);
    const QList<Instance> before{make(u"a"_s, u"r"_s, u"1"_s)};
    QList<Instance> after = before;
    edit(after);
    QCOMPARE(Store::changedColumns(before.at(0), after.at(0)), columns);
}

void InstanceRowDiffTest::diffIgnoresForeignAndDuplicateInstances()
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

void InstanceRowDiffTest::stepsApplyTheDiff()
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

QTEST_GUILESS_MAIN(InstanceRowDiffTest)
#include "tst_instancerowdiff.moc"

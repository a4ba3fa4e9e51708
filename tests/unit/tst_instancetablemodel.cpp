// InstanceTableModel's rows: a refresh of one account + region replaces only that slice's rows and
// announces only what changed; state updates, removals and rowOf() stay consistent. What a cell shows
// is tst_instancemodeldisplay's. A QAbstractItemModelTester watches the model and a sorted
// InstanceFilterProxy on top of it for the whole of every test.
#include "InstanceModelFixture.h"
#include "ProviderFactory.h"
#include "WatchedInstanceModel.h"

#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

using namespace modelfixture;

class InstanceTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setInstancesGroupsBySlice();
    void setInstancesKeepsFirstOfDuplicates();
    void replaceSliceTouchesOnlyItsSlice();
    void replaceSliceWithNothingNewEmitsNothing();
    void replaceSliceAppendsNewSlice();
    void replaceSliceEmptiesAndDropsSlice();
    void replaceSliceOfManyRowsAnnouncesEachStepOnce();
    void replaceSliceIgnoresForeignAndDuplicateInstances();
    void updateStateChangesOneRow();
    void removeInstance();
    void removeAccount();
    void rowOfStaysConsistent();
    void rowOfThroughManyInsertionsAndRemovals();

private:
    void load(const QList<Instance>& instances) { m_model->setInstances(instances); }
    void checkRowOf() const;
    QStringList keys() const;

    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
};

void InstanceTableModelTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>();
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_proxy->sort(InstanceTableModel::NameColumn);
}

void InstanceTableModelTest::cleanup()
{
    m_watched.reset();
}

void InstanceTableModelTest::checkRowOf() const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString key = m_model->instanceAt(r).key();
        QCOMPARE(m_model->rowOf(key), r);
        QCOMPARE(m_model->index(r, 0).data(InstanceTableModel::KeyRole).toString(), key);
    }
}

QStringList InstanceTableModelTest::keys() const
{
    QStringList all;
    for (const Instance& in : m_model->instances())
        all << in.key();
    return all;
}

void InstanceTableModelTest::setInstancesGroupsBySlice()
{
    const QList<Instance> input{make(u"a"_s, u"r1"_s, u"ins-1"_s), make(u"b"_s, u"r1"_s, u"ins-2"_s),
                                make(u"a"_s, u"r1"_s, u"ins-3"_s), make(u"a"_s, u"r2"_s, u"ins-4"_s),
                                make(u"b"_s, u"r1"_s, u"ins-5"_s)};
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    load(input);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(InstanceTableModel::ColumnCount));
    // Slices in the order they first appear, instances in their order within a slice.
    QCOMPARE(keys(), QStringList({u"a/ins-1"_s, u"a/ins-3"_s, u"b/ins-2"_s, u"b/ins-5"_s, u"a/ins-4"_s}));
    checkRowOf();
    QCOMPARE(m_model->rowOf(u"a/ins-404"_s), -1);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void InstanceTableModelTest::setInstancesKeepsFirstOfDuplicates()
{
    Instance second = make(u"a"_s, u"r1"_s, u"ins-1"_s, u"second"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"listed twice"_s));
    load({make(u"a"_s, u"r1"_s, u"ins-1"_s, u"first"_s), second, make(u"b"_s, u"r1"_s, u"ins-1"_s)});
    QCOMPARE(m_model->rowCount(), 2); // the same id through another account is another instance
    QCOMPARE(m_model->instanceAt(m_model->rowOf(u"a/ins-1"_s)).name, u"first"_s);
    checkRowOf();
}

void InstanceTableModelTest::replaceSliceTouchesOnlyItsSlice()
{
    const QList<Instance> a = slice(u"acct-a"_s, u"ap-guangzhou"_s, 5, u"a"_s);
    QList<Instance> b = slice(u"acct-a"_s, u"ap-shanghai"_s, 6, u"b"_s);
    const QList<Instance> c = slice(u"acct-c"_s, u"ap-guangzhou"_s, 4, u"c"_s);
    load(a + b + c);

    QList<QPersistentModelIndex> others;
    for (const Instance& in : a + c)
        others << QPersistentModelIndex(m_model->index(m_model->rowOf(in.key()), InstanceTableModel::IdColumn));

    // The refresh: b1 changed state, b3 gone, b5 renamed, one new instance.
    QList<Instance> refresh = b;
    refresh[1].rawState = u"STOPPED"_s;
    refresh[1].lifecycle = Lifecycle::Stopped;
    refresh[5].name = u"renamed"_s;
    refresh.removeAt(3);
    refresh.append(make(u"acct-a"_s, u"ap-shanghai"_s, u"ins-bnew"_s));

    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    // Which instance each dataChanged() names, read when it is emitted (rows move afterwards).
    QStringList changed;
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this, &changed](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                changed << u"%1..%2 %3-%4"_s
                               .arg(m_model->instanceAt(topLeft.row()).id, m_model->instanceAt(bottomRight.row()).id)
                               .arg(topLeft.column())
                               .arg(bottomRight.column());
            });
    m_model->replaceSlice(u"acct-a"_s, u"ap-shanghai"_s, refresh);
    disconnect(m_model, &QAbstractItemModel::dataChanged, this, nullptr);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 5 + 3); // b3 sat at row 8
    QCOMPARE(removed.at(0).at(2).toInt(), 5 + 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5 + 5); // appended to the slice: rows 5..10 now hold b
    QCOMPARE(inserted.at(0).at(2).toInt(), 5 + 5);
    // One span from the first changed instance to the last, over the columns that changed in any
    // (a state change also moves Released).
    QCOMPARE(changed,
             QStringList({u"ins-b0001..ins-b0005 %1-%2"_s.arg(InstanceTableModel::NameColumn)
                              .arg(InstanceTableModel::ReleaseColumn)}));

    // Other slices: same rows, same order, their persistent indexes still on the same instances.
    QCOMPARE(m_model->rowCount(), 5 + 6 + 4);
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(m_model->instanceAt(int(i)), a.at(i));
    for (qsizetype i = 0; i < c.size(); ++i)
        QCOMPARE(m_model->instanceAt(int(11 + i)), c.at(i));
    for (const QPersistentModelIndex& index : std::as_const(others)) {
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), m_model->instanceAt(index.row()).id);
    }

    // The slice itself: what the refresh listed, known rows first in their old order.
    QStringList slice;
    for (int r = 5; r < 11; ++r)
        slice << m_model->instanceAt(r).id;
    QCOMPARE(
        slice,
        QStringList({u"ins-b0000"_s, u"ins-b0001"_s, u"ins-b0002"_s, u"ins-b0004"_s, u"ins-b0005"_s, u"ins-bnew"_s}));
    QCOMPARE(m_model->instanceAt(m_model->rowOf(u"acct-a/ins-b0001"_s)).lifecycle, Lifecycle::Stopped);
    QCOMPARE(m_model->instanceAt(m_model->rowOf(u"acct-a/ins-b0005"_s)).name, u"renamed"_s);
    QCOMPARE(m_model->rowOf(u"acct-a/ins-b0003"_s), -1);
    checkRowOf();
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void InstanceTableModelTest::replaceSliceWithNothingNewEmitsNothing()
{
    const QList<Instance> a = slice(u"a"_s, u"r"_s, 4, u"a"_s);
    load(a + slice(u"b"_s, u"r"_s, 3, u"b"_s));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->replaceSlice(u"a"_s, u"r"_s, a);
    QCOMPARE(reset.count() + removed.count() + inserted.count() + changed.count(), 0);
}

void InstanceTableModelTest::replaceSliceAppendsNewSlice()
{
    load(slice(u"a"_s, u"r1"_s, 3, u"a"_s));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->replaceSlice(u"a"_s, u"r2"_s, slice(u"a"_s, u"r2"_s, 4, u"n"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(m_model->rowCount(), 7);
    checkRowOf();
    QCOMPARE(m_proxy->rowCount(), 7);
}

void InstanceTableModelTest::replaceSliceEmptiesAndDropsSlice()
{
    load(slice(u"a"_s, u"r1"_s, 3, u"a"_s) + slice(u"a"_s, u"r2"_s, 2, u"b"_s) + slice(u"a"_s, u"r3"_s, 2, u"c"_s));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->replaceSlice(u"a"_s, u"r2"_s, {});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 4);
    QCOMPARE(m_model->rowCount(), 5);
    checkRowOf();
    // The slice is gone: listing it again appends it after r3.
    m_model->replaceSlice(u"a"_s, u"r2"_s, slice(u"a"_s, u"r2"_s, 1, u"b"_s));
    QCOMPARE(m_model->instanceAt(5).id, u"ins-b0000"_s);
    checkRowOf();
}

void InstanceTableModelTest::replaceSliceOfManyRowsAnnouncesEachStepOnce()
{
    const QList<Instance> a = slice(u"a"_s, u"r"_s, 3, u"a"_s);
    load(a + slice(u"b"_s, u"r"_s, 3, u"b"_s));
    QList<Instance> refresh = slice(u"b"_s, u"r"_s, 8, u"x"_s); // 8 new; the first and last row gone
    refresh.prepend(m_model->instanceAt(4));
    refresh[0].name = u"renamed"_s;
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->replaceSlice(u"b"_s, u"r"_s, refresh);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layout.count(), 1); // rows 3 and 5, not adjacent
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 11);
    QCOMPARE(m_model->rowCount(), 3 + 9);
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(m_model->instanceAt(int(i)), a.at(i));
    for (qsizetype i = 0; i < refresh.size(); ++i) // the kept row, then the new ones in the refresh's order
        QCOMPARE(m_model->instanceAt(int(3 + i)), refresh.at(i));
    checkRowOf();
    QCOMPARE(m_proxy->rowCount(), 12);
}

void InstanceTableModelTest::replaceSliceIgnoresForeignAndDuplicateInstances()
{
    load(slice(u"a"_s, u"r1"_s, 2, u"a"_s) + slice(u"a"_s, u"r2"_s, 2, u"b"_s));
    QList<Instance> refresh = slice(u"a"_s, u"r1"_s, 2, u"a"_s);
    refresh.append(make(u"a"_s, u"r2"_s, u"ins-b0000"_s)); // another region's
    refresh.append(make(u"z"_s, u"r1"_s, u"ins-z"_s)); // another account's
    Instance twice = make(u"a"_s, u"r1"_s, u"ins-new"_s, u"first"_s);
    refresh.append(twice);
    twice.name = u"second"_s;
    refresh.append(twice);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"listed twice"_s));
    m_model->replaceSlice(u"a"_s, u"r1"_s, refresh);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->instanceAt(m_model->rowOf(u"a/ins-new"_s)).name, u"first"_s);
    QCOMPARE(m_model->rowOf(u"z/ins-z"_s), -1);
    QCOMPARE(m_model->instanceAt(m_model->rowOf(u"a/ins-b0000"_s)).region, u"r2"_s);
    checkRowOf();
}

void InstanceTableModelTest::updateStateChangesOneRow()
{
    load(slice(u"a"_s, u"r"_s, 5, u"a"_s));
    const QString key = u"a/ins-a0002"_s;
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->updateState(key, u"SHUTDOWN"_s, Lifecycle::RecycleBin);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 2);
    QVERIFY(topLeft.column() <= InstanceTableModel::StatusColumn
            && bottomRight.column() >= InstanceTableModel::StatusColumn);
    const QModelIndex status = m_model->index(2, InstanceTableModel::StatusColumn);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"SHUTDOWN"_s);
    QCOMPARE(status.data().toString(), ProviderCatalog::stateLabel(ProviderId::Tencent, u"SHUTDOWN"));
    QCOMPARE(m_model->instanceAt(2).lifecycle, Lifecycle::RecycleBin);

    m_model->updateState(key, u"SHUTDOWN"_s, Lifecycle::RecycleBin); // no change
    m_model->updateState(u"a/ins-none"_s, u"STOPPED"_s, Lifecycle::Stopped); // unknown
    QCOMPARE(changed.count(), 1);
    checkRowOf();
}

void InstanceTableModelTest::removeInstance()
{
    load(slice(u"a"_s, u"r"_s, 3, u"a"_s) + slice(u"b"_s, u"r"_s, 3, u"b"_s));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->removeInstance(u"a/ins-a0001"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->rowOf(u"a/ins-a0001"_s), -1);
    QCOMPARE(m_model->rowOf(u"b/ins-b0000"_s), 2);
    checkRowOf();
    m_model->removeInstance(u"a/ins-a0001"_s); // already gone
    QCOMPARE(removed.count(), 1);
    // The last rows of a slice.
    m_model->removeInstance(u"a/ins-a0000"_s);
    m_model->removeInstance(u"a/ins-a0002"_s);
    QCOMPARE(keys(), QStringList({u"b/ins-b0000"_s, u"b/ins-b0001"_s, u"b/ins-b0002"_s}));
    checkRowOf();
}

void InstanceTableModelTest::removeAccount()
{
    load(slice(u"a"_s, u"r1"_s, 2, u"a"_s) + slice(u"b"_s, u"r1"_s, 2, u"b"_s) + slice(u"a"_s, u"r2"_s, 3, u"c"_s));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_model->removeAccount(u"a"_s);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1); // its two slices are not adjacent
    QCOMPARE(keys(), QStringList({u"b/ins-b0000"_s, u"b/ins-b0001"_s}));
    checkRowOf();
    m_model->removeAccount(u"nobody"_s);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void InstanceTableModelTest::rowOfStaysConsistent()
{
    load(slice(u"a"_s, u"r1"_s, 20, u"a"_s) + slice(u"a"_s, u"r2"_s, 20, u"b"_s) + slice(u"b"_s, u"r1"_s, 20, u"c"_s));
    m_model->removeInstance(u"a/ins-a0007"_s);
    checkRowOf();
    QList<Instance> refresh = slice(u"a"_s, u"r2"_s, 25, u"b"_s);
    refresh.removeAt(3);
    refresh.removeAt(10);
    m_model->replaceSlice(u"a"_s, u"r2"_s, refresh);
    checkRowOf();
    m_model->updateState(u"b/ins-c0004"_s, u"STOPPED"_s, Lifecycle::Stopped);
    checkRowOf();
    m_model->removeAccount(u"a"_s);
    checkRowOf();
    m_model->replaceSlice(u"a"_s, u"r1"_s, slice(u"a"_s, u"r1"_s, 5, u"z"_s));
    checkRowOf();
    QCOMPARE(m_model->rowCount(), 25);
    QCOMPARE(m_model->instances().size(), 25);
}

void InstanceTableModelTest::rowOfThroughManyInsertionsAndRemovals()
{
    // Enough rows for the key index to grow several times, and removals all over it.
    QList<Instance> all;
    for (int s = 0; s < 6; ++s)
        all += slice(u"acct-%1"_s.arg(s % 3), u"region-%1"_s.arg(s), 400, u"s%1-"_s.arg(s));
    load(all);
    QSet<QString> gone;
    quint32 seed = 7;
    auto next = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    for (int s = 0; s < 6; ++s) {
        const QString account = u"acct-%1"_s.arg(s % 3);
        const QString region = u"region-%1"_s.arg(s);
        QList<Instance> refresh;
        for (const Instance& in : std::as_const(all)) {
            if (in.region != region)
                continue;
            if (next(3) == 0)
                gone.insert(in.key());
            else
                refresh << in;
        }
        refresh += slice(account, region, 20, u"new%1-"_s.arg(s));
        m_model->replaceSlice(account, region, refresh);
        checkRowOf();
    }
    for (int i = 0; i < 10; ++i) { // and one by one, through row signals
        const Instance victim = m_model->instanceAt(next(m_model->rowCount()));
        m_model->removeInstance(victim.key());
        gone.insert(victim.key());
    }
    checkRowOf();
    for (const QString& key : std::as_const(gone))
        QCOMPARE(m_model->rowOf(key), -1);
    QCOMPARE(m_model->rowCount(), 2400 + 6 * 20 - int(gone.size()));
}

QTEST_MAIN(InstanceTableModelTest) // the markers are pixmaps, which need a QGuiApplication
#include "tst_instancetablemodel.moc"

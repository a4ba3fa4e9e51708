// InstanceTableModel::removeInstances: the instances a run destroyed leave the table together, as one
// removal when their rows are adjacent, otherwise as one layout change that says where every row goes
// (rowRenumbering()); rowOf() stays right for every row left, and a sorted InstanceFilterProxy on top
// passes each on as one announcement that keeps a view's selection on its instances. A
// QAbstractItemModelTester watches the model and the proxy.
#include "WatchedInstanceModel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<Instance> slice(const QString& region, int count)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i) {
        Instance in;
        in.accountId = u"acc"_s;
        in.region = region;
        in.id = u"ins-%1%2"_s.arg(region.right(1)).arg(i, 7, 10, QChar(u'0'));
        in.name = u"vm-"_s + in.id;
        in.rawState = u"RUNNING"_s;
        in.lifecycle = Lifecycle::Running;
        list << in;
    }
    return list;
}

QString key(const QString& region, int i)
{
    return Instance::keyFor(u"acc"_s, u"ins-%1%2"_s.arg(region.right(1)).arg(i, 7, 10, QChar(u'0')));
}

} // namespace

class InstanceModelRemovalTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adjacentRowsLeaveInOneRemoval();
    void scatteredRowsLeaveInOneLayoutChange();
    void selectionFollowsItsInstancesThroughScatteredRemovals();
    void unknownAndRepeatedKeysAreIgnored();

private:
    void checkRowsAreConsistent();

    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
};

void InstanceModelRemovalTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>(slice(u"ap-a"_s, 20) + slice(u"ap-b"_s, 20));
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
}

void InstanceModelRemovalTest::cleanup()
{
    m_watched.reset();
}

void InstanceModelRemovalTest::checkRowsAreConsistent()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->instanceAt(row).key()), row);
}

void InstanceModelRemovalTest::adjacentRowsLeaveInOneRemoval()
{
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyRemoved(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy proxyLayout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_model->removeInstances({key(u"ap-a"_s, 5), key(u"ap-a"_s, 3), key(u"ap-a"_s, 4)});
    QCOMPARE(layout.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    // Adjacent in the view too (names descending: ...6, 5, 4, 3, 2...): one removal there as well.
    QCOMPARE(proxyLayout.count(), 0);
    QCOMPARE(proxyRemoved.count(), 1);
    QCOMPARE(proxyRemoved.at(0).at(1).toInt(), 20 + 14);
    QCOMPARE(proxyRemoved.at(0).at(2).toInt(), 20 + 16);
    QCOMPARE(m_model->rowCount(), 37);
    QCOMPARE(m_proxy->rowCount(), 37);
    QVERIFY(m_model->rowRenumbering().empty());
    checkRowsAreConsistent();
}

void InstanceModelRemovalTest::scatteredRowsLeaveInOneLayoutChange()
{
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyRemoved(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy proxyLayout(m_proxy, &QAbstractItemModel::layoutChanged);
    std::vector<int> announced;
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [&] { announced = m_model->rowRenumbering(); });
    // Rows 3-5 and 7 of the first slice, and 0-1 of the second (rows 20-21): three runs of rows.
    m_model->removeInstances({key(u"ap-a"_s, 5), key(u"ap-b"_s, 0), key(u"ap-a"_s, 3), key(u"ap-a"_s, 7),
                              key(u"ap-a"_s, 4), key(u"ap-b"_s, 1)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(layout.at(0).at(1).value<QAbstractItemModel::LayoutChangeHint>(), QAbstractItemModel::VerticalSortHint);
    QCOMPARE(announced.size(), size_t(40));
    const std::vector<int> expected = {0,  1,  2,  -1, -1, -1, 3,  -1, 4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15,
                                       -1, -1, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33};
    QCOMPARE(announced, expected);
    QVERIFY(m_model->rowRenumbering().empty());
    QCOMPARE(m_model->rowCount(), 34);
    QCOMPARE(m_proxy->rowCount(), 34);
    QCOMPARE(proxyRemoved.count(), 0);
    QCOMPARE(proxyLayout.count(), 1);
    for (const QString& gone : {key(u"ap-a"_s, 3), key(u"ap-a"_s, 7), key(u"ap-b"_s, 1)})
        QCOMPARE(m_model->rowOf(gone), -1);
    checkRowsAreConsistent();
    // The view's order is still by name, descending.
    const QList<Instance> shown = m_proxy->visibleInstances();
    for (qsizetype i = 1; i < shown.size(); ++i)
        QVERIFY(shown.at(i - 1).name > shown.at(i).name);
}

void InstanceModelRemovalTest::selectionFollowsItsInstancesThroughScatteredRemovals()
{
    QItemSelectionModel selection(m_proxy);
    auto proxyIndex = [this](const QString& key) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(key), 0));
    };
    for (const QString& selected : {key(u"ap-a"_s, 2), key(u"ap-a"_s, 7), key(u"ap-b"_s, 5)})
        selection.select(proxyIndex(selected), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxyIndex(key(u"ap-b"_s, 5)), QItemSelectionModel::NoUpdate);
    QCOMPARE(selection.selectedRows().size(), 3);

    m_model->removeInstances({key(u"ap-a"_s, 7), key(u"ap-a"_s, 3), key(u"ap-b"_s, 9), key(u"ap-b"_s, 12)});
    QStringList kept;
    for (const Instance& in : m_proxy->instancesForRows(selection.selectedRows()))
        kept << in.key();
    QCOMPARE(kept, QStringList({key(u"ap-b"_s, 5), key(u"ap-a"_s, 2)})); // view order: names descending
    QCOMPARE(m_proxy->mapToSource(selection.currentIndex()).row(), m_model->rowOf(key(u"ap-b"_s, 5)));
    // Rows a filter hides leave the selection; the others stay on their instances.
    m_proxy->setSearchText(u"ins-b"_s);
    QCOMPARE(m_proxy->instancesForRows(selection.selectedRows()).size(), 1);
    QCOMPARE(m_proxy->mapToSource(selection.currentIndex()).row(), m_model->rowOf(key(u"ap-b"_s, 5)));
}

void InstanceModelRemovalTest::unknownAndRepeatedKeysAreIgnored()
{
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->removeInstances({u"acc/ins-nothere1"_s, key(u"ap-a"_s, 0), key(u"ap-a"_s, 0)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 39);
    m_model->removeInstances({u"acc/ins-nothere1"_s});
    QCOMPARE(removed.count(), 1);
    checkRowsAreConsistent();
}

QTEST_GUILESS_MAIN(InstanceModelRemovalTest)
#include "tst_instancemodelremoval.moc"

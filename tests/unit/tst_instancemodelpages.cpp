// InstanceTableModel as a listing refreshes it page by page: a page changes its rows in place and
// adds its new ones to the slice, leaving the rows it does not name for the end of the listing
// (replaceSlice() with the whole listing, or settleSlice() when its pages marked the rows they
// named), which takes out the ones no page named. Rows shown from a kept listing are
// marked (italics, a tooltip with the time) until their slice is listed again. A
// QAbstractItemModelTester watches the model and a sorted InstanceFilterProxy on top of it
// (WatchedInstanceModel).
#include "WatchedInstanceModel.h"

#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Instance instance(const QString& region, const QString& id, const QString& name = {})
{
    Instance in;
    in.accountId = u"acc"_s;
    in.region = region;
    in.id = id;
    in.name = name.isEmpty() ? u"vm-"_s + id : name;
    in.rawState = u"RUNNING"_s;
    in.lifecycle = Lifecycle::Running;
    return in;
}

QStringList ids(const InstanceTableModel& model)
{
    QStringList all;
    for (int row = 0; row < model.rowCount(); ++row)
        all << model.instanceAt(row).id;
    return all;
}

bool italic(const InstanceTableModel& model, int row)
{
    return model.data(model.index(row, InstanceTableModel::NameColumn), Qt::FontRole).value<QFont>().italic();
}

} // namespace

class InstanceModelPagesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagesChangeRowsInPlaceAndTheEndRemoves();
    void keptRowsAreMarkedUntilTheirSliceIsListed();
    void settlingASliceRemovesWhatNoPageNamed();

private:
    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
};

void InstanceModelPagesTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>(
        QList<Instance>{instance(u"r1"_s, u"ins-a"_s), instance(u"r1"_s, u"ins-b"_s), instance(u"r1"_s, u"ins-c"_s),
                        instance(u"r2"_s, u"ins-x"_s)});
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
}

void InstanceModelPagesTest::pagesChangeRowsInPlaceAndTheEndRemoves()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // A page names b (renamed) and a new d: b changes where it is, d joins r1; a and c stay.
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s,
                            {instance(u"r1"_s, u"ins-b"_s, u"renamed"_s), instance(u"r1"_s, u"ins-d"_s)});
    QCOMPARE(ids(*m_model), (QStringList{u"ins-a"_s, u"ins-b"_s, u"ins-c"_s, u"ins-d"_s, u"ins-x"_s}));
    QCOMPARE(m_model->instanceAt(1).name, u"renamed"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_proxy->rowCount(), 5);

    // The same page again changes nothing.
    changed.clear();
    inserted.clear();
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s,
                            {instance(u"r1"_s, u"ins-b"_s, u"renamed"_s), instance(u"r1"_s, u"ins-d"_s)});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);

    // The end of the listing: what no page named leaves; r2 is not touched.
    m_model->replaceSlice(u"acc"_s, u"r1"_s,
                          {instance(u"r1"_s, u"ins-b"_s, u"renamed"_s), instance(u"r1"_s, u"ins-d"_s)});
    QCOMPARE(ids(*m_model), (QStringList{u"ins-b"_s, u"ins-d"_s, u"ins-x"_s}));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(layout.size(), 1); // a and c, not adjacent: one layout change
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_model->rowOf(Instance::keyFor(u"acc"_s, u"ins-x"_s)), 2);

    // A page of a slice the table does not have yet starts it.
    m_model->mergeIntoSlice(u"acc"_s, u"r3"_s, {instance(u"r3"_s, u"ins-new"_s)});
    QCOMPARE(ids(*m_model).last(), u"ins-new"_s);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void InstanceModelPagesTest::keptRowsAreMarkedUntilTheirSliceIsListed()
{
    const QDateTime listedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->markCached(u"acc"_s, u"r1"_s, listedAt);
    m_model->markCached(u"acc"_s, u"r2"_s, listedAt);
    m_model->markCached(u"acc"_s, u"nowhere"_s, listedAt); // no rows: nothing to mark
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), (QList<int>{Qt::FontRole, Qt::ToolTipRole}));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->cachedListingTime(row), listedAt);
        QVERIFY(italic(*m_model, row));
    }
    const QString tip = m_model->data(m_model->index(0, InstanceTableModel::IdColumn), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"3 h"_s) && tip.contains(u"not refreshed yet"_s), qPrintable(tip));

    // A page does not end the mark: the slice is not listed until its last page.
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s, {instance(u"r1"_s, u"ins-a"_s)});
    QVERIFY(italic(*m_model, 0));

    // Its whole listing does, for its rows only, even when nothing in them changed.
    changed.clear();
    m_model->replaceSlice(
        u"acc"_s, u"r1"_s,
        {instance(u"r1"_s, u"ins-a"_s), instance(u"r1"_s, u"ins-b"_s), instance(u"r1"_s, u"ins-c"_s)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(!m_model->cachedListingTime(row).isValid());
        QVERIFY(!m_model->data(m_model->index(row, InstanceTableModel::NameColumn), Qt::FontRole).isValid());
        QVERIFY(!m_model->data(m_model->index(row, InstanceTableModel::NameColumn), Qt::ToolTipRole)
                     .toString()
                     .contains(u"not refreshed"_s));
    }
    QVERIFY(italic(*m_model, 3)); // r2 is still the kept one

    // An account that goes takes its marks along: listed again later, its rows are not marked.
    m_model->removeAccount(u"acc"_s);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->mergeIntoSlice(u"acc"_s, u"r2"_s, {instance(u"r2"_s, u"ins-x"_s)});
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->cachedListingTime(0).isValid());
}

void InstanceModelPagesTest::settlingASliceRemovesWhatNoPageNamed()
{
    // r1 kept from an earlier session: ins-a, ins-b, ins-c. Listing 7's page named ins-c and a new
    // ins-d, which joined the slice; settled, ins-a and ins-b leave (adjacent: one removal), the
    // mark ends, and r2 is not touched.
    m_model->markCached(u"acc"_s, u"r1"_s, QDateTime::currentDateTimeUtc());
    m_model->markCached(u"acc"_s, u"r2"_s, QDateTime::currentDateTimeUtc());
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s, {instance(u"r1"_s, u"ins-c"_s), instance(u"r1"_s, u"ins-d"_s)}, 7);
    QCOMPARE(ids(*m_model), (QStringList{u"ins-a"_s, u"ins-b"_s, u"ins-c"_s, u"ins-d"_s, u"ins-x"_s}));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelAboutToBeReset);
    m_model->settleSlice(u"acc"_s, u"r1"_s, 7);
    QCOMPARE(ids(*m_model), (QStringList{u"ins-c"_s, u"ins-d"_s, u"ins-x"_s}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!m_model->cachedSince(u"acc"_s, u"r1"_s).isValid());
    QVERIFY(!italic(*m_model, 0));
    QVERIFY(m_model->cachedSince(u"acc"_s, u"r2"_s).isValid());
    QCOMPARE(m_proxy->rowCount(), 3);

    // The next listing (8) names ins-d, and ins-e on a page merged with no mark: rows apart in the
    // slice leave together, in one layout change. A slice no page of the listing named is emptied
    // and gone.
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s, {instance(u"r1"_s, u"ins-d"_s)}, 8);
    m_model->mergeIntoSlice(u"acc"_s, u"r1"_s, {instance(u"r1"_s, u"ins-e"_s)});
    QCOMPARE(ids(*m_model), (QStringList{u"ins-c"_s, u"ins-d"_s, u"ins-e"_s, u"ins-x"_s}));
    m_model->settleSlice(u"acc"_s, u"r1"_s, 8);
    QCOMPARE(ids(*m_model), (QStringList{u"ins-d"_s, u"ins-x"_s}));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(removed.size(), 1);
    m_model->settleSlice(u"acc"_s, u"r2"_s, 9);
    QCOMPARE(ids(*m_model), (QStringList{u"ins-d"_s}));
    QVERIFY(!m_model->cachedSince(u"acc"_s, u"r2"_s).isValid());
    QCOMPARE(m_proxy->rowCount(), 1);
}

QTEST_MAIN(InstanceModelPagesTest) // a QGuiApplication: the rows' font
#include "tst_instancemodelpages.moc"

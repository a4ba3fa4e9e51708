// InstanceTableView over a sorted InstanceFilterProxy: the current row and the selection stay on
// their instances while rows come, go and move around them, and currentInstanceChanged() (which
// redraws the details pane) fires when the current instance went or changed, not at every page of a
// listing.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "InstanceTableView.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Instance make(const QString& region, const QString& id, const QString& name)
{
    Instance in;
    in.provider = ProviderId::Tencent;
    in.accountId = u"acc"_s;
    in.region = region;
    in.id = id;
    in.name = name;
    in.rawState = u"RUNNING"_s;
    in.lifecycle = Lifecycle::Running;
    return in;
}

QList<Instance> slice(const QString& region, int count)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i)
        list << make(region, u"ins-%1%2"_s.arg(region.right(1)).arg(i, 4, 10, QChar(u'0')), u"vm-%1"_s.arg(i));
    return list;
}

} // namespace

class InstanceTableViewTest : public QObject
{
    Q_OBJECT

private slots:
    void currentAndSelectionFollowTheirInstances();
};

void InstanceTableViewTest::currentAndSelectionFollowTheirInstances()
{
    InstanceTableModel model;
    model.setInstances(slice(u"ap-a"_s, 30) + slice(u"ap-b"_s, 30));
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    InstanceTableView view(proxy); // sorted by name
    view.resize(800, 400);
    view.show();

    auto proxyRowOf = [&](const QString& key) { return proxy.mapFromSource(model.index(model.rowOf(key), 0)).row(); };
    const QString currentKey = Instance::keyFor(u"acc"_s, u"ins-b0007"_s);
    view.setCurrentIndex(proxy.index(proxyRowOf(currentKey), 0)); // also selects it
    view.selectionModel()->select(proxy.index(proxyRowOf(Instance::keyFor(u"acc"_s, u"ins-a0003"_s)), 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.currentInstance()->key(), currentKey);
    QCOMPARE(view.selectedInstances().size(), 2);
    QSignalSpy current(&view, &InstanceTableView::currentInstanceChanged);
    QSignalSpy rows(&view, &InstanceTableView::selectionOrRowsChanged);

    // A page of a new region: its rows sort among the others (one layout change).
    QList<Instance> page;
    for (int i = 0; i < 10; ++i)
        page << make(u"ap-c"_s, u"ins-c%1"_s.arg(i), u"vm-%1"_s.arg(i * 3));
    const int before = proxyRowOf(currentKey);
    model.mergeIntoSlice(u"acc"_s, u"ap-c"_s, page);
    QVERIFY(proxyRowOf(currentKey) > before); // rows came in above it
    QCOMPARE(view.currentInstance()->key(), currentKey);
    QCOMPARE(view.selectedInstances().size(), 2);
    QCOMPARE(current.count(), 0);
    QCOMPARE(rows.count(), 1);

    // Scattered rows leave, the current one stays.
    model.removeInstances({Instance::keyFor(u"acc"_s, u"ins-a0001"_s), Instance::keyFor(u"acc"_s, u"ins-b0020"_s)});
    QCOMPARE(view.currentInstance()->key(), currentKey);
    QCOMPARE(current.count(), 0);
    QCOMPARE(rows.count(), 2);

    // The current instance changes: the details follow.
    model.updateState(currentKey, u"STOPPED"_s, Lifecycle::Stopped);
    QCOMPARE(current.count(), 1);
    QCOMPARE(view.currentInstance()->lifecycle, Lifecycle::Stopped);

    // The current instance goes, among others: the details follow, and the selection keeps the rest.
    model.removeInstances({currentKey, Instance::keyFor(u"acc"_s, u"ins-a0010"_s)});
    QCOMPARE(current.count(), 2);
    QVERIFY(!view.currentInstance()); // no row is current any more
    const QList<Instance> selected = view.selectedInstances();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().id, u"ins-a0003"_s);
}

QTEST_MAIN(InstanceTableViewTest)
#include "tst_instancetableview.moc"

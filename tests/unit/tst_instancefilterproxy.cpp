// InstanceFilterProxy: search by id, name, IP and tag; status, charge, account and region filters;
// recycle bin only; tags and age (SelectionFilter, on an injected clock); each filter change as one
// announcement; the visible list in view order; SelectionSummary. Sorting is tst_instanceproxysort's.
// A QAbstractItemModelTester watches the model and the proxy for the whole of every test.
#include "InstanceProxyFixture.h"
#include "SelectionSummary.h"
#include "WatchedInstanceModel.h"

#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

using namespace proxyfixture;

class InstanceFilterProxyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void search_data();
    void search();
    void statusFilter_data();
    void statusFilter();
    void chargeFilter_data();
    void chargeFilter();
    void accountAndRegionFilters();
    void recycleBinOnly();
    void filtersCombine();
    void selectionFilterByTagsAndAge();
    void filterFollowsModelChanges();
    void eachFilterChangeIsOneAnnouncement();
    void visibleInstancesInViewOrder();
    void instancesForRows();
    void selectionSummaryCounts();
    void selectionSummaryText();
    void otherSourcesShowNothing();

private:
    QStringList visibleIds() const;
    QStringList expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const;

    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
    QHash<QString, QString> m_names;
};

void InstanceFilterProxyTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>(handFleet());
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_names.clear();
}

void InstanceFilterProxyTest::cleanup()
{
    m_watched.reset();
}

QStringList InstanceFilterProxyTest::visibleIds() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, InstanceTableModel::IdColumn).data().toString();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList InstanceFilterProxyTest::expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const
{
    return proxyfixture::expectedKeys(*m_model, column, sortOrder, text, m_names);
}

void InstanceFilterProxyTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const QString a = u"ins-a1b2c3d4"_s;
    const QString e = u"ins-e5f6g7h8"_s;
    const QString i = u"ins-i9j0k1l2"_s;
    const QString m = u"ins-m3n4o5p6"_s;
    const QString q = u"ins-q7r8s9t0"_s;
    const QString z1 = u"184467440737095"_s;
    const QString z2 = u"284467440737095"_s;
    QTest::newRow("nothing") << QString() << QStringList{a, e, i, m, q, z1, z2};
    QTest::newRow("only spaces") << u"   "_s << QStringList{a, e, i, m, q, z1, z2};
    QTest::newRow("id") << u"ins-a1b2"_s << QStringList{a};
    QTest::newRow("id in capitals") << u"INS-E5F6"_s << QStringList{e};
    QTest::newRow("numeric id") << u"1844674"_s << QStringList{z1};
    QTest::newRow("name or tag value") << u"prod"_s << QStringList{a, m, z1};
    QTest::newRow("name, other case") << u"db-staging"_s << QStringList{i};
    QTest::newRow("Chinese name and tag") << u"支付"_s << QStringList{e};
    QTest::newRow("private IP") << u"10.0.1.5"_s << QStringList{a};
    QTest::newRow("private IP prefix") << u"10.0.1."_s << QStringList{a, e};
    QTest::newRow("public IP prefix") << u"43.1"_s << QStringList{a, m};
    QTest::newRow("tag key") << u"owner"_s << QStringList{m};
    QTest::newRow("tag value") << u"payments"_s << QStringList{a};
    QTest::newRow("tag key=value") << u"env=prod"_s << QStringList{a, z1};
    QTest::newRow("Chinese tag key") << u"项目"_s << QStringList{e};
    QTest::newRow("two words, both must match") << u"prod 43.1"_s << QStringList{a, m};
    QTest::newRow("surrounding spaces") << u"  web  "_s << QStringList{a};
    QTest::newRow("state is not searched") << u"running"_s << QStringList{};
    QTest::newRow("nothing matches") << u"zzz"_s << QStringList{};
}

void InstanceFilterProxyTest::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    std::sort(ids.begin(), ids.end());
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->searchText(), text);
    QCOMPARE(visibleIds(), ids);
    // Typing on from there and erasing again lands where it started.
    m_proxy->setSearchText(text + u"x"_s);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleIds(), ids);
    m_proxy->setSearchText({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void InstanceFilterProxyTest::statusFilter_data()
{
    QTest::addColumn<QList<int>>("values"); // Lifecycle values
    QTest::addColumn<int>("expected");
    QTest::newRow("any") << QList<int>{} << 7;
    QTest::newRow("running") << QList<int>{int(Lifecycle::Running)} << 2;
    QTest::newRow("stopped or recycle bin") << QList<int>{int(Lifecycle::Stopped), int(Lifecycle::RecycleBin)} << 3;
    QTest::newRow("creating or failed") << QList<int>{int(Lifecycle::Creating), int(Lifecycle::CreateFailed)} << 2;
    QTest::newRow("terminating") << QList<int>{int(Lifecycle::Terminating)} << 0;
}

void InstanceFilterProxyTest::statusFilter()
{
    QFETCH(QList<int>, values);
    QFETCH(int, expected);
    QList<Lifecycle> lifecycles;
    for (int value : std::as_const(values))
        lifecycles << Lifecycle(value);
    m_proxy->setStatusFilter(lifecycles);
    QCOMPARE(m_proxy->statusFilter(), lifecycles);
    QCOMPARE(m_proxy->rowCount(), expected);
    for (const Instance& in : m_proxy->visibleInstances())
        QVERIFY(lifecycles.isEmpty() || lifecycles.contains(in.lifecycle));
}

void InstanceFilterProxyTest::chargeFilter_data()
{
    QTest::addColumn<QList<int>>("values"); // ChargeClass values
    QTest::addColumn<int>("expected");
    QTest::newRow("any") << QList<int>{} << 7;
    QTest::newRow("subscription") << QList<int>{int(ChargeClass::Prepaid)} << 3;
    QTest::newRow("pay as you go or spot") << QList<int>{int(ChargeClass::Postpaid), int(ChargeClass::Spot)} << 4;
    QTest::newRow("dedicated host") << QList<int>{int(ChargeClass::DedicatedHost)} << 0;
}

void InstanceFilterProxyTest::chargeFilter()
{
    QFETCH(QList<int>, values);
    QFETCH(int, expected);
    QList<ChargeClass> charges;
    for (int value : std::as_const(values))
        charges << ChargeClass(value);
    m_proxy->setChargeFilter(charges);
    QCOMPARE(m_proxy->chargeFilter(), charges);
    QCOMPARE(m_proxy->rowCount(), expected);
    for (const Instance& in : m_proxy->visibleInstances())
        QVERIFY(charges.isEmpty() || charges.contains(in.chargeClass));
}

void InstanceFilterProxyTest::accountAndRegionFilters()
{
    m_proxy->setAccountFilter({u"zl-1"_s});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"284467440737095"_s}));
    m_proxy->setAccountFilter({u"zl-1"_s, u"100001"_s});
    QCOMPARE(m_proxy->rowCount(), 7);
    m_proxy->setRegionFilter({u"ap-shanghai"_s});
    QCOMPARE(visibleIds(), QStringList({u"ins-m3n4o5p6"_s, u"ins-q7r8s9t0"_s}));
    m_proxy->setAccountFilter({u"zl-1"_s});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setRegionFilter({});
    m_proxy->setAccountFilter({});
    QCOMPARE(m_proxy->rowCount(), 7);
    QCOMPARE(m_proxy->accountFilter(), QStringList());
}

void InstanceFilterProxyTest::recycleBinOnly()
{
    m_proxy->setRecycleBinOnly(true);
    QVERIFY(m_proxy->recycleBinOnly());
    QCOMPARE(visibleIds(), QStringList({u"284467440737095"_s, u"ins-i9j0k1l2"_s}));
    m_proxy->setRecycleBinOnly(false);
    QCOMPARE(m_proxy->rowCount(), 7);
}

void InstanceFilterProxyTest::filtersCombine()
{
    m_proxy->setSearchText(u"prod"_s);
    m_proxy->setStatusFilter({Lifecycle::Running});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s}));
    m_proxy->setChargeFilter({ChargeClass::Prepaid});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s}));
    m_proxy->setRecycleBinOnly(true);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setRecycleBinOnly(false);
    m_proxy->setStatusFilter({});
    m_proxy->setChargeFilter({});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s, u"ins-m3n4o5p6"_s}));
}

void InstanceFilterProxyTest::selectionFilterByTagsAndAge()
{
    // Every instance of the hand fleet was created on 2024-01-01.
    QDateTime now(QDate(2024, 1, 5), QTime(0, 0), Qt::UTC);
    m_proxy->setClock([&now] { return now; });
    QStringList withEnv;
    for (const Instance& i : handFleet()) {
        if (std::any_of(i.tags.cbegin(), i.tags.cend(), [](const InstanceTag& t) { return t.key == u"env"_s; }))
            withEnv << i.id;
    }
    QVERIFY(withEnv.size() >= 2);

    SelectionFilter tags;
    QString problem;
    QVERIFY(tags.addTagList(u"env"_s, &problem));
    m_proxy->setSelectionFilter(tags);
    const QStringList visible = visibleIds();
    QCOMPARE(QSet<QString>(visible.cbegin(), visible.cend()), QSet<QString>(withEnv.cbegin(), withEnv.cend()));
    QVERIFY(tags.addTagList(u"!env=prod"_s, &problem));
    m_proxy->setSelectionFilter(tags);
    QCOMPARE(visibleIds(), QStringList{u"ins-i9j0k1l2"_s}); // the one with env, but not env=prod
    // Combined with the search box, both apply.
    m_proxy->setSearchText(u"web"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});

    SelectionFilter age;
    QVERIFY(age.setAge(u"3d"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount()); // four days old
    QVERIFY(age.setAge(u"1w"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), 0);
    now = now.addDays(7); // a week later, the same question has another answer
    m_proxy->setSelectionFilter({});
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QVERIFY(age.setAge(u"2023-12-31"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSelectionFilter({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void InstanceFilterProxyTest::filterFollowsModelChanges()
{
    m_proxy->sort(InstanceTableModel::NameColumn);
    m_proxy->setStatusFilter({Lifecycle::Running});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_model->updateState(u"100001/ins-e5f6g7h8"_s, u"RUNNING"_s, Lifecycle::Running);
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s, u"ins-e5f6g7h8"_s}));
    m_model->updateState(u"100001/ins-a1b2c3d4"_s, u"STOPPING"_s, Lifecycle::Transitioning);
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-e5f6g7h8"_s}));
    m_model->removeInstance(u"zl-1/184467440737095"_s);
    QCOMPARE(visibleIds(), QStringList({u"ins-e5f6g7h8"_s}));
    QList<Instance> refresh;
    for (const Instance& in : m_model->instances()) {
        if (in.accountId == u"100001"_s && in.region == u"ap-shanghai"_s)
            refresh << in;
    }
    Instance added = refresh.constFirst();
    added.id = u"ins-new00001"_s;
    added.rawState = u"RUNNING"_s;
    added.lifecycle = Lifecycle::Running;
    refresh << added;
    m_model->replaceSlice(u"100001"_s, u"ap-shanghai"_s, refresh);
    QCOMPARE(visibleIds(), QStringList({u"ins-e5f6g7h8"_s, u"ins-new00001"_s}));
    // A search keeps applying to rows that arrive later.
    m_proxy->setSearchText(u"new"_s);
    QCOMPARE(visibleIds(), QStringList({u"ins-new00001"_s}));
    m_model->setInstances(handFleet());
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s}));
}

void InstanceFilterProxyTest::eachFilterChangeIsOneAnnouncement()
{
    QList<Instance> fleet = generatedFleet(300);
    for (qsizetype i = 0; i < fleet.size(); ++i) {
        fleet[i].id = u"ins-%1"_s.arg(i, 5, 10, QChar(u'0'));
        fleet[i].name = (i % 30 == 0 ? u"odd-"_s : u"vm-"_s) + QString::number(i);
    }
    m_model->setInstances(fleet);
    m_proxy->sort(InstanceTableModel::CreatedColumn);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);

    // Scattered rows (by creation) come and go in one layout change each time.
    m_proxy->setSearchText(u"vm"_s); // hides 10 rows
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(layout.at(0).at(1).value<QAbstractItemModel::LayoutChangeHint>(), QAbstractItemModel::VerticalSortHint);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm"_s));
    m_proxy->setSearchText(u"vm-1"_s); // hides most of the rest
    QCOMPARE(layout.count(), 2);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm-1"_s));
    m_proxy->setSearchText(u"vm"_s); // shows them again
    QCOMPARE(layout.count(), 3);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm"_s));
    m_proxy->setSearchText({}); // 10 rows back
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 4);
    QCOMPARE(m_proxy->rowCount(), 300);
    // Typing the same again changes nothing, and says nothing.
    m_proxy->setSearchText(u" "_s);
    QCOMPARE(layout.count(), 4);

    // Rows next to each other in the view come and go as one block: by name, the ten "odd-" first.
    m_proxy->sort(InstanceTableModel::NameColumn);
    QCOMPARE(layout.count(), 5);
    m_proxy->setSearchText(u"vm"_s);
    QCOMPARE(layout.count(), 5);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 9);
    m_proxy->setSearchText({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(layout.count(), 5);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(InstanceTableModel::NameColumn, Qt::AscendingOrder, {}));
}

void InstanceFilterProxyTest::visibleInstancesInViewOrder()
{
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"prod"_s);
    QStringList names;
    for (const Instance& in : m_proxy->visibleInstances())
        names << in.name;
    QCOMPARE(names, QStringList({u"web-prod-01"_s, u"edge-prod-sel"_s, u"cache-prod"_s}));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->index(r, InstanceTableModel::NameColumn).data().toString(), names.at(r));
}

void InstanceFilterProxyTest::instancesForRows()
{
    m_proxy->sort(InstanceTableModel::IdColumn);
    QModelIndexList selection{m_proxy->index(3, 0), m_proxy->index(1, 2), m_proxy->index(3, 5),
                              m_proxy->index(0, 1), m_model->index(6, 0), QModelIndex()};
    QStringList ids;
    for (const Instance& in : m_proxy->instancesForRows(selection))
        ids << in.id;
    // Each row once, in view order; indexes of other models are ignored.
    QCOMPARE(ids, QStringList({u"184467440737095"_s, u"284467440737095"_s, u"ins-e5f6g7h8"_s}));
    QVERIFY(m_proxy->instancesForRows({}).isEmpty());
}

void InstanceFilterProxyTest::selectionSummaryCounts()
{
    const SelectionSummary summary(handFleet());
    QCOMPARE(summary.total(), 7);
    QCOMPARE(summary.count(ChargeClass::Postpaid), 3);
    QCOMPARE(summary.count(ChargeClass::Prepaid), 3);
    QCOMPARE(summary.count(ChargeClass::Spot), 1);
    QCOMPARE(summary.count(ChargeClass::DedicatedHost), 0);
    QCOMPARE(summary.count(ProviderId::Tencent), 5);
    QCOMPARE(summary.count(ProviderId::Zenlayer), 2);
    QCOMPARE(SelectionSummary().total(), 0);
}

void InstanceFilterProxyTest::selectionSummaryText()
{
    QList<Instance> selection;
    for (int i = 0; i < 12; ++i) {
        Instance in = handFleet().constFirst();
        in.id = u"ins-%1"_s.arg(i);
        in.chargeClass = i < 5 ? ChargeClass::Postpaid : ChargeClass::Prepaid;
        selection << in;
    }
    QCOMPARE(SelectionSummary(selection).text(), u"12 selected — 5 Pay as you go, 7 Subscription · Tencent Cloud 12"_s);
    QCOMPARE(SelectionSummary(selection.mid(0, 1)).text(), u"1 selected — 1 Pay as you go · Tencent Cloud 1"_s);
    QCOMPARE(SelectionSummary(handFleet()).text(),
             u"7 selected — 3 Pay as you go, 3 Subscription, 1 Spot · Tencent Cloud 5, Zenlayer 2"_s);
    QCOMPARE(SelectionSummary().text(), u"No instance selected"_s);
    // From a view's selection through the proxy.
    m_proxy->setRecycleBinOnly(true);
    const SelectionSummary recycled(m_proxy->instancesForRows({m_proxy->index(0, 0), m_proxy->index(1, 0)}));
    QCOMPARE(recycled.text(), u"2 selected — 1 Pay as you go, 1 Subscription · Tencent Cloud 1, Zenlayer 1"_s);
}

void InstanceFilterProxyTest::otherSourcesShowNothing()
{
    QStandardItemModel other;
    for (const QString& text : {u"b"_s, u"c"_s, u"a"_s})
        other.appendRow(new QStandardItem(text));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&other);
    QVERIFY(!proxy.instanceModel());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.sort(0);
    proxy.setSearchText(u"zzz"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.visibleInstances().isEmpty());

    proxy.setSearchText({});
    proxy.setSourceModel(m_model);
    QCOMPARE(proxy.instanceModel(), m_model);
    QCOMPARE(proxy.rowCount(), 7);
    proxy.setSourceModel(m_model); // the same again changes nothing
    proxy.setSearchText(u"prod"_s);
    QCOMPARE(proxy.rowCount(), 3);
    // The columns are named even when no row is shown.
    proxy.setSearchText(u"nothing matches this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.headerData(InstanceTableModel::IdColumn, Qt::Horizontal).toString(),
             m_model->headerData(InstanceTableModel::IdColumn, Qt::Horizontal).toString());
    proxy.setSearchText(u"prod"_s);

    // A source that goes away leaves an empty proxy, not a dangling one.
    auto* temporary = new InstanceTableModel;
    temporary->setInstances(handFleet());
    proxy.setSourceModel(temporary);
    QCOMPARE(proxy.rowCount(), 3);
    delete temporary;
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"web"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(InstanceFilterProxyTest)
#include "tst_instancefilterproxy.moc"

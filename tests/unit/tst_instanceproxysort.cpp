// InstanceFilterProxy sorting on every column in both orders against an order computed from the
// Instance fields alone (InstanceProxyFixture.h), also while the model changes underneath. A
// QAbstractItemModelTester watches the model and the proxy for the whole of every test.
#include "InstanceProxyFixture.h"
#include "WatchedInstanceModel.h"

#include <QMetaEnum>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace proxyfixture;

class InstanceProxySortTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void sortStaysRightWhileTheModelChanges_data();
    void sortStaysRightWhileTheModelChanges();

private:
    QStringList expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const;

    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
    QHash<QString, QString> m_names;
};

void InstanceProxySortTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>();
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_names.clear();
}

void InstanceProxySortTest::cleanup()
{
    m_watched.reset();
}

QStringList InstanceProxySortTest::expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const
{
    return proxyfixture::expectedKeys(*m_model, column, sortOrder, text, m_names);
}

void InstanceProxySortTest::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("sortOrder");
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();
    for (int c = 0; c < InstanceTableModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", columns.valueToKey(c)) << c << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(c)) << c << Qt::DescendingOrder;
    }
}

void InstanceProxySortTest::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, sortOrder);
    m_names = {{u"acct-a"_s, u"Zeta"_s}, {u"acct-b"_s, u"alpha"_s}, {u"acct-c"_s, u"ALPHA"_s}};
    m_model->setAccountNames(m_names);
    m_model->setInstances(generatedFleet(400));
    m_proxy->sort(column, sortOrder);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, sortOrder, {}));
    // The model's own comparison agrees with the proxy's order.
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        const int previous = m_proxy->mapToSource(m_proxy->index(r - 1, 0)).row();
        const int current = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const int c = m_model->compareRows(column, previous, current);
        QVERIFY(sortOrder == Qt::AscendingOrder ? c < 0 : c > 0);
    }
    // Filtered and sorted at once.
    m_proxy->setSearchText(u"web"_s);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, sortOrder, u"web"_s));
}

void InstanceProxySortTest::sortStaysRightWhileTheModelChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("status") << int(InstanceTableModel::StatusColumn);
    QTest::newRow("name") << int(InstanceTableModel::NameColumn);
    QTest::newRow("expires") << int(InstanceTableModel::ExpiresColumn);
    QTest::newRow("released") << int(InstanceTableModel::ReleaseColumn);
    QTest::newRow("account") << int(InstanceTableModel::AccountColumn);
}

void InstanceProxySortTest::sortStaysRightWhileTheModelChanges()
{
    QFETCH(int, column);
    m_model->setInstances(generatedFleet(400));
    m_proxy->sort(column, Qt::DescendingOrder);
    auto check = [&](const QString& text) {
        QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, Qt::DescendingOrder, text));
    };
    check({});

    // State changes: those rows compare directly until the ranks are rebuilt.
    const QList<Instance> all = m_model->instances();
    for (int i = 0; i < 40; i += 3)
        m_model->updateState(all.at(i).key(), u"SHUTDOWN"_s, Lifecycle::RecycleBin);
    check({});
    m_proxy->setSearchText(u"a"_s); // one layout change, sorted on the ranks plus the changed rows
    check(u"a"_s);
    m_proxy->setSearchText(u"a-1"_s);
    check(u"a-1"_s);

    // A refresh of one slice: changes, removals and new rows while filtered.
    const Instance first = m_model->instanceAt(0);
    QList<Instance> refresh;
    for (const Instance& in : all) {
        if (in.accountId == first.accountId && in.region == first.region)
            refresh << in;
    }
    refresh.removeAt(2);
    refresh[0].name = u"web-renamed"_s;
    refresh[1].rawState = u"STOPPED"_s;
    refresh[1].lifecycle = Lifecycle::Stopped;
    for (int n = 0; n < 6; ++n) {
        Instance added = refresh.at(n);
        added.id = u"ins-added-%1"_s.arg(n);
        added.name = u"api-%1"_s.arg(n * 7);
        refresh << added;
    }
    m_model->replaceSlice(first.accountId, first.region, refresh);
    check(u"a-1"_s);
    m_proxy->setSearchText({});
    check({});
    m_model->removeInstance(m_model->instanceAt(5).key());
    check({});
    m_model->setAccountNames({{u"acct-c"_s, u"0 first"_s}});
    m_names = {{u"acct-c"_s, u"0 first"_s}};
    check({});
    m_proxy->setSearchText(u"web"_s);
    check(u"web"_s);
    // And through a reset.
    m_model->setInstances(generatedFleet(150));
    check(u"web"_s);
}

QTEST_GUILESS_MAIN(InstanceProxySortTest)
#include "tst_instanceproxysort.moc"

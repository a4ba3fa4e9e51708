// InstanceFilterProxy through a long run of mixed changes: slices refreshed whole and page by page,
// instances removed in scattered batches, states changed, filters narrowed and widened, the sort
// changed. After every step the view's rows must be exactly the model's rows the filter accepts, in
// the order of InstanceTableModel::compareRows, and a view's selection must still be on the
// instances it selected (minus those gone or filtered away). A QAbstractItemModelTester watches the
// proxy throughout. The sequence is pseudo-random from fixed seeds, so a failure repeats.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class Random
{
public:
    explicit Random(quint32 seed)
        : m_seed(seed)
    { }
    int below(int n)
    {
        m_seed = m_seed * 1664525u + 1013904223u;
        return int((m_seed >> 8) % quint32(n));
    }

private:
    quint32 m_seed;
};

const QStringList kRegions{u"ap-a"_s, u"ap-b"_s, u"ap-c"_s, u"ap-d"_s};
const QStringList kAccounts{u"acct-1"_s, u"acct-2"_s};
const QStringList kNames{u"web"_s, u"api"_s, u"db"_s, u"cache"_s, u"订单"_s};

Instance makeInstance(Random& random, const QString& account, const QString& region, int serial)
{
    Instance in;
    in.provider = ProviderId::Tencent;
    in.accountId = account;
    in.region = region;
    in.zone = region + u"-1"_s;
    in.id = u"ins-%1"_s.arg(serial, 6, 10, QChar(u'0'));
    in.name = kNames.at(random.below(int(kNames.size()))) + u'-' + QString::number(random.below(50));
    const bool running = random.below(3) != 0;
    in.rawState = running ? u"RUNNING"_s : u"STOPPED"_s;
    in.lifecycle = running ? Lifecycle::Running : Lifecycle::Stopped;
    in.chargeClass = random.below(4) == 0 ? ChargeClass::Prepaid : ChargeClass::Postpaid;
    in.rawChargeType = in.chargeClass == ChargeClass::Prepaid ? u"PREPAID"_s : u"POSTPAID_BY_HOUR"_s;
    in.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(random.below(100000) * 60);
    return in;
}

} // namespace

class InstanceProxyChangesTest : public QObject
{
    Q_OBJECT

private slots:
    void viewStaysRightThroughMixedChanges_data();
    void viewStaysRightThroughMixedChanges();
};

void InstanceProxyChangesTest::viewStaysRightThroughMixedChanges_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 1234u})
        QTest::addRow("seed %u", seed) << seed;
}

void InstanceProxyChangesTest::viewStaysRightThroughMixedChanges()
{
    QFETCH(quint32, seed);
    Random random(seed);
    InstanceTableModel model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    int serial = 0;
    QSet<QString> selected;

    const QList<int> columns{InstanceTableModel::NameColumn, InstanceTableModel::StatusColumn,
                             InstanceTableModel::CreatedColumn, InstanceTableModel::RegionColumn, -1};
    const QStringList searches{{}, u"web"_s, u"a"_s, u"ap"_s, u"-1"_s, u"订"_s};

    auto check = [&](int step) {
        // Expected rows: the model's, filtered, in compareRows order (model order without a column).
        const QString text = proxy.searchText().toLower();
        const QList<Lifecycle> statuses = proxy.statusFilter();
        QList<int> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            if ((text.isEmpty() || model.searchText(r).contains(text))
                && (statuses.isEmpty() || statuses.contains(model.instanceAt(r).lifecycle)))
                rows << r;
        }
        const int column = proxy.sortColumn();
        if (column >= 0) {
            std::sort(rows.begin(), rows.end(), [&](int a, int b) {
                const int c = model.compareRows(column, a, b);
                return proxy.sortOrder() == Qt::AscendingOrder ? c < 0 : c > 0;
            });
        } else if (proxy.sortOrder() == Qt::DescendingOrder) {
            std::reverse(rows.begin(), rows.end());
        }
        QStringList expected;
        for (int r : std::as_const(rows))
            expected << model.instanceAt(r).key();
        QStringList shown;
        for (const Instance& in : proxy.visibleInstances())
            shown << in.key();
        if (shown != expected)
            qWarning() << "step" << step;
        QCOMPARE(shown, expected);
        // The selection: what was selected and is still shown.
        QSet<QString> stillSelected;
        for (const Instance& in : proxy.instancesForRows(selection.selectedRows()))
            stillSelected.insert(in.key());
        QSet<QString> expectedSelected;
        for (const QString& key : std::as_const(selected)) {
            if (expected.contains(key))
                expectedSelected.insert(key);
        }
        if (stillSelected != expectedSelected)
            qWarning() << "step" << step;
        QCOMPARE(stillSelected, expectedSelected);
        selected = expectedSelected; // filtered away means unselected
    };

    for (int step = 0; step < 300; ++step) {
        const QString account = kAccounts.at(random.below(int(kAccounts.size())));
        const QString region = kRegions.at(random.below(int(kRegions.size())));
        const QList<Instance> current = model.accountInstances(account);
        QList<Instance> ofSlice;
        for (const Instance& in : current) {
            if (in.region == region)
                ofSlice << in;
        }
        switch (random.below(8)) {
        case 0: { // a whole refresh: some go, some change, some come
            QList<Instance> refresh;
            for (Instance in : std::as_const(ofSlice)) {
                if (random.below(5) == 0)
                    continue;
                if (random.below(4) == 0) {
                    in.name = kNames.at(random.below(int(kNames.size()))) + u"-r"_s;
                    in.lifecycle = in.lifecycle == Lifecycle::Running ? Lifecycle::Stopped : Lifecycle::Running;
                    in.rawState = in.lifecycle == Lifecycle::Running ? u"RUNNING"_s : u"STOPPED"_s;
                }
                refresh << in;
            }
            for (int n = random.below(40); n > 0; --n)
                refresh << makeInstance(random, account, region, serial++);
            model.replaceSlice(account, region, refresh);
            break;
        }
        case 1: { // a page
            QList<Instance> page;
            for (int n = random.below(20); n > 0; --n)
                page << makeInstance(random, account, region, serial++);
            if (!ofSlice.isEmpty()) {
                Instance changed = ofSlice.at(random.below(int(ofSlice.size())));
                changed.name = u"paged"_s;
                page << changed;
            }
            model.mergeIntoSlice(account, region, page);
            break;
        }
        case 2: { // scattered removals across the table
            QStringList keys;
            for (int n = random.below(15); n > 0 && model.rowCount() > 0; --n)
                keys << model.instanceAt(random.below(model.rowCount())).key();
            model.removeInstances(keys);
            break;
        }
        case 3: // state changes, one by one
            for (int n = random.below(10); n > 0 && model.rowCount() > 0; --n) {
                const Instance& in = model.instanceAt(random.below(model.rowCount()));
                const bool run = in.lifecycle != Lifecycle::Running;
                model.updateState(in.key(), run ? u"RUNNING"_s : u"STOPPED"_s,
                                  run ? Lifecycle::Running : Lifecycle::Stopped);
            }
            break;
        case 4:
            proxy.setSearchText(searches.at(random.below(int(searches.size()))));
            break;
        case 5:
            proxy.setStatusFilter(random.below(2) ? QList<Lifecycle>() : QList<Lifecycle>{Lifecycle::Running});
            break;
        case 6:
            proxy.sort(columns.at(random.below(int(columns.size()))),
                       random.below(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 7: // the operator selects a few more rows
            for (int n = random.below(6); n > 0 && proxy.rowCount() > 0; --n) {
                const QModelIndex index = proxy.index(random.below(proxy.rowCount()), 0);
                selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                selected.insert(proxy.instancesForRows({index}).constFirst().key());
            }
            break;
        }
        check(step);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(model.rowCount() > 100); // the run did build a table worth checking
}

QTEST_GUILESS_MAIN(InstanceProxyChangesTest)
#include "tst_instanceproxychanges.moc"

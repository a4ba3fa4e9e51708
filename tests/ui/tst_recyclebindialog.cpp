// The recycle-bin window over an instance model filled directly: what it lists and in which order,
// the time left, live updates from the model, and the release intent it emits (it sends nothing).

#include "InstanceTableModel.h"
#include "RecycleBinDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kRegion = u"ap-guangzhou"_s;

Instance instance(const QString& accountId, const QString& id, Lifecycle lifecycle, const QDateTime& autoRelease = {},
                  ProviderId provider = ProviderId::Tencent)
{
    Instance i;
    i.provider = provider;
    i.accountId = accountId;
    i.region = provider == ProviderId::Tencent ? kRegion : u"SEL-A"_s;
    i.zone = i.region + u"-3"_s;
    i.id = id;
    i.name = u"name-"_s + id;
    i.lifecycle = lifecycle;
    i.rawState = lifecycle == Lifecycle::RecycleBin ? u"SHUTDOWN"_s : u"RUNNING"_s;
    i.chargeClass = lifecycle == Lifecycle::RecycleBin ? ChargeClass::Prepaid : ChargeClass::Postpaid;
    i.rawChargeType = lifecycle == Lifecycle::RecycleBin ? u"PREPAID"_s : u"POSTPAID_BY_HOUR"_s;
    i.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    i.autoRelease = autoRelease;
    if (autoRelease.isValid())
        i.expires = autoRelease.addDays(-7);
    return i;
}

QStringList ids(const QList<Instance>& instances)
{
    QStringList out;
    for (const Instance& i : instances)
        out << i.id;
    return out;
}

} // namespace

class RecycleBinDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsOnlyRecycleBinSoonestFirst();
    void showsTheRelevantColumns();
    void countLabel();
    void timeLeftText_data();
    void timeLeftText();
    void timeLeftRefreshesEveryMinute();
    void followsModelChangesLive();
    void releaseEmitsTheSelectedInstances();
    void copyIdsCopiesTheSelection();
    void recoverHelpPerProvider();

private:
    QStringList viewIds() const;
    QTableView* table() const { return m_dialog->findChild<QTableView*>(u"recycleBinTable"_s); }
    QPushButton* button(const QString& name) const { return m_dialog->findChild<QPushButton*>(name); }
    QLabel* label(const QString& name) const { return m_dialog->findChild<QLabel*>(name); }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});

    QDateTime m_now;
    InstanceTableModel* m_model = nullptr;
    RecycleBinDialog* m_dialog = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void RecycleBinDialogTest::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_model = new InstanceTableModel;
    m_model->setAccountNames({{u"acct-a"_s, u"Alpha"_s}, {u"acct-b"_s, u"Beta"_s}, {u"acct-c"_s, u"Gamma"_s}});
    m_model->setInstances({
        instance(u"acct-a"_s, u"ins-a1"_s, Lifecycle::RecycleBin, m_now.addDays(3)),
        // A running instance whose auto-release time is already known (it moves to the bin below).
        instance(u"acct-a"_s, u"ins-a2"_s, Lifecycle::Running, m_now.addSecs(3600)),
        instance(u"acct-b"_s, u"ins-b1"_s, Lifecycle::RecycleBin, m_now.addSecs(2 * 3600)),
        instance(u"acct-b"_s, u"zl-b2"_s, Lifecycle::RecycleBin, m_now.addDays(10), ProviderId::Zenlayer),
        instance(u"acct-c"_s, u"ins-c1"_s, Lifecycle::Running),
        instance(u"acct-c"_s, u"ins-c2"_s, Lifecycle::RecycleBin, m_now.addSecs(30 * 60)),
        instance(u"acct-c"_s, u"ins-c3"_s, Lifecycle::Stopped),
    });
    m_dialog = new RecycleBinDialog(*m_model, nullptr);
    QVERIFY(table());
    m_tester = new QAbstractItemModelTester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                            m_dialog);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void RecycleBinDialogTest::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_model;
    m_model = nullptr;
}

QStringList RecycleBinDialogTest::viewIds() const
{
    QStringList out;
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, InstanceTableModel::IdColumn).data().toString();
    return out;
}

void RecycleBinDialogTest::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = table()->model()->index(row, InstanceTableModel::IdColumn);
    QVERIFY(index.isValid());
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, table()->visualRect(index).center());
}

void RecycleBinDialogTest::listsOnlyRecycleBinSoonestFirst()
{
    const QStringList expected = {u"ins-c2"_s, u"ins-b1"_s, u"ins-a1"_s, u"zl-b2"_s};
    QCOMPARE(ids(m_dialog->visibleInstances()), expected);
    QCOMPARE(viewIds(), expected);
    QVERIFY(!m_dialog->isModal());
    for (const Instance& i : m_dialog->visibleInstances())
        QCOMPARE(i.lifecycle, Lifecycle::RecycleBin);
}

void RecycleBinDialogTest::showsTheRelevantColumns()
{
    QTableView* view = table();
    const int timeLeft = RecycleBinDialog::timeLeftColumn();
    QCOMPARE(view->model()->columnCount(), timeLeft + 1);
    QCOMPARE(view->model()->headerData(timeLeft, Qt::Horizontal).toString(), u"Time left"_s);
    for (int c : {int(InstanceTableModel::ProviderColumn), int(InstanceTableModel::AccountColumn),
                  int(InstanceTableModel::RegionColumn), int(InstanceTableModel::IdColumn),
                  int(InstanceTableModel::NameColumn), int(InstanceTableModel::ChargeTypeColumn),
                  int(InstanceTableModel::ExpiresColumn), int(InstanceTableModel::ReleaseColumn), timeLeft})
        QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
    // The release and the subscription's end are two columns, each with its own date.
    for (const Instance& i : m_dialog->visibleInstances()) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, InstanceTableModel::IdColumn).data().toString() != i.id)
                continue;
            QCOMPARE(view->model()->index(row, InstanceTableModel::ReleaseColumn).data(InstanceTableModel::SortRole),
                     QVariant(i.autoRelease));
            QCOMPARE(view->model()->index(row, InstanceTableModel::ExpiresColumn).data(InstanceTableModel::SortRole),
                     QVariant(i.expires));
        }
    }
    for (int c : {int(InstanceTableModel::StatusColumn), int(InstanceTableModel::TagsColumn),
                  int(InstanceTableModel::PrivateIpColumn), int(InstanceTableModel::CreatedColumn)})
        QVERIFY2(view->isColumnHidden(c), qPrintable(QString::number(c)));
    QCOMPARE(view->model()->index(0, InstanceTableModel::AccountColumn).data().toString(), u"Gamma"_s);

    // Soonest first: 30 minutes, then 2 hours, 3 days, 10 days.
    const QAbstractItemModel* model = view->model();
    QVERIFY2(model->index(0, timeLeft).data().toString().endsWith(u" min"_s),
             qPrintable(model->index(0, timeLeft).data().toString()));
    QVERIFY2(model->index(1, timeLeft).data().toString().startsWith(u"1 h "_s),
             qPrintable(model->index(1, timeLeft).data().toString()));
    QVERIFY2(model->index(2, timeLeft).data().toString().startsWith(u"2 d "_s),
             qPrintable(model->index(2, timeLeft).data().toString()));
    QVERIFY2(model->index(3, timeLeft).data().toString().startsWith(u"9 d "_s),
             qPrintable(model->index(3, timeLeft).data().toString()));

    // Sorting on the time-left column sorts by the auto-release time.
    view->sortByColumn(timeLeft, Qt::DescendingOrder);
    QCOMPARE(viewIds(), QStringList({u"zl-b2"_s, u"ins-a1"_s, u"ins-b1"_s, u"ins-c2"_s}));
}

void RecycleBinDialogTest::countLabel()
{
    QLabel* count = label(u"count"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"4 instance(s) in the recycle bin"_s);
    m_model->setInstances({instance(u"acct-a"_s, u"ins-a1"_s, Lifecycle::RecycleBin, m_now.addDays(1))});
    QCOMPARE(count->text(), u"1 instance(s) in the recycle bin"_s);
    m_model->setInstances({});
    QCOMPARE(count->text(), u"0 instance(s) in the recycle bin"_s);
}

void RecycleBinDialogTest::timeLeftText_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");

    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    QTest::newRow("days and hours") << 6 * day + 23 * hour + 59 * minute << u"6 d 23 h"_s;
    QTest::newRow("one day exactly") << day << u"1 d 0 h"_s;
    QTest::newRow("hours and minutes") << 3 * hour + 12 * minute + 30 << u"3 h 12 min"_s;
    QTest::newRow("one hour exactly") << hour << u"1 h 0 min"_s;
    QTest::newRow("minutes") << 45 * minute + 59 << u"45 min"_s;
    QTest::newRow("one minute") << minute << u"1 min"_s;
    QTest::newRow("seconds") << qint64(30) << u"less than a minute"_s;
    QTest::newRow("now") << qint64(0) << u"released any moment"_s;
    QTest::newRow("past") << -2 * hour << u"released any moment"_s;
}

void RecycleBinDialogTest::timeLeftText()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    QCOMPARE(RecycleBinDialog::timeLeftText(now.addSecs(secondsLeft), now), expected);
    QCOMPARE(RecycleBinDialog::timeLeftText({}, now), QString());
}

void RecycleBinDialogTest::timeLeftRefreshesEveryMinute()
{
    auto* timer = m_dialog->findChild<QTimer*>(u"timeLeftTimer"_s);
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60 * 1000);

    QSignalSpy changed(table()->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection));
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.column(), RecycleBinDialog::timeLeftColumn());
    QCOMPARE(bottomRight.column(), RecycleBinDialog::timeLeftColumn());
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 3);
}

void RecycleBinDialogTest::followsModelChangesLive()
{
    QLabel* count = label(u"count"_s);

    // Returned: into the bin, placed by its auto-release time (1 hour).
    m_model->updateState(Instance::keyFor(u"acct-a"_s, u"ins-a2"_s), u"SHUTDOWN"_s, Lifecycle::RecycleBin);
    QCOMPARE(viewIds(), QStringList({u"ins-c2"_s, u"ins-a2"_s, u"ins-b1"_s, u"ins-a1"_s, u"zl-b2"_s}));
    QCOMPARE(count->text(), u"5 instance(s) in the recycle bin"_s);

    // A refresh of a slice that returns another instance with its auto-release time.
    Instance c1 = instance(u"acct-c"_s, u"ins-c1"_s, Lifecycle::RecycleBin, m_now.addSecs(10 * 60));
    m_model->replaceSlice(u"acct-c"_s, kRegion,
                          {c1, instance(u"acct-c"_s, u"ins-c2"_s, Lifecycle::RecycleBin, m_now.addSecs(30 * 60)),
                           instance(u"acct-c"_s, u"ins-c3"_s, Lifecycle::Stopped)});
    QCOMPARE(viewIds(), QStringList({u"ins-c1"_s, u"ins-c2"_s, u"ins-a2"_s, u"ins-b1"_s, u"ins-a1"_s, u"zl-b2"_s}));
    const QString c1Left = table()->model()->index(0, RecycleBinDialog::timeLeftColumn()).data().toString();
    QVERIFY2(c1Left == u"9 min"_s || c1Left == u"10 min"_s, qPrintable(c1Left));

    // A refresh that changes an auto-release time: the time left says so, and the order follows.
    QSignalSpy changed(table()->model(), &QAbstractItemModel::dataChanged);
    m_model->replaceSlice(u"acct-c"_s, kRegion,
                          {c1, instance(u"acct-c"_s, u"ins-c2"_s, Lifecycle::RecycleBin, m_now.addSecs(5 * 60)),
                           instance(u"acct-c"_s, u"ins-c3"_s, Lifecycle::Stopped)});
    QCOMPARE(viewIds(), QStringList({u"ins-c2"_s, u"ins-c1"_s, u"ins-a2"_s, u"ins-b1"_s, u"ins-a1"_s, u"zl-b2"_s}));
    bool timeLeftChanged = false;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        timeLeftChanged = timeLeftChanged
            || (topLeft.column() <= RecycleBinDialog::timeLeftColumn()
                && bottomRight.column() >= RecycleBinDialog::timeLeftColumn() && topLeft.row() <= 0
                && bottomRight.row() >= 0);
    }
    QVERIFY(timeLeftChanged);
    const QString c2Left = table()->model()->index(0, RecycleBinDialog::timeLeftColumn()).data().toString();
    QVERIFY2(c2Left == u"4 min"_s || c2Left == u"5 min"_s, qPrintable(c2Left));

    // Released by the provider: gone from the list.
    m_model->removeInstance(Instance::keyFor(u"acct-b"_s, u"ins-b1"_s));
    QCOMPARE(viewIds(), QStringList({u"ins-c2"_s, u"ins-c1"_s, u"ins-a2"_s, u"ins-a1"_s, u"zl-b2"_s}));
    QCOMPARE(count->text(), u"5 instance(s) in the recycle bin"_s);
    QCOMPARE(ids(m_dialog->visibleInstances()), viewIds());

    // Recovered (renewed): running again, out of the bin.
    m_model->updateState(Instance::keyFor(u"acct-c"_s, u"ins-c2"_s), u"RUNNING"_s, Lifecycle::Running);
    QCOMPARE(viewIds(), QStringList({u"ins-c1"_s, u"ins-a2"_s, u"ins-a1"_s, u"zl-b2"_s}));
    QCOMPARE(count->text(), u"4 instance(s) in the recycle bin"_s);
}

void RecycleBinDialogTest::releaseEmitsTheSelectedInstances()
{
    QPushButton* release = button(u"release"_s);
    QVERIFY(release);
    QVERIFY(!release->isEnabled());
    QSignalSpy requested(m_dialog, &RecycleBinDialog::releaseRequested);

    // Disabled: a click does nothing.
    QTest::mouseClick(release, Qt::LeftButton);
    QCOMPARE(requested.size(), 0);

    clickRow(0);
    QVERIFY(release->isEnabled());
    clickRow(2, Qt::ControlModifier);
    QTest::mouseClick(release, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const auto instances = requested.at(0).at(0).value<QList<Instance>>();
    QCOMPARE(ids(instances), QStringList({u"ins-c2"_s, u"ins-a1"_s}));
    QCOMPARE(instances.at(0).accountId, u"acct-c"_s);
    QCOMPARE(instances.at(1).accountId, u"acct-a"_s);
    QCOMPARE(instances.at(0), m_model->instanceAt(m_model->rowOf(Instance::keyFor(u"acct-c"_s, u"ins-c2"_s))));

    // The dialog sends nothing itself: the model is untouched.
    QCOMPARE(m_model->instanceAt(m_model->rowOf(Instance::keyFor(u"acct-c"_s, u"ins-c2"_s))).lifecycle,
             Lifecycle::RecycleBin);

    // A selected row that leaves the bin leaves the selection; the rest is still released.
    m_model->removeInstance(Instance::keyFor(u"acct-c"_s, u"ins-c2"_s));
    QVERIFY(release->isEnabled());
    QTest::mouseClick(release, Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(ids(requested.at(1).at(0).value<QList<Instance>>()), QStringList({u"ins-a1"_s}));

    m_model->removeInstance(Instance::keyFor(u"acct-a"_s, u"ins-a1"_s));
    QVERIFY(!release->isEnabled());

    clickRow(0);
    QVERIFY(release->isEnabled());
    table()->clearSelection();
    QVERIFY(!release->isEnabled());
}

void RecycleBinDialogTest::copyIdsCopiesTheSelection()
{
    QPushButton* copy = button(u"copyIds"_s);
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"ins-c2\nins-b1\nins-a1\nzl-b2"_s);
    clickRow(1);
    clickRow(3, Qt::ControlModifier);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"ins-b1\nzl-b2"_s);
}

void RecycleBinDialogTest::recoverHelpPerProvider()
{
    QLabel* help = label(u"recoverHelp"_s);
    QVERIFY(help);
    QVERIFY(!help->isHidden());
    QVERIFY2(help->text().contains(u"renew it in the Tencent Cloud console"_s), qPrintable(help->text()));
    QVERIFY(help->text().contains(providerDisplayName(ProviderId::Tencent)));
    QVERIFY(help->text().contains(providerDisplayName(ProviderId::Zenlayer)));

    // Only the providers present.
    m_model->removeInstance(Instance::keyFor(u"acct-b"_s, u"zl-b2"_s));
    QVERIFY(help->text().contains(u"renew"_s));
    QVERIFY2(!help->text().contains(providerDisplayName(ProviderId::Zenlayer)), qPrintable(help->text()));

    m_model->setInstances(
        {instance(u"acct-b"_s, u"zl-b2"_s, Lifecycle::RecycleBin, m_now.addDays(1), ProviderId::Zenlayer)});
    QVERIFY2(!help->text().contains(u"renew"_s), qPrintable(help->text()));
    QVERIFY(help->text().contains(providerDisplayName(ProviderId::Zenlayer)));

    m_model->setInstances({});
    QVERIFY(help->isHidden());
}

QTEST_MAIN(RecycleBinDialogTest)
#include "tst_recyclebindialog.moc"

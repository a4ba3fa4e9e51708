// The teardown flow's windows under the pressure an operator puts on them: Delete pressed twice,
// run windows closed and opened again mid-run, the details pane and the progress during and after
// a run. The console talks real HTTP to its own emulator; the dialogs are driven, not bypassed.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceDetailsPane.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "PlanItemsProbe.h"
#include "RunView.h"
#include "RunsDialog.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kPost1 = u"ins-wind0001"_s;
const QString kPost2 = u"ins-wind0002"_s;
const QString kPrepaid = u"ins-wind0003"_s;
const QString kProtected = u"ins-wind0004"_s;

// Slow transitions keep a run verifying long enough for the operator to act during it.
emulator::Options options(int transitionMs)
{
    emulator::Options o;
    o.terminatingMs = transitionMs;
    o.prepaidIsolationMs = transitionMs;
    return o;
}

} // namespace

class TeardownWindowsTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void oneConfirmationAtATime();
    void canceledBeforeItsPlanIsMade();
    void runWindowsCloseAndOpenAgainWhileTheRunGoesOn();
    void detailsFollowTheRun();
    void progressCountsOnlyWhatIsSent();
    void aSecondRunLeavesAloneWhatTheFirstIsActingOn();
    void languageSwitchedWhileConfirmingAndRunning();

private:
    // Lists the fleet in the console and selects the given instances in the table.
    void select(const QStringList& ids)
    {
        QTableView& view = m_console->window.instanceView();
        view.clearSelection();
        InstanceFilterProxy& proxy = m_console->window.instanceProxy();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (ids.contains(proxy.index(row, InstanceTableModel::IdColumn).data().toString()))
                view.selectionModel()->select(proxy.index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    void start(int transitionMs)
    {
        m_emulator = std::make_unique<emulator::Emulator>(options(transitionMs));
        QVERIFY(m_emulator->listen());
        m_emulator->tencentFleet().clear();
        auto guarded = FlowFleet::instance(kProtected, u"POSTPAID_BY_HOUR"_s);
        guarded.disableApiTermination = true;
        for (const auto& i :
             {FlowFleet::instance(kPost1, u"POSTPAID_BY_HOUR"_s), FlowFleet::instance(kPost2, u"POSTPAID_BY_HOUR"_s),
              FlowFleet::instance(kPrepaid, u"PREPAID"_s), guarded})
            m_emulator->tencentFleet().add(i);
        m_console = std::make_unique<TestConsole>();
        m_console->session.teardown().setRunnerSettings({100, 30000, 3});
        m_console->addAccount(FlowFleet::account(u"Window account"_s, m_emulator->url()), u"sandbox-secret-key"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->window.instanceModel().rowCount(), 4, 30000);
    }
    TeardownController& controller() { return m_console->session.teardown(); }

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<TestConsole> m_console;
};

void TeardownWindowsTest::cleanup()
{
    m_console.reset();
    m_emulator.reset();
}

void TeardownWindowsTest::oneConfirmationAtATime()
{
    start(150);
    MainWindow& window = m_console->window;
    select({kPost1, kPost2});
    window.activateWindow();
    window.instanceView().setFocus();

    // A hurried operator: Delete twice, then the menu as well.
    QTest::keyClick(&window.instanceView(), Qt::Key_Delete);
    QTest::keyClick(&window.instanceView(), Qt::Key_Delete);
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    QCOMPARE(window.findChildren<TeardownDialog*>().size(), 1);
    QCOMPARE(dialog->plan().allowedCount(), 2);

    DialogDriver::confirm(*dialog);
    QCOMPARE(controller().runs().size(), 1);
    QCOMPARE(controller().stage(), TeardownController::Stage::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(!controller().runs().first()->isRunning(), 30000);
    QCOMPARE(controller().runs().size(), 1);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
    QTRY_COMPARE(window.findChildren<TeardownDialog*>().size(), 0); // closed once confirmed
}

void TeardownWindowsTest::canceledBeforeItsPlanIsMade()
{
    start(150);
    MainWindow& window = m_console->window;
    select({kPost1, kPost2});
    const int revision = controller().planRevision();
    window.returnSelected();
    // The window opens at once; its plan is made in the next turn of the event loop.
    TeardownDialog* first = window.teardownWindows().confirmation();
    QVERIFY(first && first->isVisible());
    QCOMPARE(controller().stage(), TeardownController::Stage::Planning);
    QCOMPARE(controller().planRevision(), revision);
    QVERIFY(!first->isFinal());

    // Canceled before then, and Return pressed again with another selection: only the second
    // request is planned (once as planned, once as quoted), in a window of its own.
    first->reject();
    QCOMPARE(controller().stage(), TeardownController::Stage::Idle);
    select({kPost1});
    window.returnSelected();
    TeardownDialog* second = DialogDriver::finalConfirmation(window);
    QVERIFY(second);
    QCOMPARE(second->plan().items.size(), 1);
    QCOMPARE(controller().planRevision(), revision + 2);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);
    second->reject();
}

void TeardownWindowsTest::runWindowsCloseAndOpenAgainWhileTheRunGoesOn()
{
    start(3000);
    MainWindow& window = m_console->window;
    select({kPost1});
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    DialogDriver::confirm(*dialog);
    QCOMPARE(controller().runs().size(), 1);
    TeardownRun* run = controller().runs().first();
    RunView* view = window.currentRun();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QTRY_VERIFY(view->findChild<QPlainTextEdit*>(u"log"_s)->toPlainText().contains(u"accepted"_s));

    // Closed mid-run: the run goes on, and the window says where to find it.
    QVERIFY(run->isRunning());
    QTest::mouseClick(view->findChild<QPushButton*>(u"close"_s), Qt::LeftButton);
    QVERIFY(!view->isVisible());
    QVERIFY(run->isRunning());
    QVERIFY2(window.statusBar()->currentMessage().contains(u"goes on"_s),
             qPrintable(window.statusBar()->currentMessage()));
    auto* indicator = window.findChild<QToolButton*>(u"runIndicator"_s);
    QVERIFY(indicator->isVisible());
    QVERIFY2(indicator->text().contains(u"Run 1"_s), qPrintable(indicator->text()));

    // View > Runs lists it; opening it shows the same window with everything logged so far.
    QTest::mouseClick(indicator, Qt::LeftButton);
    RunsDialog* runs = window.findChild<RunsDialog*>();
    QVERIFY(runs && runs->isVisible());
    QCOMPARE(runs->runCount(), 1);
    auto* list = runs->findChild<QTreeWidget*>(u"runs"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(runs->findChild<QPushButton*>(u"openRun"_s), Qt::LeftButton);
    QVERIFY(view->isVisible());
    QCOMPARE(window.currentRun(), view);
    QVERIFY(view->findChild<QPlainTextEdit*>(u"log"_s)->toPlainText().contains(u"accepted"_s));

    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
    QCOMPARE(run->report().count(Happened::Destroyed), 1);
    QTRY_VERIFY(!indicator->isVisible());
    QVERIFY2(list->topLevelItem(0)->text(3).contains(u"Finished"_s), qPrintable(list->topLevelItem(0)->text(3)));
}

void TeardownWindowsTest::detailsFollowTheRun()
{
    start(150);
    MainWindow& window = m_console->window;
    select({kPrepaid});
    InstanceFilterProxy& proxy = window.instanceProxy();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, InstanceTableModel::IdColumn).data().toString() == kPrepaid)
            window.instanceView().selectionModel()->setCurrentIndex(
                proxy.index(row, 0), QItemSelectionModel::Rows | QItemSelectionModel::Select);
    }
    QVERIFY2(window.detailsPane().text().contains(u"(RUNNING)"_s), qPrintable(window.detailsPane().text()));

    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    DialogDriver::confirm(*dialog);
    TeardownRun* run = controller().runs().first();
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
    QCOMPARE(run->report().count(Happened::InRecycleBin), 1);
    // Without clicking anything: the pane shows the instance as it is now.
    QVERIFY2(window.detailsPane().text().contains(u"(SHUTDOWN)"_s), qPrintable(window.detailsPane().text()));
}

void TeardownWindowsTest::progressCountsOnlyWhatIsSent()
{
    start(1000);
    MainWindow& window = m_console->window;
    select({kPost1, kProtected});
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().blockedCount(), 1);
    DialogDriver::confirm(*dialog);
    RunView* view = window.currentRun();
    QVERIFY(view);

    // One to send, one blocked: nothing has settled yet, so nothing is progress.
    auto* progress = view->findChild<QProgressBar*>(u"progress"_s);
    QCOMPARE(progress->maximum(), 1);
    QCOMPARE(progress->value(), 0);
    const QAbstractItemModel* results = view->findChild<QTreeView*>(u"results"_s)->model();
    const auto rowText = [results](const QString& id) {
        for (int i = 0; i < results->rowCount(); ++i) {
            if (results->index(i, 0).data().toString() == id)
                return results->index(i, 5).data().toString();
        }
        return QString();
    };
    QVERIFY2(rowText(kProtected).startsWith(u"Blocked: "_s), qPrintable(rowText(kProtected)));

    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
    QCOMPARE(progress->value(), 1);
    QVERIFY2(rowText(kPost1).startsWith(u"Destroyed"_s), qPrintable(rowText(kPost1)));
    QVERIFY2(rowText(kProtected).startsWith(u"Blocked: "_s), qPrintable(rowText(kProtected)));
    QVERIFY2(view->countsText().contains(u"Destroyed 1"_s) && view->countsText().contains(u"Blocked 1"_s),
             qPrintable(view->countsText()));
}

void TeardownWindowsTest::aSecondRunLeavesAloneWhatTheFirstIsActingOn()
{
    start(3000);
    MainWindow& window = m_console->window;
    select({kPost1});
    window.returnSelected();
    TeardownDialog* first = DialogDriver::finalConfirmation(window);
    QVERIFY(first);
    DialogDriver::confirm(*first);
    TeardownRun* running = controller().runs().first();
    QVERIFY(running->isRunning());

    // While the first run waits for ins-wind0001 to go, the operator returns it again with another.
    select({kPost1, kPost2});
    window.returnSelected();
    TeardownDialog* second = DialogDriver::finalConfirmation(window);
    QVERIFY(second);
    QCOMPARE(second->plan().allowedCount(), 1);
    QCOMPARE(second->plan().blockedCount(), 1);
    for (const PlanItem& item : second->plan().items) {
        if (item.instance.id == kPost1)
            QCOMPARE(item.decision.blockedCode, u"Teardown.InActiveRun"_s);
    }
    const QString blocked =
        planitems::text(planitems::group(planitems::of(*second), u"blocked"_s), 0, PlanItemsModel::DetailsColumn);
    QVERIFY2(blocked.contains(u"part of a run that has not finished"_s), qPrintable(blocked));
    DialogDriver::confirm(*second);
    QCOMPARE(controller().runs().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!controller().runs().at(1)->isRunning() && !running->isRunning(), 30000);

    // Each instance was sent once, each in its own run.
    QStringList sent;
    for (const emulator::CallLogEntry& call : m_emulator->callLog()) {
        if (call.action == u"TerminateInstances"_s)
            sent.append(QString::fromUtf8(call.body));
    }
    // The two runs send concurrently: which call reaches the emulator first is not the point.
    QCOMPARE(sent.size(), 2);
    if (sent[0].contains(kPost2))
        sent.swapItemsAt(0, 1);
    QVERIFY2(sent[0].contains(kPost1) && !sent[0].contains(kPost2), qPrintable(sent[0]));
    QVERIFY2(sent[1].contains(kPost2) && !sent[1].contains(kPost1), qPrintable(sent[1]));
    QCOMPARE(running->report().count(Happened::Destroyed), 1);
    QCOMPARE(controller().runs().at(1)->report().count(Happened::Blocked), 1);
}

void TeardownWindowsTest::languageSwitchedWhileConfirmingAndRunning()
{
    start(1000);
    MainWindow& window = m_console->window;
    select({kPost1, kProtected});
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);

    // Mid-flow the operator switches to Chinese: the open plan follows, nothing in it changes.
    window.switchLanguage(u"zh_CN"_s);
    const QAbstractItemModel* tree = planitems::of(*dialog);
    QTRY_COMPARE(tree->headerData(0, Qt::Horizontal).toString(), u"实例 ID"_s); // on the LanguageChange event
    const QString blocked = planitems::text(planitems::group(tree, u"blocked"_s), 0, PlanItemsModel::DetailsColumn);
    QVERIFY2(blocked.contains(u"销毁保护"_s), qPrintable(blocked));
    QCOMPARE(dialog->plan().allowedCount(), 1);
    DialogDriver::confirm(*dialog);
    RunView* view = window.currentRun();
    QVERIFY(view);

    // And back to English while the run goes on: the run window and its results follow.
    window.switchLanguage(u"en"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
    QVERIFY2(view->countsText().contains(u"Destroyed 1"_s), qPrintable(view->countsText()));
    const QAbstractItemModel* results = view->findChild<QTreeView*>(u"results"_s)->model();
    QCOMPARE(results->headerData(5, Qt::Horizontal).toString(), u"What happened"_s);
    for (int i = 0; i < results->rowCount(); ++i) {
        const QString said = results->index(i, 5).data().toString();
        QVERIFY2(said.startsWith(u"Destroyed"_s) || said.startsWith(u"Blocked: The instance"_s), qPrintable(said));
    }
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
}

QTEST_MAIN(TeardownWindowsTest)
#include "tst_teardownwindows.moc"

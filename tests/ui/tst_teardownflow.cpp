// The operator's main job end to end in the window, against an emulator over loopback: select a
// mixed set, read the plan in the confirmation dialog, type the phrase, watch the run, find the
// prepaid instance in the recycle bin, release it. Modal dialogs are driven, not bypassed.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "RecycleBinDialog.h"
#include "RunView.h"
#include "TeardownDialog.h"
#include "TencentFleet.h"
#include "TencentInstance.h"
#include "TestConsole.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using DialogDriver::screenshot;

class TeardownFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void returnThenReleaseThroughTheWindow();
    void throttledAndDroppedRunEndsKnownWithoutResend();
};

void TeardownFlowTest::returnThenReleaseThroughTheWindow()
{
    emulator::Options options;
    options.terminatingMs = 150;
    options.prepaidIsolationMs = 150;
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    for (const auto& i : {FlowFleet::instance(u"ins-flow0001"_s, u"POSTPAID_BY_HOUR"_s),
                          FlowFleet::instance(u"ins-flow0002"_s, u"POSTPAID_BY_HOUR"_s),
                          FlowFleet::instance(u"ins-flow0003"_s, u"PREPAID"_s),
                          FlowFleet::instance(u"ins-flow0005"_s, u"POSTPAID_BY_HOUR"_s, u"STOPPING"_s)})
        emu.tencentFleet().add(i);
    auto guarded = FlowFleet::instance(u"ins-flow0004"_s, u"POSTPAID_BY_HOUR"_s);
    guarded.disableApiTermination = true;
    emu.tencentFleet().add(guarded);

    TestConsole console(DialogDriver::screenshotLanguage());
    ConsoleSession& session = console.session;
    MainWindow& window = console.window;
    Account account;
    account.name = u"Flow account"_s;
    account.keyId = u"AKIDSANDBOX"_s;
    account.endpoint = emu.url();
    account.regions = {u"ap-guangzhou"_s};
    console.addAccount(account, u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 5, 30000);

    // Return all five: two destroyed, one to the recycle bin, two blocked.
    window.instanceView().selectAll();
    window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog& dialog) {
        const TeardownPlan& plan = dialog.plan();
        QCOMPARE(plan.count(Outcome::DestroyedNow), 2);
        QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 1);
        QCOMPARE(plan.blockedCount(), 2);
        QCOMPARE(plan.refunds.size(), 1);
        // Each blocked instance carries the reason the API would give.
        const auto blockedCode = [&plan](const QString& id) {
            for (const PlanItem& item : plan.items)
                if (item.instance.id == id)
                    return item.decision.blockedCode;
            return QString();
        };
        QCOMPARE(blockedCode(u"ins-flow0004"_s), u"UnsupportedOperation.InstancesProtected"_s);
        QVERIFY(!blockedCode(u"ins-flow0005"_s).isEmpty()); // STOPPING: transitional
        QVERIFY(!dialog.findChild<QPushButton*>(u"confirm"_s)->isEnabled()); // the phrase first
        screenshot(dialog, u"confirm"_s);
    }));
    QVERIFY(window.currentRun());
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);
    screenshot(*window.currentRun(), u"run"_s);
    const RunReport& report = window.currentRun()->report();
    QCOMPARE(report.count(RunState::Done), 3);
    QCOMPARE(report.count(RunState::Blocked), 2);
    QVERIFY(!emu.tencentFleet().contains(u"ins-flow0001"_s));
    QCOMPARE(emu.tencentFleet().find(u"ins-flow0003"_s)->instanceState, u"SHUTDOWN"_s);
    QVERIFY(emu.tencentFleet().contains(u"ins-flow0004"_s));
    window.currentRun()->close();

    // The table follows: the prepaid one is in the recycle bin.
    InstanceFilterProxy& proxy = window.instanceProxy();
    proxy.setRecycleBinOnly(true);
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 1, 30000);
    QCOMPARE(proxy.visibleInstances().first().id, u"ins-flow0003"_s);

    // The recycle-bin view lists it with its time left; release it for good from there.
    window.showRecycleBin();
    auto* bin = window.findChild<RecycleBinDialog*>();
    QVERIFY(bin);
    QTRY_COMPARE_WITH_TIMEOUT(bin->visibleInstances().size(), 1, 30000);
    QCOMPARE(bin->visibleInstances().first().id, u"ins-flow0003"_s);
    auto* binTable = bin->findChild<QTableView*>();
    const QModelIndex timeLeft = binTable->model()->index(0, RecycleBinDialog::timeLeftColumn());
    // Moved just now, kept 7 days: the release time comes from the history's call and the rules.
    const QDateTime releasedAt = timeLeft.data(InstanceTableModel::SortRole).toDateTime();
    QVERIFY(qAbs(releasedAt.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);
    QCOMPARE(timeLeft.data().toString(), RecycleBinDialog::timeLeftText(releasedAt, QDateTime::currentDateTimeUtc()));
    screenshot(*bin, u"recyclebin"_s);
    binTable->selectAll();
    QTest::mouseClick(bin->findChild<QPushButton*>(u"release"_s), Qt::LeftButton);
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog& dialog) {
        QCOMPARE(dialog.plan().intent, Intent::Release);
        QCOMPARE(dialog.plan().count(Outcome::DestroyedNow), 1);
        QVERIFY(dialog.plan().requiresTypedConfirmation());
    }));
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);
    QCOMPARE(window.currentRun()->report().count(RunState::Done), 1);
    QVERIFY(!emu.tencentFleet().contains(u"ins-flow0003"_s));
    QTRY_COMPARE_WITH_TIMEOUT(bin->visibleInstances().size(), 0, 30000); // gone from the view too

    // Every destructive call is in the history, completed.
    int terminateRows = 0;
    for (const CallRecord& c : session.history().calls()) {
        if (c.action == u"TerminateInstances"_s) {
            ++terminateRows;
            QCOMPARE(c.status, CallStatus::Succeeded);
        }
    }
    QCOMPARE(terminateRows, emu.callCount(u"TerminateInstances"_s));
    QCOMPARE(terminateRows, 3);
}

void TeardownFlowTest::throttledAndDroppedRunEndsKnownWithoutResend()
{
    emulator::Options options;
    options.terminatingMs = 150;
    options.prepaidIsolationMs = 150;
    // The postpaid call is throttled once (and retried); the prepaid call is applied, then its
    // connection dropped: a resend would destroy both prepaid instances for good.
    options.faults = u"throttle:TerminateInstances@1,drop-after:TerminateInstances@3"_s;
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    for (const auto& i :
         {FlowFleet::instance(u"ins-flow0001"_s, u"POSTPAID_BY_HOUR"_s),
          FlowFleet::instance(u"ins-flow0002"_s, u"PREPAID"_s), FlowFleet::instance(u"ins-flow0003"_s, u"PREPAID"_s)})
        emu.tencentFleet().add(i);

    TestConsole console;
    MainWindow& window = console.window;
    Account account;
    account.name = u"Faulty account"_s;
    account.keyId = u"AKIDSANDBOX"_s;
    account.endpoint = emu.url();
    account.regions = {u"ap-guangzhou"_s};
    console.addAccount(account, u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 3, 30000);
    window.instanceView().selectAll();
    window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(window,
                                             [](TeardownDialog& dialog) { QCOMPARE(dialog.plan().calls.size(), 2); }));
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);

    const RunReport& report = window.currentRun()->report();
    // The lost reply is settled from the instances: their latest operation is the call's, so it was
    // applied, and they are verified like any other.
    for (const InstanceResult& r : report.results)
        QVERIFY2(r.state == RunState::Done, qPrintable(r.instanceId));
    QCOMPARE(report.count(Happened::InRecycleBin), 2);
    QCOMPARE(report.count(Happened::Destroyed), 1);
    QCOMPARE(emu.callCount(u"TerminateInstances"_s), 3); // throttled + retried + the dropped one, never resent
    for (const QString& id : {u"ins-flow0002"_s, u"ins-flow0003"_s}) {
        QVERIFY2(emu.tencentFleet().contains(id), qPrintable(id)); // not destroyed by a resend
        QCOMPARE(emu.tencentFleet().find(id)->instanceState, u"SHUTDOWN"_s);
    }
    QVERIFY(!emu.tencentFleet().contains(u"ins-flow0001"_s));
}

QTEST_MAIN(TeardownFlowTest)
#include "tst_teardownflow.moc"

// Zenlayer machines through the window, against an emulator over loopback: a Zenlayer account
// (AccessKeyId / AccessKeyPassword) lists its zone, the operator returns a mixed selection
// (recycle bin, subscription, failed creation, one refused), finds the recycled machines in the
// recycle bin with their 24-hour release time, and releases them. Modal dialogs are driven.

#include "DialogDriver.h"
#include "Emulator.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "PlanItemsProbe.h"
#include "RecycleBinDialog.h"
#include "RunView.h"
#include "TeardownDialog.h"
#include "TestConsole.h"
#include "ZenlayerFleet.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using DialogDriver::screenshot;

namespace {

emulator::ZenlayerInstance make(const QString& id, const QString& status, const QString& charge = u"POSTPAID"_s)
{
    emulator::ZenlayerInstance i;
    i.instanceId = id;
    i.instanceName = u"flow-"_s + id;
    i.zoneId = u"SEL-A"_s;
    i.instanceStatus = status;
    i.instanceChargeType = charge;
    i.createTime = QDateTime::currentDateTimeUtc().addDays(-3);
    if (charge == u"PREPAID"_s) {
        i.period = 1;
        i.autoRenew = true;
        i.expiredTime = QDateTime::currentDateTimeUtc().addDays(15);
    }
    return i;
}

} // namespace

class ZenlayerFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void returnThenReleaseZenlayerMachines();
};

void ZenlayerFlowTest::returnThenReleaseZenlayerMachines()
{
    emulator::Emulator emu;
    QVERIFY(emu.listen());
    auto& fleet = emu.zenlayerFleet();
    fleet.clear();
    for (const auto& i :
         {make(u"5001"_s, u"RUNNING"_s), make(u"5002"_s, u"STOPPED"_s), make(u"5003"_s, u"RUNNING"_s, u"PREPAID"_s),
          make(u"5004"_s, u"CREATE_FAILED"_s), make(u"5005"_s, u"INSTALLING"_s)})
        fleet.add(i);

    TestConsole console(DialogDriver::screenshotLanguage());
    ConsoleSession& session = console.session;
    MainWindow& window = console.window;
    Account account;
    account.dialect = Dialect::Zenlayer;
    account.name = u"Zenlayer account"_s;
    account.keyId = u"SANDBOXKEY"_s;
    account.endpoint = emu.url();
    account.regions = {u"SEL-A"_s};
    console.addAccount(account, u"sandbox-key-password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 5, 30000);

    window.instanceView().selectAll();
    window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog& dialog) {
        const TeardownPlan& plan = dialog.plan();
        QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 2);
        QCOMPARE(plan.count(Outcome::SubscriptionCancelled), 1);
        QCOMPARE(plan.count(Outcome::DeletedCreationFailed), 1);
        QCOMPARE(plan.blockedCount(), 1);
        QCOMPARE(plan.calls.size(), 4); // one id per TerminateInstance
        QVERIFY(plan.requiresTypedConfirmation()); // the failed creation is deleted for good
        // The subscription's row says it keeps running until it expires.
        const QString template_ = PlanItemsModel::tr("Keeps running until the subscription ends, %1");
        const QString saying = template_.left(template_.indexOf(u"%1"_s)); // in the UI language
        QVERIFY(!saying.isEmpty());
        const QString details =
            planitems::text(planitems::group(planitems::of(dialog), outcomeKey(Outcome::SubscriptionCancelled)), 0,
                            PlanItemsModel::DetailsColumn);
        QVERIFY2(details.startsWith(saying), qPrintable(details));
        screenshot(dialog, u"confirm-zenlayer"_s);
    }));
    QVERIFY(window.currentRun());
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);
    const RunReport& report = window.currentRun()->report();
    QCOMPARE(report.count(RunState::Done), 4);
    QCOMPARE(report.count(RunState::Blocked), 1);
    QCOMPARE(fleet.find(u"5001"_s)->instanceStatus, u"RECYCLE"_s);
    QCOMPARE(fleet.find(u"5003"_s)->instanceStatus, u"RUNNING"_s);
    QVERIFY(!fleet.find(u"5004"_s));
    window.currentRun()->close();

    // The recycle bin shows both, released automatically 24 hours after they were returned.
    InstanceFilterProxy& proxy = window.instanceProxy();
    proxy.setRecycleBinOnly(true);
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 2, 30000);
    // The run marks them at once; the listing after the run brings the full records.
    const auto dated = [&proxy] {
        const QList<Instance> shown = proxy.visibleInstances();
        return std::all_of(shown.cbegin(), shown.cend(), [](const Instance& i) { return i.autoRelease.isValid(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(dated(), 30000);
    window.showRecycleBin();
    auto* bin = window.findChild<RecycleBinDialog*>();
    QVERIFY(bin);
    QTRY_COMPARE_WITH_TIMEOUT(bin->visibleInstances().size(), 2, 30000);
    screenshot(*bin, u"recyclebin-zenlayer"_s);
    bin->close();
    for (const Instance& i : proxy.visibleInstances()) {
        QCOMPARE(i.provider, ProviderId::Zenlayer);
        QVERIFY2(i.autoRelease.isValid(), qPrintable(i.id));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(i.autoRelease) > 23 * 3600);
    }

    window.instanceView().selectAll();
    window.releaseSelected();
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog& dialog) {
        QCOMPARE(dialog.plan().intent, Intent::Release);
        QCOMPARE(dialog.plan().count(Outcome::DestroyedNow), 2);
        QCOMPARE(dialog.plan().calls.size(), 1);
        QVERIFY(dialog.plan().requiresTypedConfirmation());
    }));
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);
    QCOMPARE(window.currentRun()->report().count(RunState::Done), 2);
    QVERIFY(!fleet.find(u"5001"_s));
    QVERIFY(!fleet.find(u"5002"_s));

    // Every destructive call is in the history, completed.
    int terminate = 0, release = 0;
    for (const CallRecord& c : session.history().calls()) {
        if (c.action == u"TerminateInstance"_s || c.action == u"ReleaseInstances"_s) {
            (c.action == u"TerminateInstance"_s ? terminate : release)++;
            QCOMPARE(c.status, CallStatus::Succeeded);
        }
    }
    QCOMPARE(terminate, 4);
    QCOMPARE(release, 1);
}

QTEST_MAIN(ZenlayerFlowTest)
#include "tst_zenlayerflow.moc"

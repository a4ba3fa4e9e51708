// A Tencent account set to the legacy API 2.0 in the account dialog, then used in the window
// against the in-process emulator: the confirmation dialog shows one ReturnInstance per postpaid
// instance and the prepaid one blocked with the advice to submit a ticket; the run returns the
// postpaid instances. Modal dialogs are driven, not bypassed.

#include "AccountEditDialog.h"
#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "PlanItemsProbe.h"
#include "RunView.h"
#include "TeardownDialog.h"
#include "TencentFleet.h"
#include "TencentInstance.h"
#include "TestConsole.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

QStringList columnTexts(const QTreeWidget* tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class LegacyFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void legacyAccountReturnsPostpaidInstances();
};

void LegacyFlowTest::legacyAccountReturnsPostpaidInstances()
{
    emulator::Options options;
    options.terminatingMs = 150;
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    for (const auto& i : {FlowFleet::instance(u"ins-lgcy0001"_s, u"POSTPAID_BY_HOUR"_s),
                          FlowFleet::instance(u"ins-lgcy0002"_s, u"POSTPAID_BY_HOUR"_s),
                          FlowFleet::instance(u"ins-lgcy0003"_s, u"PREPAID"_s)})
        emu.tencentFleet().add(i);

    TestConsole console;
    ConsoleSession& session = console.session;
    MainWindow& window = console.window;

    // The account dialog offers the legacy API as a choice for a Tencent account.
    {
        AccountEditDialog dialog(session, Account());
        dialog.show();
        auto* provider = dialog.findChild<QComboBox*>(u"provider"_s);
        const int legacy = provider->findData(int(Dialect::TencentLegacy));
        QVERIFY(legacy >= 0);
        QCOMPARE(provider->itemText(legacy), u"Tencent Cloud (legacy API 2.0)"_s);
        provider->setCurrentIndex(legacy);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"name"_s), u"Legacy account"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"keyId"_s), u"AKIDSANDBOX"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"secret"_s), u"sandbox-secret-key"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"endpoint"_s), emu.url().toString());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"regions"_s), u"ap-guangzhou"_s);
        QCOMPARE(dialog.account().dialect, Dialect::TencentLegacy);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    }
    QCOMPARE(session.accounts().size(), 1);
    QCOMPARE(session.accounts().first().dialect, Dialect::TencentLegacy);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 3, 30000);
    QVERIFY(emu.callCount(u"DescribeInstances"_s) > 0);

    window.instanceView().selectAll();
    window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog& dialog) {
        const TeardownPlan& plan = dialog.plan();
        QCOMPARE(plan.count(Outcome::DestroyedNow), 2);
        QCOMPARE(plan.blockedCount(), 1);
        // Each postpaid instance gets its own ReturnInstance, shown with its exact request.
        const auto* calls = dialog.findChild<QTreeWidget*>(u"planCalls"_s);
        QCOMPARE(columnTexts(calls, 3), (QStringList{u"ReturnInstance"_s, u"ReturnInstance"_s}));
        const QString requests = columnTexts(calls, 6).join(u'\n');
        QVERIFY2(requests.contains(u"instanceId=ins-lgcy0001"_s) && requests.contains(u"instanceId=ins-lgcy0002"_s),
                 qPrintable(requests));
        // The prepaid one is blocked, with the seed's advice.
        const QString items = planitems::allTexts(planitems::of(dialog)).join(u'\n');
        QVERIFY2(items.contains(u"submit a ticket"_s), qPrintable(items));
        QCOMPARE(items.count(u"by ReturnInstance"_s), 2);
        DialogDriver::screenshot(dialog, u"confirm-legacy"_s);
    }));
    QVERIFY(window.currentRun());
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentRun()->isRunning(), 60000);
    const RunReport& report = window.currentRun()->report();
    QCOMPARE(report.count(RunState::Done), 2);
    QCOMPARE(report.count(RunState::Blocked), 1);
    QVERIFY(!emu.tencentFleet().contains(u"ins-lgcy0001"_s));
    QVERIFY(!emu.tencentFleet().contains(u"ins-lgcy0002"_s));
    QCOMPARE(emu.tencentFleet().find(u"ins-lgcy0003"_s)->instanceState, u"RUNNING"_s);
    QCOMPARE(emu.callCount(u"ReturnInstance"_s), 2);
    QCOMPARE(emu.callCount(u"TerminateInstances"_s), 0);
    window.currentRun()->close();
}

QTEST_MAIN(LegacyFlowTest)
#include "tst_legacyflow.moc"

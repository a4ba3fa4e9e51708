// Quitting the console while a run's TerminateInstances is on its way (the emulator applied it and
// holds its reply back): the window asks first; "Keep running" keeps it; "Close anyway" closes it
// with the call left sent. The history stays sound, and the next start lists the call as unconfirmed.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "FlowFleet.h"
#include "History.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "TeardownController.h"
#include "TencentFleet.h"
#include "TestConsole.h"
#include "UnconfirmedCallsDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kInstance = u"ins-quit0001"_s;

QAbstractButton* button(QMessageBox& box, const QString& text)
{
    for (QAbstractButton* b : box.buttons()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class QuitDuringRunTest : public QObject
{
    Q_OBJECT

private slots:
    void closingMidRunAsksAndLeavesTheCallUnconfirmed();
};

void QuitDuringRunTest::closingMidRunAsksAndLeavesTheCallUnconfirmed()
{
    emulator::Emulator sandbox;
    QVERIFY(sandbox.listen());
    sandbox.tencentFleet().clear();
    sandbox.tencentFleet().add(FlowFleet::instance(kInstance, u"POSTPAID_BY_HOUR"_s));
    QVERIFY(sandbox.faults().add(u"delay:TerminateInstances=600000"_s));

    auto console = std::make_unique<TestConsole>();
    const QString historyPath = console->session.history().path();
    MainWindow& window = console->window;
    console->addAccount(FlowFleet::account(u"Quit account"_s, sandbox.url()), u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 1, 30000);
    window.instanceView().selectRow(0);
    QCOMPARE(window.selectedInstances().size(), 1);

    QSignalSpy logged(&sandbox, &emulator::Emulator::callLogged);
    window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog&) {}));
    QVERIFY(console->session.teardown().hasActiveRun());
    auto terminateLogged = [&logged] {
        for (const QList<QVariant>& call : std::as_const(logged)) {
            if (call.first().value<emulator::CallLogEntry>().action == u"TerminateInstances"_s)
                return true;
        }
        return false;
    };
    while (!terminateLogged())
        QVERIFY2(logged.wait(30000), "the run never sent its TerminateInstances");

    // A hurried operator closes the window: it asks first, and "Keep running" keeps everything.
    QVERIFY(!window.close());
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY2(box && box->isVisible(), "closing mid-run did not ask");
    QCOMPARE(box->text(),
             u"Calls of a run are still on their way or being verified. If the console closes now, "
             u"they are listed as sent but not confirmed at the next start."_s);
    QTest::mouseClick(button(*box, u"Keep running"_s), Qt::LeftButton);
    QVERIFY(window.isVisible());
    QVERIFY(console->session.teardown().hasActiveRun());

    // Asked again, the operator closes anyway.
    QVERIFY(!window.close());
    box = nullptr;
    for (QMessageBox* candidate : window.findChildren<QMessageBox*>()) {
        if (candidate->isVisible())
            box = candidate;
    }
    QVERIFY(box);
    QTest::mouseClick(button(*box, u"Close anyway"_s), Qt::LeftButton);
    QVERIFY(!window.isVisible());
    QCOMPARE(sandbox.callCount(u"TerminateInstances"_s), 1);

    // The history file is sound, and a later session sees the call as sent and never confirmed.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(historyPath);
        QVERIFY(db.open());
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    History nextStart;
    QVERIFY(nextStart.open(historyPath));
    QVERIFY(UnconfirmedCallsDialog::hasUnconfirmed(nextStart));
    const QList<CallRecord> unconfirmed = nextStart.unconfirmedCalls();
    QCOMPARE(unconfirmed.size(), 1);
    QCOMPARE(unconfirmed.first().action, u"TerminateInstances"_s);
    QCOMPARE(unconfirmed.first().instanceIds, QStringList{kInstance});
}

QTEST_MAIN(QuitDuringRunTest)
#include "tst_quitduringrun.moc"

// Saved plans in the window, on the offscreen platform against an emulator over loopback: a plan
// saved by teardownctl opened with File → Open plan…, reviewed with who planned it, where and how
// long ago, and confirmed; a plan saved with Save plan… reviewed and applied by teardownctl; a file
// that cannot be applied refused with its reason. The file choosers are driven, not bypassed.

#include "../integration/CtlEnvironment.h"
#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "PlanFileReader.h"
#include "RunView.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPlanned1 = u"ins-save0001"_s;
const QString kPlanned2 = u"ins-save0002"_s;
const QString kOther = u"ins-save0003"_s;

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QList<QStringList> terminateBatches(const emulator::Emulator& emu)
{
    QList<QStringList> batches;
    for (const emulator::CallLogEntry& e : emu.callLog()) {
        if (e.action != u"TerminateInstances"_s)
            continue;
        QStringList ids;
        for (const QJsonValue v : QJsonDocument::fromJson(e.body).object().value(u"InstanceIds"_s).toArray())
            ids << v.toString();
        batches << ids;
    }
    return batches;
}

} // namespace

class PlanFileFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensAPlanSavedByTeardownctl();
    void savedFromTheDialogIsAppliedByTeardownctl();
    void refusedFileSaysWhyAndOpensNothing();

private:
    // The real teardownctl as "alice", with the emulator's ad-hoc account, while this event loop
    // serves the emulator.
    CtlResult ctl(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = fixture::ctlEnvironment(m_ctlHome);
        env.insert(u"USER"_s, u"alice"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TEARDOWNCTL_PATH),
                      arguments
                          + QStringList{u"--language"_s, u"en"_s, u"--provider"_s, u"tencent"_s, u"--endpoint"_s,
                                        m_emulator->url().toString(), u"--history"_s,
                                        m_ctlHome.filePath(u"history.sqlite"_s), u"--poll-interval"_s, u"100"_s});
        process.closeWriteChannel();
        bool finished = false;
        connect(&process, &QProcess::finished, this, [&] { finished = true; });
        CtlResult r;
        if (!QTest::qWaitFor([&] { return finished; }, 60000)) {
            process.kill();
            return r;
        }
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
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
    QString planFile() const { return m_ctlHome.filePath(u"plan.json"_s); }

    QTemporaryDir m_ctlHome;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<TestConsole> m_console;
};

void PlanFileFlowTest::init()
{
    emulator::Options options;
    options.terminatingMs = 150;
    options.prepaidIsolationMs = 150;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
    for (const QString& id : {kPlanned1, kPlanned2, kOther})
        m_emulator->tencentFleet().add(FlowFleet::instance(id, u"POSTPAID_BY_HOUR"_s));
    m_console = std::make_unique<TestConsole>(DialogDriver::screenshotLanguage());
    m_console->session.teardown().setRunnerSettings({100, 30000, 3});
    m_console->addAccount(FlowFleet::account(u"Review account"_s, m_emulator->url()), u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->window.instanceModel().rowCount(), 3, 30000);
    QFile::remove(planFile());
}

void PlanFileFlowTest::cleanup()
{
    m_console.reset();
    m_emulator.reset();
}

void PlanFileFlowTest::opensAPlanSavedByTeardownctl()
{
    const CtlResult planned = ctl({u"plan"_s, kPlanned1, kPlanned2, u"--out"_s, planFile()});
    QVERIFY2(planned.exitCode == 0, qPrintable(planned.out + planned.err));

    // File → Open plan…, and the file chosen in the chooser.
    MainWindow& window = m_console->window;
    auto* open = window.findChild<QAction*>(u"openPlan"_s);
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    open->trigger();
    QFileDialog* chooser = nullptr;
    QTRY_VERIFY((chooser = window.findChild<QFileDialog*>(u"openPlanChooser"_s)) && chooser->isVisible());
    chooser->selectFile(planFile());
    static_cast<QDialog*>(chooser)->accept(); // as its Open or Save button does

    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    auto* origin = dialog->findChild<QLabel*>(u"savedPlanOrigin"_s);
    QVERIFY(origin->isVisible());
    DialogDriver::screenshot(*dialog, u"confirm-saved"_s);
    for (const QString& part :
         {QString(u"Planned by alice on "_s + QSysInfo::machineHostName()), u"ago"_s, u"with teardownctl"_s})
        QVERIFY2(origin->text().contains(part), qPrintable(origin->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(u"savePlan"_s)->isVisible()); // saved already
    const TeardownPlan& plan = dialog->plan();
    QCOMPARE(plan.allowedCount(), 2);
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items[0].instance.accountId, m_console->session.accounts().first().id);
    QVERIFY(plan.requiresTypedConfirmation()); // the same friction as a plan made here

    DialogDriver::confirm(*dialog);
    TeardownController& controller = m_console->session.teardown();
    QCOMPARE(controller.runs().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.runs().first()->isRunning(), 30000);
    QCOMPARE(controller.runs().first()->report().count(RunState::Done), 2);
    QCOMPARE(terminateBatches(*m_emulator), QList<QStringList>({{kPlanned1, kPlanned2}}));
    QVERIFY(m_emulator->tencentFleet().contains(kOther));
}

void PlanFileFlowTest::savedFromTheDialogIsAppliedByTeardownctl()
{
    MainWindow& window = m_console->window;
    select({kPlanned1, kPlanned2});
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    auto* save = dialog->findChild<QPushButton*>(u"savePlan"_s);
    QVERIFY(save->isVisible() && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QFileDialog* chooser = nullptr;
    QTRY_VERIFY((chooser = dialog->findChild<QFileDialog*>(u"savePlanChooser"_s)) && chooser->isVisible());
    QCOMPARE(chooser->acceptMode(), QFileDialog::AcceptSave);
    chooser->selectFile(planFile());
    static_cast<QDialog*>(chooser)->accept(); // as its Open or Save button does
    QTRY_VERIFY(QFile::exists(planFile()));
    QVERIFY(dialog->isVisible()); // saving is not confirming
    dialog->reject();
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);

    PlanFile saved;
    const ProviderError unread = PlanFileReader::read(planFile(), &saved);
    QVERIFY2(!unread.isError(), qPrintable(unread.code + u' ' + unread.context));
    QCOMPARE(saved.accounts.first().name, u"Review account"_s);
    QCOMPARE(saved.plan.allowedCount(), 2);

    // Another person, with teardownctl and the same key: reviewed, then applied.
    const CtlResult show = ctl({u"show"_s, planFile()});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"Review account"_s), qPrintable(show.out));
    QVERIFY(show.out.contains(kPlanned1) && show.out.contains(kPlanned2));
    const CtlResult apply = ctl({u"apply"_s, planFile(), u"--yes"_s});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QCOMPARE(terminateBatches(*m_emulator), QList<QStringList>({{kPlanned1, kPlanned2}}));
    QVERIFY(m_emulator->tencentFleet().contains(kOther));
}

void PlanFileFlowTest::refusedFileSaysWhyAndOpensNothing()
{
    QFile file(planFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "teardown-plan", "version": 3})");
    file.close();
    m_emulator->clearCallLog();

    MainWindow& window = m_console->window;
    window.teardownWindows().openPlan(planFile());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) && box->isVisible());
    QVERIFY2(box->text().contains(u"Teardown.PlanFileVersion"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"version 3"_s), qPrintable(box->text()));
    QVERIFY(!window.teardownWindows().confirmation());
    QCOMPARE(m_console->session.teardown().stage(), TeardownController::Stage::Idle);
    QCOMPARE(m_emulator->callLog().size(), 0);
    box->close();
}

QTEST_MAIN(PlanFileFlowTest)
#include "tst_planfileflow.moc"

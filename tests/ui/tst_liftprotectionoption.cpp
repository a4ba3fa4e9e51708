// Lifting termination protection in the confirmation, in the console as an operator uses it: a
// protected instance is blocked in the plan; the dialog's check box re-plans through the
// TeardownController (setOptions) with the protection lifted first, the plan shows the lift group
// and its ModifyInstancesAttribute call before the returns and demands the typed phrase, saying
// why; confirmed, the run lifts and returns. A production account's instance needs the second box;
// a legacy API 2.0 account's protected instance gets a note saying why it is not offered.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "PlanItemsProbe.h"
#include "RunView.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kFree = u"ins-free0001"_s;
const QString kGuarded = u"ins-prot0001"_s;
const QString kProdGuarded = u"ins-prod0001"_s;
const QString kLegacyGuarded = u"ins-lgcy0001"_s;

emulator::TencentInstance guarded(const QString& id)
{
    emulator::TencentInstance i = FlowFleet::instance(id, u"PREPAID"_s);
    i.disableApiTermination = true;
    return i;
}

// On the box itself: a check box wider than its label does not toggle on a click past the label.
void clickBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

std::unique_ptr<emulator::Emulator> emulatorWith(const QList<emulator::TencentInstance>& instances)
{
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    auto emu = std::make_unique<emulator::Emulator>(options);
    if (!emu->listen())
        return nullptr;
    emu->tencentFleet().clear();
    for (const emulator::TencentInstance& i : instances)
        emu->tencentFleet().add(i);
    return emu;
}

} // namespace

class LiftProtectionOptionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void liftingReplansAndDemandsThePhrase();
    void productionAccountIsAskedSeparately();
    void legacyAccountSaysWhyNot();
    void offeredOnlyWhenSomethingIsProtected();

private:
    TeardownDialog* confirmationOf(const QStringList& ids)
    {
        MainWindow& window = m_console->window;
        window.instanceView().clearSelection();
        InstanceFilterProxy& proxy = window.instanceProxy();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (ids.contains(proxy.index(row, InstanceTableModel::IdColumn).data().toString()))
                window.instanceView().selectionModel()->select(proxy.index(row, 0),
                                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        window.returnSelected();
        return DialogDriver::finalConfirmation(window);
    }
    void addAccount(const Account& account, int rowsAfter)
    {
        m_console->addAccount(account, u"sandbox-secret-key"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->window.instanceModel().rowCount(), rowsAfter, 30000);
    }

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<TestConsole> m_console;
};

void LiftProtectionOptionTest::init()
{
    // Both prepaid: to the recycle bin, which on its own needs no typed phrase.
    m_emulator = emulatorWith({FlowFleet::instance(kFree, u"PREPAID"_s), guarded(kGuarded)});
    QVERIFY(m_emulator);
    m_console = std::make_unique<TestConsole>(DialogDriver::screenshotLanguage());
    m_console->session.teardown().setRunnerSettings({100, 30000, 3});
    addAccount(FlowFleet::account(u"Dev account"_s, m_emulator->url()), 2);
}

void LiftProtectionOptionTest::cleanup()
{
    m_console.reset();
    m_emulator.reset();
}

void LiftProtectionOptionTest::liftingReplansAndDemandsThePhrase()
{
    TeardownDialog* dialog = confirmationOf({kFree, kGuarded});
    QVERIFY(dialog);
    TeardownController& controller = m_console->session.teardown();

    // Off: the protected instance is blocked with the provider's reason, and no phrase is asked.
    QCOMPARE(dialog->plan().allowedCount(), 1);
    QCOMPARE(dialog->plan()
                 .item(Instance::keyFor(dialog->plan().items.first().instance.accountId, kGuarded))
                 ->decision.blockedCode,
             u"UnsupportedOperation.InstancesProtected"_s);
    QVERIFY(!dialog->plan().requiresTypedConfirmation());
    auto* lift = dialog->findChild<QCheckBox*>(u"liftProtection"_s);
    auto* onProduction = dialog->findChild<QCheckBox*>(u"liftProtectionOnProduction"_s);
    QVERIFY(lift && onProduction);
    QVERIFY(lift->isVisible());
    QVERIFY(!lift->isChecked());
    QVERIFY(!onProduction->isVisible()); // no production account here
    QVERIFY(!dialog->findChild<QLabel*>(u"liftProtectionUnavailable"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit*>(u"confirmationPhrase"_s)->isVisible());

    // Checked: the controller plans again with the option; the new plan is shown once quoted.
    const int before = controller.planRevision();
    QSignalSpy replanned(&controller, &TeardownController::planChanged);
    clickBox(lift);
    QVERIFY(!replanned.isEmpty());
    QVERIFY(controller.plan().options.liftProtection);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->revision() > before, 30000);
    QCOMPARE(dialog->plan().allowedCount(), 2);
    QCOMPARE(dialog->plan().liftedCount(), 1);
    QVERIFY(lift->isChecked());
    // The calls unfolded, as an operator checks them: the lift first.
    QTest::mouseClick(dialog->findChild<QToolButton*>(u"showCalls"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<QTreeWidget*>(u"planCalls"_s)->isVisible());
    DialogDriver::screenshot(*dialog, u"confirm-lift-protection"_s);
    // The words are checked in English, after the screenshot in the language asked for.
    QVERIFY2(lift->text().contains(u"1 instance"_s), qPrintable(lift->text()));

    // The plan shows the lift group, and the lift call first, with its exact request.
    const QModelIndex lifted = planitems::group(planitems::of(*dialog), u"lift-protection"_s);
    QVERIFY(lifted.isValid());
    QCOMPARE(planitems::childIds(lifted), QStringList({kGuarded}));
    const QString details = planitems::text(lifted, 0, PlanItemsModel::DetailsColumn);
    QVERIFY2(details.endsWith(u", after ModifyInstancesAttribute"_s), qPrintable(details));
    auto* calls = dialog->findChild<QTreeWidget*>(u"planCalls"_s);
    QCOMPARE(calls->topLevelItemCount(), 3);
    QCOMPARE(calls->topLevelItem(0)->data(0, Qt::UserRole).toString(), u"lift-protection"_s);
    QCOMPARE(calls->topLevelItem(0)->text(0), u"Lift termination protection"_s);
    QCOMPARE(calls->topLevelItem(0)->text(3), u"ModifyInstancesAttribute"_s);
    QVERIFY2(calls->topLevelItem(0)->text(6).contains(u"\"DisableApiTermination\":false"_s),
             qPrintable(calls->topLevelItem(0)->text(6)));
    QCOMPARE(calls->topLevelItem(1)->data(0, Qt::UserRole).toString(), u"teardown-after-lift"_s);
    QCOMPARE(calls->topLevelItem(2)->data(0, Qt::UserRole).toString(), u"teardown"_s);
    const QString summary = dialog->findChild<QLabel*>(u"summary"_s)->text();
    QVERIFY2(summary.contains(u"Termination protection lifted first: 1"_s), qPrintable(summary));

    // Lifting protection needs the typed number, and says why.
    QVERIFY(dialog->plan().requiresTypedConfirmation());
    auto* phrase = dialog->findChild<QLineEdit*>(u"confirmationPhrase"_s);
    QVERIFY(phrase->isVisible());
    const QString why = dialog->findChild<QLabel*>(u"confirmationReason"_s)->text();
    QVERIFY2(why.contains(u"termination protection of 1 instance is lifted"_s), qPrintable(why));
    auto* confirm = dialog->findChild<QPushButton*>(u"confirm"_s);
    QVERIFY(!confirm->isEnabled());

    // Unchecked again: blocked once more, and nothing to type.
    clickBox(lift);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 1, 30000);
    QVERIFY(!controller.plan().options.liftProtection);
    QVERIFY(!phrase->isVisible());
    QCOMPARE(m_emulator->callCount(u"ModifyInstancesAttribute"_s), 0);

    // Checked and confirmed: the run lifts the protection, then returns both.
    clickBox(lift);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 2, 30000);
    DialogDriver::confirm(*dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window.currentRun() && !m_console->window.currentRun()->isRunning(), 60000);
    QCOMPARE(m_console->window.currentRun()->report().count(RunState::Done), 2);
    QCOMPARE(m_emulator->callCount(u"ModifyInstancesAttribute"_s), 1);
    QCOMPARE(m_emulator->tencentFleet().find(kGuarded)->instanceState, u"SHUTDOWN"_s);
    QVERIFY(!m_emulator->tencentFleet().find(kGuarded)->disableApiTermination);
    QCOMPARE(m_emulator->tencentFleet().find(kFree)->instanceState, u"SHUTDOWN"_s);
}

void LiftProtectionOptionTest::productionAccountIsAskedSeparately()
{
    std::unique_ptr<emulator::Emulator> production = emulatorWith({guarded(kProdGuarded)});
    QVERIFY(production);
    Account prod = FlowFleet::account(u"Prod account"_s, production->url());
    prod.production = true;
    addAccount(prod, 3);

    TeardownDialog* dialog = confirmationOf({kGuarded, kProdGuarded});
    QVERIFY(dialog);
    auto* lift = dialog->findChild<QCheckBox*>(u"liftProtection"_s);
    auto* onProduction = dialog->findChild<QCheckBox*>(u"liftProtectionOnProduction"_s);
    QVERIFY(lift->isVisible() && onProduction->isVisible());
    QVERIFY2(onProduction->text().contains(u"1 instance"_s), qPrintable(onProduction->text()));
    QVERIFY(!onProduction->isEnabled()); // only once lifting is chosen at all
    QCOMPARE(dialog->plan().allowedCount(), 0);

    clickBox(lift);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 1, 30000);
    QVERIFY(onProduction->isEnabled());
    QVERIFY(!onProduction->isChecked());
    const PlanItem* prodItem = nullptr;
    for (const PlanItem& item : dialog->plan().items) {
        if (item.instance.id == kProdGuarded)
            prodItem = &item;
    }
    QVERIFY(prodItem);
    QCOMPARE(prodItem->decision.blockedCode, u"UnsupportedOperation.InstancesProtected"_s);
    QVERIFY(dialog->plan().productionAccounts.isEmpty());

    clickBox(onProduction);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 2, 30000);
    QVERIFY(m_console->session.teardown().plan().options.liftProtectionOnProduction);
    QCOMPARE(dialog->plan().liftedCount(), 2);
    QCOMPARE(dialog->plan().productionAccounts, QStringList{u"Prod account"_s});
    DialogDriver::confirm(*dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window.currentRun() && !m_console->window.currentRun()->isRunning(), 60000);
    QCOMPARE(m_console->window.currentRun()->report().count(RunState::Done), 2);
    QCOMPARE(production->callCount(u"ModifyInstancesAttribute"_s), 1);
    QCOMPARE(m_emulator->callCount(u"ModifyInstancesAttribute"_s), 1);
}

void LiftProtectionOptionTest::legacyAccountSaysWhyNot()
{
    std::unique_ptr<emulator::Emulator> legacy = emulatorWith({guarded(kLegacyGuarded)});
    QVERIFY(legacy);
    addAccount(FlowFleet::account(u"Legacy account"_s, legacy->url(), Dialect::TencentLegacy), 3);

    TeardownDialog* dialog = confirmationOf({kLegacyGuarded});
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QCheckBox*>(u"liftProtection"_s)->isVisible());
    auto* note = dialog->findChild<QLabel*>(u"liftProtectionUnavailable"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"cannot be lifted through the API 2.0 dialect"_s), qPrintable(note->text()));
    QVERIFY(note->text().contains(u"API 3.0 account"_s));
    QVERIFY(!dialog->options().liftProtection);
    dialog->reject();
}

void LiftProtectionOptionTest::offeredOnlyWhenSomethingIsProtected()
{
    TeardownDialog* dialog = confirmationOf({kFree});
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().allowedCount(), 1);
    QVERIFY(!dialog->plan().offersLiftProtection);
    QVERIFY(!dialog->findChild<QWidget*>(u"liftProtectionOption"_s)->isVisible());
    QVERIFY(!dialog->options().liftProtection);
    dialog->reject();
}

QTEST_MAIN(LiftProtectionOptionTest)
#include "tst_liftprotectionoption.moc"

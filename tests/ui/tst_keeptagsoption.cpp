// Ignoring keep tags in the confirmation, in the console as an operator uses it: an instance tagged
// teardown:keep is blocked in the plan; the dialog's check box re-plans through the
// TeardownController (setOptions) with the keep tags ignored, and that plan demands the typed
// phrase, saying why; confirmed, the run returns the kept instance. Turned off again, it is kept.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
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

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kFree = u"ins-free0001"_s;
const QString kKept = u"ins-kept0001"_s;

} // namespace

// On the box itself: a check box wider than its label does not toggle on a click past the label.
void clickBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

class KeepTagsOptionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ignoringKeepTagsReplansAndDemandsThePhrase();
    void offeredOnlyWhenSomethingIsKept();

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

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<TestConsole> m_console;
};

void KeepTagsOptionTest::init()
{
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
    // Both prepaid: to the recycle bin, which on its own needs no typed phrase.
    m_emulator->tencentFleet().add(FlowFleet::instance(kFree, u"PREPAID"_s));
    emulator::TencentInstance kept = FlowFleet::instance(kKept, u"PREPAID"_s);
    kept.tags = {{u"teardown:keep"_s, u"until the audit"_s}};
    m_emulator->tencentFleet().add(kept);
    m_console = std::make_unique<TestConsole>(DialogDriver::screenshotLanguage());
    m_console->session.teardown().setRunnerSettings({100, 30000, 3});
    m_console->addAccount(FlowFleet::account(u"Kept account"_s, m_emulator->url()), u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->window.instanceModel().rowCount(), 2, 30000);
}

void KeepTagsOptionTest::cleanup()
{
    m_console.reset();
    m_emulator.reset();
}

void KeepTagsOptionTest::ignoringKeepTagsReplansAndDemandsThePhrase()
{
    TeardownDialog* dialog = confirmationOf({kFree, kKept});
    QVERIFY(dialog);
    TeardownController& controller = m_console->session.teardown();

    // Honoured: the kept instance is blocked with its reason, and no phrase is asked.
    QCOMPARE(dialog->plan().allowedCount(), 1);
    const auto kept = std::find_if(dialog->plan().items.cbegin(), dialog->plan().items.cend(),
                                   [](const PlanItem& item) { return item.instance.id == kKept; });
    QVERIFY(kept != dialog->plan().items.cend());
    QCOMPARE(kept->decision.blockedCode, u"Teardown.KeptByTag"_s);
    QVERIFY(!dialog->plan().requiresTypedConfirmation());
    auto* ignore = dialog->findChild<QCheckBox*>(u"ignoreKeepTags"_s);
    QVERIFY(ignore);
    QVERIFY(ignore->isVisible());
    QVERIFY(!ignore->isChecked());
    QVERIFY(!dialog->findChild<QLineEdit*>(u"confirmationPhrase"_s)->isVisible());

    // Checked: the controller plans again with the option; the new plan is shown once quoted.
    const int before = controller.planRevision();
    QSignalSpy replanned(&controller, &TeardownController::planChanged);
    clickBox(ignore);
    QVERIFY(!replanned.isEmpty());
    QVERIFY(controller.plan().options.ignoreKeepTags);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->revision() > before, 30000);
    QCOMPARE(dialog->plan().allowedCount(), 2);
    QCOMPARE(dialog->plan().keptActedOnCount(), 1);
    QVERIFY(ignore->isChecked());
    DialogDriver::screenshot(*dialog, u"confirm-keep-tags"_s);
    QVERIFY2(ignore->text().contains(u"1 instance"_s), qPrintable(ignore->text()));
    QVERIFY(dialog->plan().requiresTypedConfirmation());
    auto* phrase = dialog->findChild<QLineEdit*>(u"confirmationPhrase"_s);
    QVERIFY(phrase->isVisible());
    const QString why = dialog->findChild<QLabel*>(u"confirmationReason"_s)->text();
    QVERIFY2(why.contains(u"1 instance is tagged to be kept"_s), qPrintable(why));
    auto* confirm = dialog->findChild<QPushButton*>(u"confirm"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(phrase, u"1"_s);
    QVERIFY(!confirm->isEnabled()); // the number of instances acted on is 2
    phrase->clear();
    QTest::keyClicks(phrase, dialog->plan().confirmationPhrase());
    QCOMPARE(dialog->plan().confirmationPhrase(), u"2"_s);
    QVERIFY(confirm->isEnabled());

    // Unchecked again: kept once more, and nothing to type.
    clickBox(ignore);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 1, 30000);
    QVERIFY(!controller.plan().options.ignoreKeepTags);
    QVERIFY(!dialog->plan().requiresTypedConfirmation());
    QVERIFY(!phrase->isVisible());

    // Checked and confirmed: the run returns both, the kept one included.
    clickBox(ignore);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinal() && dialog->plan().allowedCount() == 2, 30000);
    DialogDriver::confirm(*dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window.currentRun() && !m_console->window.currentRun()->isRunning(), 60000);
    QCOMPARE(m_console->window.currentRun()->report().count(RunState::Done), 2);
    QCOMPARE(m_emulator->tencentFleet().find(kKept)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(m_emulator->tencentFleet().find(kFree)->instanceState, u"SHUTDOWN"_s);
}

void KeepTagsOptionTest::offeredOnlyWhenSomethingIsKept()
{
    TeardownDialog* dialog = confirmationOf({kFree});
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().allowedCount(), 1);
    QVERIFY(!dialog->plan().offersIgnoreKeepTags);
    QVERIFY(!dialog->findChild<QCheckBox*>(u"ignoreKeepTags"_s)->isVisible());
    QVERIFY(!dialog->options().ignoreKeepTags);
    dialog->reject();
}

QTEST_MAIN(KeepTagsOptionTest)
#include "tst_keeptagsoption.moc"

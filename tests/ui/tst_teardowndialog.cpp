// The confirm dialog on a real plan: instances read through the Tencent client from the in-process
// emulator, planned and quoted by the TeardownController the console uses. Driven as an operator
// drives it: reading the tree, typing the phrase, clicking and pressing Enter.

#include "../integration/EmulatorFixture.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "PlanItemsProbe.h"
#include "ProviderFactory.h"
#include "TeardownController.h"
#include "TeardownDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kRegion = u"ap-guangzhou"_s;
const QString kPost1 = u"ins-post0001"_s;
const QString kPost2 = u"ins-post0002"_s;
const QString kPrepaid = u"ins-prep0001"_s;
const QString kProtected = u"ins-prot0001"_s;

QList<emulator::TencentInstance> mixedFleet()
{
    emulator::TencentInstance prot = fixture::instance(kProtected);
    prot.disableApiTermination = true;
    return {fixture::instance(kPost1), fixture::instance(kPost2), fixture::instance(kPrepaid, u"PREPAID"_s), prot};
}

using planitems::childIds;
using planitems::group;
using planitems::text;

template<typename T>
T* child(const QWidget& parent, const QString& name)
{
    return parent.findChild<T*>(name);
}

} // namespace

class TeardownDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsOutcomeGroupsAndBlockedReasons();
    void listsTheExactCalls();
    void showsRefunds();
    void typedPhraseGuardsTheConfirmButton();
    void enterConfirmsOnlyOnceThePhraseMatches();
    void enterCancelsWithoutAPhrase();
    void waitsForTheQuotes();
    void recycleBinDatesPerProvider();
    void recoverableOnlyNeedsNoPhrase();
    void productionAccountNeedsPhrase();
    void allBlockedOffersOnlyClose();
    void optionsAreOffOffered();

private:
    // The plan as the console shows it: planned, its calls described and its refunds quoted.
    TeardownPlan planFor(const QStringList& ids, Intent intent = Intent::Return, const PlanOptions& options = {})
    {
        const QList<Instance> selection = m_sandbox->read(kRegion, ids);
        if (selection.size() != ids.size())
            qWarning() << "read" << selection.size() << "of" << ids.size() << m_sandbox->lastError.code;
        TeardownController controller(m_sandbox->directory, &m_sandbox->history);
        controller.request(intent, selection, TeardownController::Purpose::Review, options);
        if (!fixture::waitUntil([&] { return controller.isPlanFinal(); }))
            qWarning() << "the plan was not quoted";
        return controller.plan();
    }
    static TeardownDialog* dialogFor(const TeardownPlan& plan)
    {
        auto* dialog = new TeardownDialog([](const QString&) { return u"Test account"_s; });
        dialog->setPlan(plan, 1, true);
        return dialog;
    }
    void showAndActivate(TeardownDialog& dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    std::unique_ptr<fixture::Sandbox> m_sandbox;
};

void TeardownDialogTest::init()
{
    m_sandbox = std::make_unique<fixture::Sandbox>();
    QVERIFY(m_sandbox->listening);
    QVERIFY(m_sandbox->provider);
    m_sandbox->useFleet(mixedFleet());
}

void TeardownDialogTest::cleanup()
{
    m_sandbox.reset();
}

void TeardownDialogTest::listsOutcomeGroupsAndBlockedReasons()
{
    const TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid, kProtected});
    QCOMPARE(plan.items.size(), 4);
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    const QAbstractItemModel* tree = planitems::of(dialog);
    QVERIFY(tree);

    // The outcome groups in order, the blocked one last.
    QCOMPARE(planitems::groupKeys(tree),
             QStringList({outcomeKey(Outcome::DestroyedNow), outcomeKey(Outcome::MovedToRecycleBin), u"blocked"_s}));
    QCOMPARE(tree->index(0, 0).data().toString(), outcomeLabel(Outcome::DestroyedNow) + u" — 2"_s);
    QCOMPARE(tree->index(1, 0).data().toString(), outcomeLabel(Outcome::MovedToRecycleBin) + u" — 1"_s);
    QCOMPARE(tree->index(2, 0).data().toString(), u"Blocked, will not be sent — 1"_s);

    QCOMPARE(childIds(group(tree, outcomeKey(Outcome::DestroyedNow))), QStringList({kPost1, kPost2}));
    QCOMPARE(childIds(group(tree, outcomeKey(Outcome::MovedToRecycleBin))), QStringList({kPrepaid}));
    QCOMPARE(childIds(group(tree, u"blocked"_s)), QStringList({kProtected}));

    // Each row: id, name, account name, region, charge type label, details.
    const QModelIndex prepaid = group(tree, outcomeKey(Outcome::MovedToRecycleBin));
    QCOMPARE(text(prepaid, 0, 1), u"test "_s + kPrepaid);
    QCOMPARE(text(prepaid, 0, 2), u"Test account"_s);
    QCOMPARE(text(prepaid, 0, 3), kRegion);
    const QString monthly = ProviderCatalog::chargeTypeLabel(ProviderId::Tencent, u"PREPAID"_s);
    QVERIFY(!monthly.isEmpty());
    QCOMPARE(text(prepaid, 0, 4), monthly);
    QVERIFY2(text(prepaid, 0, 6).contains(DisplayFormat::timeWithZone(plan.items.at(2).recoverableUntil)),
             qPrintable(text(prepaid, 0, 6)));
    QCOMPARE(tree->index(0, 0, prepaid).data(PlanItemsModel::KeyRole).toString(), plan.items.at(2).instance.key());
    QCOMPARE(text(group(tree, outcomeKey(Outcome::DestroyedNow)), 1, 6), u"Irreversible — by TerminateInstances"_s);

    const QString blocked = text(group(tree, u"blocked"_s), 0, 6);
    QVERIFY2(blocked.contains(u"UnsupportedOperation.InstancesProtected"_s), qPrintable(blocked));
    QCOMPARE(blocked, ErrorCatalog::describe(ProviderError::local(u"UnsupportedOperation.InstancesProtected"_s)));

    // The headline counts and the irreversible warning, with words, not only colour.
    showAndActivate(dialog);
    auto* irreversible = child<QLabel>(dialog, u"irreversible"_s);
    QVERIFY(irreversible->isVisible());
    QVERIFY2(irreversible->text().contains(u"Irreversible"_s), qPrintable(irreversible->text()));
    QVERIFY(irreversible->text().contains(u'2'));
    const QString summary = child<QLabel>(dialog, u"summary"_s)->text();
    QVERIFY2(summary.contains(outcomeLabel(Outcome::DestroyedNow) + u": 2"_s), qPrintable(summary));
    QVERIFY2(summary.contains(outcomeLabel(Outcome::MovedToRecycleBin) + u": 1"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Blocked, will not be sent: 1"_s), qPrintable(summary));
    QCOMPARE(dialog.size(), QSize(900, 640));
}

void TeardownDialogTest::listsTheExactCalls()
{
    const TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid, kProtected});
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* calls = child<QTreeWidget>(dialog, u"planCalls"_s);
    auto* toggle = child<QToolButton>(dialog, u"showCalls"_s);
    QVERIFY(calls && toggle);

    QCOMPARE(calls->topLevelItemCount(), 2);
    QStringList batchKeys;
    for (int i = 0; i < calls->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = calls->topLevelItem(i);
        QCOMPARE(row->text(0), u"Return"_s);
        QCOMPARE(row->text(1), u"Test account"_s);
        QCOMPARE(row->text(2), kRegion);
        QCOMPARE(row->text(3), u"TerminateInstances"_s);
        QVERIFY2(row->text(6).contains(u"TerminateInstances"_s), qPrintable(row->text(6)));
        QCOMPARE(row->text(6), m_sandbox->provider->describeCall(plan.calls.at(i)));
        batchKeys << row->text(4);
    }
    QCOMPARE(batchKeys, QStringList({u"POSTPAID_BY_HOUR"_s, u"PREPAID"_s}));
    QCOMPARE(calls->topLevelItem(0)->text(5), u"2"_s);
    QCOMPARE(calls->topLevelItem(1)->text(5), u"1"_s);
    QVERIFY(calls->topLevelItem(0)->text(6).contains(kPost1));
    QVERIFY(calls->topLevelItem(0)->text(6).contains(kPost2));
    QVERIFY(!calls->topLevelItem(0)->text(6).contains(kProtected));

    // Collapsed at first; the operator opens it.
    QVERIFY(!calls->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(calls->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!calls->isVisible());
}

void TeardownDialogTest::showsRefunds()
{
    TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid, kProtected});
    QVERIFY2(!plan.quoteError.isError(), qPrintable(plan.quoteError.code));
    const QString key = Instance::keyFor(m_sandbox->account.id, kPrepaid);
    QVERIFY(plan.refunds.contains(key));
    QCOMPARE(plan.refunds.value(key).currency, u"CNY"_s); // Tencent quotes in CNY and says so nowhere else
    QVERIFY(plan.refundTotals().value(u"CNY"_s) > 0);

    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    QAbstractItemModel* tree = planitems::of(dialog);
    QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString amount = DisplayFormat::money(plan.refunds.value(key).amount, u"CNY"_s);
    QVERIFY2(amount.startsWith(u"CNY "_s), qPrintable(amount));
    QCOMPARE(text(group(tree, outcomeKey(Outcome::MovedToRecycleBin)), 0, 5), amount);
    QCOMPARE(text(group(tree, outcomeKey(Outcome::DestroyedNow)), 0, 5), QString());
    auto* total = child<QLabel>(dialog, u"refundTotal"_s);
    QVERIFY(total->isVisible());
    const QString sum = u"CNY "_s + QLocale().toString(plan.refundTotals().value(u"CNY"_s), 'f', 2);
    QVERIFY2(total->text().contains(sum), qPrintable(total->text()));
    QVERIFY(!child<QLabel>(dialog, u"quoteError"_s)->isVisible());

    // A quote that failed is said; the rows, which read the same, are kept as they are, and the
    // operator's selection with them.
    auto* view = child<QTreeView>(dialog, u"planItems"_s);
    const QModelIndex selected = tree->index(0, 0, group(tree, outcomeKey(Outcome::MovedToRecycleBin)));
    view->selectionModel()->select(selected, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy reset(tree, &QAbstractItemModel::modelReset);
    plan.quoteError = ProviderError::local(u"Network.Timeout"_s);
    dialog.setPlan(plan, 2, true);
    auto* quoteError = child<QLabel>(dialog, u"quoteError"_s);
    QVERIFY(quoteError->isVisible());
    QVERIFY2(quoteError->text().contains(u"Network.Timeout"_s), qPrintable(quoteError->text()));
    QCOMPARE(reset.size(), 0);
    QVERIFY(view->selectionModel()->isSelected(selected));

    // A refund that changed is shown at once.
    TeardownPlan requoted = plan;
    requoted.refunds[key].amount += 1;
    dialog.setPlan(requoted, 3, true);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(text(group(tree, outcomeKey(Outcome::MovedToRecycleBin)), 0, 5),
             DisplayFormat::money(requoted.refunds.value(key).amount, u"CNY"_s));
    dialog.setPlan(plan, 4, true);

    if (const QString dir = qEnvironmentVariable("TEARDOWN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        plan.quoteError = {};
        dialog.setPlan(plan, 3, true);
        QTest::mouseClick(child<QToolButton>(dialog, u"showCalls"_s), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, u"confirmationPhrase"_s), u"3"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"confirm-en.png"_s)));
    }
}

void TeardownDialogTest::typedPhraseGuardsTheConfirmButton()
{
    const TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid, kProtected});
    QVERIFY(plan.requiresTypedConfirmation());
    QCOMPARE(plan.confirmationPhrase(), u"3"_s);
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* confirm = child<QPushButton>(dialog, u"confirm"_s);
    auto* cancel = child<QPushButton>(dialog, u"cancel"_s);
    auto* phrase = child<QLineEdit>(dialog, u"confirmationPhrase"_s);
    QVERIFY(confirm && cancel && phrase);
    QVERIFY(!child<QPushButton>(dialog, u"close"_s)->isVisible());

    // Cancel is the default; the phrase field has the focus, ready for the operator to type.
    QVERIFY(cancel->isDefault());
    QVERIFY(!confirm->isDefault());
    QCOMPARE(dialog.focusWidget(), phrase);
    QVERIFY2(confirm->text().contains(u"Return 3"_s), qPrintable(confirm->text()));
    QVERIFY(phrase->isVisible());
    const QString prompt = child<QLabel>(dialog, u"confirmationPrompt"_s)->text();
    QVERIFY2(prompt.contains(u'3'), qPrintable(prompt));
    const QString why = child<QLabel>(dialog, u"confirmationReason"_s)->text();
    QVERIFY2(why.contains(u"cannot be recovered"_s), qPrintable(why));
    QVERIFY(!confirm->isEnabled());

    QTest::keyClicks(phrase, u"4"_s);
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!dialog.canConfirm());
    QTest::keyClick(phrase, Qt::Key_Backspace);
    QTest::keyClicks(phrase, u"3 "_s); // exactly: a trailing space is not the phrase
    QVERIFY(!confirm->isEnabled());
    QTest::keyClick(phrase, Qt::Key_Backspace);
    QCOMPARE(phrase->text(), u"3"_s);
    QVERIFY(confirm->isEnabled());

    // Nothing confirms it behind the operator's back while it is disabled.
    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    phrase->clear();
    dialog.accept();
    QCOMPARE(confirmed.size(), 0);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(phrase, u"3"_s);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().toInt(), dialog.revision());
    QCOMPARE(dialog.options(), PlanOptions{});
}

void TeardownDialogTest::enterConfirmsOnlyOnceThePhraseMatches()
{
    const TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid});
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* phrase = child<QLineEdit>(dialog, u"confirmationPhrase"_s);
    auto* confirm = child<QPushButton>(dialog, u"confirm"_s);
    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    // A wrong phrase: Enter is still the safe way out, and it is not the confirm button's.
    QTest::keyClicks(phrase, u"2"_s);
    QVERIFY(!confirm->isDefault());
    QTest::keyClick(phrase, Qt::Key_Backspace);
    QTest::keyClicks(phrase, u"3"_s);
    QVERIFY(confirm->isEnabled());
    QVERIFY(confirm->isDefault());
    QVERIFY(!child<QPushButton>(dialog, u"cancel"_s)->isDefault());
    QTest::keyClick(phrase, Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(rejected.size(), 0);

    // Erasing the phrase gives Enter back to Cancel.
    QTest::keyClick(phrase, Qt::Key_Backspace);
    QVERIFY(!confirm->isDefault());
    QVERIFY(child<QPushButton>(dialog, u"cancel"_s)->isDefault());
}

void TeardownDialogTest::enterCancelsWithoutAPhrase()
{
    const TeardownPlan plan = planFor({kPost1, kPost2, kPrepaid});
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(child<QLineEdit>(dialog, u"confirmationPhrase"_s), Qt::Key_Return);
    QCOMPARE(confirmed.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TeardownDialogTest::waitsForTheQuotes()
{
    // Until the quotes are in, the plan may still change (a refused quote blocks an instance):
    // it is shown, but cannot be confirmed, and the dialog says why.
    const TeardownPlan plan = planFor({kPrepaid});
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    dialog.setPlan(plan, 5, false);
    showAndActivate(dialog);
    auto* confirm = child<QPushButton>(dialog, u"confirm"_s);
    QVERIFY(!plan.requiresTypedConfirmation());
    QVERIFY(!confirm->isEnabled());
    QVERIFY(child<QLabel>(dialog, u"quoting"_s)->isVisible());
    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    dialog.accept();
    QCOMPARE(confirmed.size(), 0);

    dialog.setPlan(plan, 6, true);
    QVERIFY(confirm->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"quoting"_s)->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().toInt(), 6);
}

void TeardownDialogTest::recycleBinDatesPerProvider()
{
    // Tencent keeps a returned subscription for days, Zenlayer a machine for 24 hours: the summary
    // gives each provider's date, not the earliest of all.
    TeardownPlan plan;
    const QDateTime tencentUntil = QDateTime::currentDateTimeUtc().addDays(7);
    const QDateTime zenlayerUntil = QDateTime::currentDateTimeUtc().addDays(1);
    for (const auto& [provider, id, until] :
         {std::tuple{ProviderId::Tencent, u"ins-tenc0001"_s, tencentUntil},
          std::tuple{ProviderId::Zenlayer, u"739591339487001536"_s, zenlayerUntil}}) {
        PlanItem item;
        item.instance.provider = provider;
        item.instance.accountId = u"acct-1"_s;
        item.instance.id = id;
        item.decision.outcome = Outcome::MovedToRecycleBin;
        item.decision.action = u"TerminateInstances"_s;
        item.recoverableUntil = until;
        plan.items << item;
    }
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    const QString summary = child<QLabel>(*owned, u"summary"_s)->text();
    QVERIFY2(summary.contains(providerDisplayName(ProviderId::Tencent) + u": "_s)
                 && summary.contains(DisplayFormat::timeWithZone(tencentUntil)),
             qPrintable(summary));
    QVERIFY2(summary.contains(providerDisplayName(ProviderId::Zenlayer) + u": "_s)
                 && summary.contains(DisplayFormat::timeWithZone(zenlayerUntil)),
             qPrintable(summary));
}

void TeardownDialogTest::recoverableOnlyNeedsNoPhrase()
{
    const TeardownPlan plan = planFor({kPrepaid});
    QVERIFY(!m_sandbox->account.production);
    QVERIFY(!plan.requiresTypedConfirmation());
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* confirm = child<QPushButton>(dialog, u"confirm"_s);
    QVERIFY(confirm->isEnabled());
    QVERIFY(confirm->text().contains(u"Return 1"_s));
    QVERIFY(!child<QLineEdit>(dialog, u"confirmationPhrase"_s)->isVisible());
    QVERIFY(!child<QLabel>(dialog, u"irreversible"_s)->isVisible());
    QVERIFY(!child<QLabel>(dialog, u"productionAccounts"_s)->isVisible());
    QVERIFY(!child<QLabel>(dialog, u"expiringCredentials"_s)->isVisible());
    // Still not the default: Enter cancels.
    QVERIFY(child<QPushButton>(dialog, u"cancel"_s)->isDefault());
    QVERIFY(!confirm->isDefault());
    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
}

void TeardownDialogTest::productionAccountNeedsPhrase()
{
    m_sandbox->account.production = true;
    m_sandbox->environment.account = m_sandbox->account;
    m_sandbox->open(u"sandbox-secret-key"_s); // replaces the provider of the same account
    m_sandbox->provider = m_sandbox->directory.provider(m_sandbox->account.id);
    QVERIFY(m_sandbox->provider && m_sandbox->provider->account().production);

    const TeardownPlan plan = planFor({kPrepaid});
    QCOMPARE(plan.productionAccounts, QStringList({u"Test account"_s}));
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* confirm = child<QPushButton>(dialog, u"confirm"_s);
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"irreversible"_s)->isVisible());
    const QString why = child<QLabel>(dialog, u"confirmationReason"_s)->text();
    QVERIFY2(why.contains(u"production"_s) && why.contains(u"Test account"_s), qPrintable(why));
    QVERIFY(child<QLabel>(dialog, u"productionAccounts"_s)->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmationPhrase"_s), u"1"_s);
    QVERIFY(confirm->isEnabled());

    // Temporary credentials about to run out are said before confirming.
    TeardownPlan expiring = plan;
    expiring.expiringCredentials = {{u"Test account"_s, QDateTime::currentDateTimeUtc().addSecs(20 * 60 - 30)}};
    dialog.setPlan(expiring, 2, true);
    QVERIFY(child<QLabel>(dialog, u"expiringCredentials"_s)->isVisible());
    const QString warning = child<QLabel>(dialog, u"expiringCredentials"_s)->text();
    QVERIFY2(warning.startsWith(u"Test account: temporary credentials expire in 20 min."_s), qPrintable(warning));
    if (const QString dir = qEnvironmentVariable("TEARDOWN_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"confirm-expiring-en.png"_s)));
}

void TeardownDialogTest::allBlockedOffersOnlyClose()
{
    const TeardownPlan plan = planFor({kProtected});
    QVERIFY(plan.isEmpty());
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* close = child<QPushButton>(dialog, u"close"_s);
    QVERIFY(close->isVisible());
    QVERIFY(close->isDefault());
    QVERIFY(!child<QPushButton>(dialog, u"confirm"_s)->isVisible());
    QVERIFY(!child<QPushButton>(dialog, u"cancel"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, u"confirmationPhrase"_s)->isVisible());
    QVERIFY(!child<QCheckBox>(dialog, u"releaseAddress"_s)->isVisible());
    QVERIFY(!dialog.canConfirm());
    auto* explanation = child<QLabel>(dialog, u"emptyExplanation"_s);
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->text().contains(u"Nothing will be sent"_s), qPrintable(explanation->text()));
    QCOMPARE(childIds(group(planitems::of(dialog), u"blocked"_s)), QStringList({kProtected}));

    QSignalSpy confirmed(&dialog, &TeardownDialog::confirmed);
    dialog.accept(); // nothing to confirm
    QCOMPARE(confirmed.size(), 0);
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TeardownDialogTest::optionsAreOffOffered()
{
    const TeardownPlan plan = planFor({kPost1, kPrepaid});
    std::unique_ptr<TeardownDialog> owned(dialogFor(plan));
    TeardownDialog& dialog = *owned;
    showAndActivate(dialog);
    auto* address = child<QCheckBox>(dialog, u"releaseAddress"_s);
    auto* disks = child<QCheckBox>(dialog, u"releasePrepaidDataDisks"_s);
    QVERIFY(address->isVisible() && disks->isVisible());
    QVERIFY(!address->isChecked() && !disks->isChecked());
    QVERIFY(!child<QLabel>(dialog, u"releaseAddressNote"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(dialog, u"releasePrepaidDataDisksNote"_s)->text().isEmpty());
    QCOMPARE(dialog.options(), PlanOptions{});

    QSignalSpy changed(&dialog, &TeardownDialog::optionsChanged);
    QTest::mouseClick(address, Qt::LeftButton, {}, QPoint(8, address->height() / 2)); // on the box
    QVERIFY(dialog.options().releaseAddress);
    QVERIFY(!dialog.options().releasePrepaidDataDisks);
    QCOMPARE(changed.size(), 1);
    QTest::mouseClick(disks, Qt::LeftButton, {}, QPoint(8, disks->height() / 2));
    QVERIFY(dialog.options().releasePrepaidDataDisks);
    QCOMPARE(changed.size(), 2);

    // The controller re-plans with them; the new plan keeps them and its calls carry them.
    const TeardownPlan replanned = planFor({kPost1, kPrepaid}, Intent::Return, dialog.options());
    dialog.setPlan(replanned, 2, true);
    QVERIFY(address->isChecked() && disks->isChecked());
    QVERIFY(child<QTreeWidget>(dialog, u"planCalls"_s)->topLevelItem(0)->text(6).contains(u"ReleaseAddress"_s));
}

QTEST_MAIN(TeardownDialogTest)
#include "tst_teardowndialog.moc"

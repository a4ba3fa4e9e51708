// The main window on the embedded sandbox: the fleet is listed through the real client over
// loopback, selection is counted and follows the filters, search filters, a failing account is
// reported, the browse tree and the sandbox notice follow the accounts, and the language switches
// at runtime everywhere.

#include "AccountBrowser.h"
#include "ConsoleSession.h"
#include "DialogDriver.h"
#include "Emulator.h"
#include "InstanceDetailsPane.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "SandboxHost.h"
#include "TencentFleet.h"
#include "TranslationLoader.h"
#include "ZenlayerFleet.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheSandboxFleet();
    void countsTheSelectionByChargeType();
    void searchFilters();
    void reportsAFailingAccount();
    void switchesLanguageAtRuntime();
    void removingTheBrowsedAccountShowsAllAgain();
    void actsOnlyOnWhatTheFiltersShow();
    void sandboxNoticeFollowsTheBrowsedAccount();
    void sandboxCanBeSwitchedOffFromTheAccountsMenu();
    void languageSwitchLeavesNothingInTheOldLanguage();

private:
    int sandboxFleetSize() const
    {
        emulator::Emulator reference; // the same deterministic sandbox the session embeds
        // Both fleets, side by side.
        return int(reference.tencentFleet().size() + reference.zenlayerFleet().size());
    }

    // A stored account on the sandbox's own emulator: real, as far as the console can tell.
    QString addAccountOnTheSandbox(const QString& name)
    {
        Account account;
        account.name = name;
        account.keyId = u"AKIDSANDBOX"_s;
        account.endpoint = m_session->account(SandboxHost::accountId())->endpoint;
        account.regions = {u"ap-guangzhou"_s};
        QObject context;
        return m_session->saveAccount(account, {account.keyId, u"sandbox-secret-key"_s}, false, &context, {});
    }
    QTreeWidgetItem* browserItem(const QString& accountId) const
    {
        AccountBrowser& browser = m_window->browser();
        QTreeWidgetItem* all = browser.topLevelItem(0);
        for (int i = 0; all && i < all->childCount(); ++i) {
            if (all->child(i)->data(0, Qt::UserRole).toString() == accountId)
                return all->child(i);
        }
        return nullptr;
    }
    static bool hasChinese(const QString& text)
    {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    std::unique_ptr<TranslationLoader> m_translations;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(u"config"_s));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_secrets = std::make_unique<MemoryCredentialStore>();
    m_translations = std::make_unique<TranslationLoader>();
    m_translations->apply(u"en"_s);
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_secrets.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_session = std::make_unique<ConsoleSession>(config);
    m_window = std::make_unique<MainWindow>(*m_session, *m_translations);
    m_window->show();
    m_session->start();
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_translations.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void MainWindowTest::listsTheSandboxFleet()
{
    QVERIFY(m_session->isSandboxShown());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    QTRY_VERIFY(!m_window->isRefreshing());
    QVERIFY(m_window->findChild<QLabel*>(u"sandboxBanner"_s)->isVisible());
    QVERIFY(m_window->accountProblemsText().isEmpty());

    // F5 lists again without duplicating a row.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(!m_window->isRefreshing());
    QCOMPARE(m_window->instanceModel().rowCount(), sandboxFleetSize());
}

void MainWindowTest::countsTheSelectionByChargeType()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    QTableView& view = m_window->instanceView();
    QCOMPARE(m_window->selectionSummaryText(), u"Nothing selected"_s);

    view.selectAll();
    const int all = m_window->instanceProxy().rowCount();
    QVERIFY2(m_window->selectionSummaryText().startsWith(u"%1 selected"_s.arg(all)),
             qPrintable(m_window->selectionSummaryText()));

    // Only the prepaid ones, through the charge filter: the count follows.
    int prepaid = 0;
    for (const Instance& i : m_window->instanceModel().instances())
        prepaid += i.chargeClass == ChargeClass::Prepaid;
    QVERIFY(prepaid > 0);
    m_window->instanceProxy().setChargeFilter({ChargeClass::Prepaid});
    view.selectAll();
    const QString summary = m_window->selectionSummaryText();
    QVERIFY2(summary.startsWith(u"%1 selected"_s.arg(prepaid)), qPrintable(summary));
    QVERIFY2(summary.contains(u"%1 Subscription"_s.arg(prepaid)), qPrintable(summary));
}

void MainWindowTest::searchFilters()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    const Instance target = m_window->instanceModel().instanceAt(7);
    QLineEdit* search = m_window->findChild<QLineEdit*>(u"search"_s);
    QTest::keyClicks(search, target.id);
    QCOMPARE(m_window->instanceProxy().rowCount(), 1);
    search->clear();
    QCOMPARE(m_window->instanceProxy().rowCount(), sandboxFleetSize());
}

void MainWindowTest::reportsAFailingAccount()
{
    Account broken;
    broken.name = u"Broken endpoint"_s;
    broken.keyId = u"AKIDSANDBOX"_s;
    broken.endpoint = QUrl(u"http://127.0.0.1:1"_s);
    broken.regions = {u"ap-guangzhou"_s};
    QObject context;
    m_session->saveAccount(broken, {broken.keyId, u"sandbox-secret-key"_s}, false, &context, {});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountProblemsText().contains(u"Broken endpoint"_s), 60000);
    QVERIFY(m_window->accountProblemsText().contains(u"Network.ConnectionRefused"_s));
    QVERIFY(m_window->findChild<QLabel*>(u"problemBanner"_s)->isVisible());
    // The sandbox keeps working beside it.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
}

void MainWindowTest::switchesLanguageAtRuntime()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    const auto header = [this] {
        return m_window->instanceModel()
            .headerData(InstanceTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    };
    QCOMPARE(header(), u"Status"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);

    m_window->switchLanguage(u"zh_CN"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"文件(&F)"_s);
    QCOMPARE(header(), u"状态"_s);
    QCOMPARE(m_window->findChild<QLineEdit*>(u"search"_s)->placeholderText(), u"搜索 ID、名称、IP 或标签（Ctrl+F）"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s); // remembered

    m_window->switchLanguage(u"en"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(header(), u"Status"_s);
}

void MainWindowTest::removingTheBrowsedAccountShowsAllAgain()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    const QString id = addAccountOnTheSandbox(u"Second look"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->instanceModel().rowCount() > sandboxFleetSize(), 30000);
    QTRY_VERIFY(browserItem(id));
    m_window->browser().setCurrentItem(browserItem(id));
    QCOMPARE(m_window->browser().accountId(), id);
    QVERIFY(m_window->instanceProxy().rowCount() < m_window->instanceModel().rowCount());

    m_session->removeAccount(id);
    QTRY_COMPARE(m_window->instanceModel().rowCount(), sandboxFleetSize());
    // Back on all accounts, without a click: every instance is shown.
    QCOMPARE(m_window->browser().accountId(), QString());
    QCOMPARE(m_window->instanceProxy().rowCount(), sandboxFleetSize());
    const QString count = m_window->findChild<QLabel*>(u"instanceCount"_s)->text();
    QVERIFY2(count.startsWith(u"%1 of %1"_s.arg(sandboxFleetSize())), qPrintable(count));
}

void MainWindowTest::actsOnlyOnWhatTheFiltersShow()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    QTRY_VERIFY(!m_window->isRefreshing());
    QTableView& view = m_window->instanceView();
    view.selectionModel()->select(
        QItemSelection(m_window->instanceProxy().index(0, 0), m_window->instanceProxy().index(2, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY2(m_window->selectionSummaryText().startsWith(u"3 selected"_s),
             qPrintable(m_window->selectionSummaryText()));
    const QString kept = m_window->selectedInstances().at(1).id;

    // The search leaves one of the three: the count and the action follow what is shown.
    QTest::keyClicks(m_window->findChild<QLineEdit*>(u"search"_s), kept);
    QCOMPARE(m_window->instanceProxy().rowCount(), 1);
    QVERIFY2(m_window->selectionSummaryText().startsWith(u"1 selected"_s),
             qPrintable(m_window->selectionSummaryText()));
    m_window->returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(*m_window);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().items.size(), 1);
    QCOMPARE(dialog->plan().items.first().instance.id, kept);
    dialog->reject();

    // Filtered away entirely: nothing is selected, and Return is off.
    QTest::keyClicks(m_window->findChild<QLineEdit*>(u"search"_s), u"no-such-instance"_s);
    QCOMPARE(m_window->instanceProxy().rowCount(), 0);
    QCOMPARE(m_window->selectionSummaryText(), u"Nothing selected"_s);
    QVERIFY(!m_window->findChild<QAction*>(u"returnInstances"_s)->isEnabled());
}

void MainWindowTest::sandboxNoticeFollowsTheBrowsedAccount()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    auto* notice = m_window->findChild<QLabel*>(u"sandboxBanner"_s);
    QVERIFY(notice->isVisible());
    const QString id = addAccountOnTheSandbox(u"Own account"_s);
    QTRY_VERIFY(browserItem(id));

    m_window->browser().setCurrentItem(browserItem(id));
    QVERIFY(!notice->isVisible()); // only a real account is browsed
    m_window->browser().setCurrentItem(browserItem(SandboxHost::zenlayerAccountId()));
    QVERIFY(notice->isVisible());
    m_window->browser().setCurrentItem(m_window->browser().topLevelItem(0));
    QVERIFY(notice->isVisible()); // all accounts, the sandbox among them
}

void MainWindowTest::sandboxCanBeSwitchedOffFromTheAccountsMenu()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    const QString id = addAccountOnTheSandbox(u"Own account"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->instanceModel().rowCount() > sandboxFleetSize(), 30000);
    const int own = m_window->instanceModel().rowCount() - sandboxFleetSize();

    // Adding an account does not pull the sandbox away mid-session; the Accounts menu does.
    QVERIFY(m_session->isSandboxShown());
    QMenu* accounts = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text() == u"&Accounts"_s)
            accounts = menu->menu();
    }
    QVERIFY(accounts);
    auto* toggle = m_window->findChild<QAction*>(u"showSandbox"_s);
    QVERIFY(accounts->actions().contains(toggle));
    QVERIFY(toggle->isEnabled() && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!m_session->isSandboxShown());
    QTRY_COMPARE(m_window->instanceModel().rowCount(), own);
    QVERIFY(!m_window->findChild<QLabel*>(u"sandboxBanner"_s)->isVisible());
    QVERIFY(!browserItem(SandboxHost::accountId()));
    QVERIFY(browserItem(id));

    // The next start with an account of one's own opens without the sandbox.
    m_window.reset();
    m_session.reset();
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_secrets.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_session = std::make_unique<ConsoleSession>(config);
    m_session->start();
    QVERIFY(!m_session->isSandboxShown());
}

void MainWindowTest::languageSwitchLeavesNothingInTheOldLanguage()
{
    Account broken;
    broken.name = u"Broken endpoint"_s;
    broken.keyId = u"AKIDSANDBOX"_s;
    broken.endpoint = QUrl(u"http://127.0.0.1:1"_s);
    broken.regions = {u"ap-guangzhou"_s};
    QObject context;
    m_session->saveAccount(broken, {broken.keyId, u"sandbox-secret-key"_s}, false, &context, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->instanceModel().rowCount(), sandboxFleetSize(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountProblemsText().contains(u"Broken endpoint"_s), 60000);
    auto* problems = m_window->findChild<QLabel*>(u"problemBanner"_s);
    const QModelIndex first = m_window->instanceProxy().index(0, 0);
    m_window->instanceView().selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!m_window->detailsPane().text().isEmpty());

    m_window->switchLanguage(u"zh_CN"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"文件(&F)"_s);
    // The sandbox accounts are named in Chinese, in the session, the tree and the table.
    QCOMPARE(m_session->account(SandboxHost::accountId())->name, u"腾讯云沙盒（模拟器）"_s);
    QVERIFY(hasChinese(browserItem(SandboxHost::accountId())->text(0)));
    const int sandboxRow = m_window->instanceModel().rowOf(m_window->instanceModel().instanceAt(0).key());
    QVERIFY(
        hasChinese(m_window->instanceModel().index(sandboxRow, InstanceTableModel::AccountColumn).data().toString()));
    QVERIFY2(hasChinese(problems->text()), qPrintable(problems->text()));
    QVERIFY2(hasChinese(m_window->detailsPane().text()), qPrintable(m_window->detailsPane().text()));

    // And back: no Chinese left behind, without a refresh.
    m_window->switchLanguage(u"en"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QVERIFY2(!hasChinese(problems->text()), qPrintable(problems->text()));
    QVERIFY2(!hasChinese(browserItem(SandboxHost::accountId())->text(0)),
             qPrintable(browserItem(SandboxHost::accountId())->text(0)));
    // The labels and the account name are the console's (values such as an OS name are the
    // provider's own and may well be Chinese).
    const QString details = m_window->detailsPane().text();
    QVERIFY2(details.contains(u"Charge type"_s) && !details.contains(u"计费"_s), qPrintable(details));
    QVERIFY2(!details.contains(u"沙盒"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Tencent Cloud sandbox (emulator)"_s) || details.contains(u"Zenlayer sandbox"_s),
             qPrintable(details));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

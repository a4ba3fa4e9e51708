// The main window on the embedded sandbox: the fleet is listed through the real client over
// loopback, selection is counted, search filters, a failing account is reported, and the language
// switches at runtime.

#include "ConsoleSession.h"
#include "Emulator.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "TencentFleet.h"
#include "TranslationLoader.h"
#include "ZenlayerFleet.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

private:
    int sandboxFleetSize() const
    {
        emulator::Emulator reference; // the same deterministic sandbox the session embeds
        // Both fleets, side by side.
        return int(reference.tencentFleet().size() + reference.zenlayerFleet().size());
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
    m_session->saveAccount(broken, u"sandbox-secret-key"_s, false, &context, {});
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

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

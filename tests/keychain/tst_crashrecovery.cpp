// A crash in the middle of a teardown, as an operator's machine has one: teardownctl is killed
// (SIGKILL) while the emulator holds back the reply to a TerminateInstances it has applied. The
// history must then say the call was sent and never confirmed, survive SQLite's integrity check,
// and the console's next start (offscreen, on the same settings, keychain and history) must offer
// to verify the call; verifying reads the instance from the emulator and settles the call.

#include "Account.h"
#include "AccountSecrets.h"
#include "AccountStore.h"
#include "ConsoleSession.h"
#include "CtlEnvironment.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "GuangzhouInstance.h"
#include "History.h"
#include "KeychainCredentialStore.h"
#include "KeychainWait.h"
#include "MainWindow.h"
#include "TencentFleet.h"
#include "TencentInstance.h"
#include "TranslationLoader.h"
#include "UnconfirmedCallsDialog.h"
#include "UnconfirmedVerification.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
const QString kInstance = u"ins-kill0001"_s;
} // namespace

class CrashRecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedMidReturnIsVerifiedAtTheNextStart();

private:
    void killTeardownctlWhileItsReturnIsHeld();
    void checkTheHistoryFile();

    QTemporaryDir m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
    QString m_history;
    QString m_settingsPath;
    Account m_account;
};

void CrashRecoveryTest::initTestCase()
{
    KeychainCredentialStore keychain;
    const SecretResult probe =
        fixture::waitForKeychain([&](QObject* c, CredentialStore::Done d) { keychain.readSecret(u"probe"_s, c, d); });
    QVERIFY2(probe.status == SecretResult::Status::Ok || probe.status == SecretResult::Status::NotFound,
             qPrintable(u"No secret service (scripts/test.sh starts one): "_s + probe.message));

    m_history = m_home.filePath(u"history.sqlite"_s);
    emulator::Options options;
    options.terminatingMs = 3600 * 1000; // stays TERMINATING: what the verification sees is exact
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(kInstance, u"crash-"_s, u"POSTPAID_BY_HOUR"_s));

    // A stored account as the console saves it: settings where teardownctl reads them, the secret
    // in the keychain.
    m_settingsPath = m_home.filePath(u"config/TeardownConsole/teardown-console.conf"_s);
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    AccountStore store(&settings);
    m_account.id = AccountStore::newId();
    m_account.name = u"Crash 崩溃"_s;
    m_account.keyId = QString(emulator::Emulator::SandboxSecretId);
    m_account.endpoint = m_emulator->url();
    m_account.regions = {u"ap-guangzhou"_s};
    store.save(m_account);
    settings.sync();
    const SecretResult written = fixture::waitForKeychain([&](QObject* c, CredentialStore::Done d) {
        AccountSecrets::write(keychain, m_account.id, {m_account.keyId, QString(emulator::Emulator::SandboxSecretKey)},
                              c, d);
    });
    QCOMPARE(written.status, SecretResult::Status::Ok);
}

void CrashRecoveryTest::cleanupTestCase()
{
    if (m_account.id.isEmpty())
        return;
    KeychainCredentialStore keychain;
    fixture::waitForKeychain(
        [&](QObject* c, CredentialStore::Done d) { AccountSecrets::remove(keychain, m_account.id, c, d); });
}

void CrashRecoveryTest::killTeardownctlWhileItsReturnIsHeld()
{
    QVERIFY(m_emulator->faults().add(u"delay:TerminateInstances=600000"_s));
    QSignalSpy logged(m_emulator.get(), &emulator::Emulator::callLogged);
    QProcess teardownctl;
    teardownctl.setProcessEnvironment(fixture::ctlEnvironment(m_home));
    QSignalSpy finished(&teardownctl, &QProcess::finished);
    teardownctl.start(QString::fromUtf8(TEARDOWNCTL_PATH),
                      {u"apply"_s, u"--yes"_s, kInstance, u"--account"_s, m_account.name, u"--history"_s, m_history,
                       u"--language"_s, u"en"_s});
    teardownctl.closeWriteChannel();
    // The emulator logs a call when it has run it; its reply is what the fault holds back.
    auto terminateLogged = [&logged] {
        for (const QList<QVariant>& call : std::as_const(logged)) {
            if (call.first().value<emulator::CallLogEntry>().action == u"TerminateInstances"_s)
                return true;
        }
        return false;
    };
    while (!terminateLogged())
        QVERIFY2(logged.wait(30000), "teardownctl never sent its TerminateInstances");
    QCOMPARE(m_emulator->tencentFleet().find(kInstance)->instanceState, u"TERMINATING"_s);

    ::kill(static_cast<pid_t>(teardownctl.processId()), SIGKILL);
    QVERIFY(finished.wait(10000));
    QCOMPARE(teardownctl.exitStatus(), QProcess::CrashExit);
    m_emulator->faults().clear();
}

void CrashRecoveryTest::checkTheHistoryFile()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(m_history);
        QVERIFY(db.open());
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);

    History history;
    QVERIFY2(history.open(m_history), qPrintable(history.errorString()));
    const QList<CallRecord> unconfirmed = history.unconfirmedCalls();
    QCOMPARE(unconfirmed.size(), 1);
    QCOMPARE(unconfirmed.first().action, u"TerminateInstances"_s);
    QCOMPARE(unconfirmed.first().instanceIds, QStringList{kInstance});
    QCOMPARE(unconfirmed.first().status, CallStatus::Sent);
    QCOMPARE(unconfirmed.first().accountId, m_account.id);
}

void CrashRecoveryTest::killedMidReturnIsVerifiedAtTheNextStart()
{
    killTeardownctlWhileItsReturnIsHeld();
    if (QTest::currentTestFailed())
        return;
    checkTheHistoryFile();
    if (QTest::currentTestFailed())
        return;

    // The console starts on the same settings, keychain and history.
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ConsoleSession::Config config;
    config.settings = &settings;
    config.historyPath = m_history;
    config.allowSandbox = false;
    ConsoleSession session(config);
    TranslationLoader translations;
    translations.apply(u"en"_s);
    MainWindow window(session, translations);
    window.show();
    session.start();
    window.checkUnconfirmedCalls(); // what the console's main() does once the window is up

    auto* dialog = window.findChild<UnconfirmedCallsDialog*>();
    QVERIFY2(dialog && dialog->isVisible(), "the console did not offer to verify the unconfirmed call");
    auto* list = dialog->findChild<QTreeWidget*>(u"callList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(4), kInstance);

    QTest::mouseClick(dialog->findChild<QPushButton*>(u"verify"_s), Qt::LeftButton);
    auto* verification = dialog->findChild<UnconfirmedVerification*>();
    QVERIFY2(verification, "Verify started no verification");
    QSignalSpy verified(verification, &UnconfirmedVerification::finished);
    // It waits for the account to open (its secret comes from the keychain), then reads the instance.
    QVERIFY2(verified.wait(30000), "the verification did not finish");

    // The history records the finding; the dialog shows it.
    History watcher;
    QVERIFY(watcher.open(m_history));
    const QString note = u"Verified: ins-kill0001 is being destroyed (TERMINATING), its latest operation is "
                         u"TerminateInstances (OPERATING)"_s;
    QCOMPARE(list->topLevelItem(0)->text(5), note);
    QVERIFY(watcher.unconfirmedCalls().isEmpty());
    HistoryFilter destructive;
    destructive.instanceId = kInstance;
    destructive.destructiveOnly = true;
    const QList<CallRecord> rows = watcher.calls(destructive);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, CallStatus::Unknown);
    QCOMPARE(rows.first().verificationNote, note);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1); // verifying only reads
    QCOMPARE(dialog->findChild<QPushButton*>(u"later"_s)->text(), u"&Close"_s);
    QVERIFY(!dialog->findChild<QPushButton*>(u"verify"_s)->isEnabled());
}

QTEST_MAIN(CrashRecoveryTest)
#include "tst_crashrecovery.moc"

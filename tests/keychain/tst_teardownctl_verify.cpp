// teardownctl unconfirmed --verify through a stored account whose secret is in a real GNOME Keyring:
// a return whose reply never came (the emulator held it back after applying; teardownctl was killed
// meanwhile), and calls other sessions left sent, are read again and marked reviewed with what the
// instances show, in the history the console reads.

#include "Account.h"
#include "AccountSecrets.h"
#include "AccountStore.h"
#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "GuangzhouInstance.h"
#include "History.h"
#include "KeychainCredentialStore.h"
#include "KeychainWait.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using fixture::waitForKeychain;

class TeardownctlVerifyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifyResolvesWhatItCanRead();

private:
    fixture::CtlResult ctl(const QStringList& arguments);
    void leaveSent(const QString& instanceId);

    QTemporaryDir m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
    QString m_history;
    Account m_account;
};

void TeardownctlVerifyTest::initTestCase()
{
    KeychainCredentialStore keychain;
    const SecretResult probe =
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { keychain.readSecret(u"probe"_s, c, d); });
    if (probe.status == SecretResult::Status::Unavailable || probe.status == SecretResult::Status::Failed) {
        if (qEnvironmentVariableIntValue("TEARDOWN_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(u"No secret service although scripts/test.sh started one: "_s + probe.message));
        QSKIP("No secret service on this D-Bus session; run through scripts/test.sh");
    }

    m_history = m_home.filePath(u"history.sqlite"_s);
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    fleet.add(fixture::guangzhouInstance(u"ins-prep0001"_s, u"核验-"_s, u"PREPAID"_s));
    fleet.add(fixture::guangzhouInstance(u"ins-runs0001"_s, u"核验-"_s, u"POSTPAID_BY_HOUR"_s));

    // A stored account as the console saves it: settings where teardownctl reads them, the secret
    // in the keychain.
    QSettings settings(m_home.filePath(u"config/TeardownConsole/teardown-console.conf"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    m_account.id = AccountStore::newId();
    m_account.name = u"Ops 运维"_s;
    m_account.keyId = QString(emulator::Emulator::SandboxSecretId);
    m_account.endpoint = m_emulator->url();
    store.save(m_account);
    settings.sync();
    const SecretResult written = waitForKeychain([&](QObject* c, CredentialStore::Done d) {
        AccountSecrets::write(keychain, m_account.id, {m_account.keyId, QString(emulator::Emulator::SandboxSecretKey)},
                              c, d);
    });
    QCOMPARE(written.status, SecretResult::Status::Ok);
}

void TeardownctlVerifyTest::cleanupTestCase()
{
    if (m_account.id.isEmpty())
        return;
    KeychainCredentialStore keychain;
    waitForKeychain([&](QObject* c, CredentialStore::Done d) { AccountSecrets::remove(keychain, m_account.id, c, d); });
}

fixture::CtlResult TeardownctlVerifyTest::ctl(const QStringList& arguments)
{
    return fixture::runCtl(
        arguments + QStringList{u"--language"_s, u"en"_s, u"--history"_s, m_history, u"--poll-interval"_s, u"100"_s},
        fixture::ctlEnvironment(m_home));
}

// A call another session wrote as sent and never finished: the machine stopped before it left.
void TeardownctlVerifyTest::leaveSent(const QString& instanceId)
{
    History history;
    QVERIFY2(history.open(m_history), qPrintable(history.errorString()));
    CallRecord r;
    r.sentAt = QDateTime::currentDateTimeUtc();
    r.accountId = m_account.id;
    r.accountName = m_account.name;
    r.dialect = u"tencent"_s;
    r.region = u"ap-guangzhou"_s;
    r.action = u"TerminateInstances"_s;
    r.instanceIds = {instanceId};
    r.destructive = true;
    QVERIFY(history.recordSent(r));
}

void TeardownctlVerifyTest::verifyResolvesWhatItCanRead()
{
    // The prepaid instance's return is applied, its reply held back, and teardownctl killed.
    QVERIFY(m_emulator->faults().add(u"delay:TerminateInstances=120000"_s));
    QProcess killed;
    killed.setProcessEnvironment(fixture::ctlEnvironment(m_home));
    QSignalSpy finished(&killed, &QProcess::finished);
    killed.start(
        QString::fromUtf8(TEARDOWNCTL_PATH),
        {u"apply"_s, u"--yes"_s, u"ins-prep0001"_s, u"--account"_s, m_account.name, u"--history"_s, m_history});
    killed.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->callCount(u"TerminateInstances"_s), 1, 30000);
    killed.kill();
    QVERIFY(finished.wait(10000));
    m_emulator->faults().clear();
    QTRY_COMPARE(m_emulator->tencentFleet().find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);
    leaveSent(u"ins-runs0001"_s);
    leaveSent(u"ins-gone0001"_s);

    const fixture::CtlResult listed = ctl({u"unconfirmed"_s});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.out.contains(u"3 calls still unconfirmed"_s), qPrintable(listed.out));

    const fixture::CtlResult verified = ctl({u"unconfirmed"_s, u"--verify"_s});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY2(verified.out.contains(u"ins-prep0001 is in the recycle bin (SHUTDOWN)"_s), qPrintable(verified.out));
    QVERIFY(verified.out.contains(u"ins-runs0001 is still there (RUNNING)"_s));
    QVERIFY(verified.out.contains(u"ins-gone0001 is gone"_s));
    QVERIFY(verified.out.contains(u"No call is left unconfirmed."_s));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1); // verifying only reads

    // The history now says what was found, as the console's History shows it.
    const fixture::CtlResult history =
        ctl({u"history"_s, u"--destructive"_s, u"--instance"_s, u"ins-prep0001"_s, u"--format"_s, u"json"_s});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(history.raw).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[u"outcome"_s].toString(), u"unknown"_s);
    QCOMPARE(rows.first()[u"accountName"_s].toString(), m_account.name);
    // The emulator reports the instance's latest operation, as Tencent does: the call's own, applied.
    QCOMPARE(rows.first()[u"note"_s].toString(),
             u"Verified: ins-prep0001 is in the recycle bin (SHUTDOWN), its latest operation is TerminateInstances "
             u"(SUCCESS)"_s);

    const fixture::CtlResult after = ctl({u"unconfirmed"_s});
    QCOMPARE(after.exitCode, 0);
    History reopened;
    QVERIFY(reopened.open(m_history));
    QVERIFY(reopened.unconfirmedCalls().isEmpty());
}

QTEST_GUILESS_MAIN(TeardownctlVerifyTest)
#include "tst_teardownctl_verify.moc"

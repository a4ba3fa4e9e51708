// Account secrets in a real GNOME Keyring over D-Bus: stored, read back, deleted, and never written
// to the settings file.

#include "AccountSecrets.h"
#include "ConsoleSession.h"
#include "KeychainCredentialStore.h"
#include "KeychainWait.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using fixture::waitForKeychain;

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretRoundTrip();
    void proxyPasswordSlot();
    void accountSecretNeverReachesSettings();
    void sessionTokenSlotRoundTrip();

private:
    // One service name per run: a developer's own keyring never sees the test's entries mixed in.
    const QString m_service = u"teardown-console-test-%1"_s.arg(QCoreApplication::applicationPid());
};

void KeychainTest::initTestCase()
{
    KeychainCredentialStore store(m_service);
    const SecretResult probe =
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { store.readSecret(u"probe"_s, c, d); });
    if (probe.status == SecretResult::Status::Unavailable || probe.status == SecretResult::Status::Failed) {
        if (qEnvironmentVariableIntValue("TEARDOWN_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(u"No secret service although scripts/test.sh started one: "_s + probe.message));
        QSKIP("No secret service on this D-Bus session; run through scripts/test.sh");
    }
}

void KeychainTest::secretRoundTrip()
{
    KeychainCredentialStore store(m_service);
    const QString secret = u"s3cr3t-密钥-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) {
                 store.writeSecret(u"acct-1"_s, secret, c, d);
             }).status,
             SecretResult::Status::Ok);

    // A second store object (as after a restart) reads what the first wrote.
    KeychainCredentialStore again(m_service);
    const SecretResult read =
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.readSecret(u"acct-1"_s, c, d); });
    QCOMPARE(read.status, SecretResult::Status::Ok);
    QCOMPARE(read.secret, secret);

    QCOMPARE(
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.deleteSecret(u"acct-1"_s, c, d); }).status,
        SecretResult::Status::Ok);
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.readSecret(u"acct-1"_s, c, d); }).status,
             SecretResult::Status::NotFound);
}

void KeychainTest::proxyPasswordSlot()
{
    KeychainCredentialStore store(m_service);
    const QString slot = SecretSlot::proxyPassword(u"acct-proxy"_s);
    QVERIFY(slot != SecretSlot::keySecret(u"acct-proxy"_s));
    const QString password = u"proxy-口令-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { store.writeSecret(slot, password, c, d); }).status,
        SecretResult::Status::Ok);

    KeychainCredentialStore again(m_service);
    const SecretResult read =
        waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.readSecret(slot, c, d); });
    QCOMPARE(read.status, SecretResult::Status::Ok);
    QCOMPARE(read.secret, password);
    // Its own entry: the account's key secret is not it.
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) {
                 again.readSecret(SecretSlot::keySecret(u"acct-proxy"_s), c, d);
             }).status,
             SecretResult::Status::NotFound);

    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.deleteSecret(slot, c, d); }).status,
             SecretResult::Status::Ok);
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.readSecret(slot, c, d); }).status,
             SecretResult::Status::NotFound);
}

void KeychainTest::accountSecretNeverReachesSettings()
{
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(u"settings.ini"_s);
    const QString secret = u"never-in-settings-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    KeychainCredentialStore keychain(m_service);
    QString accountId;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleSession::Config config;
        config.settings = &settings;
        config.keychain = &keychain;
        config.historyPath = dir.filePath(u"history.sqlite"_s);
        config.allowSandbox = false;
        ConsoleSession session(config);
        session.start();

        Account account;
        account.name = u"Production 上海"_s;
        account.keyId = u"AKIDEXAMPLE"_s;
        account.endpoint = QUrl(u"http://127.0.0.1:9"_s);
        account.production = true;
        bool saved = false;
        SecretResult result;
        QObject context;
        accountId = session.saveAccount(account, {account.keyId, secret}, false, &context, [&](const SecretResult& r) {
            result = r;
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        QCOMPARE(result.status, SecretResult::Status::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(session.status(accountId).state, AccountStatus::State::Open, 20000);
        settings.sync();
    }

    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("AKIDEXAMPLE")); // the metadata is there...
    QVERIFY(!stored.contains(secret.toUtf8())); // ...the secret is not

    // A new session (as after a restart) opens the account from the keychain alone.
    QSettings settings(settingsPath, QSettings::IniFormat);
    ConsoleSession::Config config;
    config.settings = &settings;
    config.keychain = &keychain;
    config.historyPath = dir.filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    ConsoleSession session(config);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.status(accountId).state, AccountStatus::State::Open, 20000);
    session.removeAccount(accountId);
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) { keychain.readSecret(accountId, c, d); }).status,
             SecretResult::Status::NotFound);
}

// Temporary credentials: the token has its own entry next to the secret, read back with it and
// removed with the account.
void KeychainTest::sessionTokenSlotRoundTrip()
{
    KeychainCredentialStore keychain(m_service);
    Account account;
    account.id = u"acct-sts"_s;
    account.keyId = u"AKIDSANDBOXTEMP"_s;
    const QString token = u"session-token-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) {
                 AccountSecrets::write(keychain, account.id, {account.keyId, u"temp-key"_s, token}, c, d);
             }).status,
             SecretResult::Status::Ok);

    KeychainCredentialStore again(m_service);
    const SecretResult slot = waitForKeychain(
        [&](QObject* c, CredentialStore::Done d) { again.readSecret(SecretSlot::sessionToken(account.id), c, d); });
    QCOMPARE(slot.status, SecretResult::Status::Ok);
    QCOMPARE(slot.secret, token);
    Credentials read;
    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) {
                 AccountSecrets::read(again, account, c, [&read, d](const SecretResult& r, const Credentials& stored) {
                     read = stored;
                     d(r);
                 });
             }).status,
             SecretResult::Status::Ok);
    QCOMPARE(read.secret, u"temp-key"_s);
    QCOMPARE(read.sessionToken, token);
    QVERIFY(read.proxyPassword.isEmpty());

    QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) {
                 AccountSecrets::remove(again, account.id, c, d);
             }).status,
             SecretResult::Status::Ok);
    for (const QString& id : SecretSlot::all(account.id))
        QCOMPARE(waitForKeychain([&](QObject* c, CredentialStore::Done d) { again.readSecret(id, c, d); }).status,
                 SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"

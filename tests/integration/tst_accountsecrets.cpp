// An account's three keychain slots (SecretSlot) through ConsoleSession, on an in-memory store:
// the key pair's secret, the session token and the proxy password are written, read back when the
// account opens, replaced or deleted as the form says, and removed with the account. The token
// works against the emulator's temporary credentials, the proxy password against a real proxy
// (tinyproxy) that asks for it, and neither reaches the settings file.
#include "ConsoleSession.h"
#include "Emulator.h"
#include "MemoryCredentialStore.h"
#include "TinyProxy.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SecretResult readSlot(CredentialStore& store, const QString& slot)
{
    SecretResult result;
    bool done = false;
    QObject context;
    store.readSecret(slot, &context, [&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        result = {SecretResult::Status::Failed, {}, u"the store did not answer"_s};
    return result;
}

} // namespace

class AccountSecretsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySlotIsStoredAndUsed();
    void anEditWithoutTheSecretReplacesOnlyWhatIsGiven();
    void aNewSecretWithoutTokenDeletesTheStoredToken();
    void aNewKeyPairKeepsTheProxyPassword();
    void leavingTheProxyDeletesItsPassword();
    void removingTheAccountDeletesEverySlot();

private:
    QString save(const Account& account, const Credentials& credentials);
    ProviderError testStored(const Account& account);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fixture::TinyProxy> m_proxy; // asks for operator / proxy-pass-word
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
    Account m_account;
};

void AccountSecretsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_proxy = std::make_unique<fixture::TinyProxy>();
    QVERIFY(m_proxy->start(u"operator"_s, u"proxy-pass-word"_s));
    m_emulator = std::make_unique<emulator::Emulator>();
    QVERIFY(m_emulator->listen());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_keychain.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    m_session = std::make_unique<ConsoleSession>(config);
    m_session->start();
    m_account = {};
    m_account.name = u"STS role"_s;
    m_account.keyId = u"AKIDSANDBOXTEMP"_s;
    m_account.endpoint = m_emulator->url();
    m_account.network.proxy = NetworkSettings::Proxy::Http; // even for loopback, when chosen
    m_account.network.proxyHost = u"127.0.0.1"_s;
    m_account.network.proxyPort = m_proxy->port();
    m_account.network.proxyUser = u"operator"_s;
    // Whole seconds: what the settings keep.
    m_account.tokenExpires = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, Qt::UTC);
}

void AccountSecretsTest::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_emulator.reset();
    m_proxy.reset();
    m_dir.reset();
}

QString AccountSecretsTest::save(const Account& account, const Credentials& credentials)
{
    bool saved = false;
    QObject context;
    const QString id = m_session->saveAccount(account, credentials, false, &context, [&](const SecretResult& r) {
        QCOMPARE(r.status, SecretResult::Status::Ok);
        saved = true;
    });
    [&] { QTRY_VERIFY(saved); }();
    return id;
}

ProviderError AccountSecretsTest::testStored(const Account& account)
{
    ProviderError error = ProviderError::local(u"Teardown.Canceled"_s);
    bool done = false;
    QObject context;
    m_session->testConnection(account, {}, &context, [&](const ProviderError& e, int) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return ProviderError::local(u"Network.Timeout"_s);
    return error;
}

void AccountSecretsTest::everySlotIsStoredAndUsed()
{
    m_account.id =
        save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s});
    QCOMPARE(readSlot(*m_keychain, SecretSlot::keySecret(m_account.id)).secret, u"sandbox-temp-key"_s);
    QCOMPARE(readSlot(*m_keychain, SecretSlot::sessionToken(m_account.id)).secret, u"sandbox-session-token"_s);
    QCOMPARE(readSlot(*m_keychain, SecretSlot::proxyPassword(m_account.id)).secret, u"proxy-pass-word"_s);
    QTRY_COMPARE(m_session->status(m_account.id).state, AccountStatus::State::Open);

    // The stored token is what the stored account is tested with: the emulator accepts nothing less;
    // and the stored proxy password: the proxy lets nothing through without it.
    const int before = m_proxy->requestCount();
    const ProviderError error = testStored(m_account);
    QVERIFY2(!error.isError(), qPrintable(error.code));
    QTRY_VERIFY(m_proxy->requestCount() > before);
    QCOMPARE(m_session->account(m_account.id)->tokenExpires, m_account.tokenExpires);

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("AKIDSANDBOXTEMP"));
    for (const char* secret : {"sandbox-temp-key", "sandbox-session-token", "proxy-pass-word"})
        QVERIFY2(!stored.contains(secret), secret);
}

void AccountSecretsTest::anEditWithoutTheSecretReplacesOnlyWhatIsGiven()
{
    m_account.id = save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"old-token"_s, u"proxy-pass-word"_s});
    QVERIFY(testStored(m_account).code == u"AuthFailure.TokenFailure"_s);
    save(m_account, {m_account.keyId, {}, u"sandbox-session-token"_s});
    QCOMPARE(readSlot(*m_keychain, SecretSlot::keySecret(m_account.id)).secret, u"sandbox-temp-key"_s);
    QCOMPARE(readSlot(*m_keychain, SecretSlot::sessionToken(m_account.id)).secret, u"sandbox-session-token"_s);
    QCOMPARE(readSlot(*m_keychain, SecretSlot::proxyPassword(m_account.id)).secret, u"proxy-pass-word"_s);
    QVERIFY(!testStored(m_account).isError());
}

void AccountSecretsTest::aNewSecretWithoutTokenDeletesTheStoredToken()
{
    m_account.id =
        save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s});
    Account permanent = m_account;
    permanent.keyId = u"AKIDSANDBOX"_s;
    permanent.tokenExpires = {};
    save(permanent, {permanent.keyId, u"sandbox-secret-key"_s});
    QCOMPARE(readSlot(*m_keychain, SecretSlot::sessionToken(m_account.id)).status, SecretResult::Status::NotFound);
    QVERIFY(!testStored(permanent).isError());
}

void AccountSecretsTest::aNewKeyPairKeepsTheProxyPassword()
{
    m_account.id =
        save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s});
    Account permanent = m_account;
    permanent.keyId = u"AKIDSANDBOX"_s;
    permanent.tokenExpires = {};
    save(permanent, {permanent.keyId, u"sandbox-secret-key"_s});
    QCOMPARE(readSlot(*m_keychain, SecretSlot::proxyPassword(m_account.id)).secret, u"proxy-pass-word"_s);
    const ProviderError error = testStored(permanent);
    QVERIFY2(!error.isError(), qPrintable(error.code));
}

void AccountSecretsTest::leavingTheProxyDeletesItsPassword()
{
    m_account.id =
        save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s});
    Account direct = m_account;
    direct.network = {};
    direct.network.proxy = NetworkSettings::Proxy::None;
    save(direct, {direct.keyId, {}, {}, u"typed-before-switching"_s});
    QCOMPARE(readSlot(*m_keychain, SecretSlot::proxyPassword(m_account.id)).status, SecretResult::Status::NotFound);
    QCOMPARE(readSlot(*m_keychain, SecretSlot::sessionToken(m_account.id)).secret, u"sandbox-session-token"_s);
    m_proxy.reset(); // straight to the emulator now: the proxy is not needed
    QVERIFY(!testStored(direct).isError());
}

void AccountSecretsTest::removingTheAccountDeletesEverySlot()
{
    m_account.id =
        save(m_account, {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s});
    m_session->removeAccount(m_account.id);
    for (const QString& slot : SecretSlot::all(m_account.id))
        QTRY_COMPARE(readSlot(*m_keychain, slot).status, SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(AccountSecretsTest)
#include "tst_accountsecrets.moc"

// Without a secret service (no D-Bus session, as on a server or in CI without a keyring) the store
// says "unavailable", so the console can offer credentials for this session instead.

#include "KeychainCredentialStore.h"
#include "MemoryCredentialStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class KeychainUnavailableTest : public QObject
{
    Q_OBJECT

private slots:
    void readAndWriteReportUnavailable();
    void sessionStoreKeepsSecretsInMemory();
};

void KeychainUnavailableTest::readAndWriteReportUnavailable()
{
    KeychainCredentialStore store(u"teardown-console-test"_s);
    for (int write = 0; write < 2; ++write) {
        SecretResult result;
        bool done = false;
        auto finish = [&](const SecretResult& r) {
            result = r;
            done = true;
        };
        if (write)
            store.writeSecret(u"acct"_s, u"secret"_s, this, finish);
        else
            store.readSecret(u"acct"_s, this, finish);
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.contains(u"secret"_s));
    }
}

void KeychainUnavailableTest::sessionStoreKeepsSecretsInMemory()
{
    MemoryCredentialStore store;
    SecretResult result;
    bool written = false;
    store.writeSecret(u"acct"_s, u"for-this-session"_s, this, [&](const SecretResult& r) {
        result = r;
        written = true;
    });
    QTRY_VERIFY(written);
    QCOMPARE(result.status, SecretResult::Status::Ok);
    bool read = false;
    store.readSecret(u"acct"_s, this, [&](const SecretResult& r) {
        result = r;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(result.secret, u"for-this-session"_s);
}

QTEST_GUILESS_MAIN(KeychainUnavailableTest)
#include "tst_keychain_unavailable.moc"

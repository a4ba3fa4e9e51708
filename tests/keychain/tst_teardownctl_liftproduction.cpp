// teardownctl lifting termination protection on a production account, stored as the console stores
// it with its secret in a real GNOME Keyring: --lift-protection alone leaves the production
// account's protected instance blocked and says which option lifts it; with
// --lift-protection-on-production as well it is lifted and returned.

#include "AccountSecrets.h"
#include "AccountStore.h"
#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "GuangzhouInstance.h"
#include "KeychainCredentialStore.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kProtected = u"ins-prod0001"_s;
const QString kLift = u"ModifyInstancesAttribute"_s;

SecretResult wait(const std::function<void(QObject*, CredentialStore::Done)>& start)
{
    SecretResult result;
    bool done = false;
    QObject context;
    start(&context, [&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result = {SecretResult::Status::Failed, {}, QStringLiteral("the keychain did not answer in 20 s")};
    return result;
}

} // namespace

class TeardownctlLiftProductionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void productionNeedsTheSecondOption();

private:
    fixture::CtlResult ctl(const QStringList& arguments);

    QTemporaryDir m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
    Account m_account;
};

void TeardownctlLiftProductionTest::initTestCase()
{
    KeychainCredentialStore keychain;
    const SecretResult probe =
        wait([&](QObject* c, CredentialStore::Done d) { keychain.readSecret(u"probe"_s, c, d); });
    if (probe.status == SecretResult::Status::Unavailable || probe.status == SecretResult::Status::Failed) {
        if (qEnvironmentVariableIntValue("TEARDOWN_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(u"No secret service although scripts/test.sh started one: "_s + probe.message));
        QSKIP("No secret service on this D-Bus session; run through scripts/test.sh");
    }

    emulator::Options options;
    options.terminatingMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    emulator::TencentInstance guarded = fixture::guangzhouInstance(kProtected, u"生产-"_s);
    guarded.disableApiTermination = true;
    fleet.add(guarded);

    QSettings settings(m_home.filePath(u"config/TeardownConsole/teardown-console.conf"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    m_account.id = AccountStore::newId();
    m_account.name = u"Production 生产"_s;
    m_account.keyId = QString(emulator::Emulator::SandboxSecretId);
    m_account.endpoint = m_emulator->url();
    m_account.production = true;
    store.save(m_account);
    settings.sync();
    const SecretResult written = wait([&](QObject* c, CredentialStore::Done d) {
        AccountSecrets::write(keychain, m_account.id, {m_account.keyId, QString(emulator::Emulator::SandboxSecretKey)},
                              c, d);
    });
    QCOMPARE(written.status, SecretResult::Status::Ok);
}

void TeardownctlLiftProductionTest::cleanupTestCase()
{
    if (m_account.id.isEmpty())
        return;
    KeychainCredentialStore keychain;
    wait([&](QObject* c, CredentialStore::Done d) { AccountSecrets::remove(keychain, m_account.id, c, d); });
}

fixture::CtlResult TeardownctlLiftProductionTest::ctl(const QStringList& arguments)
{
    return fixture::runCtl(arguments
                               + QStringList{u"--account"_s, m_account.name, u"--language"_s, u"en"_s, u"--history"_s,
                                             m_home.filePath(u"history.sqlite"_s), u"--poll-interval"_s, u"100"_s},
                           fixture::ctlEnvironment(m_home));
}

void TeardownctlLiftProductionTest::productionNeedsTheSecondOption()
{
    const fixture::CtlResult first = ctl({u"plan"_s, u"--lift-protection"_s, kProtected, u"--format"_s, u"json"_s});
    QCOMPARE(first.exitCode, 6);
    const QJsonObject plan = QJsonDocument::fromJson(first.raw).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 0);
    QVERIFY(plan.value(u"offersLiftProtectionOnProduction"_s).toBool());
    const fixture::CtlResult text = ctl({u"plan"_s, u"--lift-protection"_s, kProtected});
    QVERIFY2(text.out.contains(u"add --lift-protection-on-production"_s), qPrintable(text.out));
    const fixture::CtlResult notLifted = ctl({u"apply"_s, u"--lift-protection"_s, u"--yes"_s, kProtected});
    QCOMPARE(notLifted.exitCode, 6);
    QCOMPARE(m_emulator->callCount(kLift), 0);

    const fixture::CtlResult both = ctl({u"plan"_s, u"--lift-protection"_s, u"--lift-protection-on-production"_s,
                                         kProtected, u"--format"_s, u"json"_s});
    QCOMPARE(both.exitCode, 0);
    const QJsonObject lifted = QJsonDocument::fromJson(both.raw).object();
    QCOMPARE(lifted.value(u"protectionLifted"_s).toInt(), 1);
    QVERIFY(lifted.value(u"requiresTypedConfirmation"_s).toBool());
    const fixture::CtlResult applied =
        ctl({u"apply"_s, u"--lift-protection"_s, u"--lift-protection-on-production"_s, u"--yes"_s, kProtected});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QCOMPARE(m_emulator->callCount(kLift), 1);
    QVERIFY(!m_emulator->tencentFleet().contains(kProtected));
}

QTEST_GUILESS_MAIN(TeardownctlLiftProductionTest)
#include "tst_teardownctl_liftproduction.moc"

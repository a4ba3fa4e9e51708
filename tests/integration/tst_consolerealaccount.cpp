// A stored account as an operator's real one, through the console's session: the endpoint is HTTPS
// with a certificate from a CA the system does not know (corporate TLS inspection), the key pair is
// temporary (a session token), and every call goes through a proxy that asks for a password (a
// real tinyproxy, CONNECT for https). The account is saved, the console starts again from what
// was stored, lists the account's instances and returns one. The keychain is the in-memory store
// (the real one is tested in tests/keychain).
#include "ConsoleFleet.h"
#include "ConsoleSession.h"
#include "Emulator.h"
#include "GuangzhouInstance.h"
#include "InstanceTableModel.h"
#include "MemoryCredentialStore.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TencentFleet.h"
#include "TinyProxy.h"
#include "TlsAuthority.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kInstanceId = u"ins-real0001"_s;

} // namespace

class ConsoleRealAccountTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndReturnsFromTheStoredAccount();
    void withoutTheCaNothingIsSent();

private:
    // Saves the account and its secrets as the account form does, then starts the console again
    // from the settings and the keychain, as on the next launch.
    void storeAndRestart(const Account& account, const Credentials& credentials);
    std::unique_ptr<ConsoleSession> newSession();

    emulator::TlsAuthority m_authority;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
    std::unique_ptr<fixture::TinyProxy> m_proxy;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
    Account m_account;
    Credentials m_credentials;
};

void ConsoleRealAccountTest::initTestCase()
{
    QVERIFY2(m_authority.isValid(), qPrintable(m_authority.error()));
}

void ConsoleRealAccountTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_caFile = m_dir->filePath(u"corp/ca.pem"_s);
    QString error;
    QVERIFY2(m_authority.writeCertificate(m_caFile, &error), qPrintable(error));

    m_proxy = std::make_unique<fixture::TinyProxy>();
    QVERIFY(m_proxy->start(u"operator"_s, u"proxy-pass-word"_s));

    emulator::Options options;
    options.terminatingMs = 100;
    options.tls = m_authority.loopbackLeaf();
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    QCOMPARE(m_emulator->url().scheme(), u"https"_s);
    m_emulator->tencentFleet().clear();
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(kInstanceId, u"real ins-real"_s));
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-real0002"_s, u"real ins-real"_s));

    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();

    m_account = {};
    m_account.name = u"Production (STS)"_s;
    m_account.keyId = u"AKIDSANDBOXTEMP"_s;
    m_account.endpoint = m_emulator->url();
    m_account.regions = {u"ap-guangzhou"_s};
    m_account.tokenExpires = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, Qt::UTC);
    m_account.network.proxy = NetworkSettings::Proxy::Http;
    m_account.network.proxyHost = u"127.0.0.1"_s;
    m_account.network.proxyPort = m_proxy->port();
    m_account.network.proxyUser = u"operator"_s;
    m_account.network.caFile = m_caFile;
    m_credentials = {m_account.keyId, u"sandbox-temp-key"_s, u"sandbox-session-token"_s, u"proxy-pass-word"_s};
}

void ConsoleRealAccountTest::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_emulator.reset();
    m_proxy.reset();
    m_dir.reset();
}

std::unique_ptr<ConsoleSession> ConsoleRealAccountTest::newSession()
{
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_keychain.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    return std::make_unique<ConsoleSession>(config);
}

void ConsoleRealAccountTest::storeAndRestart(const Account& account, const Credentials& credentials)
{
    {
        std::unique_ptr<ConsoleSession> form = newSession();
        form->start();
        bool saved = false;
        QObject context;
        m_account.id = form->saveAccount(account, credentials, false, &context, [&](const SecretResult& r) {
            QCOMPARE(r.status, SecretResult::Status::Ok);
            saved = true;
        });
        QTRY_VERIFY(saved);
        QTRY_VERIFY(!form->fleet().isLoading()); // the first listing settles before the restart
    }
    m_emulator->clearCallLog();
    m_session = newSession();
    m_session->start();
    QTRY_COMPARE(m_session->status(m_account.id).state, AccountStatus::State::Open);
}

void ConsoleRealAccountTest::listsAndReturnsFromTheStoredAccount()
{
    storeAndRestart(m_account, m_credentials);
    const QString key = Instance::keyFor(m_account.id, kInstanceId);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->fleet().instance(key).has_value(), 20000);
    QVERIFY2(m_session->fleet().listingErrors().isEmpty(),
             qPrintable(m_session->fleet().listingErrors().value(m_account.id).code));
    QCOMPARE(m_session->account(m_account.id)->tokenExpires, m_account.tokenExpires);

    TeardownController& teardown = m_session->teardown();
    QCOMPARE(teardown.request(Intent::Return, {*m_session->fleet().instance(key)}),
             TeardownController::RequestResult::Started);
    QTRY_VERIFY_WITH_TIMEOUT(teardown.isPlanFinal(), 20000);
    QCOMPARE(teardown.plan().blockedCount(), 0);
    // A destroyed instance is gone from the fleet at once; its row leaves the table with the others.
    bool goneAtOnce = false;
    connect(&teardown, &TeardownController::instanceChanged, this, [&](const InstanceChange& change) {
        if (change.key == key && change.gone)
            goneAtOnce = !m_session->fleet().instance(key).has_value();
    });
    TeardownRun* run = teardown.confirm(teardown.planRevision());
    QVERIFY(run);
    bool finished = false;
    QStringList signalOrder; // u: instanceUpdated, p: progressChanged, f: finished
    RunProgress progressSeen;
    connect(run, &TeardownRun::instanceUpdated, this, [&] { signalOrder << u"u"_s; });
    connect(run, &TeardownRun::progressChanged, this, [&] {
        signalOrder << u"p"_s;
        progressSeen = run->report().progress();
    });
    connect(run, &TeardownRun::finished, this, [&] {
        signalOrder << u"f"_s;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    // The counting views' last word comes after every result and right before the end.
    QVERIFY(signalOrder.size() >= 3);
    QCOMPARE(signalOrder.mid(signalOrder.size() - 2), (QStringList{u"p"_s, u"f"_s}));
    QCOMPARE(progressSeen.settled, 1);
    QCOMPARE(progressSeen.total, 1);
    QVERIFY(goneAtOnce);
    QTRY_COMPARE(m_session->fleet().model().rowOf(key), -1);
    QCOMPARE(run->report().results.size(), 1);
    const InstanceResult result = run->report().results.first();
    QCOMPARE(result.state, RunState::Done);
    QCOMPARE(whatHappened(result), Happened::Destroyed);
    QVERIFY(!m_emulator->tencentFleet().contains(kInstanceId));
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-real0002"_s));

    // Every call went through the proxy, as a tunnel to the HTTPS endpoint.
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
    QTRY_VERIFY(m_proxy->log().contains(u"CONNECT 127.0.0.1:%1"_s.arg(m_emulator->url().port())));

    // No secret, token or proxy password in anything the console wrote.
    m_settings->sync();
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.fileName().endsWith(u".pem"_s) || file.fileName().contains(u"tinyproxy"_s))
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QString& secret : {m_credentials.secret, m_credentials.sessionToken, m_credentials.proxyPassword})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName() + u": "_s + secret));
    }
    QVERIFY(files >= 2); // the settings and the history
}

void ConsoleRealAccountTest::withoutTheCaNothingIsSent()
{
    Account untrusting = m_account;
    untrusting.network.caFile.clear();
    storeAndRestart(untrusting, m_credentials);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->fleet().listingErrors().contains(m_account.id), 20000);
    const ProviderError error = m_session->fleet().listingErrors().value(m_account.id);
    QCOMPARE(error.code, u"Network.TlsUntrusted"_s);
    QVERIFY2(error.context.contains(u"SHA-256"_s), qPrintable(error.context));
    QVERIFY(m_emulator->callLog().isEmpty());
    QVERIFY(m_emulator->tencentFleet().contains(kInstanceId));
}

QTEST_GUILESS_MAIN(ConsoleRealAccountTest)
#include "tst_consolerealaccount.moc"

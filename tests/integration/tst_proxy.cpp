// Calls through a real HTTP proxy (tinyproxy) and a real SOCKS5 proxy (microsocks) to the
// in-process emulator: an account's explicit proxy is used even for loopback, a proxy asking for
// authentication gets the stored password, and a proxy that cannot be reached or refuses gives the
// console's own codes, naming the proxy.

#include "AccountStore.h"
#include "EmulatorFixture.h"
#include "ErrorCatalog.h"
#include "MicroSocks.h"
#include "TinyProxy.h"

#include <QSettings>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString kProxyUser = u"operator"_s;
const QString kProxyPassword = u"proxy-pass-7Qx2"_s;

NetworkSettings httpProxy(quint16 port, const QString& user = {})
{
    NetworkSettings n;
    n.proxy = NetworkSettings::Proxy::Http;
    n.proxyHost = u"127.0.0.1"_s;
    n.proxyPort = port;
    n.proxyUser = user;
    return n;
}

NetworkSettings socksProxy(quint16 port, const QString& user = {})
{
    NetworkSettings n = httpProxy(port, user);
    n.proxy = NetworkSettings::Proxy::Socks5;
    return n;
}

// Reopens the sandbox's account with its own network (no injected manager) and these settings.
void reopen(fixture::Sandbox& s, const NetworkSettings& network, const QString& proxyPassword = {})
{
    s.account.network = network;
    s.environment.account = s.account;
    s.environment.network = nullptr; // the account's own AccountNetwork, as the console and teardownctl open it
    s.environment.maxAttempts = 1;
    QString refusal;
    Credentials credentials{s.account.keyId, u"sandbox-secret-key"_s};
    credentials.proxyPassword = proxyPassword;
    s.provider = ProviderFactory::create(s.account, credentials, s.environment, &refusal);
    QVERIFY2(s.provider, qPrintable(refusal));
    s.directory.add(s.provider);
}

} // namespace

class ProxyTest : public QObject
{
    Q_OBJECT

private slots:
    void explicitProxyCarriesTheCalls();
    void proxyWithoutCredentialsIsRefused();
    void proxyWithStoredCredentialsWorks();
    void unreachableProxySendsNothing();
    void socks5ProxyCarriesTheCallsWithTheStoredPassword();
    void socks5ProxyRefusesWithoutThePassword();
    void systemProxyBypassesLoopback();
};

void ProxyTest::explicitProxyCarriesTheCalls()
{
    fixture::TinyProxy proxy;
    QVERIFY(proxy.start());
    fixture::Sandbox s;
    QVERIFY(s.listening);
    reopen(s, httpProxy(proxy.port()));
    const QString region = s.fleet().regions().first();

    const QList<Instance> listed = s.list(region);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QVERIFY(!listed.isEmpty());
    QVERIFY(s.emu.callCount(u"DescribeInstances"_s) >= 1);
    // The request went through the proxy, to the emulator's loopback address.
    QTRY_VERIFY(proxy.log().contains(u"POST "_s + s.emu.url().toString(QUrl::StripTrailingSlash)));
    QCOMPARE(proxy.requestCount(), s.emu.callCount(u"DescribeInstances"_s));
}

void ProxyTest::proxyWithoutCredentialsIsRefused()
{
    fixture::TinyProxy proxy;
    QVERIFY(proxy.start(kProxyUser, kProxyPassword));
    fixture::Sandbox s;
    reopen(s, httpProxy(proxy.port()));
    const QString region = s.fleet().regions().first();

    s.list(region);
    QCOMPARE(s.lastError.code, u"Network.ProxyAuthentication"_s);
    QVERIFY(s.lastError.context.contains(proxy.hostPort()));
    QVERIFY(ErrorCatalog::describe(s.lastError).contains(proxy.hostPort()));
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 0);

    // A wrong password is refused too (tinyproxy answers 401 then, which a provider could also
    // send, so it stays an HTTP status): nothing reaches the provider either way.
    reopen(s, httpProxy(proxy.port(), kProxyUser), u"wrong"_s);
    s.list(region);
    QVERIFY(s.lastError.isError());
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 0);
}

void ProxyTest::proxyWithStoredCredentialsWorks()
{
    fixture::TinyProxy proxy;
    QVERIFY(proxy.start(kProxyUser, kProxyPassword));
    fixture::Sandbox s;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"accounts.ini"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    s.account.network = httpProxy(proxy.port(), kProxyUser);
    store.save(s.account);
    settings.sync();
    const std::optional<Account> stored = store.find(s.account.id);
    QVERIFY(stored);
    reopen(s, stored->network, kProxyPassword);

    const QString region = s.fleet().regions().first();
    const QList<Instance> listed = s.list(region);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QVERIFY(!listed.isEmpty());
    QTRY_VERIFY(proxy.requestCount() >= 1);

    // A run through the proxy, recorded in the history: the password is in neither file.
    const TeardownPlan plan = s.plan({listed.first()});
    const RunReport report = s.run(plan);
    QVERIFY(!report.results.isEmpty());
    QStringList files{settings.fileName()};
    for (const QString& name : QDir(s.dir.path()).entryList({u"history*"_s}, QDir::Files)) // with its journal
        files << s.dir.filePath(name);
    QVERIFY(files.size() >= 2);
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(kProxyPassword.toUtf8()), qPrintable(path));
        QVERIFY2(!content.contains(kProxyPassword.toUtf8().toBase64()), qPrintable(path));
    }
}

void ProxyTest::unreachableProxySendsNothing()
{
    const quint16 closed = fixture::TinyProxy::freePort();
    QVERIFY(closed);
    fixture::Sandbox s;
    reopen(s, httpProxy(closed));
    const QString region = s.fleet().regions().first();

    s.list(region);
    QCOMPARE(s.lastError.code, u"Network.ProxyUnreachable"_s);
    QVERIFY(s.lastError.outcomeKnown);
    QVERIFY(s.lastError.context.contains(u"127.0.0.1:"_s + QString::number(closed)));
    QVERIFY(!ErrorCatalog::advice(s.lastError.code).isEmpty());
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 0);
}

void ProxyTest::socks5ProxyCarriesTheCallsWithTheStoredPassword()
{
    fixture::MicroSocks socks;
    QVERIFY(socks.start(kProxyUser, kProxyPassword));
    fixture::Sandbox s;
    reopen(s, socksProxy(socks.port(), kProxyUser), kProxyPassword);
    const QList<Instance> listed = s.list(s.fleet().regions().first());
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QVERIFY(!listed.isEmpty());
    // The proxy made the connection to the emulator for us.
    QTRY_VERIFY2(socks.log().contains(u"connected to 127.0.0.1:%1"_s.arg(s.emu.url().port())), qPrintable(socks.log()));
}

void ProxyTest::socks5ProxyRefusesWithoutThePassword()
{
    fixture::MicroSocks socks;
    QVERIFY(socks.start(kProxyUser, kProxyPassword));
    fixture::Sandbox s;
    reopen(s, socksProxy(socks.port(), kProxyUser), u"wrong-password"_s);
    s.list(s.fleet().regions().first());
    QCOMPARE(s.lastError.code, u"Network.ProxyAuthentication"_s);
    QVERIFY(s.lastError.context.contains(u"127.0.0.1:"_s + QString::number(socks.port())));
    QVERIFY(!ErrorCatalog::describe(s.lastError).contains(u"wrong-password"_s));
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 0);
    QVERIFY(!socks.log().contains(u"connected to"_s));
}

void ProxyTest::systemProxyBypassesLoopback()
{
    // The environment names a proxy nobody listens on: the sandbox on loopback is not sent there.
    const quint16 closed = fixture::TinyProxy::freePort();
    qputenv("http_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(closed));
    qputenv("https_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(closed));
    fixture::Sandbox s;
    reopen(s, NetworkSettings{});
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    const QList<Instance> listed = s.list(s.fleet().regions().first());
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QVERIFY(!listed.isEmpty());
}

QTEST_GUILESS_MAIN(ProxyTest)
#include "tst_proxy.moc"

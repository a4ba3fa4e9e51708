// The environment's proxy rules (https_proxy, http_proxy, no_proxy) and the account's network
// settings in the account store.

#include "AccountNetwork.h"
#include "AccountStore.h"
#include "SystemProxy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class NetworkSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void environmentProxy_data();
    void environmentProxy();
    void proxyUrls_data();
    void proxyUrls();
    void explicitProxyAppliesToLoopback();
    void storeRoundTrip();
    void unknownProxyKeyIsSystem();
};

void NetworkSettingsTest::environmentProxy_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // host:port, or empty for a direct connection

    const QString api = u"https://cvm.tencentcloudapi.com/"_s;
    QTest::newRow("nothing set") << QStringList{} << api << QString();
    QTest::newRow("https_proxy") << QStringList{u"https_proxy=http://proxy.corp:3128"_s} << api << u"proxy.corp:3128"_s;
    QTest::newRow("HTTPS_PROXY") << QStringList{u"HTTPS_PROXY=proxy.corp:8080"_s} << api << u"proxy.corp:8080"_s;
    QTest::newRow("lower case wins") << QStringList{u"https_proxy=a.corp:1"_s, u"HTTPS_PROXY=b.corp:2"_s} << api
                                     << u"a.corp:1"_s;
    QTest::newRow("default port") << QStringList{u"https_proxy=http://proxy.corp"_s} << api << u"proxy.corp:80"_s;
    QTest::newRow("socks5") << QStringList{u"https_proxy=socks5://s.corp:1080"_s} << api << u"s.corp:1080"_s;
    QTest::newRow("http_proxy not for https") << QStringList{u"http_proxy=p.corp:3128"_s} << api << QString();
    QTest::newRow("http_proxy for http") << QStringList{u"http_proxy=p.corp:3128"_s} << u"http://example.com/"_s
                                         << u"p.corp:3128"_s;
    QTest::newRow("HTTP_PROXY ignored") << QStringList{u"HTTP_PROXY=p.corp:3128"_s} << u"http://example.com/"_s
                                        << QString();
    QTest::newRow("unknown scheme") << QStringList{u"https_proxy=ftp://p.corp:21"_s} << api << QString();
    const QString proxy = u"https_proxy=p.corp:3128"_s;
    QTest::newRow("loopback 127.0.0.1") << QStringList{proxy} << u"https://127.0.0.1:8443/"_s << QString();
    QTest::newRow("loopback localhost") << QStringList{proxy} << u"https://localhost/"_s << QString();
    QTest::newRow("loopback ::1") << QStringList{proxy} << u"https://[::1]:8443/"_s << QString();
    QTest::newRow("no_proxy host") << QStringList{proxy, u"no_proxy=cvm.tencentcloudapi.com"_s} << api << QString();
    QTest::newRow("no_proxy other host") << QStringList{proxy, u"no_proxy=other.com"_s} << api << u"p.corp:3128"_s;
    QTest::newRow("no_proxy .domain") << QStringList{proxy, u"no_proxy=.tencentcloudapi.com"_s} << api << QString();
    QTest::newRow("no_proxy suffix") << QStringList{proxy, u"no_proxy=tencentcloudapi.com"_s} << api << QString();
    QTest::newRow("no_proxy *.domain") << QStringList{proxy, u"no_proxy=*.tencentcloudapi.com"_s} << api << QString();
    QTest::newRow("no_proxy not a suffix of a label")
        << QStringList{proxy, u"no_proxy=cloudapi.com"_s} << api << u"p.corp:3128"_s;
    QTest::newRow("no_proxy list with spaces")
        << QStringList{proxy, u"no_proxy=a.com, tencentcloudapi.com ,b.com"_s} << api << QString();
    QTest::newRow("no_proxy *") << QStringList{proxy, u"no_proxy=*"_s} << api << QString();
    QTest::newRow("NO_PROXY") << QStringList{proxy, u"NO_PROXY=tencentcloudapi.com"_s} << api << QString();
    QTest::newRow("no_proxy host:port match")
        << QStringList{proxy, u"no_proxy=cvm.tencentcloudapi.com:443"_s} << api << QString();
    QTest::newRow("no_proxy host:port other port")
        << QStringList{proxy, u"no_proxy=cvm.tencentcloudapi.com:8443"_s} << api << u"p.corp:3128"_s;
    QTest::newRow("no_proxy case") << QStringList{proxy, u"no_proxy=CVM.TencentCloudAPI.com"_s} << api << QString();
    QTest::newRow("no_proxy empty entries") << QStringList{proxy, u"no_proxy=,,"_s} << api << u"p.corp:3128"_s;
}

void NetworkSettingsTest::environmentProxy()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    for (const QString& entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const QNetworkProxy proxy = SystemProxy::fromEnvironment(env).proxyFor(QUrl(url));
    const QString got =
        proxy.type() == QNetworkProxy::NoProxy ? QString() : proxy.hostName() + u':' + QString::number(proxy.port());
    QCOMPARE(got, expected);

    // The account's network asks the same question the same way.
    AccountNetwork network(NetworkSettings{}, {}, SystemProxy::fromEnvironment(env));
    QCOMPARE(proxyInUse(&network, QUrl(url)), expected);
}

void NetworkSettingsTest::proxyUrls_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QString() << int(QNetworkProxy::NoProxy) << QString() << QString();
    QTest::newRow("bare host") << u"p.corp:3128"_s << int(QNetworkProxy::HttpProxy) << QString() << QString();
    QTest::newRow("credentials") << u"http://me:pw@p.corp:3128"_s << int(QNetworkProxy::HttpProxy) << u"me"_s
                                 << u"pw"_s;
    QTest::newRow("socks5h") << u"socks5h://p.corp"_s << int(QNetworkProxy::Socks5Proxy) << QString() << QString();
    QTest::newRow("garbage") << u"http://"_s << int(QNetworkProxy::NoProxy) << QString() << QString();
}

void NetworkSettingsTest::proxyUrls()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const QNetworkProxy proxy = SystemProxy::parseProxyUrl(value);
    QCOMPARE(int(proxy.type()), type);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
}

void NetworkSettingsTest::explicitProxyAppliesToLoopback()
{
    NetworkSettings settings;
    settings.proxy = NetworkSettings::Proxy::Socks5;
    settings.proxyHost = u"socks.corp"_s;
    settings.proxyPort = 1080;
    settings.proxyUser = u"me"_s;
    AccountNetwork network(settings, u"pw"_s);
    QCOMPARE(proxyInUse(&network, QUrl(u"http://127.0.0.1:8080/"_s)), u"socks.corp:1080"_s);
    QCOMPARE(network.proxy().password(), u"pw"_s);

    settings.proxy = NetworkSettings::Proxy::None;
    QProcessEnvironment env;
    env.insert(u"https_proxy"_s, u"p.corp:3128"_s);
    AccountNetwork direct(settings, {}, SystemProxy::fromEnvironment(env));
    QCOMPARE(proxyInUse(&direct, QUrl(u"https://cvm.tencentcloudapi.com/"_s)), QString());
}

void NetworkSettingsTest::storeRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"accounts.ini"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    for (auto mode : {NetworkSettings::Proxy::System, NetworkSettings::Proxy::None, NetworkSettings::Proxy::Http,
                      NetworkSettings::Proxy::Socks5}) {
        Account account;
        account.id = u"acct-%1"_s.arg(int(mode));
        account.name = account.id;
        account.keyId = u"AKID"_s;
        account.network.proxy = mode;
        account.network.proxyHost = u"proxy.corp"_s;
        account.network.proxyPort = 65535;
        account.network.proxyUser = u"operator"_s;
        account.network.caFile = u"/etc/corp/ca bundle.pem"_s;
        store.save(account);
        const std::optional<Account> back = store.find(account.id);
        QVERIFY(back);
        QCOMPARE(back->network, account.network);
    }
}

void NetworkSettingsTest::unknownProxyKeyIsSystem()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"accounts.ini"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    Account account;
    account.id = u"acct-x"_s;
    account.name = u"x"_s;
    account.keyId = u"AKID"_s;
    account.network.proxy = NetworkSettings::Proxy::Http;
    store.save(account);
    const QStringList keys = settings.allKeys().filter(u"/proxy"_s);
    const QString proxyKey = [&] {
        for (const QString& k : keys)
            if (k.endsWith(u"/proxy"_s))
                return k;
        return QString();
    }();
    QVERIFY(!proxyKey.isEmpty());
    settings.setValue(proxyKey, u"carrier-pigeon"_s);
    const std::optional<Account> back = store.find(account.id);
    QVERIFY(back);
    QCOMPARE(back->network.proxy, NetworkSettings::Proxy::System);
}

QTEST_GUILESS_MAIN(NetworkSettingsTest)
#include "tst_networksettings.moc"

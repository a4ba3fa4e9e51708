// The Host header a signed request carries: the name alone on the scheme's default port, with the
// port otherwise, for http and https alike.
#include "HostHeader.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class HostHeaderTest : public QObject
{
    Q_OBJECT

private slots:
    void namesThePortOnlyWhenItIsNotTheDefault_data();
    void namesThePortOnlyWhenItIsNotTheDefault();
};

void HostHeaderTest::namesThePortOnlyWhenItIsNotTheDefault_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("host");

    QTest::newRow("https, no port") << QUrl(u"https://cvm.tencentcloudapi.com/"_s) << "cvm.tencentcloudapi.com"_ba;
    QTest::newRow("https, 443 named") << QUrl(u"https://cvm.tencentcloudapi.com:443/"_s)
                                      << "cvm.tencentcloudapi.com"_ba;
    QTest::newRow("https, 8443") << QUrl(u"https://cvm.tencentcloudapi.com:8443/"_s)
                                 << "cvm.tencentcloudapi.com:8443"_ba;
    QTest::newRow("https, 80") << QUrl(u"https://console.zenlayer.com:80/api/v2/bmc"_s) << "console.zenlayer.com:80"_ba;
    QTest::newRow("http, no port") << QUrl(u"http://127.0.0.1/v2/index.php"_s) << "127.0.0.1"_ba;
    QTest::newRow("http, 80 named") << QUrl(u"http://127.0.0.1:80/v2/index.php"_s) << "127.0.0.1"_ba;
    QTest::newRow("http, emulator port") << QUrl(u"http://127.0.0.1:41234/"_s) << "127.0.0.1:41234"_ba;
    QTest::newRow("http, 443") << QUrl(u"http://cvm.api.qcloud.com:443/v2/index.php"_s) << "cvm.api.qcloud.com:443"_ba;
    QTest::newRow("query ignored") << QUrl(u"http://127.0.0.1:8080/v2/index.php?Action=DescribeRegions"_s)
                                   << "127.0.0.1:8080"_ba;
}

void HostHeaderTest::namesThePortOnlyWhenItIsNotTheDefault()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, host);
    QCOMPARE(hostHeaderFor(url), host);
}

QTEST_GUILESS_MAIN(HostHeaderTest)
#include "tst_hostheader.moc"

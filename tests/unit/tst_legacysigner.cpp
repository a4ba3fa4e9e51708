// The API 2.0 query signature against every official example (reference §5.2 L1-L4), the extra
// legacy vectors of §5.2 and the v1 examples and SDK vectors of §1.9, which use the same algorithm.
#include "LegacySigner.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class LegacySignerTest : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void algorithmSelection_data();
    void algorithmSelection();
    void underscoresInNamesBecomeDots();
    void signatureParameterIsNotSigned();
    void percentEncoding_data();
    void percentEncoding();
    void encodedRequestOfTheSdkVector();
};

namespace {

const QByteArray kLegacyHost = "cvm.api.qcloud.com/v2/index.php"_ba;
const QByteArray kApi3Host = "cvm.tencentcloudapi.com/"_ba;
const QString kDocKey = u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s;
const QByteArray kDocId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_ba;
const QString kVectorKey = u"TestVectorSecretKey0000000000006"_s;
const QByteArray kVectorId = "AKIDTESTVECTOR0000000000000000000006"_ba;

// The signed order must not depend on the order the caller lists parameters in.
LegacyParams reversed(LegacyParams params)
{
    std::reverse(params.begin(), params.end());
    return params;
}

} // namespace

void LegacySignerTest::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("hostAndPath");
    QTest::addColumn<LegacyParams>("params");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("L1 English page, HmacSHA1, lower-case names sort last")
        << "GET"_ba << kLegacyHost
        << reversed({{"Action", "DescribeInstances"},
                     {"Nonce", "11886"},
                     {"Region", "gz"},
                     {"SecretId", kDocId},
                     {"Timestamp", "1465185768"},
                     {"instanceIds.0", "ins-09dx96dg"},
                     {"limit", "20"},
                     {"offset", "0"}})
        << kDocKey
        << "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&SecretId="
           "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0"_ba
        << "NSI3UqqD99b/UJb4tbG/xZpRW64="_ba
        << "NSI3UqqD99b%2FUJb4tbG%2FxZpRW64%3D"_ba;

    const LegacyParams newer{{"SecretId", kDocId},
                             {"Action", "DescribeInstances"},
                             {"Region", "ap-guangzhou"},
                             {"InstanceIds.0", "ins-09dx96dg"},
                             {"Nonce", "11886"},
                             {"Timestamp", "1465185768"},
                             {"SignatureMethod", "HmacSHA256"}};
    QTest::newRow("L2 newer page, HmacSHA256")
        << "GET"_ba << kLegacyHost << newer << kDocKey
        << "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region="
           "ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&Timestamp=1465185768"_ba
        << "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s="_ba
        << "0EEm%2FHtGRr%2FVJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s%3D"_ba;

    LegacyParams newerSha1 = newer;
    newerSha1.last().second = "HmacSHA1";
    QTest::newRow("L3 newer page, HmacSHA1")
        << "GET"_ba << kLegacyHost << newerSha1 << kDocKey
        << "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region="
           "ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA1&Timestamp=1465185768"_ba
        << "nPVnY6njQmwQ8ciqbPl5Qe+Oru4="_ba
        << "nPVnY6njQmwQ8ciqbPl5Qe%2BOru4%3D"_ba;

    QTest::newRow("L4 oldest Chinese page, HmacSHA1")
        << "GET"_ba << kLegacyHost
        << LegacyParams{{"Timestamp", "1408704141"},
                        {"Nonce", "345122"},
                        {"Region", "gz"},
                        {"SecretId", kDocId},
                        {"Action", "DescribeInstances"}}
        << kDocKey
        << "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=345122&Region=gz&SecretId="
           "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1408704141"_ba
        << "HgIYOPcx5lN6gz8JsCFBNAWp2oQ="_ba
        << "HgIYOPcx5lN6gz8JsCFBNAWp2oQ%3D"_ba;

    QTest::newRow("legacy TerminateInstances v2017, two ids, HmacSHA256, GET")
        << "GET"_ba << kLegacyHost
        << reversed({{"Action", "TerminateInstances"},
                     {"InstanceIds.0", "ins-abcd1234"},
                     {"InstanceIds.1", "ins-efgh5678"},
                     {"Nonce", "54321"},
                     {"Region", "ap-shanghai"},
                     {"SecretId", kVectorId},
                     {"SignatureMethod", "HmacSHA256"},
                     {"Timestamp", "1700000000"},
                     {"Version", "2017-03-12"}})
        << kVectorKey
        << "GETcvm.api.qcloud.com/v2/index.php?Action=TerminateInstances&InstanceIds.0=ins-abcd1234&InstanceIds.1="
           "ins-efgh5678&Nonce=54321&Region=ap-shanghai&SecretId=AKIDTESTVECTOR0000000000000000000006&SignatureMethod="
           "HmacSHA256&Timestamp=1700000000&Version=2017-03-12"_ba
        << "XHc4lArwrha+RhmHLQhgoL6+eGWvFt5UBBDCkabb5YY="_ba
        << "XHc4lArwrha%2BRhmHLQhgoL6%2BeGWvFt5UBBDCkabb5YY%3D"_ba;

    QTest::newRow("legacy ReturnInstance, HmacSHA1, POST")
        << "POST"_ba << kLegacyHost << LegacyParams{{"instanceId", "ins-abcd1234"}, {"Action", "ReturnInstance"},
                                                    {"Timestamp", "1700000000"},    {"Nonce", "54321"},
                                                    {"Region", "ap-shanghai"},      {"SecretId", kVectorId}}
        << kVectorKey
        << "POSTcvm.api.qcloud.com/v2/index.php?Action=ReturnInstance&Nonce=54321&Region=ap-shanghai&SecretId="
           "AKIDTESTVECTOR0000000000000000000006&Timestamp=1700000000&instanceId=ins-abcd1234"_ba
        << "Xro9I5XxY3A2miQ6gAodWqqkakc="_ba
        << "Xro9I5XxY3A2miQ6gAodWqqkakc%3D"_ba;

    QTest::newRow("API 3.0 v1 doc example, HmacSHA1")
        << "GET"_ba << kApi3Host
        << reversed({{"Action", "DescribeInstances"},
                     {"InstanceIds.0", "ins-09dx96dg"},
                     {"Limit", "20"},
                     {"Nonce", "11886"},
                     {"Offset", "0"},
                     {"Region", "ap-guangzhou"},
                     {"SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"},
                     {"Timestamp", "1465185768"},
                     {"Version", "2017-03-12"}})
        << u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s
        << "GETcvm.tencentcloudapi.com/"
           "?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset="
           "0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12"_ba
        << "EliP9YW3pW28FpsEdkXt/+WcGeI="_ba
        << "EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D"_ba;

    const LegacyParams sdk{{"InstanceIds.0", "ins-abcd1234"},
                           {"InstanceIds.1", "ins-efgh5678"},
                           {"Action", "TerminateInstances"},
                           {"RequestClient", "SDK_NODEJS_4.1.220"},
                           {"Nonce", "12345"},
                           {"Timestamp", "1700000000"},
                           {"Version", "2017-03-12"},
                           {"SecretId", "AKIDTESTVECTOR0000000000000000000005"},
                           {"Region", "ap-guangzhou"},
                           {"SignatureMethod", "HmacSHA256"}};
    const QByteArray sdkSigned =
        "cvm.tencentcloudapi.com/"
        "?Action=TerminateInstances&InstanceIds.0=ins-abcd1234&InstanceIds.1=ins-efgh5678&Nonce="
        "12345&Region=ap-guangzhou&RequestClient=SDK_NODEJS_4.1.220&SecretId=AKIDTESTVECTOR0000000000000000000005&"
        "SignatureMethod="_ba;
    QTest::newRow("API 3.0 v1 SDK vector, POST HmacSHA256")
        << "POST"_ba << kApi3Host << sdk << u"TestVectorSecretKey0000000000005"_s
        << "POST"_ba + sdkSigned + "HmacSHA256&Timestamp=1700000000&Version=2017-03-12"_ba
        << "2bR1Qz/+4EGoNLMu4W3xtju8CqQs73jw8m9DDKB0zBc="_ba
        << "2bR1Qz%2F%2B4EGoNLMu4W3xtju8CqQs73jw8m9DDKB0zBc%3D"_ba;

    LegacyParams sdkSha1 = sdk;
    sdkSha1.last().second = "HmacSHA1";
    QTest::newRow("API 3.0 v1 SDK vector, GET HmacSHA1")
        << "GET"_ba << kApi3Host << sdkSha1 << u"TestVectorSecretKey0000000000005"_s
        << "GET"_ba + sdkSigned + "HmacSHA1&Timestamp=1700000000&Version=2017-03-12"_ba
        << "NshIW2dSAppobkDS7+zXSx+F/oI="_ba
        << "NshIW2dSAppobkDS7%2BzXSx%2BF%2FoI%3D"_ba;
}

void LegacySignerTest::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, hostAndPath);
    QFETCH(LegacyParams, params);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, encoded);

    QCOMPARE(LegacySigner::sourceString(method, hostAndPath, params), source);
    QCOMPARE(LegacySigner::signature(source, secretKey, LegacySigner::algorithmOf(params)), signature);
    QCOMPARE(LegacySigner::percentEncode(signature), encoded);

    const LegacyParams signedParams = LegacySigner::sign(method, hostAndPath, params, secretKey);
    QCOMPARE(signedParams.size(), params.size() + 1);
    QCOMPARE(signedParams.last().first, "Signature"_ba);
    QCOMPARE(signedParams.last().second, signature);
    QVERIFY(LegacySigner::encode(signedParams).endsWith(QByteArray("&Signature="_ba + encoded)));
}

void LegacySignerTest::algorithmSelection_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("sha256");
    QTest::newRow("absent") << QByteArray() << false;
    QTest::newRow("HmacSHA1") << "HmacSHA1"_ba << false;
    QTest::newRow("HmacSHA256") << "HmacSHA256"_ba << true;
    // Only the exact value selects SHA-256 (reference §5.1).
    QTest::newRow("lower case") << "hmacsha256"_ba << false;
    QTest::newRow("anything else") << "SHA256"_ba << false;
}

void LegacySignerTest::algorithmSelection()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, sha256);
    LegacyParams params{{"Action", "DescribeInstances"}};
    if (!method.isNull())
        params.append({"SignatureMethod", method});
    QCOMPARE(LegacySigner::algorithmOf(params) == LegacySigner::Algorithm::HmacSha256, sha256);
}

void LegacySignerTest::underscoresInNamesBecomeDots()
{
    // Reference §5.2 step 2: names only; values keep their underscores.
    const LegacyParams params{{"Placement_Zone", "CN_GUANGZHOU"}, {"Action", "X"}};
    QCOMPARE(LegacySigner::sourceString("GET", kLegacyHost, params),
             "GETcvm.api.qcloud.com/v2/index.php?Action=X&Placement.Zone=CN_GUANGZHOU"_ba);
}

void LegacySignerTest::signatureParameterIsNotSigned()
{
    const LegacyParams params{{"Action", "X"}, {"Signature", "old"}};
    QCOMPARE(LegacySigner::sourceString("POST", kLegacyHost, params),
             "POSTcvm.api.qcloud.com/v2/index.php?Action=X"_ba);
    // Signing again replaces the old signature instead of adding a second one.
    const LegacyParams signedParams = LegacySigner::sign("POST", kLegacyHost, params, kDocKey);
    QCOMPARE(
        std::count_if(signedParams.cbegin(), signedParams.cend(), [](const auto& p) { return p.first == "Signature"; }),
        1);
    QVERIFY(signedParams.last().second != "old");
}

void LegacySignerTest::percentEncoding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved stay") << "AZaz09-_.~"_ba
                                     << "AZaz09-_.~"_ba;
    QTest::newRow("base64 specials, upper-case hex") << "/+="_ba
                                                     << "%2F%2B%3D"_ba;
    QTest::newRow("space is %20, not +") << "a b"_ba
                                         << "a%20b"_ba;
    QTest::newRow("delimiters") << "a&b=c?d#e"_ba
                                << "a%26b%3Dc%3Fd%23e"_ba;
    QTest::newRow("UTF-8") << u"未命名"_s.toUtf8() << "%E6%9C%AA%E5%91%BD%E5%90%8D"_ba;
}

void LegacySignerTest::percentEncoding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(LegacySigner::percentEncode(raw), encoded);
}

void LegacySignerTest::encodedRequestOfTheSdkVector()
{
    // The body the SDK sent for the POST vector of §1.9, in its own parameter order.
    const LegacyParams params{{"InstanceIds.0", "ins-abcd1234"},
                              {"InstanceIds.1", "ins-efgh5678"},
                              {"Action", "TerminateInstances"},
                              {"RequestClient", "SDK_NODEJS_4.1.220"},
                              {"Nonce", "12345"},
                              {"Timestamp", "1700000000"},
                              {"Version", "2017-03-12"},
                              {"SecretId", "AKIDTESTVECTOR0000000000000000000005"},
                              {"Region", "ap-guangzhou"},
                              {"SignatureMethod", "HmacSHA256"}};
    QCOMPARE(
        LegacySigner::encode(LegacySigner::sign("POST", kApi3Host, params, u"TestVectorSecretKey0000000000005"_s)),
        "InstanceIds.0=ins-abcd1234&InstanceIds.1=ins-efgh5678&Action=TerminateInstances&RequestClient=SDK_NODEJS_"
        "4.1.220&Nonce=12345&Timestamp=1700000000&Version=2017-03-12&SecretId=AKIDTESTVECTOR0000000000000000000005&"
        "Region=ap-guangzhou&SignatureMethod=HmacSHA256&Signature=2bR1Qz%2F%2B4EGoNLMu4W3xtju8CqQs73jw8m9DDKB0zBc%3D"_ba);
}

QTEST_GUILESS_MAIN(LegacySignerTest)
#include "tst_legacysigner.moc"

// TC3-HMAC-SHA256 against every official example (reference §1.6) and SDK vector (§1.8).
#include "Tc3Signer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class Tc3SignerTest : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void dateIsUtcNotLocal();
    void headerOrderAndCaseDoNotMatter();
};

namespace {
const QByteArray kDocPayload =
    QByteArray::fromHex("7b224c696d6974223a20312c202246696c74657273223a205b7b2256616c756573223a205b225c75363732615c"
                        "75353437645c7535343064225d2c20224e616d65223a2022696e7374616e63652d6e616d65227d5d7d");
const QByteArray kDocContentType = "application/json; charset=utf-8"_ba;
} // namespace

void Tc3SignerTest::vectors_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("action"); // signed as x-tc-action when not empty
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("payloadHash");
    QTest::addColumn<QByteArray>("canonicalHash");
    QTest::addColumn<QByteArray>("secretDate");
    QTest::addColumn<QByteArray>("secretService");
    QTest::addColumn<QByteArray>("secretSigning");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray cvm = "cvm.tencentcloudapi.com"_ba;
    QTest::newRow("doc example A (signs x-tc-action)")
        << u"AKID********************************"_s << u"********************************"_s << cvm << kDocContentType
        << "DescribeInstances"_ba << kDocPayload << qint64(1551113065)
        << "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"_ba
        << "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"_ba
        << "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"_ba
        << "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"_ba
        << "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"_ba
        << "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"_ba;
    QTest::newRow("doc example B (SDK signer)")
        << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"_s << u"Gu5t9xGARNpq86cd98joQYCN3*******"_s << cvm << kDocContentType
        << QByteArray() << kDocPayload << qint64(1551113065)
        << "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"_ba
        << "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"_ba
        << "f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e"_ba
        << "e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7"_ba
        << "8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed"_ba
        << "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"_ba;
    QTest::newRow("doc example C (EXAMPLE keys)")
        << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s << u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s << cvm << kDocContentType
        << QByteArray() << kDocPayload << qint64(1551113065)
        << "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"_ba
        << "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"_ba
        << "d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a"_ba
        << "3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050"_ba
        << "ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"_ba
        << "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"_ba;

    const QByteArray tv1Payload = QByteArray::fromHex("7b2246696c74657273223a5b7b224e616d65223a22696e7374616e63652d6e61"
                                                      "6d65222c2256616c756573223a5b22e6b58be8af95e69c8d"
                                                      "e58aa1e599a82d3031225d7d2c7b224e616d65223a227461673ae78eafe5a283"
                                                      "222c2256616c756573223a5b22e7949fe4baa7225d7d5d2c"
                                                      "224f6666736574223a302c224c696d6974223a3130307d");
    QCOMPARE(
        tv1Payload,
        QByteArray(
            R"({"Filters":[{"Name":"instance-name","Values":["测试服务器-01"]},{"Name":"tag:环境","Values":["生产"]}],"Offset":0,"Limit":100})"));
    const QByteArray json = "application/json"_ba;
    QTest::newRow("SDK TV1 DescribeInstances, Chinese filters")
        << u"AKIDTESTVECTOR0000000000000000000001"_s << u"TestVectorSecretKey0000000000001"_s << cvm << json
        << QByteArray() << tv1Payload << qint64(1700000000)
        << "2c593c301a4023ceb2c01f41c3e8bc45562e507cfa0c1ea186d84883843659d4"_ba
        << "3703a79363efc494be6717a8fb14bafc53704306dc1a355618a3353342de38ac"_ba
        << "3db844b7f0a93f10d18a7b7516703ca6d93a315845c2ce7ed8c2fd0bacb64a39"_ba
        << "c3e6fcddb33a188db83d8c86b70d419e34739e2f07c9cee9df0b24deb30ba908"_ba
        << "a09cd87398a34bf4c9138bbbaa7aa46cf6ec6566d608b968926bcb3b97167f6e"_ba
        << "186f9e7ca0ee5553996c55497bd14e7a8d867bf7e631185b44c4d9b5a94925e6"_ba;
    QTest::newRow("SDK TV2 TerminateInstances, regional host")
        << u"AKIDTESTVECTOR0000000000000000000002"_s << u"TestVectorSecretKey0000000000002"_s
        << "cvm.ap-shanghai.tencentcloudapi.com"_ba << json << QByteArray()
        << R"({"InstanceIds":["ins-abcd1234","ins-efgh5678"]})"_ba << qint64(1717171717)
        << "08e397bd78ad2f1f08a1cf509d536f47a0e9e50742c389c566d535bd4af6db2e"_ba
        << "954fd4b5306123e430ad92784a2a04877c052a575f929bb15f0c7031fb10dda6"_ba
        << "b90aa1a11b2b163d810a3ad00c90c460b17803efb112b988e900bef105de8a66"_ba
        << "67f8a38eb5fc96644523bb6154afa3936c99e0f42778ffcfed072532188eba6a"_ba
        << "dc048d9b8f2f0aa9650ef9aee84437a42649586e3c266014494e389581611a76"_ba
        << "f5f1f6934ee13f1d5f3bcaa01a4d679b465ce5b9101df82b52c04a426ad59e88"_ba;
    QTest::newRow("SDK TV3 InquiryPriceTerminateInstances, 23:59:59 UTC")
        << u"AKIDTESTVECTOR0000000000000000000003"_s << u"TestVectorSecretKey0000000000003"_s << cvm << json
        << QByteArray() << R"({"InstanceIds":["ins-0a1b2c3d"]})"_ba << qint64(1735689599)
        << "7132b3d1491bfee274a64c885bbdf620db0efd6eb229b8d1a6d3ac65297cb7e4"_ba
        << "77b53410e640a5cd996f08d964d662681cfd59d17243f7b41612dc2a8436ea8f"_ba
        << "100486111e9a7e55799aa0940a6026b496b8de0b8cfb8033279afd1acdd9eeff"_ba
        << "0d0b49762318301d7de3caa0ce9866b89eb5e12d37ca7f40af3c617bc21fba29"_ba
        << "c29ac0f573fe8f8c7c3142512b6fa2b5e868a6a577e0828397e9ce399f74a632"_ba
        << "7be845c27c09ea72a2548f4664c09b68a0aec93c0b92515780337ef5d35bf2b5"_ba;
    QTest::newRow("SDK TV4 DescribeInstancesStatus, empty body at UTC midnight")
        << u"AKIDTESTVECTOR0000000000000000000004"_s << u"TestVectorSecretKey0000000000004"_s << cvm << json
        << QByteArray() << "{}"_ba << qint64(1735689600)
        << "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"_ba
        << "b7511c2a57e10458e52fe57af7b28c25796fc538db71eef3b256d94528d8834d"_ba
        << "094119469ac087521b2fb8415cd0a7103d7f62b1e47be53aa8e9118b8573f374"_ba
        << "03ab4cd968bc2ddbfd81a9d0527b2bde11c046aff2971529d78a09b9a10c46b1"_ba
        << "c372a0d991c51bcd01ea639899774ddd5618870b3cfd67446fe9e0e925dcfc34"_ba
        << "4bb1368c4a4d212b9f2829e08ac6efb4ce8cefbee5fdb5a8082cffd48d092246"_ba;

    // The same SDK requests with x-tc-action signed as well (reference §1.8, recomputed there).
    const QByteArray none; // intermediate values not published for these
    QTest::newRow("TV1 + x-tc-action") << u"AKIDTESTVECTOR0000000000000000000001"_s
                                       << u"TestVectorSecretKey0000000000001"_s << cvm << json << "DescribeInstances"_ba
                                       << tv1Payload << qint64(1700000000) << none << none << none << none << none
                                       << "84576b05a5243c9e6327fb8d25c404b3fee0e0edd53b9721cc1cf740f094f283"_ba;
    QTest::newRow("TV2 + x-tc-action") << u"AKIDTESTVECTOR0000000000000000000002"_s
                                       << u"TestVectorSecretKey0000000000002"_s
                                       << "cvm.ap-shanghai.tencentcloudapi.com"_ba << json << "TerminateInstances"_ba
                                       << R"({"InstanceIds":["ins-abcd1234","ins-efgh5678"]})"_ba << qint64(1717171717)
                                       << none << none << none << none << none
                                       << "9a9bf5ca9d6f94476a17ae1005d031ba74a1c79c211d8226276de537fa6372f3"_ba;
    QTest::newRow("TV3 + x-tc-action") << u"AKIDTESTVECTOR0000000000000000000003"_s
                                       << u"TestVectorSecretKey0000000000003"_s << cvm << json
                                       << "InquiryPriceTerminateInstances"_ba
                                       << R"({"InstanceIds":["ins-0a1b2c3d"]})"_ba << qint64(1735689599) << none << none
                                       << none << none << none
                                       << "91d29bd80b45aa3e8fb99490bf9568fd11d2dbb3e972527c23a8da3574f320f1"_ba;
    QTest::newRow("TV4 + x-tc-action") << u"AKIDTESTVECTOR0000000000000000000004"_s
                                       << u"TestVectorSecretKey0000000000004"_s << cvm << json
                                       << "DescribeInstancesStatus"_ba
                                       << "{}"_ba << qint64(1735689600) << none << none << none << none << none
                                       << "19e4cec71de44dd6c5c1e5ac9d9132d7efd994c8f1f9526dd6f89c845c7bc773"_ba;
}

void Tc3SignerTest::vectors()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, payload);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, payloadHash);
    QFETCH(QByteArray, canonicalHash);
    QFETCH(QByteArray, secretDate);
    QFETCH(QByteArray, secretService);
    QFETCH(QByteArray, secretSigning);
    QFETCH(QByteArray, signature);

    Tc3Request request;
    request.payload = payload;
    request.timestamp = timestamp;
    request.signedHeaders = {{"Content-Type"_ba, contentType}, {"Host"_ba, host}};
    if (!action.isEmpty())
        request.signedHeaders.append({"X-TC-Action"_ba, action});
    const Tc3Signature s = Tc3Signer::sign(request, secretId, secretKey);

    if (!payloadHash.isEmpty()) {
        QCOMPARE(Tc3Signer::sha256Hex(payload), payloadHash);
        QCOMPARE(s.hashedCanonicalRequest, canonicalHash);
        QCOMPARE(s.secretDate.toHex(), secretDate);
        QCOMPARE(s.secretService.toHex(), secretService);
        QCOMPARE(s.secretSigning.toHex(), secretSigning);
    }
    QCOMPARE(s.signature, signature);
    const QByteArray names = action.isEmpty() ? "content-type;host"_ba : "content-type;host;x-tc-action"_ba;
    QCOMPARE(s.authorization,
             "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() + '/' + Tc3Signer::utcDate(timestamp)
                 + "/cvm/tc3_request, SignedHeaders=" + names + ", Signature=" + signature);
}

void Tc3SignerTest::dateIsUtcNotLocal()
{
    // 1551113065 is 2019-02-26 00:44:25 in UTC+8 but 2019-02-25 in UTC; 1735689599 is the last
    // second of 2024-12-31 UTC.
    qputenv("TZ", "Asia/Shanghai");
    QCOMPARE(Tc3Signer::utcDate(1551113065), "2019-02-25"_ba);
    QCOMPARE(Tc3Signer::utcDate(1735689599), "2024-12-31"_ba);
    QCOMPARE(Tc3Signer::utcDate(1735689600), "2025-01-01"_ba);
}

void Tc3SignerTest::headerOrderAndCaseDoNotMatter()
{
    Tc3Request a;
    a.payload = "{}"_ba;
    a.timestamp = 1735689600;
    a.signedHeaders = {{"host"_ba, "cvm.tencentcloudapi.com"_ba}, {"content-type"_ba, "application/json"_ba}};
    Tc3Request b = a;
    b.signedHeaders = {{"Content-Type"_ba, " application/json "_ba}, {"HOST"_ba, "cvm.tencentcloudapi.com"_ba}};
    const auto sa =
        Tc3Signer::sign(a, u"AKIDTESTVECTOR0000000000000000000004"_s, u"TestVectorSecretKey0000000000004"_s);
    const auto sb =
        Tc3Signer::sign(b, u"AKIDTESTVECTOR0000000000000000000004"_s, u"TestVectorSecretKey0000000000004"_s);
    QCOMPARE(sa.signature, "4bb1368c4a4d212b9f2829e08ac6efb4ce8cefbee5fdb5a8082cffd48d092246"_ba);
    QCOMPARE(sb.signature, sa.signature);
    // Any changed byte of the payload changes the signature.
    a.payload = "{ }"_ba;
    QVERIFY(Tc3Signer::sign(a, u"x"_s, u"y"_s).signature != sa.signature);
}

QTEST_GUILESS_MAIN(Tc3SignerTest)
#include "tst_tc3signer.moc"

// ZC2-HMAC-SHA256 against every vector of the Zenlayer reference (§1.4): the docs example (V1),
// third-party golden vectors (V2-V4) and the vectors cross-checked with the official Python SDK
// (V5-V11), each with its intermediate hashes.
#include "Zc2Signer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class Zc2SignerTest : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void contentTypeIsSigned();
    void onlyThePasswordChangesTheSignature();
    void anyChangedByteChangesTheSignature();
};

namespace {
const QByteArray kHost = "console.zenlayer.com"_ba;
const QByteArray kJson = "application/json"_ba;
const QByteArray kJsonUtf8 = "application/json; charset=utf-8"_ba;
const QString kTestKey = u"TESTKEYID0001"_s;
const QString kTestPassword = u"TestKeyPassword-0001"_s;
} // namespace

void Zc2SignerTest::vectors_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("payloadHash");
    QTest::addColumn<QByteArray>("canonicalHash");
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("V1 docs example") << kHost << kJsonUtf8 << qint64(1673361177) << u"0D9UtpyKYcHxms5v"_s
                                     << u"Gu5t9xGARNpq86cd98joQYCN3"_s
                                     << R"({"pageSize":10,"pageNum":1,"zoneId":"HKG-A"})"_ba
                                     << "5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a"_ba
                                     << "29396f9dfa0f03820b931e8aa06e20cda197e73285ebd76aceb83f7dede493ee"_ba
                                     << "ZC2-HMAC-SHA256 Credential=0D9UtpyKYcHxms5v, SignedHeaders=content-type;host, "
                                        "Signature=efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f"_ba;
    QTest::newRow("V2 empty body")
        << kHost << kJson << qint64(1700000000) << u"AKIDtest-key-id-0001"_s << u"ZL-SECRET-PWD-deadbeef-1234"_s
        << "{}"_ba
        << "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"_ba
        << "2eb6d40a6d77fe762274e366f8d05626427e80b1c9e1a816d9c08676d12257a4"_ba
        << "ZC2-HMAC-SHA256 Credential=AKIDtest-key-id-0001, SignedHeaders=content-type;host, "
           "Signature=2b3f42e101002bafea1f414aa9c7fe8a13d52a3fa27d92a3f338b22685ec7884"_ba;
    QTest::newRow("V3 nested body")
        << kHost << kJson << qint64(1705501234) << u"AKID-full-test"_s << u"longer-secret-here-9876543210"_s
        << R"({"zoneId":"SEL-A","imageId":"IMG-12345","instanceType":"S8I","instanceCount":2,"internetMaxBandwidthOut":100,"instanceChargePrepaid":{"period":12},"dataDisks":[{"diskSize":100,"diskCategory":"Basic NVMe SSD"}]})"_ba
        << "5a1867bd6e5da40be76ceab6cfbc3b959b6f8150f1b14013644b0824fa126f36"_ba
        << "591fc774403b2844935965ca9f69c9f5ad9b87859da8bf5c9b7637b9801833df"_ba
        << "ZC2-HMAC-SHA256 Credential=AKID-full-test, SignedHeaders=content-type;host, "
           "Signature=a308d57bae86769b7f2c5f9140185033c982a009af7e2644f0ae88794592070e"_ba;
    QTest::newRow("V4 other host, UTF-8 password and body")
        << "api.example.zenlayer.local"_ba << kJson << qint64(1731234567) << u"AKID-unicode"_s
        << u"pwd-unicode-中文-9999"_s
        << QString(uR"({"instanceName":"测试-实例-001","comment":"Includes / and = chars"})"_s).toUtf8()
        << "ed8ae2fd7e284d6db3de1b25e89ef86d167db75107b76a5a23fae68a28b2431a"_ba
        << "3e76625114723ee96be75c135313427b66a0994b7a5462e3747c77620bd1d316"_ba
        << "ZC2-HMAC-SHA256 Credential=AKID-unicode, SignedHeaders=content-type;host, "
           "Signature=b39884f06e3cbeff6119e96ad89d69085bf986c8a4b7069737f8c0722eb097f8"_ba;
    QTest::newRow("V5 DescribeInstances page")
        << kHost << kJson << qint64(1735689600) << kTestKey << kTestPassword << R"({"pageNum":1,"pageSize":100})"_ba
        << "7d1f6dc954dbcd13059f383de85754c6ce516cb28c0aa64709bbbe925b24449c"_ba
        << "53c5d81318518fa1121733bcd4eb088fdcf15473f8d0744de7bc35d03b67af48"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=0948ed4a0870492110451fde9820129eabb4dd6cbd5f5171290f158b140b876c"_ba;
    QTest::newRow("V6 TerminateInstance")
        << kHost << kJson << qint64(1735689601) << kTestKey << kTestPassword
        << R"({"instanceId":"739591339487371934"})"_ba
        << "a46b361cce0fe3df1e489668a75629353118327e551d79cbdba63a32f2c63ac1"_ba
        << "a7e187d5b34c37efab6755325ed128ac84ff4419a98438c82290a8241e381abb"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=3c58de67cb4479ea2c91713c61ec67df6572a70ef8732a62f145d6738b95913a"_ba;
    QTest::newRow("V7 ReleaseInstances two ids")
        << kHost << kJson << qint64(1735689602) << kTestKey << kTestPassword
        << R"({"instanceIds":["739591339487371934","739591339487371935"]})"_ba
        << "218c1417fce7c81dad65c1f3652623ba4d4738039e8c02604f514502a2cd857d"_ba
        << "462b018f13dece33a67779b639896b5e163d82ed462b9a199dd202c7ee068180"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=14bb366458985b460016d677a5d2507ffccf1de118415c4f61bbffa3939289e9"_ba;
    QTest::newRow("V8 DescribeZones")
        << kHost << kJson << qint64(1735689603) << kTestKey << kTestPassword << "{}"_ba
        << "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"_ba
        << "2eb6d40a6d77fe762274e366f8d05626427e80b1c9e1a816d9c08676d12257a4"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=1a3ec5deb2f2d19a9d2407db507ef7ec30e98d1b245561458fc3da93d95ee3a0"_ba;
    QTest::newRow("V9 recycle bin page 2")
        << kHost << kJson << qint64(1735689604) << kTestKey << kTestPassword
        << R"({"instanceStatus":"RECYCLE","zoneId":"SEL-A","pageNum":2,"pageSize":1000})"_ba
        << "f40e3ffc90d48998bce6232344d74003a428771599fbf44825f203e7e18a3ca7"_ba
        << "4d08b3bb4c46428b1d2c4d198cd1e9271f38f2cc67a5265e9e50e54550612969"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=3c3c4572a0fa27fd79d5555084744844c5ed350d63eebd75e199faf69225fb4d"_ba;
    QTest::newRow("V10 V6 with charset")
        << kHost << kJsonUtf8 << qint64(1735689601) << kTestKey << kTestPassword
        << R"({"instanceId":"739591339487371934"})"_ba
        << "a46b361cce0fe3df1e489668a75629353118327e551d79cbdba63a32f2c63ac1"_ba
        << "3466edb023db44a28e39b615b2fe792d7f7abbb79f56108d18ad34d6634115ed"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=491d8a301c2a06c235921d9cf97316bd12673667e21e2dc82c8e1137a2f43cf3"_ba;
    QTest::newRow("V11 ReleaseInstances one id")
        << kHost << kJson << qint64(1735689605) << kTestKey << kTestPassword
        << R"({"instanceIds":["739591339487371934"]})"_ba
        << "607085091b6671bd8a4ae29e1b4afbf82a99804332ea3ad1984e48d00fff9809"_ba
        << "43e0f1e16b07b4425484eb317f8b279e44f344ce0a3a18320f3cd093449e459c"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=64cd87761d31d3dcd51062091c628ddef31fdf61508326df85d788218c41c0c9"_ba;
}

void Zc2SignerTest::vectors()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(qint64, timestamp);
    QFETCH(QString, keyId);
    QFETCH(QString, password);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, payloadHash);
    QFETCH(QByteArray, canonicalHash);
    QFETCH(QByteArray, authorization);

    const Zc2Signature s = Zc2Signer::sign({contentType, host, body, timestamp}, keyId, password);
    QCOMPARE(s.hashedPayload, payloadHash);
    QCOMPARE(s.hashedCanonicalRequest, canonicalHash);
    const QByteArray stringToSign = "ZC2-HMAC-SHA256\n"_ba + QByteArray::number(timestamp) + '\n' + canonicalHash;
    QCOMPARE(s.stringToSign, stringToSign);
    QCOMPARE(s.authorization, authorization);
    const QByteArray head = "POST\n/\n\ncontent-type:"_ba + contentType + "\nhost:"_ba + host + "\n\n"_ba;
    QVERIFY(s.canonicalRequest.startsWith(head));
}

void Zc2SignerTest::contentTypeIsSigned()
{
    // V6 and V10 differ only in the Content-Type value: so must their signatures.
    const QByteArray body = R"({"instanceId":"739591339487371934"})"_ba;
    const Zc2Signature plain = Zc2Signer::sign({kJson, kHost, body, 1735689601}, kTestKey, kTestPassword);
    const Zc2Signature charset = Zc2Signer::sign({kJsonUtf8, kHost, body, 1735689601}, kTestKey, kTestPassword);
    QCOMPARE(plain.hashedPayload, charset.hashedPayload);
    QVERIFY(plain.hashedCanonicalRequest != charset.hashedCanonicalRequest);
    QVERIFY(plain.signature != charset.signature);
}

void Zc2SignerTest::onlyThePasswordChangesTheSignature()
{
    // No key derivation: the id is only named in the header, the password alone keys the HMAC.
    const Zc2Request r{kJson, kHost, "{}"_ba, 1735689603};
    const Zc2Signature a = Zc2Signer::sign(r, u"ONE"_s, kTestPassword);
    const Zc2Signature b = Zc2Signer::sign(r, u"OTHER"_s, kTestPassword);
    const Zc2Signature c = Zc2Signer::sign(r, u"ONE"_s, kTestPassword + u'x');
    QCOMPARE(a.signature, b.signature);
    QVERIFY(a.signature != c.signature);
}

void Zc2SignerTest::anyChangedByteChangesTheSignature()
{
    const Zc2Signature base = Zc2Signer::sign({kJson, kHost, "{}"_ba, 100}, kTestKey, kTestPassword);
    QVERIFY(Zc2Signer::sign({kJson, kHost, "{ }"_ba, 100}, kTestKey, kTestPassword).signature != base.signature);
    QVERIFY(Zc2Signer::sign({kJson, kHost, "{}"_ba, 101}, kTestKey, kTestPassword).signature != base.signature);
    QVERIFY(Zc2Signer::sign({kJson, "127.0.0.1:80"_ba, "{}"_ba, 100}, kTestKey, kTestPassword).signature
            != base.signature);
}

QTEST_APPLESS_MAIN(Zc2SignerTest)
#include "tst_zc2signer.moc"

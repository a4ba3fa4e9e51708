// The emulator's TC3-HMAC-SHA256 verifier against every official example (reference §1.6) and SDK
// vector (§1.8), sent over real HTTP with the exact published bytes and Authorization headers, and
// the ways a request can be altered after signing.
#include "Emulator.h"
#include "Tc3Verifier.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::Options;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One published request: what went on the wire and the Authorization header it carried.
struct Vector
{
    QString secretId;
    QString secretKey;
    QByteArray host;
    QByteArray contentType;
    QByteArray action;
    QByteArray region;
    QByteArray language;
    qint64 timestamp = 0;
    QByteArray payload;
    QByteArray signedHeaders; // "content-type;host" or "content-type;host;x-tc-action"
    QByteArray signature;
    QByteArray canonicalHash; // SHA-256(CanonicalRequest) as published
    QByteArray secretSigning; // hex, as published

    QByteArray authorization() const
    {
        return "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() + '/' + emulator::Tc3Verifier::utcDate(timestamp)
            + "/cvm/tc3_request, SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    Headers headers() const
    {
        Headers h{{"Host"_ba, host},
                  {"Content-Type"_ba, contentType},
                  {"X-TC-Action"_ba, action},
                  {"X-TC-Version"_ba, "2017-03-12"_ba},
                  {"X-TC-Timestamp"_ba, QByteArray::number(timestamp)},
                  {"X-TC-Region"_ba, region},
                  {"Authorization"_ba, authorization()}};
        if (!language.isEmpty())
            h.append({"X-TC-Language"_ba, language});
        return h;
    }
};

const QByteArray kDocPayload =
    QByteArray::fromHex("7b224c696d6974223a20312c202246696c74657273223a205b7b2256616c756573223a205b225c75363732615c"
                        "75353437645c7535343064225d2c20224e616d65223a2022696e7374616e63652d6e616d65227d5d7d");
const QByteArray kDocHash = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"_ba;
const QByteArray kTv1Payload = QByteArray(
    R"({"Filters":[{"Name":"instance-name","Values":["测试服务器-01"]},{"Name":"tag:环境","Values":["生产"]}],"Offset":0,"Limit":100})");

QList<std::pair<QString, Vector>> allVectors()
{
    const QByteArray cvm = "cvm.tencentcloudapi.com"_ba;
    const QByteArray docType = "application/json; charset=utf-8"_ba;
    const QByteArray json = "application/json"_ba;
    const QByteArray plain = "content-type;host"_ba;
    const QByteArray withAction = "content-type;host;x-tc-action"_ba;
    const QByteArray describe = "DescribeInstances"_ba;
    QList<std::pair<QString, Vector>> v;
    v.append({u"doc example A (x-tc-action signed)"_s,
              {u"AKID********************************"_s,
               u"********************************"_s,
               cvm,
               docType,
               describe,
               "ap-guangzhou"_ba,
               {},
               1551113065,
               kDocPayload,
               withAction,
               "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"_ba,
               "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"_ba,
               "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"_ba}});
    v.append({u"doc example B (signature-process-demo)"_s,
              {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"_s,
               u"Gu5t9xGARNpq86cd98joQYCN3*******"_s,
               cvm,
               docType,
               describe,
               "ap-guangzhou"_ba,
               {},
               1551113065,
               kDocPayload,
               plain,
               "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"_ba,
               "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"_ba,
               "8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed"_ba}});
    v.append({u"doc example C (EXAMPLE keys)"_s,
              {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s,
               u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s,
               cvm,
               docType,
               describe,
               "ap-guangzhou"_ba,
               {},
               1551113065,
               kDocPayload,
               plain,
               "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"_ba,
               "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"_ba,
               "ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"_ba}});

    const Vector tv1{u"AKIDTESTVECTOR0000000000000000000001"_s,
                     u"TestVectorSecretKey0000000000001"_s,
                     cvm,
                     json,
                     describe,
                     "ap-guangzhou"_ba,
                     {},
                     1700000000,
                     kTv1Payload,
                     plain,
                     "186f9e7ca0ee5553996c55497bd14e7a8d867bf7e631185b44c4d9b5a94925e6"_ba,
                     "3703a79363efc494be6717a8fb14bafc53704306dc1a355618a3353342de38ac"_ba,
                     "a09cd87398a34bf4c9138bbbaa7aa46cf6ec6566d608b968926bcb3b97167f6e"_ba};
    const Vector tv2{u"AKIDTESTVECTOR0000000000000000000002"_s,
                     u"TestVectorSecretKey0000000000002"_s,
                     "cvm.ap-shanghai.tencentcloudapi.com"_ba,
                     json,
                     "TerminateInstances"_ba,
                     "ap-shanghai"_ba,
                     {},
                     1717171717,
                     R"({"InstanceIds":["ins-abcd1234","ins-efgh5678"]})"_ba,
                     plain,
                     "f5f1f6934ee13f1d5f3bcaa01a4d679b465ce5b9101df82b52c04a426ad59e88"_ba,
                     "954fd4b5306123e430ad92784a2a04877c052a575f929bb15f0c7031fb10dda6"_ba,
                     "dc048d9b8f2f0aa9650ef9aee84437a42649586e3c266014494e389581611a76"_ba};
    const Vector tv3{u"AKIDTESTVECTOR0000000000000000000003"_s,
                     u"TestVectorSecretKey0000000000003"_s,
                     cvm,
                     json,
                     "InquiryPriceTerminateInstances"_ba,
                     "na-siliconvalley"_ba,
                     "en-US"_ba,
                     1735689599,
                     R"({"InstanceIds":["ins-0a1b2c3d"]})"_ba,
                     plain,
                     "7be845c27c09ea72a2548f4664c09b68a0aec93c0b92515780337ef5d35bf2b5"_ba,
                     "77b53410e640a5cd996f08d964d662681cfd59d17243f7b41612dc2a8436ea8f"_ba,
                     "c29ac0f573fe8f8c7c3142512b6fa2b5e868a6a577e0828397e9ce399f74a632"_ba};
    const Vector tv4{u"AKIDTESTVECTOR0000000000000000000004"_s,
                     u"TestVectorSecretKey0000000000004"_s,
                     cvm,
                     json,
                     "DescribeInstancesStatus"_ba,
                     "ap-hongkong"_ba,
                     {},
                     1735689600,
                     "{}"_ba,
                     plain,
                     "4bb1368c4a4d212b9f2829e08ac6efb4ce8cefbee5fdb5a8082cffd48d092246"_ba,
                     "b7511c2a57e10458e52fe57af7b28c25796fc538db71eef3b256d94528d8834d"_ba,
                     "c372a0d991c51bcd01ea639899774ddd5618870b3cfd67446fe9e0e925dcfc34"_ba};
    v.append({u"SDK TV1 DescribeInstances, Chinese filters"_s, tv1});
    v.append({u"SDK TV2 TerminateInstances, regional host"_s, tv2});
    v.append({u"SDK TV3 InquiryPrice at 23:59:59 UTC, en-US"_s, tv3});
    v.append({u"SDK TV4 DescribeInstancesStatus {} at UTC midnight"_s, tv4});

    // The same requests with x-tc-action also signed (published alongside each SDK vector).
    auto signingAction = [&](Vector t, const QByteArray& signature) {
        t.signedHeaders = withAction;
        t.signature = signature;
        t.canonicalHash.clear(); // not published for these
        return t;
    };
    v.append({u"TV1 + x-tc-action"_s,
              signingAction(tv1, "84576b05a5243c9e6327fb8d25c404b3fee0e0edd53b9721cc1cf740f094f283"_ba)});
    v.append({u"TV2 + x-tc-action"_s,
              signingAction(tv2, "9a9bf5ca9d6f94476a17ae1005d031ba74a1c79c211d8226276de537fa6372f3"_ba)});
    v.append({u"TV3 + x-tc-action"_s,
              signingAction(tv3, "91d29bd80b45aa3e8fb99490bf9568fd11d2dbb3e972527c23a8da3574f320f1"_ba)});
    v.append({u"TV4 + x-tc-action"_s,
              signingAction(tv4, "19e4cec71de44dd6c5c1e5ac9d9132d7efd994c8f1f9526dd6f89c845c7bc773"_ba)});
    return v;
}

Vector vectorNamed(const QString& prefix)
{
    for (const auto& [name, v] : allVectors()) {
        if (name.startsWith(prefix))
            return v;
    }
    qFatal("no such vector");
}

emulator::TencentInstance instance(const QString& id, const QString& region, const QString& chargeType)
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = u"vector target"_s;
    i.region = region;
    i.zone = region + u"-1"_s;
    i.instanceChargeType = chargeType;
    i.createdTime = QDateTime::fromSecsSinceEpoch(1500000000, Qt::UTC);
    return i;
}

// A sandbox whose clock stands at the vector's timestamp, which knows the vector's key and holds
// the instances the vector's request names.
std::unique_ptr<Emulator> emulatorFor(const Vector& v, qint64 clockOffset = 0)
{
    Options options;
    options.clock = [t = v.timestamp + clockOffset] { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC); };
    options.terminatingMs = 60000;
    auto e = std::make_unique<Emulator>(options);
    e->addTencentKey(v.secretId, v.secretKey);
    emulator::TencentFleet& fleet = e->tencentFleet();
    fleet.add(instance(u"ins-abcd1234"_s, u"ap-shanghai"_s, u"POSTPAID_BY_HOUR"_s));
    fleet.add(instance(u"ins-efgh5678"_s, u"ap-shanghai"_s, u"POSTPAID_BY_HOUR"_s));
    emulator::TencentInstance prepaid = instance(u"ins-0a1b2c3d"_s, u"na-siliconvalley"_s, u"PREPAID"_s);
    prepaid.expiredTime = QDateTime::fromSecsSinceEpoch(v.timestamp, Qt::UTC).addDays(45);
    prepaid.monthlyPrice = 300;
    fleet.add(prepaid);
    if (!e->listen())
        qFatal("cannot listen");
    return e;
}

ApiReply sendTo(Emulator& e, const Headers& headers, const QByteArray& body)
{
    TencentTestClient client(e.url());
    return client.send(RawRequest{headers, body});
}

Headers replaced(Headers headers, const QByteArray& name, const QByteArray& value)
{
    bool found = false;
    for (auto& [key, v] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            found = true;
        }
    }
    if (!found)
        headers.append({name, value});
    return headers;
}

Headers without(Headers headers, const QByteArray& name)
{
    headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    return headers;
}

} // namespace

Q_DECLARE_METATYPE(Vector)

class Tc3VerificationTest : public QObject
{
    Q_OBJECT

private slots:
    void verifierRebuildsThePublishedIntermediates_data();
    void verifierRebuildsThePublishedIntermediates();
    void officialVectorsAreAccepted_data();
    void officialVectorsAreAccepted();
    void alteredRequestsAreRejected_data();
    void alteredRequestsAreRejected();
    void everyBodyByteIsSigned();
    void clockSkewWindow_data();
    void clockSkewWindow();
    void unknownSecretIdIsRejected();
    void refusedCallsAreLoggedWithTheirCode();
};

void Tc3VerificationTest::verifierRebuildsThePublishedIntermediates_data()
{
    QTest::addColumn<Vector>("vector");
    for (const auto& [name, v] : allVectors()) {
        if (!v.canonicalHash.isEmpty())
            QTest::newRow(qPrintable(name)) << v;
    }
}

void Tc3VerificationTest::verifierRebuildsThePublishedIntermediates()
{
    QFETCH(Vector, vector);
    emulator::Tc3Inbound in{"POST"_ba, "/"_ba, {}, vector.headers(), vector.payload};
    const QByteArray canonical = emulator::Tc3Verifier::canonicalRequest(in, vector.signedHeaders.split(';'));
    QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(), vector.canonicalHash);
    const QByteArray key =
        emulator::Tc3Verifier::signingKey(vector.secretKey, emulator::Tc3Verifier::utcDate(vector.timestamp), "cvm"_ba);
    QCOMPARE(key.toHex(), vector.secretSigning);
}

void Tc3VerificationTest::officialVectorsAreAccepted_data()
{
    QTest::addColumn<Vector>("vector");
    for (const auto& [name, v] : allVectors())
        QTest::newRow(qPrintable(name)) << v;
}

void Tc3VerificationTest::officialVectorsAreAccepted()
{
    QFETCH(Vector, vector);
    auto e = emulatorFor(vector);
    const ApiReply reply = sendTo(*e, vector.headers(), vector.payload);
    QCOMPARE(reply.networkError, QNetworkReply::NoError);
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY2(reply.errorCode.isEmpty(), qPrintable(reply.errorCode + u": "_s + reply.errorMessage));
    QVERIFY(!reply.requestId.isEmpty());
    const QList<emulator::CallLogEntry> log = e->callLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().secretId, vector.secretId);
    QCOMPARE(log.constFirst().action, QString::fromUtf8(vector.action));
    QCOMPARE(log.constFirst().body, vector.payload);

    // The accepted calls did what they say.
    if (vector.action == "DescribeInstances") {
        QCOMPARE(reply.response.value(u"TotalCount"_s).toInt(), 1);
        const QString name = reply.response.value(u"InstanceSet"_s).toArray().at(0)[u"InstanceName"_s].toString();
        QCOMPARE(name, vector.payload == kDocPayload ? u"未命名"_s : u"测试服务器-01"_s);
    } else if (vector.action == "TerminateInstances") {
        QCOMPARE(e->tencentFleet().find(u"ins-abcd1234"_s)->instanceState, u"TERMINATING"_s);
    } else if (vector.action == "InquiryPriceTerminateInstances") {
        const QJsonObject refund = reply.response.value(u"InstanceRefundsSet"_s).toArray().at(0).toObject();
        QCOMPARE(refund.value(u"InstanceId"_s).toString(), u"ins-0a1b2c3d"_s);
        QCOMPARE(refund.value(u"Refunds"_s).toDouble(), 450.0); // 45 unused days of 300 a month
        QVERIFY(refund.value(u"PriceDetail"_s).toString().startsWith(u"Refund: 450.00 CNY"_s)); // en-US
    } else {
        QCOMPARE(reply.response.value(u"TotalCount"_s).toInt(), e->tencentFleet().inRegion(u"ap-hongkong"_s).size());
    }
}

void Tc3VerificationTest::alteredRequestsAreRejected_data()
{
    QTest::addColumn<Vector>("vector");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCode"); // empty: still accepted

    const Vector a = vectorNamed(u"doc example A"_s);
    const Vector tv1 = vectorNamed(u"SDK TV1"_s);
    const Vector tv2 = vectorNamed(u"SDK TV2"_s);
    const QString failure = u"AuthFailure.SignatureFailure"_s;
    const QString invalid = u"AuthFailure.InvalidAuthorization"_s;

    QByteArray body = tv2.payload;
    body[20] = 'X';
    QTest::newRow("body: one byte changed") << tv2 << tv2.headers() << body << failure;
    QTest::newRow("body: one byte appended") << tv2 << tv2.headers() << QByteArray(tv2.payload + ' ') << failure;
    QTest::newRow("body: Chinese value changed")
        << tv1 << tv1.headers() << QByteArray(kTv1Payload).replace("生产", "测试") << failure;
    QTest::newRow("signed content-type changed")
        << tv2 << replaced(tv2.headers(), "Content-Type"_ba, "application/json; charset=utf-8"_ba) << tv2.payload
        << failure;
    QTest::newRow("signed host changed") << tv2 << replaced(tv2.headers(), "Host"_ba, "cvm.tencentcloudapi.com"_ba)
                                         << tv2.payload << failure;
    QTest::newRow("signed x-tc-action changed (example A)")
        << a << replaced(a.headers(), "X-TC-Action"_ba, "DescribeInstancesStatus"_ba) << a.payload << failure;
    // Not signed, so the signature still holds: the action itself then refuses TV1's Filters.
    QTest::newRow("unsigned x-tc-action changed (TV1)")
        << tv1 << replaced(tv1.headers(), "X-TC-Action"_ba, "DescribeInstancesStatus"_ba) << tv1.payload
        << u"UnknownParameter"_s;
    QTest::newRow("unsigned region changed is still accepted")
        << tv1 << replaced(tv1.headers(), "X-TC-Region"_ba, "ap-shanghai"_ba) << tv1.payload << QString();
    QTest::newRow("timestamp +1 s") << tv2
                                    << replaced(tv2.headers(), "X-TC-Timestamp"_ba,
                                                QByteArray::number(tv2.timestamp + 1))
                                    << tv2.payload << failure;
    QTest::newRow("timestamp -1 s") << tv2
                                    << replaced(tv2.headers(), "X-TC-Timestamp"_ba,
                                                QByteArray::number(tv2.timestamp - 1))
                                    << tv2.payload << failure;
    QTest::newRow("timestamp +1 h") << tv2
                                    << replaced(tv2.headers(), "X-TC-Timestamp"_ba,
                                                QByteArray::number(tv2.timestamp + 3600))
                                    << tv2.payload << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("timestamp missing") << tv2 << without(tv2.headers(), "X-TC-Timestamp"_ba) << tv2.payload
                                       << u"MissingParameter"_s;

    auto withAuthorization = [](const Vector& v, const QByteArray& value) {
        return replaced(v.headers(), "Authorization"_ba, value);
    };
    QByteArray signature = tv2.authorization();
    signature.chop(1);
    QTest::newRow("signature: last hex digit changed")
        << tv2 << withAuthorization(tv2, signature + (tv2.signature.endsWith('8') ? '9' : '8')) << tv2.payload
        << failure;
    QTest::newRow("credential date of another day")
        << tv2 << withAuthorization(tv2, QByteArray(tv2.authorization()).replace("2024-05-31", "2024-06-01"))
        << tv2.payload << failure;
    QTest::newRow("credential service not cvm")
        << tv2 << withAuthorization(tv2, QByteArray(tv2.authorization()).replace("/cvm/", "/cbs/")) << tv2.payload
        << failure;
    QTest::newRow("Authorization missing")
        << tv2 << without(tv2.headers(), "Authorization"_ba) << tv2.payload << invalid;
    QTest::newRow("Authorization garbled")
        << tv2 << withAuthorization(tv2, "TC3-HMAC-SHA256 garbage"_ba) << tv2.payload << invalid;
    QTest::newRow("other algorithm")
        << tv2 << withAuthorization(tv2, QByteArray(tv2.authorization()).replace("TC3-HMAC-SHA256", "TC3-HMAC-SHA1"))
        << tv2.payload << invalid;
    QTest::newRow("host not signed")
        << tv2
        << withAuthorization(
               tv2,
               QByteArray(tv2.authorization()).replace("SignedHeaders=content-type;host", "SignedHeaders=content-type"))
        << tv2.payload << invalid;
    QTest::newRow("signature not hex") << tv2
                                       << withAuthorization(
                                              tv2, QByteArray(tv2.authorization()).replace(tv2.signature, "zz"))
                                       << tv2.payload << invalid;
    Vector wrongKey = tv2;
    wrongKey.secretKey = u"TestVectorSecretKey0000000000009"_s; // the server knows another key
    QTest::newRow("signed with another key") << wrongKey << tv2.headers() << tv2.payload << failure;
}

void Tc3VerificationTest::alteredRequestsAreRejected()
{
    QFETCH(Vector, vector);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCode);
    auto e = emulatorFor(vector);
    const ApiReply reply = sendTo(*e, headers, body);
    QCOMPARE(reply.httpStatus, 200); // API errors come with HTTP 200 (reference §1.5)
    QCOMPARE(reply.errorCode, expectedCode);
    QVERIFY(!reply.requestId.isEmpty());
    if (!expectedCode.isEmpty()) {
        QVERIFY(!reply.errorMessage.isEmpty());
        // Nothing was applied.
        QCOMPARE(e->tencentFleet().find(u"ins-abcd1234"_s)->instanceState, u"RUNNING"_s);
    }
}

void Tc3VerificationTest::everyBodyByteIsSigned()
{
    const Vector tv2 = vectorNamed(u"SDK TV2"_s);
    auto e = emulatorFor(tv2);
    for (qsizetype n = 0; n < tv2.payload.size(); ++n) {
        QByteArray body = tv2.payload;
        body[n] = char(body.at(n) ^ 0x01);
        const ApiReply reply = sendTo(*e, tv2.headers(), body);
        QVERIFY2(reply.errorCode == u"AuthFailure.SignatureFailure"_s, qPrintable(u"byte %1"_s.arg(n)));
    }
    QCOMPARE(e->tencentFleet().find(u"ins-abcd1234"_s)->instanceState, u"RUNNING"_s);
    QVERIFY(sendTo(*e, tv2.headers(), tv2.payload).succeeded());
}

void Tc3VerificationTest::clockSkewWindow_data()
{
    QTest::addColumn<qint64>("serverAhead"); // seconds the server clock is ahead of the signer
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("in step") << qint64(0) << QString();
    QTest::newRow("server 299 s ahead") << qint64(299) << QString();
    QTest::newRow("server 300 s ahead") << qint64(300) << QString();
    QTest::newRow("server 301 s ahead") << qint64(301) << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("server 299 s behind") << qint64(-299) << QString();
    QTest::newRow("server 301 s behind") << qint64(-301) << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("server a day ahead") << qint64(86400) << u"AuthFailure.SignatureExpire"_s;
}

void Tc3VerificationTest::clockSkewWindow()
{
    QFETCH(qint64, serverAhead);
    QFETCH(QString, expectedCode);
    const Vector tv4 = vectorNamed(u"SDK TV4"_s);
    auto e = emulatorFor(tv4, serverAhead);
    const ApiReply reply = sendTo(*e, tv4.headers(), tv4.payload);
    QCOMPARE(reply.errorCode, expectedCode);
}

void Tc3VerificationTest::unknownSecretIdIsRejected()
{
    Emulator e;
    QVERIFY(e.listen());
    TencentTestClient client(e.url(), u"AKIDNOBODY"_s, u"whatever"_s);
    ApiReply reply = client.call(u"DescribeRegions"_s, {}, {});
    QCOMPARE(reply.errorCode, u"AuthFailure.SecretIdNotFound"_s);
    // A key registered later is accepted; the sandbox key always is.
    e.addTencentKey(u"AKIDNOBODY"_s, u"whatever"_s);
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
    client.setCredentials(u"AKIDSANDBOX"_s, u"sandbox-secret-key"_s);
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
}

void Tc3VerificationTest::refusedCallsAreLoggedWithTheirCode()
{
    Emulator e;
    QVERIFY(e.listen());
    TencentTestClient client(e.url(), u"AKIDSANDBOX"_s, u"wrong-key"_s);
    const ApiReply reply = client.call(u"DescribeInstances"_s, u"ap-guangzhou"_s, {{u"Limit"_s, 5}});
    QCOMPARE(reply.errorCode, u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(e.callCount(u"DescribeInstances"_s), 1);
    const emulator::CallLogEntry entry = e.callLog().constLast();
    QCOMPARE(entry.errorCode, u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(entry.secretId, u"AKIDSANDBOX"_s);
    QCOMPARE(entry.region, u"ap-guangzhou"_s);
    QCOMPARE(entry.requestId, reply.requestId);
    QCOMPARE(entry.body, QByteArray(R"({"Limit":5})"));
}

QTEST_GUILESS_MAIN(Tc3VerificationTest)
#include "tst_emulator_tc3.moc"

// The legacy API 2.0 endpoint (GET|POST /v2/index.php) over HTTP: the query signature of both
// methods checked by the emulator's own verifier against requests signed with the product's
// LegacySigner, ReturnInstance's {code, message} replies and refusals, the 2017-03-12 actions in
// the API 3.0 shape, and one fleet shared with the API 3.0 endpoint.
#include "Emulator.h"
#include "FaultPlan.h"
#include "LegacySigner.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::TencentInstance;

namespace {

const QString kRegion = u"ap-shanghai"_s;
const QString kSecretId = u"AKIDSANDBOX"_s;
const QString kSecretKey = u"sandbox-secret-key"_s;

TencentInstance plain(const QString& id, const QString& chargeType = u"POSTPAID_BY_HOUR"_s,
                      const QString& state = u"RUNNING"_s)
{
    TencentInstance i;
    i.instanceId = id;
    i.instanceName = u"legacy "_s + id;
    i.region = kRegion;
    i.zone = u"ap-shanghai-2"_s;
    i.instanceChargeType = chargeType;
    i.instanceState = state;
    i.osName = u"TencentOS Server 3.1 (TK4)"_s;
    i.createdTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    i.latestOperation = u"StartInstances"_s;
    i.latestOperationState = u"SUCCESS"_s;
    if (chargeType == u"PREPAID"_s) {
        i.expiredTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
        i.monthlyPrice = 600;
    }
    return i;
}

} // namespace

Q_DECLARE_METATYPE(emulator::TencentInstance)

namespace {

struct LegacyResult
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QJsonObject json;
};

} // namespace

class LegacyEndpointTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void returnInstanceWithBothMethods_data();
    void returnInstanceWithBothMethods();
    void signatureChecks_data();
    void signatureChecks();
    void returnInstanceRefusals_data();
    void returnInstanceRefusals();
    void describeInstancesAnswersInTheApi3Shape();
    void terminateInstancesVersion2017();
    void terminateInstancesErrorsUseTheApi3Shape();
    void modifyInstancesAttributeVersion2017();
    void oneFleetForBothDialects();
    void droppedAfterApplyingLeavesTheInstanceReturned();
    void replayedRequestIsRefused();

private:
    LegacyParams publicParams(const QByteArray& action, bool sha256 = true);
    LegacyResult send(const QByteArray& method, const LegacyParams& params, const QString& secretKey = kSecretKey);
    LegacyResult sendEncoded(const QByteArray& method, const QByteArray& encoded);
    QByteArray hostAndPath() const;
    void add(const TencentInstance& i) { QVERIFY(m_emulator->tencentFleet().add(i)); }

    QDateTime m_now;
    int m_nonce = 54320;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
};

void LegacyEndpointTest::init()
{
    m_now = QDateTime(QDate(2025, 1, 31), QTime(12, 0), Qt::UTC);
    emulator::Options options;
    options.terminatingMs = 1500;
    options.rateLimits = false;
    options.clock = [this] { return m_now; };
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
}

void LegacyEndpointTest::cleanup()
{
    m_emulator.reset();
}

QByteArray LegacyEndpointTest::hostAndPath() const
{
    return "127.0.0.1:"_ba + QByteArray::number(m_emulator->port()) + "/v2/index.php"_ba;
}

LegacyParams LegacyEndpointTest::publicParams(const QByteArray& action, bool sha256)
{
    LegacyParams p{{"Action", action},
                   {"Region", kRegion.toUtf8()},
                   {"Timestamp", QByteArray::number(m_now.toSecsSinceEpoch())},
                   {"Nonce", QByteArray::number(++m_nonce)},
                   {"SecretId", kSecretId.toUtf8()}};
    if (sha256)
        p.append({"SignatureMethod"_ba, "HmacSHA256"_ba});
    return p;
}

LegacyResult LegacyEndpointTest::sendEncoded(const QByteArray& method, const QByteArray& encoded)
{
    QUrl url = m_emulator->url();
    url.setPath(u"/v2/index.php"_s);
    QNetworkRequest request;
    QByteArray body;
    if (method == "GET") {
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    } else {
        body = encoded;
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    }
    request.setUrl(url);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    LegacyResult r;
    r.networkError = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

LegacyResult LegacyEndpointTest::send(const QByteArray& method, const LegacyParams& params, const QString& secretKey)
{
    return sendEncoded(method, LegacySigner::encode(LegacySigner::sign(method, hostAndPath(), params, secretKey)));
}

void LegacyEndpointTest::returnInstanceWithBothMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("sha256");
    QTest::newRow("GET HmacSHA1") << "GET"_ba << false;
    QTest::newRow("GET HmacSHA256") << "GET"_ba << true;
    QTest::newRow("POST HmacSHA1") << "POST"_ba << false;
    QTest::newRow("POST HmacSHA256") << "POST"_ba << true;
}

void LegacyEndpointTest::returnInstanceWithBothMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, sha256);
    add(plain(u"ins-ret00001"_s));

    LegacyParams params = publicParams("ReturnInstance", sha256);
    params.append({"instanceId"_ba, "ins-ret00001"_ba});
    const LegacyResult r = send(method, params);
    QCOMPARE(r.httpStatus, 200);
    // Seed 000's reply, exactly.
    QCOMPARE(r.json, (QJsonObject{{u"code"_s, 0}, {u"message"_s, u"ok"_s}}));
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-ret00001"_s)->instanceState, u"TERMINATING"_s);
    QCOMPARE(m_emulator->callCount(u"ReturnInstance"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_emulator->tencentFleet().contains(u"ins-ret00001"_s), 10000);
}

void LegacyEndpointTest::signatureChecks_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("code");

    for (const QByteArray& method : {"GET"_ba, "POST"_ba}) {
        auto row = [&](const char* name, const char* tamper, int code) {
            QTest::newRow(QByteArray(method + ' ' + name).constData()) << method << QString::fromLatin1(tamper) << code;
        };
        row("wrong key", "key", 4100);
        row("altered parameter after signing", "alter", 4100);
        row("signature not URL-encoded", "raw-signature", 4100);
        row("signed as the other method", "method", 4100);
        row("unknown SecretId", "secret-id", 4104);
        row("clock six minutes off", "skew", 4500);
        row("Nonce missing", "no-nonce", 4000);
    }
}

void LegacyEndpointTest::signatureChecks()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, tamper);
    QFETCH(int, code);
    add(plain(u"ins-sig00001"_s));

    LegacyParams params = publicParams("ReturnInstance");
    params.append({"instanceId"_ba, "ins-sig00001"_ba});
    if (tamper == u"secret-id"_s)
        params[4].second = "AKIDNOBODY";
    if (tamper == u"skew"_s)
        params[2].second = QByteArray::number(m_now.toSecsSinceEpoch() - 360);
    if (tamper == u"no-nonce"_s)
        params.removeAt(3);
    const QByteArray signMethod = tamper == u"method"_s ? (method == "GET" ? "POST"_ba : "GET"_ba) : method;
    LegacyParams signedParams =
        LegacySigner::sign(signMethod, hostAndPath(), params, tamper == u"key"_s ? u"not-the-key"_s : kSecretKey);
    // A signature with a '+' in it, whatever the port: the Nonce is free to choose.
    for (int nonce = 1000000; tamper == u"raw-signature"_s && !signedParams.last().second.contains('+'); ++nonce) {
        params[3].second = QByteArray::number(nonce);
        signedParams = LegacySigner::sign(signMethod, hostAndPath(), params, kSecretKey);
    }
    QByteArray encoded = LegacySigner::encode(signedParams);
    if (tamper == u"alter"_s)
        encoded.replace("ins-sig00001", "ins-sig00002");
    if (tamper == u"raw-signature"_s) {
        // '+', '/' and '=' sent as they are: a form decoder reads '+' as a space.
        const QByteArray signature = signedParams.last().second;
        encoded = encoded.left(encoded.indexOf("&Signature=")) + "&Signature=" + signature;
    }

    const LegacyResult r = sendEncoded(method, encoded);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json.value(u"code"_s).toInt(), code);
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
    // Nothing happened.
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-sig00001"_s)->instanceState, u"RUNNING"_s);
}

void LegacyEndpointTest::returnInstanceRefusals_data()
{
    QTest::addColumn<TencentInstance>("instance");
    QTest::addColumn<QByteArray>("instanceId");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("codeDesc");

    QTest::newRow("prepaid: only postpaid can be returned")
        << plain(u"ins-pre00001"_s, u"PREPAID"_s) << "ins-pre00001"_ba << 4000
        << u"InvalidInstanceNotSupportedPrepaidInstance"_s;
    QTest::newRow("malformed id") << plain(u"ins-any00001"_s) << "ins-1122"_ba << 4000
                                  << u"InvalidInstanceId.Malformed"_s;
    QTest::newRow("old unInstanceId form") << plain(u"ins-any00001"_s) << "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a"_ba
                                           << 4000 << u"InvalidInstanceId.Malformed"_s;
    QTest::newRow("missing id") << plain(u"ins-any00001"_s) << QByteArray() << 4000 << u"MissingParameter"_s;
    QTest::newRow("unknown id") << plain(u"ins-any00001"_s) << "ins-nothere1"_ba << 5000 << QString();
    QTest::newRow("stopping: the seed's status error")
        << plain(u"ins-sto00001"_s, u"POSTPAID_BY_HOUR"_s, u"STOPPING"_s) << "ins-sto00001"_ba << 5100
        << u"OperationConstraints.InvaildInstanceStatus"_s;
    QTest::newRow("in the recycle bin") << plain(u"ins-shu00001"_s, u"POSTPAID_BY_HOUR"_s, u"SHUTDOWN"_s)
                                        << "ins-shu00001"_ba << 5100 << u"OperationConstraints.InvaildInstanceStatus"_s;
    TencentInstance protectedOne = plain(u"ins-pro00001"_s);
    protectedOne.disableApiTermination = true;
    QTest::newRow("protected") << protectedOne << "ins-pro00001"_ba << 5100
                               << u"UnsupportedOperation.InstancesProtected"_s;
}

void LegacyEndpointTest::returnInstanceRefusals()
{
    QFETCH(TencentInstance, instance);
    QFETCH(QByteArray, instanceId);
    QFETCH(int, code);
    QFETCH(QString, codeDesc);
    add(instance);
    const QString stateBefore = instance.instanceState;

    LegacyParams params = publicParams("ReturnInstance");
    if (!instanceId.isNull())
        params.append({"instanceId", instanceId});
    const LegacyResult r = send("POST", params);
    QCOMPARE(r.json.value(u"code"_s).toInt(), code);
    QCOMPARE(r.json.value(u"codeDesc"_s).toString(), codeDesc);
    QVERIFY(!r.json.contains(u"Response"_s));
    QCOMPARE(m_emulator->tencentFleet().find(instance.instanceId)->instanceState, stateBefore);
}

void LegacyEndpointTest::describeInstancesAnswersInTheApi3Shape()
{
    add(plain(u"ins-des00001"_s));
    add(plain(u"ins-des00002"_s, u"PREPAID"_s));
    add(plain(u"ins-des00003"_s, u"POSTPAID_BY_HOUR"_s, u"STOPPED"_s));

    LegacyParams params = publicParams("DescribeInstances");
    params += LegacyParams{{"Version", "2017-03-12"},
                           {"Filters.0.Name", "instance-state"},
                           {"Filters.0.Values.0", "RUNNING"},
                           {"Limit", "100"},
                           {"Offset", "0"}};
    const LegacyResult r = send("GET", params);
    const QJsonObject response = r.json.value(u"Response"_s).toObject();
    QVERIFY2(!response.contains(u"Error"_s), QJsonDocument(r.json).toJson().constData());
    QVERIFY(!response.value(u"RequestId"_s).toString().isEmpty());
    QStringList ids;
    for (const QJsonValue& v : response.value(u"InstanceSet"_s).toArray())
        ids << v.toObject().value(u"InstanceId"_s).toString();
    ids.sort();
    QCOMPARE(ids, (QStringList{u"ins-des00001"_s, u"ins-des00002"_s}));
    QCOMPARE(response.value(u"TotalCount"_s).toInt(), 2);
}

void LegacyEndpointTest::terminateInstancesVersion2017()
{
    add(plain(u"ins-r8hr2upy"_s));
    add(plain(u"ins-5d8a23rs"_s));
    // Seed 001's example numbers the ids from 1.
    LegacyParams params = publicParams("TerminateInstances");
    params +=
        LegacyParams{{"Version", "2017-03-12"}, {"InstanceIds.1", "ins-r8hr2upy"}, {"InstanceIds.2", "ins-5d8a23rs"}};
    const LegacyResult r = send("POST", params);
    const QJsonObject response = r.json.value(u"Response"_s).toObject();
    QVERIFY2(!response.contains(u"Error"_s), QJsonDocument(r.json).toJson().constData());
    QCOMPARE(response.keys(), QStringList{u"RequestId"_s});
    for (const QString& id : {u"ins-r8hr2upy"_s, u"ins-5d8a23rs"_s})
        QCOMPARE(m_emulator->tencentFleet().find(id)->instanceState, u"TERMINATING"_s);
}

void LegacyEndpointTest::terminateInstancesErrorsUseTheApi3Shape()
{
    add(plain(u"ins-err00001"_s));
    struct Case
    {
        LegacyParams extra;
        QString code;
    };
    const QList<Case> cases{
        {{{"Version", "2017-03-12"}}, u"MissingParameter"_s},
        {{{"Version", "2017-03-12"}, {"InstanceIds.0", "ins-1122"}}, u"InvalidInstanceId.Malformed"_s},
        {{{"Version", "2017-03-12"}, {"InstanceIds.0", "ins-nothere1"}}, u"InvalidInstanceId.NotFound"_s},
        {{{"Version", "2016-01-01"}, {"InstanceIds.0", "ins-err00001"}}, u"NoSuchVersion"_s},
        // Two names for one element (found by fuzz_emulator_legacy_query): one of them was dropped.
        {{{"Version", "2017-03-12"}, {"InstanceIds.0", "ins-err00001"}, {"InstanceIds.00", "ins-nothere1"}},
         u"InvalidParameter"_s},
    };
    for (const Case& c : cases) {
        LegacyParams params = publicParams("TerminateInstances") + c.extra;
        const LegacyResult r = send("POST", params);
        const QJsonObject error = r.json.value(u"Response"_s).toObject().value(u"Error"_s).toObject();
        QCOMPARE(error.value(u"Code"_s).toString(), c.code);
    }
    // A bad signature on a 2017 action is refused in the same shape.
    LegacyParams params = publicParams("TerminateInstances");
    params += LegacyParams{{"Version", "2017-03-12"}, {"InstanceIds.0", "ins-err00001"}};
    const LegacyResult r = send("POST", params, u"wrong-key"_s);
    QCOMPARE(r.json.value(u"Response"_s).toObject().value(u"Error"_s).toObject().value(u"Code"_s).toString(),
             u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-err00001"_s)->instanceState, u"RUNNING"_s);
}

void LegacyEndpointTest::modifyInstancesAttributeVersion2017()
{
    TencentInstance guarded = plain(u"ins-guard001"_s);
    guarded.disableApiTermination = true;
    add(guarded);
    // The flag arrives as the text "false" and is read as the boolean the action takes.
    LegacyParams params = publicParams("ModifyInstancesAttribute");
    params +=
        LegacyParams{{"Version", "2017-03-12"}, {"InstanceIds.0", "ins-guard001"}, {"DisableApiTermination", "false"}};
    const LegacyResult r = send("POST", params);
    const QJsonObject response = r.json.value(u"Response"_s).toObject();
    QVERIFY2(!response.contains(u"Error"_s), QJsonDocument(r.json).toJson().constData());
    const TencentInstance* lifted = m_emulator->tencentFleet().find(u"ins-guard001"_s);
    QCOMPARE(lifted->disableApiTermination, false);
    QCOMPARE(lifted->latestOperation, u"ModifyInstancesAttribute"_s);
    QCOMPARE(lifted->latestOperationRequestId, response.value(u"RequestId"_s).toString());
}

void LegacyEndpointTest::oneFleetForBothDialects()
{
    add(plain(u"ins-both0001"_s));
    add(plain(u"ins-both0002"_s));
    TencentTestClient api3(m_emulator->url());
    api3.setClock([this] { return m_now; });

    // Returned through the legacy API: API 3.0 sees it terminating.
    LegacyParams params = publicParams("ReturnInstance");
    params.append({"instanceId"_ba, "ins-both0001"_ba});
    QCOMPARE(send("POST", params).json.value(u"code"_s).toInt(), 0);
    const ApiReply seen =
        api3.call(u"DescribeInstances"_s, kRegion, {{u"InstanceIds"_s, QJsonArray{u"ins-both0001"_s}}});
    QVERIFY(seen.succeeded());
    QCOMPARE(seen.response.value(u"InstanceSet"_s).toArray().first().toObject().value(u"InstanceState"_s).toString(),
             u"TERMINATING"_s);

    // Terminated through API 3.0 and gone: the legacy API no longer finds it.
    QVERIFY(
        api3.call(u"TerminateInstances"_s, kRegion, {{u"InstanceIds"_s, QJsonArray{u"ins-both0002"_s}}}).succeeded());
    QTRY_VERIFY_WITH_TIMEOUT(!m_emulator->tencentFleet().contains(u"ins-both0002"_s), 10000);
    LegacyParams again = publicParams("ReturnInstance");
    again.append({"instanceId"_ba, "ins-both0002"_ba});
    QCOMPARE(send("POST", again).json.value(u"code"_s).toInt(), 5000);
}

void LegacyEndpointTest::droppedAfterApplyingLeavesTheInstanceReturned()
{
    add(plain(u"ins-drop0001"_s));
    QVERIFY(m_emulator->faults().add(u"drop-after:ReturnInstance@1"_s));
    LegacyParams params = publicParams("ReturnInstance");
    params.append({"instanceId"_ba, "ins-drop0001"_ba});
    send("POST", params);

    // The first call was applied, then its connection closed without a reply. (A plain
    // QNetworkAccessManager may resend a buffered POST on its own; the product's client never
    // does. A resent return finds the instance terminating and changes nothing.)
    const QList<emulator::CallLogEntry> log = m_emulator->callLog();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().fault, u"drop-after"_s);
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-drop0001"_s)->instanceState, u"TERMINATING"_s);
    // A resend of the same bytes would reuse the Nonce: refused as a replay.
    for (qsizetype n = 1; n < log.size(); ++n)
        QCOMPARE(log.at(n).errorCode, u"4500"_s);
}

void LegacyEndpointTest::replayedRequestIsRefused()
{
    add(plain(u"ins-rep00001"_s));
    add(plain(u"ins-rep00002"_s));
    LegacyParams params = publicParams("ReturnInstance");
    params.append({"instanceId"_ba, "ins-rep00001"_ba});
    const QByteArray encoded = LegacySigner::encode(LegacySigner::sign("POST", hostAndPath(), params, kSecretKey));
    QCOMPARE(sendEncoded("POST", encoded).json.value(u"code"_s).toInt(), 0);
    // The same signed bytes again, and the same Nonce on another instance: replays.
    QCOMPARE(sendEncoded("POST", encoded).json.value(u"code"_s).toInt(), 4500);
    params.last().second = "ins-rep00002";
    QCOMPARE(send("POST", params).json.value(u"code"_s).toInt(), 4500);
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-rep00002"_s)->instanceState, u"RUNNING"_s);
    // A 2017 action with a used Nonce is refused in the API 3.0 shape.
    LegacyParams describe = publicParams("DescribeInstances");
    describe[3].second = params[3].second;
    describe.append({"Version"_ba, "2017-03-12"_ba});
    QCOMPARE(send("GET", describe)
                 .json.value(u"Response"_s)
                 .toObject()
                 .value(u"Error"_s)
                 .toObject()
                 .value(u"Code"_s)
                 .toString(),
             u"AuthFailure.SignatureExpire"_s);
}

QTEST_GUILESS_MAIN(LegacyEndpointTest)
#include "tst_emulator_legacy.moc"

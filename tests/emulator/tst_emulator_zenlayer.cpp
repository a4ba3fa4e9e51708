// The Zenlayer BMC dialect of the emulator over loopback HTTP (POST /api/v2/bmc): ZC2 requests
// signed as the SDKs sign them are accepted and altered ones refused with the right code and
// status; the seeds' state machine (recycle bin, 24-hour retention, CREATE_FAILED deleted,
// subscriptions cancelled, refusals), envelopes, pagination, throttling and faults; and the
// sandbox fleet. Requests are signed with the product's Zc2Signer, itself tested on the
// reference's vectors, against the emulator's own verifier.
#include "Emulator.h"
#include "FaultPlan.h"
#include "Zc2Signer.h"
#include "ZenlayerFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::ZenlayerInstance;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QJsonObject body;
    QJsonObject response() const { return body.value(u"response"_s).toObject(); }
    QString code() const { return body.value(u"code"_s).toString(); }
};

struct Request
{
    QString action;
    QByteArray body = "{}"_ba;
    QByteArray contentType = "application/json"_ba;
    QByteArray version = "2026-02-01"_ba;
    QString keyId = u"SANDBOXKEY"_s;
    QString password = u"sandbox-key-password"_s;
    qint64 skewSeconds = 0;
    // Applied after signing: what a tampering proxy would do.
    QByteArray bodyOnWire;
    QByteArray authorization;
};

class Client
{
public:
    explicit Client(const QUrl& base)
        : m_url(base)
    {
        m_url.setPath(u"/api/v2/bmc"_s);
    }

    Reply send(const Request& r)
    {
        const QByteArray host = m_url.host().toUtf8() + ':' + QByteArray::number(m_url.port());
        const qint64 ts = QDateTime::currentSecsSinceEpoch() + r.skewSeconds;
        const Zc2Signature sig = Zc2Signer::sign({r.contentType, host, r.body, ts}, r.keyId, r.password);
        QNetworkRequest q(m_url);
        q.setRawHeader("Host", host);
        q.setRawHeader("Content-Type", r.contentType);
        q.setRawHeader("X-ZC-Action", r.action.toUtf8());
        if (!r.version.isEmpty())
            q.setRawHeader("X-ZC-Version", r.version);
        q.setRawHeader("X-ZC-Timestamp", QByteArray::number(ts));
        q.setRawHeader("X-ZC-Signature-Method", "ZC2-HMAC-SHA256");
        q.setRawHeader("X-ZC-Service", "bmc");
        q.setRawHeader("Authorization", r.authorization.isNull() ? sig.authorization : r.authorization);
        QNetworkReply* reply = m_network.post(q, r.bodyOnWire.isNull() ? r.body : r.bodyOnWire);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.networkError = reply->error();
        out.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    Reply call(const QString& action, const QJsonObject& params = {})
    {
        Request r;
        r.action = action;
        r.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        return send(r);
    }

private:
    QUrl m_url;
    QNetworkAccessManager m_network;
};

ZenlayerInstance machine(const QString& id, const QString& status, const QString& charge = u"POSTPAID"_s)
{
    ZenlayerInstance i;
    i.instanceId = id;
    i.instanceName = u"bmc-"_s + id;
    i.zoneId = u"SEL-A"_s;
    i.instanceStatus = status;
    i.instanceChargeType = charge;
    i.createTime = QDateTime::currentDateTimeUtc().addDays(-3);
    if (charge == u"PREPAID"_s) {
        i.period = 1;
        i.autoRenew = true;
        i.expiredTime = QDateTime::currentDateTimeUtc().addDays(20);
    }
    return i;
}

emulator::Options quietOptions()
{
    emulator::Options o;
    o.rateLimits = false;
    return o;
}

} // namespace

class EmulatorZenlayerTest : public QObject
{
    Q_OBJECT

private slots:
    void signedRequestsAreAccepted_data();
    void signedRequestsAreAccepted();
    void referenceRequestsAreAccepted_data();
    void referenceRequestsAreAccepted();
    void alteredRequestsAreRefused_data();
    void alteredRequestsAreRefused();
    void headersAndVersion();
    void sandboxFleet();
    void pagination();
    void filters();
    void terminateStateMachine();
    void releaseOnlyFromRecycleBin();
    void recycleBinIsReleasedAfter24Hours();
    void throttlingAnswers429();
    void faultsAreInjected();
    void garbageBodyIsRefused();
};

void EmulatorZenlayerTest::signedRequestsAreAccepted_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("body");
    // Go and Python send application/json; Java and the docs add the charset; both signed as sent.
    QTest::newRow("go/python") << "application/json"_ba
                               << "2026-02-01"_ba
                               << "{}"_ba;
    QTest::newRow("java") << "application/json; charset=utf-8"_ba
                          << "2026-02-01"_ba
                          << "{}"_ba;
    QTest::newRow("2022-11-20") << "application/json"_ba
                                << "2022-11-20"_ba
                                << "{}"_ba;
    QTest::newRow("python separators") << "application/json"_ba
                                       << "2026-02-01"_ba
                                       << R"({"acceptLanguage": "zh-CN"})"_ba;
}

void EmulatorZenlayerTest::signedRequestsAreAccepted()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, body);
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    Client c(emu.url());
    Request r;
    r.action = u"DescribeZones"_s;
    r.contentType = contentType;
    r.version = version;
    r.body = body;
    const Reply reply = c.send(r);
    QCOMPARE(reply.status, 200);
    const QJsonArray zones = reply.response().value(u"zoneSet"_s).toArray();
    QVERIFY(zones.size() >= 4);
    // requestId twice, the same.
    QVERIFY(!reply.body.value(u"requestId"_s).toString().isEmpty());
    QCOMPARE(reply.response().value(u"requestId"_s), reply.body.value(u"requestId"_s));
    if (body.contains("zh-CN"))
        QCOMPARE(zones.first().toObject().value(u"zoneName"_s).toString(), u"首尔 A 区"_s);
}

void EmulatorZenlayerTest::referenceRequestsAreAccepted_data()
{
    // The reference's requests byte for byte, with the Authorization the official SDKs compute
    // (V1 is the docs' own example), replayed at their timestamps on a pinned server clock.
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("tampered");
    const QByteArray v1Body = R"({"pageSize":10,"pageNum":1,"zoneId":"HKG-A"})"_ba;
    const QByteArray v1Auth = "ZC2-HMAC-SHA256 Credential=0D9UtpyKYcHxms5v, SignedHeaders=content-type;host, "
                              "Signature=efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f"_ba;
    QTest::newRow("V1 docs example") << u"0D9UtpyKYcHxms5v"_s << u"Gu5t9xGARNpq86cd98joQYCN3"_s
                                     << "application/json; charset=utf-8"_ba
                                     << "DescribeInstances"_ba
                                     << "2022-11-20"_ba << qint64(1673361177) << v1Body << v1Auth << false;
    QTest::newRow("V1 with pageSize 11") << u"0D9UtpyKYcHxms5v"_s << u"Gu5t9xGARNpq86cd98joQYCN3"_s
                                         << "application/json; charset=utf-8"_ba
                                         << "DescribeInstances"_ba
                                         << "2022-11-20"_ba << qint64(1673361177)
                                         << QByteArray(v1Body).replace("10", "11") << v1Auth << true;
    QTest::newRow("V6 TerminateInstance")
        << u"TESTKEYID0001"_s << u"TestKeyPassword-0001"_s << "application/json"_ba
        << "TerminateInstance"_ba
        << "2026-02-01"_ba << qint64(1735689601) << R"({"instanceId":"739591339487371934"})"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=3c58de67cb4479ea2c91713c61ec67df6572a70ef8732a62f145d6738b95913a"_ba
        << false;
    QTest::newRow("V10 is V6 with a charset: its own signature")
        << u"TESTKEYID0001"_s << u"TestKeyPassword-0001"_s << "application/json; charset=utf-8"_ba
        << "TerminateInstance"_ba
        << "2026-02-01"_ba << qint64(1735689601) << R"({"instanceId":"739591339487371934"})"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=491d8a301c2a06c235921d9cf97316bd12673667e21e2dc82c8e1137a2f43cf3"_ba
        << false;
    QTest::newRow("V6 signature with V10's content type")
        << u"TESTKEYID0001"_s << u"TestKeyPassword-0001"_s << "application/json; charset=utf-8"_ba
        << "TerminateInstance"_ba
        << "2026-02-01"_ba << qint64(1735689601) << R"({"instanceId":"739591339487371934"})"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=3c58de67cb4479ea2c91713c61ec67df6572a70ef8732a62f145d6738b95913a"_ba
        << true;
    QTest::newRow("V11 ReleaseInstances")
        << u"TESTKEYID0001"_s << u"TestKeyPassword-0001"_s << "application/json"_ba
        << "ReleaseInstances"_ba
        << "2026-02-01"_ba << qint64(1735689605) << R"({"instanceIds":["739591339487371934"]})"_ba
        << "ZC2-HMAC-SHA256 Credential=TESTKEYID0001, SignedHeaders=content-type;host, "
           "Signature=64cd87761d31d3dcd51062091c628ddef31fdf61508326df85d788218c41c0c9"_ba
        << false;
}

void EmulatorZenlayerTest::referenceRequestsAreAccepted()
{
    QFETCH(QString, keyId);
    QFETCH(QString, password);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, version);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(bool, tampered);

    emulator::Options o = quietOptions();
    o.clock = [timestamp] { return QDateTime::fromSecsSinceEpoch(timestamp + 30, Qt::UTC); };
    emulator::Emulator emu(o);
    QVERIFY(emu.listen());
    emu.addZenlayerKey(keyId, password);
    emu.zenlayerFleet().clear();
    emu.zenlayerFleet().add(
        machine(u"739591339487371934"_s, action == "ReleaseInstances" ? u"RECYCLE"_s : u"RUNNING"_s));

    QUrl url = emu.url();
    url.setPath(u"/api/v2/bmc"_s);
    QNetworkRequest q(url);
    q.setRawHeader("Host", "console.zenlayer.com");
    q.setRawHeader("Content-Type", contentType);
    q.setRawHeader("X-ZC-Action", action);
    q.setRawHeader("X-ZC-Version", version);
    q.setRawHeader("X-ZC-Timestamp", QByteArray::number(timestamp));
    q.setRawHeader("X-ZC-Signature-Method", "ZC2-HMAC-SHA256");
    q.setRawHeader("Authorization", authorization);
    QNetworkAccessManager network;
    QNetworkReply* reply = network.post(q, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (tampered) {
        QCOMPARE(status, 401);
        QCOMPARE(answer.value(u"code"_s).toString(), u"AUTHFAILURE_SIGNATURE_FAILURE"_s);
        return;
    }
    QCOMPARE(status, 200);
    QVERIFY(answer.value(u"response"_s).isObject());
    const emulator::ZenlayerInstance* after = emu.zenlayerFleet().find(u"739591339487371934"_s);
    if (action == "TerminateInstance")
        QCOMPARE(after->instanceStatus, u"RECYCLE"_s);
    else if (action == "ReleaseInstances")
        QVERIFY(!after);
}

void EmulatorZenlayerTest::alteredRequestsAreRefused_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("body changed after signing") << 0 << 401 << u"AUTHFAILURE_SIGNATURE_FAILURE"_s;
    QTest::newRow("wrong password") << 1 << 401 << u"AUTHFAILURE_SIGNATURE_FAILURE"_s;
    QTest::newRow("unknown key id") << 2 << 401 << u"AUTHFAILURE_SIGNATURE_FAILURE"_s;
    QTest::newRow("timestamp 6 minutes old") << 3 << 401 << u"AUTHFAILURE_SIGNATURE_EXPIRED"_s;
    QTest::newRow("TC3 algorithm") << 4 << 401 << u"AUTHFAILURE_INVALID_AUTHORIZATION"_s;
    QTest::newRow("no Authorization") << 5 << 401 << u"AUTHFAILURE_INVALID_AUTHORIZATION"_s;
    QTest::newRow("signature with one hex digit changed") << 6 << 401 << u"AUTHFAILURE_SIGNATURE_FAILURE"_s;
}

void EmulatorZenlayerTest::alteredRequestsAreRefused()
{
    QFETCH(int, change);
    QFETCH(int, status);
    QFETCH(QString, code);
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    emu.zenlayerFleet().clear();
    emu.zenlayerFleet().add(machine(u"601"_s, u"RUNNING"_s));
    const QString id = u"601"_s;
    Client c(emu.url());
    Request r;
    r.action = u"TerminateInstance"_s;
    r.body = QJsonDocument(QJsonObject{{u"instanceId"_s, id}}).toJson(QJsonDocument::Compact);
    const QByteArray host = emu.url().host().toUtf8() + ':' + QByteArray::number(emu.port());
    switch (change) {
    case 0:
        r.bodyOnWire = R"({"instanceId":"1"})"_ba;
        break;
    case 1:
        r.password = u"sandbox-key-passwore"_s;
        break;
    case 2:
        r.keyId = u"OTHERKEY"_s;
        break;
    case 3:
        r.skewSeconds = -360;
        break;
    case 4:
        r.authorization = "TC3-HMAC-SHA256 Credential=SANDBOXKEY, SignedHeaders=content-type;host, Signature=00"_ba;
        break;
    case 5:
        r.authorization = ""_ba;
        break;
    case 6: {
        QByteArray a =
            Zc2Signer::sign({r.contentType, host, r.body, QDateTime::currentSecsSinceEpoch()}, r.keyId, r.password)
                .authorization;
        a[a.size() - 1] = a.endsWith('0') ? '1' : '0';
        r.authorization = a;
        break;
    }
    }
    const Reply reply = c.send(r);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    // The flat error envelope: exactly requestId, code, message.
    QCOMPARE(reply.body.keys(), (QStringList{u"code"_s, u"message"_s, u"requestId"_s}));
    // Nothing was applied.
    QCOMPARE(emu.zenlayerFleet().find(id)->instanceStatus, u"RUNNING"_s);
}

void EmulatorZenlayerTest::headersAndVersion()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    Client c(emu.url());
    Request r;
    r.action = u"RunInstances"_s;
    QCOMPARE(c.send(r).code(), u"AUTHFAILURE_UNAUTHORIZED_OPERATION"_s);
    r.action = u"DescribeZones"_s;
    r.version = "2017-03-12"_ba;
    Reply reply = c.send(r);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"INVALID_PARAMETER_VALUE"_s);
    r.version = ""_ba;
    QCOMPARE(c.send(r).code(), u"MISSING_PARAMETER"_s);
}

void EmulatorZenlayerTest::sandboxFleet()
{
    emulator::Emulator emu;
    QSet<QString> statuses, charges, zones;
    QSet<std::pair<QString, QString>> pairs;
    for (const ZenlayerInstance* i : emu.zenlayerFleet().all()) {
        statuses.insert(i->instanceStatus);
        charges.insert(i->instanceChargeType);
        zones.insert(i->zoneId);
        pairs.insert({i->instanceStatus, i->instanceChargeType});
        QVERIFY2(!i->instanceId.isEmpty() && i->instanceId.toLongLong() > 0, qPrintable(i->instanceId));
        if (i->instanceChargeType == u"PREPAID"_s)
            QVERIFY(i->expiredTime > QDateTime::currentDateTimeUtc());
    }
    for (const QString& s : {u"PENDING"_s, u"CREATING"_s, u"CREATE_FAILED"_s, u"INSTALLING"_s, u"INSTALL_FAILED"_s,
                             u"RUNNING"_s, u"STOPPED"_s, u"BOOTING"_s, u"STOPPING"_s, u"RECYCLE"_s}) {
        QVERIFY2(pairs.contains({s, u"POSTPAID"_s}), qPrintable(s));
        QVERIFY2(pairs.contains({s, u"PREPAID"_s}), qPrintable(s));
    }
    QCOMPARE(charges.size(), 2);
    QVERIFY(zones.size() >= 4);
    // Deterministic: the same seed gives the same ids.
    emulator::Emulator again;
    QCOMPARE(again.zenlayerFleet().all().first()->instanceId, emu.zenlayerFleet().all().first()->instanceId);
    // The Tencent fleet is still there, side by side.
    emulator::Emulator both;
    QVERIFY(both.zenlayerFleet().size() > 20);
}

void EmulatorZenlayerTest::pagination()
{
    emulator::Options o = quietOptions();
    o.scale = 23;
    emulator::Emulator emu(o);
    QVERIFY(emu.listen());
    Client c(emu.url());
    QSet<QString> seen;
    int total = -1;
    for (int page = 1; page < 10; ++page) {
        const Reply r =
            c.call(u"DescribeInstances"_s, {{u"zoneId"_s, u"HKG-A"_s}, {u"pageNum"_s, page}, {u"pageSize"_s, 10}});
        QCOMPARE(r.status, 200);
        total = r.response().value(u"totalCount"_s).toInt();
        const QJsonArray set = r.response().value(u"dataSet"_s).toArray();
        for (const QJsonValue& v : set)
            seen.insert(v.toObject().value(u"instanceId"_s).toString());
        if (set.size() < 10)
            break;
    }
    QCOMPARE(total, 23);
    QCOMPARE(seen.size(), 23);
    // Default page size 20.
    QCOMPARE(c.call(u"DescribeInstances"_s).response().value(u"dataSet"_s).toArray().size(), 20);
    QCOMPARE(c.call(u"DescribeInstances"_s, {{u"pageSize"_s, 1001}}).code(), u"INVALID_PARAMETER_EXCEED_MAXIMUM"_s);
    QCOMPARE(c.call(u"DescribeInstances"_s, {{u"pageNum"_s, 0}}).code(), u"INVALID_PARAMETER_LESS_MINIMUM"_s);
    QCOMPARE(c.call(u"DescribeInstances"_s, {{u"pageSize"_s, u"10"_s}}).code(), u"INVALID_PARAMETER_TYPE"_s);
    const Reply zone = c.call(u"DescribeInstances"_s, {{u"zoneId"_s, u"SEL--A"_s}});
    QCOMPARE(zone.status, 404);
    QCOMPARE(zone.code(), u"INVALID_ZONE_NOT_FOUND"_s);
    QJsonArray many;
    for (int n = 0; n < 101; ++n)
        many.append(QString::number(n + 1));
    QCOMPARE(c.call(u"DescribeInstances"_s, {{u"instanceIds"_s, many}}).code(), u"INVALID_PARAMETER_EXCEED_LENGTH"_s);
}

void EmulatorZenlayerTest::filters()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    emu.zenlayerFleet().clear();
    emu.zenlayerFleet().add(machine(u"101"_s, u"RUNNING"_s));
    emu.zenlayerFleet().add(machine(u"102"_s, u"RECYCLE"_s));
    emu.zenlayerFleet().add(machine(u"103"_s, u"RUNNING"_s, u"PREPAID"_s));
    Client c(emu.url());
    Reply r = c.call(u"DescribeInstances"_s, {{u"instanceStatus"_s, u"RECYCLE"_s}});
    QCOMPARE(r.response().value(u"totalCount"_s).toInt(), 1);
    const QJsonObject recycled = r.response().value(u"dataSet"_s).toArray().first().toObject();
    QCOMPARE(recycled.value(u"instanceId"_s).toString(), u"102"_s);
    QVERIFY(recycled.value(u"tags"_s).toObject().value(u"tags"_s).isArray()); // nested tags
    QVERIFY(recycled.value(u"expiredTime"_s).isNull()); // POSTPAID
    r = c.call(u"DescribeInstances"_s, {{u"instanceIds"_s, QJsonArray{u"101"_s, u"103"_s, u"999"_s}}});
    QCOMPARE(r.response().value(u"totalCount"_s).toInt(), 2);
    r = c.call(u"DescribeInstances"_s, {{u"instanceName"_s, u"bmc-10*"_s}});
    QCOMPARE(r.response().value(u"totalCount"_s).toInt(), 3);
    r = c.call(u"DescribeInstances"_s, {{u"instanceName"_s, u"bmc-10"_s}});
    QCOMPARE(r.response().value(u"totalCount"_s).toInt(), 0);
    QCOMPARE(c.call(u"DescribeInstances"_s, {{u"instanceStatus"_s, u"RELEASED"_s}}).code(),
             u"INVALID_PARAMETER_VALUE"_s);
}

void EmulatorZenlayerTest::terminateStateMachine()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    auto& fleet = emu.zenlayerFleet();
    fleet.clear();
    fleet.add(machine(u"201"_s, u"RUNNING"_s));
    fleet.add(machine(u"202"_s, u"CREATE_FAILED"_s, u"PREPAID"_s));
    fleet.add(machine(u"203"_s, u"RUNNING"_s, u"PREPAID"_s));
    fleet.add(machine(u"204"_s, u"CREATING"_s));
    fleet.add(machine(u"205"_s, u"INSTALLING"_s));
    Client c(emu.url());
    auto terminate = [&](const QString& id) { return c.call(u"TerminateInstance"_s, {{u"instanceId"_s, id}}); };

    Reply r = terminate(u"201"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.response().keys(), QStringList{u"requestId"_s});
    QCOMPARE(fleet.find(u"201"_s)->instanceStatus, u"RECYCLE"_s);
    r = terminate(u"201"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"OPERATION_DENIED_INSTANCE_RECYCLED"_s);

    QCOMPARE(terminate(u"202"_s).status, 200);
    QVERIFY(!fleet.find(u"202"_s)); // deleted at once

    QCOMPARE(terminate(u"203"_s).status, 200);
    QCOMPARE(fleet.find(u"203"_s)->instanceStatus, u"RUNNING"_s); // runs until it expires
    QVERIFY(!fleet.find(u"203"_s)->autoRenew);
    r = c.call(u"DescribeInstances"_s, {{u"instanceIds"_s, QJsonArray{u"203"_s}}});
    QCOMPARE(r.response().value(u"dataSet"_s).toArray().first().toObject().value(u"autoRenew"_s), QJsonValue(false));
    QCOMPARE(terminate(u"203"_s).code(), u"OPERATION_DENIED_INSTANCE_SUBSCRIPTION"_s);

    r = terminate(u"204"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"OPERATION_DENIED_INSTANCE_CREATING"_s);
    QCOMPARE(terminate(u"205"_s).code(), u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s);
    r = terminate(u"999"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"INVALID_INSTANCE_NOT_FOUND"_s);
    QCOMPARE(c.call(u"TerminateInstance"_s).code(), u"MISSING_PARAMETER"_s);
    QCOMPARE(c.call(u"TerminateInstance"_s, {{u"instanceId"_s, QJsonArray{u"201"_s}}}).code(),
             u"INVALID_PARAMETER_TYPE"_s);
}

void EmulatorZenlayerTest::releaseOnlyFromRecycleBin()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    auto& fleet = emu.zenlayerFleet();
    fleet.clear();
    fleet.add(machine(u"301"_s, u"RECYCLE"_s));
    fleet.add(machine(u"302"_s, u"RECYCLE"_s));
    fleet.add(machine(u"303"_s, u"RUNNING"_s));
    Client c(emu.url());
    auto release = [&](const QStringList& ids) {
        return c.call(u"ReleaseInstances"_s, {{u"instanceIds"_s, QJsonArray::fromStringList(ids)}});
    };
    // A batch with one instance outside the recycle bin is refused as a whole.
    Reply r = release({u"301"_s, u"303"_s});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s);
    QVERIFY(r.body.value(u"message"_s).toString().contains(u"303"_s));
    QVERIFY(fleet.find(u"301"_s));
    QCOMPARE(release({u"301"_s, u"302"_s}).status, 200);
    QCOMPARE(fleet.size(), 1);
    r = release({u"301"_s});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"INVALID_INSTANCE_NOT_FOUND"_s);
    QCOMPARE(release({}).code(), u"INVALID_PARAMETER_LESS_LENGTH"_s);
    QStringList many;
    for (int n = 0; n < 101; ++n)
        many << QString::number(1000 + n);
    QCOMPARE(release(many).code(), u"INVALID_PARAMETER_EXCEED_LENGTH"_s);
}

void EmulatorZenlayerTest::recycleBinIsReleasedAfter24Hours()
{
    // The server's clock moves; signatures are checked against it, so the client's follows.
    QDateTime now = QDateTime::currentDateTimeUtc();
    emulator::Options o = quietOptions();
    o.clock = [&now] { return now; };
    emulator::Emulator emu(o);
    QVERIFY(emu.listen());
    emu.zenlayerFleet().clear();
    emu.zenlayerFleet().add(machine(u"401"_s, u"RUNNING"_s));
    Client c(emu.url());
    QCOMPARE(c.call(u"TerminateInstance"_s, {{u"instanceId"_s, u"401"_s}}).status, 200);
    const QDateTime recycled = now;
    now = recycled.addSecs(23 * 3600 + 59 * 60);
    // Skew the request to the server's clock.
    Request r;
    r.action = u"DescribeInstances"_s;
    r.skewSeconds = QDateTime::currentDateTimeUtc().secsTo(now);
    QCOMPARE(c.send(r).response().value(u"totalCount"_s).toInt(), 1);
    now = recycled.addSecs(24 * 3600);
    r.skewSeconds = QDateTime::currentDateTimeUtc().secsTo(now);
    QCOMPARE(c.send(r).response().value(u"totalCount"_s).toInt(), 0);
}

void EmulatorZenlayerTest::throttlingAnswers429()
{
    emulator::Emulator emu; // rate limits on
    QVERIFY(emu.listen());
    Client c(emu.url());
    int throttled = 0;
    for (int n = 0; n < 30; ++n) {
        const Reply r = c.call(u"DescribeZones"_s);
        if (r.status == 429) {
            QCOMPARE(r.code(), u"REQUEST_LIMIT_EXCEEDED"_s);
            ++throttled;
        } else {
            QCOMPARE(r.status, 200);
        }
    }
    QVERIFY(throttled > 0);
}

void EmulatorZenlayerTest::faultsAreInjected()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    auto& fleet = emu.zenlayerFleet();
    fleet.clear();
    fleet.add(machine(u"501"_s, u"RUNNING"_s));
    fleet.add(machine(u"502"_s, u"RUNNING"_s));
    QVERIFY(emu.faults().add(u"throttle:TerminateInstance@1,internal:TerminateInstance@2,"
                             "drop-after:TerminateInstance@3"_s));
    Client c(emu.url());
    Reply r = c.call(u"TerminateInstance"_s, {{u"instanceId"_s, u"501"_s}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), u"REQUEST_LIMIT_EXCEEDED"_s);
    r = c.call(u"TerminateInstance"_s, {{u"instanceId"_s, u"501"_s}});
    QCOMPARE(r.status, 500);
    QCOMPARE(r.code(), u"INTERNAL_SERVER_ERROR"_s);
    QCOMPARE(fleet.find(u"501"_s)->instanceStatus, u"RUNNING"_s); // neither applied anything
    r = c.call(u"TerminateInstance"_s, {{u"instanceId"_s, u"502"_s}});
    QVERIFY(r.networkError != QNetworkReply::NoError);
    QCOMPARE(fleet.find(u"502"_s)->instanceStatus, u"RECYCLE"_s); // applied, then dropped
    // (Qt may resend a buffered POST once after the drop; the product's client never does.)
    const QList<emulator::CallLogEntry> log = emu.callLog();
    QCOMPARE(std::count_if(log.cbegin(), log.cend(), [](const auto& e) { return e.fault == u"drop-after"_s; }), 1);
}

void EmulatorZenlayerTest::garbageBodyIsRefused()
{
    emulator::Emulator emu(quietOptions());
    QVERIFY(emu.listen());
    Client c(emu.url());
    Request r;
    r.action = u"DescribeInstances"_s;
    r.body = "[1,2"_ba;
    const Reply reply = c.send(r);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"INVALID_PARAMETER_TYPE"_s);
}

QTEST_GUILESS_MAIN(EmulatorZenlayerTest)
#include "tst_emulator_zenlayer.moc"

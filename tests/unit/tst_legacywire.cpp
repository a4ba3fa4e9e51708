// The legacy host's replies read by LegacyWire: old-style {code, message, codeDesc} (reference §5.5,
// seed 000), the API 3.0 shape of the 2017-03-12 actions (§5.4, seed 001), and what is neither —
// each with the retry class that decides whether a destructive call may be sent again.
#include "LegacyWire.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProviderError::Kind)
Q_DECLARE_METATYPE(ProviderError::Retry)

class LegacyWireTest : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void flatten();
};

void LegacyWireTest::decode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ProviderError::Retry>("retry");

    using K = ProviderError::Kind;
    using R = ProviderError::Retry;
    QTest::newRow("seed 000 success") << 200 << R"({"code": 0, "message": "ok"})"_ba << K::None << QString() << R::No;
    QTest::newRow("success with codeDesc")
        << 200 << R"({"code":0,"message":"","codeDesc":"Success"})"_ba << K::None << QString() << R::No;
    QTest::newRow("numeric common code") << 200 << R"({"code": 4100, "message": "authentication failed"})"_ba << K::Api
                                         << u"4100"_s << R::No;
    QTest::newRow("code as a string") << 200 << R"({"code": "4104", "message": "no such key"})"_ba << K::Api
                                      << u"4104"_s << R::No;
    QTest::newRow("known codeDesc wins")
        << 200 << R"({"code":5100,"message":"x","codeDesc":"OperationConstraints.InvaildInstanceStatus"})"_ba << K::Api
        << u"OperationConstraints.InvaildInstanceStatus"_s << R::No;
    QTest::newRow("unknown codeDesc keeps the numeric code")
        << 200 << R"({"code":5100,"message":"x","codeDesc":"Something.New"})"_ba << K::Api << u"5100"_s << R::Transient;
    QTest::newRow("quota: throttled") << 200 << R"({"code": 4400, "message": "quota"})"_ba << K::Api << u"4400"_s
                                      << R::Throttled;
    QTest::newRow("internal: transient") << 200 << R"({"code": 6000, "message": "internal"})"_ba << K::Api << u"6000"_s
                                         << R::Transient;
    QTest::newRow("seed 001 success") << 200
                                      << R"({"Response":{"RequestId":"6EF60BEC-0242-43AF-BB20-270359FB54A7"}})"_ba
                                      << K::None << QString() << R::No;
    QTest::newRow("seed 001 error")
        << 200
        << R"({"Response":{"Error":{"Code":"InvalidInstanceNotSupportedPrepaidInstance","Message":"m"},"RequestId":"r"}})"_ba
        << K::Api << u"InvalidInstanceNotSupportedPrepaidInstance"_s << R::No;
    QTest::newRow("garbage") << 200 << "<html>gateway</html>"_ba << K::BadReply << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("JSON without a code") << 200 << R"({"message": "ok"})"_ba << K::BadReply << u"Reply.Malformed"_s
                                         << R::Transient;
    QTest::newRow("a code that is no number")
        << 200 << R"({"code": "abc"})"_ba << K::BadReply << u"Reply.Malformed"_s << R::Transient;
    // Found by fuzz_legacy_wire: read as a whole number, each of these was code 0, a success.
    QTest::newRow("a fractional code") << 200 << R"({"code": 0.5, "message": "x"})"_ba << K::BadReply
                                       << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("a code beyond int") << 200 << R"({"code": 4294967296, "message": "x"})"_ba << K::BadReply
                                       << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("an error code with a fraction")
        << 200 << R"({"code": 4100.5, "message": "x"})"_ba << K::BadReply << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("0 and a NUL as text") << 200 << R"({"code": "0\u0000 failed", "message": "x"})"_ba << K::BadReply
                                         << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("a code with a group separator")
        << 200 << R"({"code": "4,100", "message": "x"})"_ba << K::BadReply << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("0 as text with spaces")
        << 200 << R"({"code": " 0 ", "message": "ok"})"_ba << K::None << QString() << R::No;
    QTest::newRow("JSON array") << 200 << "[1,2]"_ba << K::BadReply << u"Reply.Malformed"_s << R::Transient;
    QTest::newRow("HTTP 500") << 500 << "Internal Server Error"_ba << K::BadReply << u"Reply.HttpStatus"_s
                              << R::Transient;
    QTest::newRow("HTTP 429") << 429 << QByteArray() << K::BadReply << u"Reply.HttpStatus"_s << R::Throttled;
}

void LegacyWireTest::decode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ProviderError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(ProviderError::Retry, retry);

    WireReply reply;
    reply.httpStatus = status;
    reply.body = body;
    QJsonObject result;
    const ProviderError e = LegacyWire::decode(reply, &result);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.code, code);
    QCOMPARE(e.retry, retry);
    if (kind == ProviderError::Kind::None)
        QVERIFY(!result.isEmpty());
}

void LegacyWireTest::flatten()
{
    const QJsonObject params{
        {u"InstanceIds"_s, QJsonArray{u"ins-abcd1234"_s, u"ins-efgh5678"_s}},
        {u"Filters"_s,
         QJsonArray{
             QJsonObject{{u"Name"_s, u"instance-state"_s}, {u"Values"_s, QJsonArray{u"RUNNING"_s, u"STOPPED"_s}}}}},
        {u"Limit"_s, 100},
        {u"ReleaseAddress"_s, true},
        {u"InstanceName"_s, u"网关"_s},
    };
    LegacyParams flat = LegacyWire::flatten(params);
    std::sort(flat.begin(), flat.end());
    const LegacyParams expected{{"Filters.0.Name"_ba, "instance-state"_ba},
                                {"Filters.0.Values.0"_ba, "RUNNING"_ba},
                                {"Filters.0.Values.1"_ba, "STOPPED"_ba},
                                {"InstanceIds.0"_ba, "ins-abcd1234"_ba},
                                {"InstanceIds.1"_ba, "ins-efgh5678"_ba},
                                {"InstanceName"_ba, u"网关"_s.toUtf8()},
                                {"Limit"_ba, "100"_ba},
                                {"ReleaseAddress"_ba, "true"_ba}};
    QCOMPARE(flat, expected);
}

QTEST_GUILESS_MAIN(LegacyWireTest)
#include "tst_legacywire.moc"

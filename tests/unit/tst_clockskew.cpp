// How far this computer's clock is from a server's: the arithmetic and the wording (ClockSkew), and
// each dialect's wire decoder putting it on the error it gives for an expired signature, and only
// there, with the advice of the catalog and no retry.
#include "ClockSkew.h"
#include "Dialects.h"
#include "ErrorCatalog.h"
#include "LegacyWire.h"
#include "TencentWire.h"
#include "ZenlayerWire.h"

#include <QTest>
#include <QTimeZone>

#include <tuple>

using namespace Qt::StringLiterals;

class ClockSkewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Dialects::registerAll(); }
    void describe_data();
    void describe();
    void offsetIsLocalMinusServer();
    void unknownTimesSayNothing();
    void decodersExplainExpiredSignatures_data();
    void decodersExplainExpiredSignatures();
    void otherErrorsCarryNoClock();
    void legacyReplayIsSentAgainOnlyWithTheClocksInStep_data();
    void legacyReplayIsSentAgainOnlyWithTheClocksInStep();
};

void ClockSkewTest::describe_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("sentence");

    const QString inStep = u"This computer's clock agrees with the server's to within a few seconds."_s;
    QTest::newRow("equal") << qint64(0) << inStep;
    QTest::newRow("5 s ahead") << qint64(5) << inStep;
    QTest::newRow("5 s behind") << qint64(-5) << inStep;
    QTest::newRow("6 s ahead") << qint64(6) << u"This computer's clock is 6 s ahead of the server's."_s;
    QTest::newRow("59 s behind") << qint64(-59) << u"This computer's clock is 59 s behind the server's."_s;
    QTest::newRow("1 min") << qint64(60) << u"This computer's clock is 1 min 0 s ahead of the server's."_s;
    QTest::newRow("6 min 12 s behind") << qint64(-372) << u"This computer's clock is 6 min 12 s behind the server's."_s;
    QTest::newRow("10 min ahead") << qint64(600) << u"This computer's clock is 10 min 0 s ahead of the server's."_s;
    QTest::newRow("59 min 59 s") << qint64(3599) << u"This computer's clock is 59 min 59 s ahead of the server's."_s;
    QTest::newRow("1 h") << qint64(-3600) << u"This computer's clock is 1 h 0 min behind the server's."_s;
    QTest::newRow("8 h 1 min (a time zone mistaken for UTC)")
        << qint64(8 * 3600 + 61) << u"This computer's clock is 8 h 1 min ahead of the server's."_s;
    QTest::newRow("3 days") << qint64(-3 * 86400) << u"This computer's clock is 72 h 0 min behind the server's."_s;
}

void ClockSkewTest::describe()
{
    QFETCH(qint64, offset);
    QFETCH(QString, sentence);
    QCOMPARE(ClockSkew::describe(offset), sentence);
}

void ClockSkewTest::offsetIsLocalMinusServer()
{
    const QDateTime server(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    QCOMPARE(ClockSkew::offsetSeconds(server, server.addSecs(-372)).value_or(0), qint64(-372));
    QCOMPARE(ClockSkew::offsetSeconds(server, server.addSecs(600)).value_or(0), qint64(600));
    // The same instant in another zone is no offset.
    QCOMPARE(ClockSkew::offsetSeconds(server, server.toOffsetFromUtc(8 * 3600)).value_or(-1), qint64(0));

    WireReply reply;
    reply.serverDate = parseHttpDate("Sun, 01 Mar 2026 12:00:00 GMT");
    reply.receivedAt = server.addSecs(-372);
    QCOMPARE(ClockSkew::explain(reply), u"This computer's clock is 6 min 12 s behind the server's."_s);
}

void ClockSkewTest::unknownTimesSayNothing()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!ClockSkew::offsetSeconds({}, now));
    QVERIFY(!ClockSkew::offsetSeconds(now, {}));
    WireReply noDate;
    noDate.receivedAt = now;
    noDate.serverDate = parseHttpDate("not a date");
    QVERIFY(ClockSkew::explain(noDate).isEmpty());
}

void ClockSkewTest::decodersExplainExpiredSignatures_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("API 3.0") << u"tc3"_s << 200
                             << R"({"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},
                                   "RequestId":"r-1"}})"_ba
                             << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("legacy 4500") << u"legacy"_s << 200 << R"({"code":4500,"message":"replay attack"})"_ba << u"4500"_s;
    QTest::newRow("legacy 4200") << u"legacy"_s << 200 << R"({"code":4200,"message":"expired"})"_ba << u"4200"_s;
    QTest::newRow("legacy host, API 3.0 shape")
        << u"legacy"_s << 200
        << R"({"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"x"},"RequestId":"r"}})"_ba
        << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("Zenlayer") << u"zenlayer"_s << 401
                              << R"({"requestId":"T1","code":"AUTHFAILURE_SIGNATURE_EXPIRED","message":"expired"})"_ba
                              << u"AUTHFAILURE_SIGNATURE_EXPIRED"_s;
}

namespace {

ProviderError decodeAs(const QString& dialect, const WireReply& reply)
{
    QJsonObject result;
    if (dialect == u"tc3"_s)
        return TencentWire::decode(reply, &result);
    if (dialect == u"legacy"_s)
        return LegacyWire::decode(reply, &result);
    return ZenlayerWire::decode(reply, &result);
}

} // namespace

void ClockSkewTest::decodersExplainExpiredSignatures()
{
    QFETCH(QString, dialect);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);

    WireReply reply;
    reply.httpStatus = status;
    reply.body = body;
    reply.serverDate = parseHttpDate("Sun, 01 Mar 2026 12:10:00 GMT");
    reply.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    const ProviderError e = decodeAs(dialect, reply);
    QCOMPARE(e.code, code);
    QCOMPARE(e.retry, ProviderError::Retry::No); // resending the same clock gets the same refusal
    QCOMPARE(e.context, u"This computer's clock is 10 min 0 s behind the server's."_s);
    const QString line = ErrorCatalog::describe(e);
    QVERIFY2(line.contains(e.context), qPrintable(line));
    QVERIFY2(line.contains(u"NTP"_s), qPrintable(line));

    // A reply without a Date header still gives the code and the advice, without a guess.
    reply.serverDate = {};
    const ProviderError undated = decodeAs(dialect, reply);
    QCOMPARE(undated.code, code);
    QVERIFY(undated.context.isEmpty());
    QVERIFY(ErrorCatalog::describe(undated).contains(u"NTP"_s));
}

void ClockSkewTest::otherErrorsCarryNoClock()
{
    WireReply reply;
    reply.httpStatus = 200;
    reply.body = R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"x"},"RequestId":"r"}})"_ba;
    reply.serverDate = parseHttpDate("Sun, 01 Mar 2026 12:10:00 GMT");
    reply.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    QJsonObject result;
    QVERIFY(TencentWire::decode(reply, &result).context.isEmpty());
    reply.body = R"({"code":4100,"message":"auth"})"_ba;
    QVERIFY(LegacyWire::decode(reply, &result).context.isEmpty());
}

void ClockSkewTest::legacyReplayIsSentAgainOnlyWithTheClocksInStep_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("serverDate");
    QTest::addColumn<ProviderError::Retry>("retry");
    const QByteArray oldStyle = R"({"code":4500,"message":"replay attack"})"_ba;
    // The 2017 actions on the legacy host answer in API 3.0's shape.
    const QByteArray versioned =
        R"({"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"x"},"RequestId":"r"}})"_ba;
    for (const auto& [name, body, code] : {std::tuple{"old-style", oldStyle, u"4500"_s},
                                           std::tuple{"2017 action", versioned, u"AuthFailure.SignatureExpire"_s}}) {
        // In step: the Nonce was reused (Qt resent the request), and a new one would pass.
        QTest::addRow("%s, in step", name)
            << body << code << "Sun, 01 Mar 2026 12:00:04 GMT"_ba << ProviderError::Retry::Transient;
        // Ten minutes apart: the Timestamp is the problem, and resending changes nothing.
        QTest::addRow("%s, ten minutes apart", name)
            << body << code << "Sun, 01 Mar 2026 12:10:00 GMT"_ba << ProviderError::Retry::No;
        // Without the server's time, nothing says which it was.
        QTest::addRow("%s, no date", name) << body << code << QByteArray() << ProviderError::Retry::No;
    }
}

void ClockSkewTest::legacyReplayIsSentAgainOnlyWithTheClocksInStep()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QByteArray, serverDate);
    QFETCH(ProviderError::Retry, retry);
    WireReply reply;
    reply.httpStatus = 200;
    reply.body = body;
    reply.serverDate = parseHttpDate(serverDate);
    reply.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    QJsonObject result;
    const ProviderError e = LegacyWire::decode(reply, &result);
    QCOMPARE(e.code, code);
    QCOMPARE(e.retry, retry);
}

QTEST_GUILESS_MAIN(ClockSkewTest)
#include "tst_clockskew.moc"

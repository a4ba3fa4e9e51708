// Each dialect's client against an emulator whose clock is ten minutes off, over loopback HTTP:
// the provider's expired-signature code, the error saying how far and which way this computer's
// clock is off (read from the reply's Date header), the advice to correct it, and one request only
// (the same clock would be refused again).

#include "ZenlayerFixture.h"

#include "ErrorCatalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class ClockSkewClientsTest : public QObject
{
    Q_OBJECT

private slots:
    void readAgainstAServerTenMinutesOff_data();
    void readAgainstAServerTenMinutesOff();
    void inStepClockReadsNormally();
};

void ClockSkewClientsTest::readAgainstAServerTenMinutesOff_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("serverOffset");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("direction");

    for (const QString& dialect : {u"tencent"_s, u"legacy"_s, u"zenlayer"_s}) {
        const QString code =
            dialect == u"zenlayer"_s ? u"AUTHFAILURE_SIGNATURE_EXPIRED"_s : u"AuthFailure.SignatureExpire"_s;
        // A server ahead means this computer is behind, and the other way round.
        QTest::addRow("%s, server ahead", qPrintable(dialect)) << dialect << 600 << code << u"behind the server's"_s;
        QTest::addRow("%s, server behind", qPrintable(dialect))
            << dialect << -600 << code << u"ahead of the server's"_s;
    }
}

void ClockSkewClientsTest::readAgainstAServerTenMinutesOff()
{
    QFETCH(QString, dialect);
    QFETCH(int, serverOffset);
    QFETCH(QString, code);
    QFETCH(QString, direction);

    emulator::Options options = fixture::fastOptions();
    options.clockOffsetSeconds = serverOffset;
    const Dialect tencentDialect = dialect == u"legacy"_s ? Dialect::TencentLegacy : Dialect::TencentApi3;
    fixture::ZenlayerSandbox s(options);
    fixture::Sandbox tencent(options, u"sandbox-secret-key"_s, tencentDialect);
    QVERIFY(s.listening && tencent.listening);

    ProviderError error;
    emulator::Emulator* emu = nullptr;
    if (dialect == u"zenlayer"_s) {
        QVERIFY(s.zl);
        s.emu.clearCallLog();
        s.zlRead({u"ZL-00000001"_s});
        error = s.lastError;
        emu = &s.emu;
    } else {
        QVERIFY(tencent.provider);
        tencent.emu.clearCallLog();
        tencent.read(u"ap-guangzhou"_s, {u"ins-abcd1234"_s});
        error = tencent.lastError;
        emu = &tencent.emu;
    }

    QCOMPARE(error.code, code);
    QCOMPARE(error.retry, ProviderError::Retry::No);
    // The Date header has whole seconds and the reply takes a moment: 9 min 59 s to 10 min 1 s.
    static const QRegularExpression tenMinutes(u"(9 min 59 s|10 min [01] s)"_s);
    QVERIFY2(error.context.contains(tenMinutes), qPrintable(error.context));
    QVERIFY2(error.context.contains(direction), qPrintable(error.context));
    const QString line = ErrorCatalog::describe(error);
    QVERIFY2(line.contains(error.context), qPrintable(line));
    QVERIFY2(line.contains(u"Correct this computer's clock"_s), qPrintable(line));
    // A read is retried after transient failures; this one reached the server exactly once.
    QCOMPARE(emu->callLog().size(), 1);
    QCOMPARE(emu->callLog().constFirst().errorCode, code);
}

void ClockSkewClientsTest::inStepClockReadsNormally()
{
    // Within the five-minute window the signature is accepted, whatever the small offset.
    emulator::Options options = fixture::fastOptions();
    options.clockOffsetSeconds = 120;
    fixture::Sandbox s(options);
    QVERIFY(s.listening && s.provider);
    s.useFleet({fixture::instance(u"ins-abcd1234"_s)});
    const QList<Instance> found = s.read(u"ap-guangzhou"_s, {u"ins-abcd1234"_s});
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QCOMPARE(found.size(), 1);
}

QTEST_GUILESS_MAIN(ClockSkewClientsTest)
#include "tst_clockskew_clients.moc"

// Every dialect's descriptor as the directory collects it: key-id and region checks on the
// reference's own examples, the API version an account starts with, the environment variables,
// the error tables and the currency of its refund quotes.
#include "DialectRegistry.h"
#include "Dialects.h"
#include "ErrorCatalog.h"
#include "TencentLegacyRules.h"
#include "TencentRules.h"
#include "ZenlayerClient.h"
#include "ZenlayerRules.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dialect)

class DialectInfoTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySupportedDialectIsRegistered();
    void keyIds_data();
    void keyIds();
    void regions_data();
    void regions();
    void apiVersions_data();
    void apiVersions();
    void environmentAndDefaults();
    void errorTablesAreTheDialectsOwn();
    void refundCurrency();
};

void DialectInfoTest::initTestCase()
{
    Dialects::registerAll();
    Dialects::registerAll(); // twice: nothing changes
}

void DialectInfoTest::everySupportedDialectIsRegistered()
{
    const QList<Dialect> supported = Dialects::supported();
    QCOMPARE(DialectRegistry::all().size(), supported.size());
    for (const Dialect d : supported) {
        const DialectInfo* registered = DialectRegistry::find(d);
        QVERIFY2(registered, qPrintable(dialectKey(d)));
        QCOMPARE(registered->dialect, d);
        QCOMPARE(&Dialects::info(d), registered); // one descriptor per dialect
        for (const char* text : {registered->keyIdLabel, registered->secretLabel, registered->regionsLabel,
                                 registered->regionsPlaceholder, registered->keyIdProblem, registered->regionProblem})
            QVERIFY2(text && *text, qPrintable(dialectKey(d)));
        QVERIFY(QByteArray(registered->regionProblem).contains("%1"));
    }
    // A second registration of a dialect changes nothing.
    DialectInfo other = Dialects::info(Dialect::Zenlayer);
    other.keyIdVariable = u"SOMETHING_ELSE"_s;
    QVERIFY(!DialectRegistry::add(other));
    QCOMPARE(DialectRegistry::find(Dialect::Zenlayer)->keyIdVariable, u"ZENLAYER_ACCESS_KEY_ID"_s);
}

void DialectInfoTest::keyIds_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<bool>("onPublicEndpoint");
    QTest::addColumn<bool>("onLoopback");

    for (const Dialect d : {Dialect::TencentApi3, Dialect::TencentLegacy}) {
        const QByteArray k = dialectKey(d).toUtf8();
        // The reference's SecretIds: the official examples (§1.6, §5.2) and the SDK vectors (§1.8).
        QTest::addRow("%s: official example", k.constData())
            << d << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s << true << true;
        QTest::addRow("%s: legacy example", k.constData())
            << d << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s << true << true;
        QTest::addRow("%s: SDK vector", k.constData())
            << d << u"AKIDTESTVECTOR0000000000000000000001"_s << true << true;
        QTest::addRow("%s: no AKID", k.constData()) << d << u"XYZ123"_s << false << false;
        QTest::addRow("%s: lower-case prefix", k.constData())
            << d << u"akidz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s << false << false;
        QTest::addRow("%s: one short", k.constData()) << d << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPL"_s << false << true;
        QTest::addRow("%s: one long", k.constData())
            << d << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLEE"_s << false << true;
        QTest::addRow("%s: masked", k.constData()) << d << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"_s << false << false;
        QTest::addRow("%s: emulator key", k.constData()) << d << u"AKIDSANDBOX"_s << false << true;
        QTest::addRow("%s: prefix only", k.constData()) << d << u"AKID"_s << false << false;
        QTest::addRow("%s: trailing newline", k.constData()) << d << u"AKIDSANDBOX\n"_s << false << false;
    }
    // Zenlayer: the docs' id, the SDK vectors' ids (§1.4) and the emulator's.
    const Dialect z = Dialect::Zenlayer;
    QTest::newRow("zenlayer: docs example") << z << u"0D9UtpyKYcHxms5v"_s << true << true;
    QTest::newRow("zenlayer: SDK vector") << z << u"AKIDtest-key-id-0001"_s << true << true;
    QTest::newRow("zenlayer: SDK vector, short") << z << u"AKID-full-test"_s << true << true;
    QTest::newRow("zenlayer: emulator key") << z << u"SANDBOXKEY"_s << true << true;
    QTest::newRow("zenlayer: space") << z << u"SANDBOX KEY"_s << false << false;
    QTest::newRow("zenlayer: too short") << z << u"KEY"_s << false << false;
    QTest::newRow("zenlayer: other characters") << z << u"key_id/1"_s << false << false;
}

void DialectInfoTest::keyIds()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, keyId);
    QFETCH(bool, onPublicEndpoint);
    QFETCH(bool, onLoopback);
    const DialectInfo& info = Dialects::info(dialect);
    QCOMPARE(info.isWellFormedKeyId(keyId, false), onPublicEndpoint);
    QCOMPARE(info.isWellFormedKeyId(keyId, true), onLoopback);
}

void DialectInfoTest::regions_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("valid");
    QTest::newRow("tencent region") << Dialect::TencentApi3 << u"ap-guangzhou"_s << true;
    QTest::newRow("tencent region with digit") << Dialect::TencentApi3 << u"na-siliconvalley"_s << true;
    QTest::newRow("tencent zone-like region") << Dialect::TencentLegacy << u"ap-guangzhou-3"_s << true;
    QTest::newRow("tencent: a city name") << Dialect::TencentApi3 << u"Guangzhou"_s << false;
    QTest::newRow("tencent: a zenlayer zone") << Dialect::TencentApi3 << u"SEL-A"_s << false;
    QTest::newRow("zenlayer zone") << Dialect::Zenlayer << u"SEL-A"_s << true;
    QTest::newRow("zenlayer zone B") << Dialect::Zenlayer << u"MOW-B"_s << true;
    QTest::newRow("zenlayer: a tencent region") << Dialect::Zenlayer << u"ap-guangzhou"_s << false;
    QTest::newRow("zenlayer: lower case") << Dialect::Zenlayer << u"sel-a"_s << false;
}

void DialectInfoTest::regions()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, region);
    QFETCH(bool, valid);
    QCOMPARE(Dialects::info(dialect).isWellFormedRegion(region), valid);
}

void DialectInfoTest::apiVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2026-02-01") << u"2026-02-01"_s << true;
    QTest::newRow("2022-11-20") << u"2022-11-20"_s << true;
    QTest::newRow("2017-03-12") << u"2017-03-12"_s << true;
    QTest::newRow("slashes") << u"2026/02/01"_s << false;
    QTest::newRow("no such day") << u"2026-02-30"_s << false;
    QTest::newRow("no such month") << u"2026-13-01"_s << false;
    QTest::newRow("short") << u"26-02-01"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void DialectInfoTest::apiVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, valid);
    QCOMPARE(DialectInfo::isWellFormedApiVersion(version), valid);
}

void DialectInfoTest::environmentAndDefaults()
{
    const DialectInfo& tencent = Dialects::info(Dialect::TencentApi3);
    QCOMPARE(tencent.keyIdVariable, u"TENCENTCLOUD_SECRET_ID"_s);
    QCOMPARE(tencent.secretVariable, u"TENCENTCLOUD_SECRET_KEY"_s);
    QVERIFY(!tencent.hasApiVersionSetting()); // 2017-03-12 is the client's, not a setting
    const DialectInfo& legacy = Dialects::info(Dialect::TencentLegacy);
    QCOMPARE(legacy.keyIdVariable, tencent.keyIdVariable);
    QCOMPARE(legacy.secretVariable, tencent.secretVariable);
    QVERIFY(!legacy.hasApiVersionSetting());
    const DialectInfo& zenlayer = Dialects::info(Dialect::Zenlayer);
    QCOMPARE(zenlayer.keyIdVariable, u"ZENLAYER_ACCESS_KEY_ID"_s);
    QCOMPARE(zenlayer.secretVariable, u"ZENLAYER_ACCESS_KEY_PASSWORD"_s);
    QCOMPARE(zenlayer.defaultApiVersion, u"2026-02-01"_s); // the current SDKs' (reference §1.2)
    QCOMPARE(zenlayer.defaultApiVersion, ZenlayerClient::DefaultApiVersion);
    QVERIFY(DialectInfo::isWellFormedApiVersion(zenlayer.defaultApiVersion));
    QCOMPARE(QByteArray(zenlayer.keyIdLabel), "&AccessKeyId:"_ba);
    QCOMPARE(QByteArray(tencent.keyIdLabel), "&Key id (SecretId):"_ba);
}

void DialectInfoTest::errorTablesAreTheDialectsOwn()
{
    auto codesOf = [](Dialect d) {
        QStringList codes;
        for (const ErrorTable& table : Dialects::info(d).errorTables) {
            for (const ErrorCatalogEntry& e : table)
                codes << QString::fromLatin1(e.code);
        }
        return codes;
    };
    const QStringList tencent = codesOf(Dialect::TencentApi3);
    const QStringList legacy = codesOf(Dialect::TencentLegacy);
    const QStringList zenlayer = codesOf(Dialect::Zenlayer);
    QVERIFY(tencent.contains(u"UnsupportedOperation.InstancesProtected"_s));
    QVERIFY(!tencent.contains(u"4100"_s));
    // The legacy host answers in its own codes and, for the 2017-03-12 actions, in API 3.0's.
    QVERIFY(legacy.contains(u"4100"_s));
    QVERIFY(legacy.contains(u"Teardown.LegacyPostpaidOnly"_s));
    QVERIFY(legacy.contains(u"UnsupportedOperation.InstancesProtected"_s));
    QVERIFY(zenlayer.contains(u"OPERATION_DENIED_INSTANCE_RECYCLED"_s));
    QVERIFY(!zenlayer.contains(u"UnsupportedOperation.InstancesProtected"_s));
    // No dialect carries the console's transport codes: those are core's.
    for (const QString& code : tencent + legacy + zenlayer)
        QVERIFY2(!code.startsWith(u"Network."_s) && !code.startsWith(u"Reply."_s), qPrintable(code));
    // The catalog lists a shared table once.
    const QStringList all = ErrorCatalog::codes();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void DialectInfoTest::refundCurrency()
{
    // Tencent's InquiryPriceTerminateInstances has no currency field; CNY is inferred (reference
    // §4.2). Nothing else quotes a refund.
    QCOMPARE(TencentRules().refundCurrency(), u"CNY"_s);
    QCOMPARE(TencentLegacyRules().refundCurrency(), QString());
    QCOMPARE(ZenlayerRules().refundCurrency(), QString());
}

QTEST_GUILESS_MAIN(DialectInfoTest)
#include "tst_dialectinfo.moc"

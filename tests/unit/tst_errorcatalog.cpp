// ErrorCatalog against tests/data/tencent_error_codes.tsv (code, English, Chinese: reference
// §2.3, §3.4, §3.5, §4.1, §4.2), tencent_legacy_error_codes.tsv (§5.6, seed 000) and
// zenlayer_error_codes.tsv, in English and with the zh_CN translation installed, once the
// directory registered every dialect's tables; plus the console's own codes, describe(), and
// describe() for one instance, which names it where the reference's text has a sample id.
#include "DialectRegistry.h"
#include "Dialects.h"
#include "ErrorCatalog.h"
#include "TranslationLoader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString code;
    QString english;
    QString chinese;
};

QList<Row> readTable(const QString& name, QString* error)
{
    const QString dir = qEnvironmentVariable("TEARDOWN_TEST_DATA");
    QFile file(dir + u'/' + name);
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName() + u" (is TEARDOWN_TEST_DATA set?)"_s;
        return {};
    }
    QList<Row> rows;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).remove(u'\r').remove(u'\n');
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (cells.size() != 3) {
            *error = u"line %1 has %2 columns"_s.arg(lineNumber).arg(cells.size());
            return {};
        }
        rows.append({cells[0], cells[1], cells[2]});
    }
    return rows;
}

bool isConsoleCode(const QString& code)
{
    return code.startsWith(u"Network."_s) || code.startsWith(u"Reply."_s) || code.startsWith(u"Teardown."_s);
}

// Names of request parameters and reply fields of TerminateInstances and
// InquiryPriceTerminateInstances (reference §4.1, §4.2 tables), not error codes.
const QStringList kFieldNames{u"InstanceId"_s, u"InstanceIds"_s,    u"PriceDetail"_s,
                              u"Refunds"_s,    u"ReleaseAddress"_s, u"ReleasePrepaidDataDisks"_s};

} // namespace

class ErrorCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void english_data();
    void english();
    void chinese_data();
    void chinese();

    void everyTencentCodeIsInTheTable();
    void catalogHoldsOnlyErrorCodes();
    void consoleCodes_data();
    void consoleCodes();
    void consoleCodesUsedByTheEngineExist();
    void unknownCode();
    void describe_data();
    void describe();
    void describeForInstance_data();
    void describeForInstance();
    void everySampleIdIsReplacedOrAFormatExample();

private:
    void addRows();
    const Row* row(const QString& code) const;
    QList<Row> m_rows;
};

void ErrorCatalogTest::initTestCase()
{
    // Core knows no dialect: before the directory registers them, only the console's own codes.
    QVERIFY(DialectRegistry::all().isEmpty());
    for (const QString& code : ErrorCatalog::codes())
        QVERIFY2(isConsoleCode(code), qPrintable(code));
    QVERIFY(!ErrorCatalog::contains(u"UnsupportedOperation.InstancesProtected"));
    QVERIFY(!ErrorCatalog::contains(u"OPERATION_DENIED_INSTANCE_RECYCLED"));
    Dialects::registerAll();
    QCOMPARE(DialectRegistry::all().size(), Dialects::supported().size());

    QString error;
    m_rows = readTable(u"tencent_error_codes.tsv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Zenlayer's table (reference §2.2, §2.4, §4): its codes are UPPER_SNAKE, so none clashes.
    m_rows += readTable(u"zenlayer_error_codes.tsv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_rows.size() >= 100);
    // The legacy API 2.0 codes (reference §5.6, seed 000).
    const QList<Row> legacy = readTable(u"tencent_legacy_error_codes.tsv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(legacy.size() >= 20);
    m_rows += legacy;
}

void ErrorCatalogTest::addRows()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    for (const Row& row : std::as_const(m_rows))
        QTest::newRow(qPrintable(row.code)) << row.code << row.english << row.chinese;
}

void ErrorCatalogTest::english_data()
{
    addRows();
}

void ErrorCatalogTest::english()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    if (kFieldNames.contains(code))
        QSKIP("a parameter or field name, not an error code: see catalogHoldsOnlyErrorCodes");

    QVERIFY2(ErrorCatalog::contains(code), qPrintable(code));
    QCOMPARE(ErrorCatalog::text(code), english);
}

void ErrorCatalogTest::chinese_data()
{
    addRows();
}

void ErrorCatalogTest::chinese()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    if (kFieldNames.contains(code))
        QSKIP("a parameter or field name, not an error code: see catalogHoldsOnlyErrorCodes");

    TranslationLoader loader;
    QVERIFY2(loader.apply(u"zh_CN"_s), "the zh_CN catalogue (:/i18n/teardown_zh_CN.qm) could not be loaded");
    QCOMPARE(ErrorCatalog::text(code), chinese);
    // Removing the translator brings English back.
    QVERIFY(loader.apply(u"en"_s));
    QCOMPARE(ErrorCatalog::text(code), english);
}

void ErrorCatalogTest::everyTencentCodeIsInTheTable()
{
    // Every provider code the catalog knows is checked against the reference table above.
    QSet<QString> tableCodes;
    for (const Row& row : std::as_const(m_rows))
        tableCodes.insert(row.code);
    QStringList missing;
    const QStringList codes = ErrorCatalog::codes();
    for (const QString& code : codes) {
        if (!isConsoleCode(code) && !tableCodes.contains(code))
            missing << code;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in a tests/data table: "_s + missing.join(u", "_s)));
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size()); // no code twice
}

void ErrorCatalogTest::catalogHoldsOnlyErrorCodes()
{
    // A code's text is a message for people. Rows whose "text" is a type name ("string",
    // "boolean", "number (float)") were copied from the parameter tables of reference §4.1/§4.2.
    QStringList bogus;
    for (const QString& code : ErrorCatalog::codes()) {
        const QString text = ErrorCatalog::text(code);
        if (kFieldNames.contains(code) || text == u"string"_s || text == u"boolean"_s || text == u"integer"_s
            || text.startsWith(u"number"_s))
            bogus << code + u" = \""_s + text + u'"';
    }
    QVERIFY2(bogus.isEmpty(), qPrintable(u"not error codes: "_s + bogus.join(u", "_s)));
}

void ErrorCatalogTest::consoleCodes_data()
{
    QTest::addColumn<QString>("code");
    for (const QString& code : ErrorCatalog::codes()) {
        if (isConsoleCode(code))
            QTest::newRow(qPrintable(code)) << code;
    }
}

void ErrorCatalogTest::consoleCodesUsedByTheEngineExist()
{
    // The codes the planner, the rules and the transport produce must all have a text.
    for (const QString& code : {u"Network.Timeout"_s,
                                u"Network.ConnectionRefused"_s,
                                u"Network.ConnectionClosed"_s,
                                u"Network.HostNotFound"_s,
                                u"Network.Tls"_s,
                                u"Network.Other"_s,
                                u"Reply.Malformed"_s,
                                u"Reply.HttpStatus"_s,
                                u"Teardown.UnknownAccount"_s,
                                u"Teardown.AccountReadOnly"_s,
                                u"Teardown.InvalidInstanceId"_s,
                                u"Teardown.AlreadyInRecycleBin"_s,
                                u"Teardown.NotInRecycleBin"_s,
                                u"Teardown.OutcomeUnknown"_s,
                                u"Teardown.HistoryUnavailable"_s,
                                u"Teardown.InsecureEndpoint"_s,
                                u"Teardown.InActiveRun"_s,
                                u"Teardown.Canceled"_s,
                                u"Teardown.ChangedSincePlan"_s,
                                u"Teardown.NoLongerExists"_s,
                                u"Teardown.ProtectionNotLifted"_s,
                                u"Teardown.LiftProtectionUnsupported"_s,
                                u"Teardown.LiftProtectionLegacy"_s,
                                u"Teardown.LiftProtectionZenlayer"_s}) {
        QVERIFY2(ErrorCatalog::contains(code), qPrintable(code));
        QVERIFY2(!ErrorCatalog::text(code).isEmpty(), qPrintable(code));
    }
}

void ErrorCatalogTest::consoleCodes()
{
    QFETCH(QString, code);
    const QString english = ErrorCatalog::text(code);
    QVERIFY2(!english.trimmed().isEmpty(), qPrintable(code));

    TranslationLoader loader;
    QVERIFY(loader.apply(u"zh_CN"_s));
    const QString chinese = ErrorCatalog::text(code);
    QVERIFY2(!chinese.trimmed().isEmpty(), qPrintable(code));
    QVERIFY2(chinese != english, qPrintable(code + u" is not translated: "_s + chinese));
}

void ErrorCatalogTest::unknownCode()
{
    QVERIFY(!ErrorCatalog::contains(u"UnsupportedOperation.SomethingNew"));
    QVERIFY(ErrorCatalog::text(u"UnsupportedOperation.SomethingNew").isEmpty());
    QVERIFY(!ErrorCatalog::contains(u""));
    // Codes are case-sensitive, as the API sends them.
    QVERIFY(!ErrorCatalog::contains(u"unsupportedoperation.instancesprotected"));
    QVERIFY(ErrorCatalog::contains(u"UnsupportedOperation.InstancesProtected"));
}

void ErrorCatalogTest::describe_data()
{
    QTest::addColumn<ProviderError>("error");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("unknown code: server message, code, request id")
        << ProviderError::api(u"UnsupportedOperation.SomethingNew"_s, u"The server explains it here."_s,
                              u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s)
        << QStringList{u"The server explains it here."_s, u"UnsupportedOperation.SomethingNew"_s,
                       u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s}
        << QStringList{};
    QTest::newRow("known code: catalog text, code, request id")
        << ProviderError::api(u"UnsupportedOperation.InstancesProtected"_s, u"server wording that may change"_s,
                              u"9a2f76a2-3b5b-4760-a90b-eff0c611b360"_s)
        << QStringList{u"The instance is under termination protection and cannot be terminated."_s,
                       u"UnsupportedOperation.InstancesProtected"_s, u"9a2f76a2-3b5b-4760-a90b-eff0c611b360"_s}
        << QStringList{u"server wording that may change"_s};
    QTest::newRow("unknown code without message") << ProviderError::api(u"Some.Code"_s, QString(), u"req-42"_s)
                                                  << QStringList{u"Some.Code"_s, u"req-42"_s} << QStringList{};
    ProviderError network;
    network.kind = ProviderError::Kind::Network;
    network.code = u"Network.Tls"_s;
    network.message = u"certificate has expired"_s;
    QTest::newRow("transport detail is kept")
        << network
        << QStringList{u"The secure connection (TLS) failed."_s, u"Network.Tls"_s, u"certificate has expired"_s}
        << QStringList{u"RequestId"_s};
}

void ErrorCatalogTest::describe()
{
    QFETCH(ProviderError, error);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    const QString line = ErrorCatalog::describe(error);
    for (const QString& part : std::as_const(contains))
        QVERIFY2(line.contains(part), qPrintable(u"\""_s + part + u"\" missing from: "_s + line));
    for (const QString& part : std::as_const(lacks))
        QVERIFY2(!line.contains(part), qPrintable(u"\""_s + part + u"\" unexpected in: "_s + line));
    QVERIFY(!line.contains(u'\n'));

    QVERIFY(ErrorCatalog::describe(ProviderError()).isEmpty());
}

const Row* ErrorCatalogTest::row(const QString& code) const
{
    for (const Row& r : m_rows) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

void ErrorCatalogTest::describeForInstance_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<bool>("namesInstance"); // the reference's sample id stands for the instance

    const QString id = u"ins-1a2b3c4d"_s;
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const QByteArray lang = language.toUtf8();
        // ins-xxxxxxx (7 x), ins-xxxxxxxx (8 x), ins-xxxxxx (6 x): each stands for the instance.
        QTest::addRow("%s: refund inquiry failed", lang.constData())
            << u"FailedOperation.InquiryRefundPriceFailed"_s << language << id << true;
        QTest::addRow("%s: EMR instance", lang.constData())
            << u"FailedOperation.InvalidInstanceApplicationRoleEmr"_s << language << id << true;
        QTest::addRow("%s: entering live migration", lang.constData())
            << u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s << language << id << true;
        QTest::addRow("%s: leaving live migration", lang.constData())
            << u"UnsupportedOperation.InstanceStateExitServiceLiveMigrate"_s << language << id << true;
        // Here ins-xxxxxxxx shows what a well-formed id looks like: it stays.
        QTest::addRow("%s: format example", lang.constData())
            << u"InvalidParameterValue.InstanceIdMalformed"_s << language << id << false;
        QTest::addRow("%s: no sample id", lang.constData())
            << u"UnsupportedOperation.InstancesProtected"_s << language << id << false;
        QTest::addRow("%s: zenlayer id", lang.constData())
            << u"OPERATION_DENIED_INSTANCE_RECYCLED"_s << language << u"1001"_s << false;
        QTest::addRow("%s: no instance given", lang.constData())
            << u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s << language << QString() << false;
    }
}

void ErrorCatalogTest::describeForInstance()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, instanceId);
    QFETCH(bool, namesInstance);

    const Row* reference = row(code);
    QVERIFY2(reference, qPrintable(code + u" is not in a tests/data table"_s));
    QString expected = language == u"en"_s ? reference->english : reference->chinese;
    static const QRegularExpression sample(u"ins-x{6,8}"_s);
    if (namesInstance) {
        QVERIFY2(expected.contains(sample), qPrintable(expected)); // the reference has the sample id
        expected.replace(sample, instanceId);
    }

    TranslationLoader loader;
    QVERIFY(loader.apply(language));
    QCOMPARE(ErrorCatalog::text(code, instanceId), expected);
    const ProviderError error = ProviderError::api(code, u"server text"_s, u"req-7"_s);
    const QString line = ErrorCatalog::describe(error, instanceId);
    QVERIFY2(line.startsWith(expected), qPrintable(line));
    QVERIFY2(line.contains(code) && line.contains(u"req-7"_s), qPrintable(line));
    if (namesInstance)
        QVERIFY2(!line.contains(sample), qPrintable(line));
    // Without an instance, the catalog's own text.
    QCOMPARE(ErrorCatalog::describe(error), ErrorCatalog::describe(error, QStringView()));
    QVERIFY(loader.apply(u"en"_s));
}

void ErrorCatalogTest::everySampleIdIsReplacedOrAFormatExample()
{
    // A new entry with a sample id must say whether it stands for the instance.
    static const QRegularExpression sample(u"ins-x{6,8}"_s);
    const QStringList formatExamples{u"InvalidParameterValue.InstanceIdMalformed"_s};
    for (const QString& code : ErrorCatalog::codes()) {
        const QString english = ErrorCatalog::text(code);
        if (!english.contains(sample))
            continue;
        const QString named = ErrorCatalog::text(code, u"ins-1a2b3c4d");
        if (formatExamples.contains(code))
            QCOMPARE(named, english);
        else
            QVERIFY2(!named.contains(sample) && named.contains(u"ins-1a2b3c4d"_s), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(ErrorCatalogTest)
#include "tst_errorcatalog.moc"

// RunReport exports: JSON with every field per instance, and CSV in UTF-8 with a BOM, RFC 4180
// quoting, formula-injection guard and Chinese text that survives the round trip.
#include "Csv.h"
#include "DialectRegistry.h"
#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "RunReport.h"
#include "TencentDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RunState)
Q_DECLARE_METATYPE(Outcome)

namespace {

const QByteArray kBom = "\xEF\xBB\xBF"_ba;
const QDateTime kStarted(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);

// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold commas, quotes ("")
// and line breaks. Returns false on anything malformed.
bool parseCsv(const QString& text, QList<QStringList>* records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted)
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                return false; // a bare CR outside quotes
            record << field;
            records->append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            return false; // a bare LF outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && record.isEmpty() && field.isEmpty(); // the last record ended with CRLF
}

const QStringList kCsvHeader{u"account"_s,    u"region"_s,           u"instance_id"_s,    u"name"_s,
                             u"action"_s,     u"outcome"_s,          u"detail"_s,         u"planned_outcome"_s,
                             u"state"_s,      u"release_at"_s,       u"observed_state"_s, u"request_id"_s,
                             u"error_code"_s, u"error_request_id"_s, u"error"_s,          u"updated_at"_s};
enum CsvColumn {
    Account,
    Region,
    InstanceId,
    Name,
    Action,
    OutcomeCol,
    Detail,
    Planned,
    State,
    ReleaseAt,
    Observed,
    RequestId,
    ErrorCode,
    ErrorRequestId,
    ErrorText,
    UpdatedAt
};

RunReport sampleReport()
{
    RunReport report;
    report.intent = Intent::Return;
    report.startedAt = kStarted;
    // Given in UTC+8: exported as the same instant in UTC.
    report.finishedAt = QDateTime(QDate(2025, 3, 14), QTime(17, 30, 0), Qt::OffsetFromUTC, 8 * 3600);

    InstanceResult done;
    done.key = u"acc-1/ins-abcd1234"_s;
    done.accountId = u"acc-1"_s;
    done.accountName = u"生产账户"_s;
    done.region = u"ap-guangzhou"_s;
    done.instanceId = u"ins-abcd1234"_s;
    done.instanceName = u"测试服务器-01"_s;
    done.action = u"TerminateInstances"_s;
    done.outcome = Outcome::MovedToRecycleBin;
    done.state = RunState::Done;
    done.requestId = u"9a2f76a2-3b5b-4760-a90b-eff0c611b360"_s;
    done.observedState = u"SHUTDOWN"_s;
    done.releaseAt = kStarted.addDays(7);
    done.updatedAt = kStarted.addSecs(20);

    InstanceResult failed = done;
    failed.key = u"acc-1/ins-efgh5678"_s;
    failed.instanceId = u"ins-efgh5678"_s;
    failed.instanceName = u"web, \"front\" 01"_s;
    failed.outcome = Outcome::DestroyedNow;
    failed.state = RunState::Failed;
    failed.requestId = u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s;
    failed.error = ProviderError::api(u"UnsupportedOperation.InstancesProtected"_s, u"server text"_s,
                                      u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    failed.observedState = u"RUNNING"_s;
    failed.releaseAt = {};

    InstanceResult unknown = done;
    unknown.key = u"acc-2/ins-0a1b2c3d"_s;
    unknown.accountId = u"acc-2"_s;
    unknown.accountName = u"dev"_s;
    unknown.region = u"ap-shanghai"_s;
    unknown.instanceId = u"ins-0a1b2c3d"_s;
    unknown.instanceName = u"line one\nline two"_s;
    unknown.outcome = Outcome::DestroyedNow;
    unknown.state = RunState::Unknown;
    unknown.requestId.clear();
    unknown.error.kind = ProviderError::Kind::Timeout;
    unknown.error.code = u"Network.Timeout"_s;
    unknown.error.outcomeKnown = false;
    unknown.observedState.clear();
    unknown.releaseAt = {};
    unknown.updatedAt = QDateTime();

    report.results = {done, failed, unknown};
    return report;
}

} // namespace

class RunReportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void whatHappened_data();
    void whatHappened();
    void progressLeavesOutBlocked();
    void errorsNameTheirInstance();
    void json();
    void jsonRelease();
    void csvHeaderBomAndLineEnds();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvGuardsEveryColumn();
    void escape_data();
    void escape();
};

void RunReportTest::initTestCase()
{
    // The report describes provider errors through the dialect's error table (the directory
    // registers every dialect; this test links Tencent's alone).
    DialectRegistry::add(TencentDialect::info());
    QVERIFY(!ErrorCatalog::text(u"UnsupportedOperation.InstancesProtected").isEmpty());
}

void RunReportTest::counts()
{
    RunReport report = sampleReport();
    QCOMPARE(report.count(RunState::Done), 1);
    QCOMPARE(report.count(RunState::Failed), 1);
    QCOMPARE(report.count(RunState::Unknown), 1);
    QCOMPARE(report.count(RunState::Pending), 0);
    QCOMPARE(report.finishedCount(), 3);
    QVERIFY(!report.allDone());
    QVERIFY(report.result(u"acc-1/ins-efgh5678"_s));
    QCOMPARE(report.result(u"acc-1/ins-efgh5678"_s)->instanceId, u"ins-efgh5678"_s);
    QVERIFY(!report.result(u"acc-9/ins-efgh5678"_s));

    report.results[1].state = RunState::Verifying;
    QCOMPARE(report.finishedCount(), 2);
    report.results = {report.results.first()};
    QVERIFY(report.allDone());
}

void RunReportTest::whatHappened_data()
{
    QTest::addColumn<RunState>("state");
    QTest::addColumn<Outcome>("planned");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("textStart"); // what the report says, in English

    // The planned outcome is said only once it was reached; nothing else ever reads "destroyed".
    QTest::newRow("destroyed") << RunState::Done << Outcome::DestroyedNow << u"destroyed"_s << u"Destroyed"_s;
    QTest::newRow("recycle bin") << RunState::Done << Outcome::MovedToRecycleBin << u"recycle-bin"_s
                                 << u"In the recycle bin until "_s + DisplayFormat::timeWithZone(kStarted.addDays(7));
    QTest::newRow("subscription") << RunState::Done << Outcome::SubscriptionCancelled << u"subscription-cancelled"_s
                                  << u"Subscription cancelled"_s;
    QTest::newRow("creation failed") << RunState::Done << Outcome::DeletedCreationFailed << u"deleted-creation-failed"_s
                                     << u"Deleted after its creation failed"_s;
    QTest::newRow("blocked") << RunState::Blocked << Outcome::DestroyedNow << u"blocked"_s
                             << u"Blocked: The instance is under termination protection"_s;
    QTest::newRow("skipped") << RunState::Skipped << Outcome::DestroyedNow << u"not-sent"_s << u"Not sent: "_s;
    QTest::newRow("canceled") << RunState::Canceled << Outcome::MovedToRecycleBin << u"not-sent"_s << u"Not sent: "_s;
    QTest::newRow("failed") << RunState::Failed << Outcome::DestroyedNow << u"failed"_s << u"Failed: "_s;
    QTest::newRow("unknown") << RunState::Unknown << Outcome::DestroyedNow << u"unknown"_s << u"Unknown: "_s;
    QTest::newRow("pending") << RunState::Pending << Outcome::DestroyedNow << u"in-progress"_s << u"Pending"_s;
    QTest::newRow("verifying") << RunState::Verifying << Outcome::MovedToRecycleBin << u"in-progress"_s
                               << u"Verifying"_s;
}

void RunReportTest::whatHappened()
{
    QFETCH(RunState, state);
    QFETCH(Outcome, planned);
    QFETCH(QString, key);
    QFETCH(QString, textStart);

    InstanceResult r = sampleReport().results.first();
    r.state = state;
    r.outcome = planned;
    r.error = state == RunState::Blocked ? ProviderError::local(u"UnsupportedOperation.InstancesProtected"_s)
                                         : ProviderError::local(u"Teardown.Canceled"_s);
    if (state == RunState::Done)
        r.error = {};
    QCOMPARE(happenedKey(::whatHappened(r)), key);
    const QString text = describeResult(r);
    QVERIFY2(text.startsWith(textStart), qPrintable(text));

    RunReport report;
    report.results = {r};
    const QJsonObject row =
        QJsonDocument::fromJson(report.toJson()).object().value(u"instances"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"outcome"_s).toString(), key);
    QCOMPARE(row.value(u"detail"_s).toString(), text);
    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(report.toCsv().mid(kBom.size())), &records));
    QCOMPARE(records[1][OutcomeCol], key);
    QCOMPARE(records[1][Detail], text);
    // A blocked instance was never going to be sent: it has no planned outcome or action.
    QCOMPARE(records[1][Planned].isEmpty(), state == RunState::Blocked);
    QCOMPARE(records[1][Action].isEmpty(), state == RunState::Blocked);
}

void RunReportTest::progressLeavesOutBlocked()
{
    // Two to send, one blocked: before anything settles, nothing is done.
    RunReport report = sampleReport();
    report.results[0].state = RunState::Sending;
    report.results[1].state = RunState::Blocked;
    report.results[2].state = RunState::Pending;
    QCOMPARE(report.progress().settled, 0);
    QCOMPARE(report.progress().total, 2);
    report.results[0].state = RunState::Done;
    QCOMPARE(report.progress().settled, 1);
    report.results[2].state = RunState::Canceled;
    QCOMPARE(report.progress().settled, 2);
    QCOMPARE(report.count(Happened::InRecycleBin), 1);
    QCOMPARE(report.count(Happened::NotSent), 1);
    QCOMPARE(report.count(Happened::Blocked), 1);
}

void RunReportTest::errorsNameTheirInstance()
{
    // The catalog's text names the instance through the reference's sample id; the report says which.
    InstanceResult r = sampleReport().results.first();
    r.state = RunState::Failed;
    r.error = ProviderError::api(u"FailedOperation.InvalidInstanceApplicationRoleEmr"_s, u"server text"_s, u"req-1"_s);
    const QString text = describeResult(r);
    QVERIFY2(text.contains(r.instanceId) && !text.contains(u"ins-xxxxxxxx"_s), qPrintable(text));

    RunReport report;
    report.results = {r};
    const QJsonObject row =
        QJsonDocument::fromJson(report.toJson()).object().value(u"instances"_s).toArray().first().toObject();
    QVERIFY2(row.value(u"error"_s).toString().contains(r.instanceId), qPrintable(row.value(u"error"_s).toString()));
    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(report.toCsv().mid(kBom.size())), &records));
    QCOMPARE(records[1][Detail], text);
    QVERIFY2(records[1][ErrorText].contains(u"EMR instance "_s + r.instanceId), qPrintable(records[1][ErrorText]));
}

void RunReportTest::json()
{
    const RunReport report = sampleReport();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(report.toJson(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject top = doc.object();
    QCOMPARE(top.value(u"intent"_s).toString(), u"return"_s);
    QCOMPARE(top.value(u"startedAt"_s).toString(), u"2025-03-14T09:26:53Z"_s);
    QCOMPARE(top.value(u"finishedAt"_s).toString(), u"2025-03-14T09:30:00Z"_s);
    QVERIFY(top.value(u"canceled"_s).isBool());
    QCOMPARE(top.value(u"canceled"_s).toBool(), false);

    const QJsonArray rows = top.value(u"instances"_s).toArray();
    QCOMPARE(rows.size(), 3);
    const QStringList fields{
        u"account"_s,   u"accountId"_s, u"region"_s,         u"instanceId"_s, u"name"_s,      u"action"_s,
        u"outcome"_s,   u"detail"_s,    u"plannedOutcome"_s, u"state"_s,      u"releaseAt"_s, u"observedState"_s,
        u"requestId"_s, u"errorCode"_s, u"errorRequestId"_s, u"error"_s,      u"updatedAt"_s};
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        for (const QString& field : fields)
            QVERIFY2(row.contains(field), qPrintable(field));
    }

    const QJsonObject done = rows[0].toObject();
    QCOMPARE(done.value(u"account"_s).toString(), u"生产账户"_s);
    QCOMPARE(done.value(u"accountId"_s).toString(), u"acc-1"_s);
    QCOMPARE(done.value(u"region"_s).toString(), u"ap-guangzhou"_s);
    QCOMPARE(done.value(u"instanceId"_s).toString(), u"ins-abcd1234"_s);
    QCOMPARE(done.value(u"name"_s).toString(), u"测试服务器-01"_s);
    QCOMPARE(done.value(u"action"_s).toString(), u"TerminateInstances"_s);
    QCOMPARE(done.value(u"outcome"_s).toString(), u"recycle-bin"_s);
    QCOMPARE(done.value(u"releaseAt"_s).toString(), u"2025-03-21T09:26:53Z"_s);
    QCOMPARE(done.value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(done.value(u"observedState"_s).toString(), u"SHUTDOWN"_s);
    QCOMPARE(done.value(u"requestId"_s).toString(), u"9a2f76a2-3b5b-4760-a90b-eff0c611b360"_s);
    QCOMPARE(done.value(u"errorCode"_s).toString(), QString());
    QCOMPARE(done.value(u"error"_s).toString(), QString());
    QCOMPARE(done.value(u"updatedAt"_s).toString(), u"2025-03-14T09:27:13Z"_s);

    const QJsonObject failed = rows[1].toObject();
    QCOMPARE(failed.value(u"name"_s).toString(), u"web, \"front\" 01"_s);
    // Refused: nothing was destroyed, whatever the plan meant to do.
    QCOMPARE(failed.value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(failed.value(u"plannedOutcome"_s).toString(), u"destroyed"_s);
    QCOMPARE(failed.value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(failed.value(u"errorCode"_s).toString(), u"UnsupportedOperation.InstancesProtected"_s);
    QCOMPARE(failed.value(u"errorRequestId"_s).toString(), u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    const QString errorText = failed.value(u"error"_s).toString();
    QVERIFY2(errorText.startsWith(ErrorCatalog::text(u"UnsupportedOperation.InstancesProtected")),
             qPrintable(errorText));
    QVERIFY(errorText.contains(u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s));

    const QJsonObject unknown = rows[2].toObject();
    QCOMPARE(unknown.value(u"state"_s).toString(), u"unknown"_s);
    QCOMPARE(unknown.value(u"outcome"_s).toString(), u"unknown"_s);
    QCOMPARE(unknown.value(u"name"_s).toString(), u"line one\nline two"_s);
    QCOMPARE(unknown.value(u"errorCode"_s).toString(), u"Network.Timeout"_s);
    QCOMPARE(unknown.value(u"accountId"_s).toString(), u"acc-2"_s);
    QCOMPARE(unknown.value(u"updatedAt"_s).toString(), QString());
}

void RunReportTest::jsonRelease()
{
    RunReport report = sampleReport();
    report.intent = Intent::Release;
    report.canceled = true;
    const QJsonObject top = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(top.value(u"intent"_s).toString(), u"release"_s);
    QCOMPARE(top.value(u"canceled"_s).toBool(), true);
}

void RunReportTest::csvHeaderBomAndLineEnds()
{
    const QByteArray csv = sampleReport().toCsv();
    QVERIFY(csv.startsWith(kBom));
    QVERIFY(!csv.mid(3).startsWith(kBom)); // exactly one
    QVERIFY(csv.endsWith("\r\n"));

    QList<QStringList> records;
    QVERIFY2(parseCsv(QString::fromUtf8(csv.mid(kBom.size())), &records), csv.constData());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.first(), kCsvHeader);
    for (const QStringList& record : std::as_const(records))
        QCOMPARE(record.size(), kCsvHeader.size());

    const QStringList& failed = records[2];
    QCOMPARE(failed[Account], u"生产账户"_s);
    QCOMPARE(failed[Region], u"ap-guangzhou"_s);
    QCOMPARE(failed[InstanceId], u"ins-efgh5678"_s);
    QCOMPARE(failed[Name], u"web, \"front\" 01"_s);
    QCOMPARE(failed[Action], u"TerminateInstances"_s);
    QCOMPARE(failed[OutcomeCol], u"failed"_s);
    QVERIFY2(failed[Detail].startsWith(u"Failed: "_s), qPrintable(failed[Detail]));
    QCOMPARE(failed[Planned], u"destroyed"_s);
    QCOMPARE(failed[State], u"failed"_s);
    QCOMPARE(failed[ReleaseAt], QString());
    QCOMPARE(failed[Observed], u"RUNNING"_s);
    QCOMPARE(failed[RequestId], u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    QCOMPARE(failed[ErrorCode], u"UnsupportedOperation.InstancesProtected"_s);
    QCOMPARE(failed[ErrorRequestId], u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    QVERIFY(failed[ErrorText].contains(u"UnsupportedOperation.InstancesProtected"_s));
    QCOMPARE(failed[UpdatedAt], u"2025-03-14T09:27:13Z"_s);
    QCOMPARE(records[3][Name], u"line one\nline two"_s);
    QCOMPARE(records[1][OutcomeCol], u"recycle-bin"_s);
    QCOMPARE(records[1][ReleaseAt], u"2025-03-21T09:26:53Z"_s);
}

void RunReportTest::csvRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // what a spreadsheet shows

    QTest::newRow("plain") << u"web-01"_s << u"web-01"_s;
    QTest::newRow("comma") << u"web,01"_s << u"web,01"_s;
    QTest::newRow("quotes") << u"the \"main\" one"_s << u"the \"main\" one"_s;
    QTest::newRow("only a quote") << u"\""_s << u"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"a\nb"_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"a\r\nb"_s;
    QTest::newRow("Chinese") << u"测试服务器-01"_s << u"测试服务器-01"_s;
    QTest::newRow("Chinese with comma and quote") << u"生产，\"核心\",数据库"_s << u"生产，\"核心\",数据库"_s;
    QTest::newRow("emoji and CJK extension") << u"🚀𠀀服务"_s << u"🚀𠀀服务"_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://evil\",\"x\")"_s << u"'=HYPERLINK(\"http://evil\",\"x\")"_s;
    QTest::newRow("formula +") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("formula with comma") << u"=1,2"_s << u"'=1,2"_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void RunReportTest::csvRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    RunReport report = sampleReport();
    report.results = {report.results.first()};
    report.results.first().instanceName = name;
    const QByteArray csv = report.toCsv();
    QVERIFY(csv.startsWith(kBom));

    QList<QStringList> records;
    QVERIFY2(parseCsv(QString::fromUtf8(csv.mid(kBom.size())), &records), csv.constData());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].size(), kCsvHeader.size());
    QCOMPARE(records[1][Name], expected);
    // The neighbours are untouched.
    QCOMPARE(records[1][InstanceId], u"ins-abcd1234"_s);
    QCOMPARE(records[1][Action], u"TerminateInstances"_s);
}

void RunReportTest::csvGuardsEveryColumn()
{
    // Any text that comes from outside can carry a formula: account names, server messages.
    RunReport report = sampleReport();
    report.results = {report.results[1]};
    InstanceResult& r = report.results.first();
    r.accountName = u"@evil"_s;
    r.error = ProviderError::api(u"Some.NewCode"_s, u"=cmd|' /C calc'!A0"_s, u"req-1"_s);
    r.observedState = u"-RUNNING"_s;
    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(report.toCsv().mid(kBom.size())), &records));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1][Account], u"'@evil"_s);
    QCOMPARE(records[1][Observed], u"'-RUNNING"_s);
    QVERIFY2(records[1][ErrorText].startsWith(u"'=cmd"_s), qPrintable(records[1][ErrorText]));
}

void RunReportTest::escape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("formula and comma") << u"=a,b"_s << u"\"'=a,b\""_s;
    QTest::newRow("plus") << u"+86 10"_s << u"'+86 10"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@x"_s << u"'@x"_s;
    QTest::newRow("Chinese") << u"华南地区(广州)"_s << u"华南地区(广州)"_s;
    QTest::newRow("space kept") << u" a "_s << u" a "_s;
}

void RunReportTest::escape()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(CsvWriter::escape(cell), escaped);

    CsvWriter writer;
    writer.addRow({cell, u"x"_s});
    QCOMPARE(writer.data(), kBom + (escaped + u",x\r\n"_s).toUtf8());
}

QTEST_GUILESS_MAIN(RunReportTest)
#include "tst_runreport.moc"

// Saved plans on disk: what PlanFileWriter writes PlanFileReader reads back unchanged, the digest is
// the documented one, and every file that is not exactly a plan as written is refused whole, with
// its reason, leaving the caller's PlanFile as it was.

#include "PlanFile.h"
#include "PlanFileFormat.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Instance instance(const QString& id, const QString& state, const QString& charge)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = u"acct-1"_s;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.id = id;
    i.name = u"网关 "_s + id;
    i.rawState = state;
    i.lifecycle = Lifecycle::Running;
    i.rawChargeType = charge;
    i.chargeClass = charge == u"PREPAID"_s ? ChargeClass::Prepaid : ChargeClass::Postpaid;
    i.created = utc(u"2026-10-01T08:00:00Z"_s);
    i.instanceType = u"S5.MEDIUM4"_s;
    i.osName = u"TencentOS Server 3.1"_s;
    i.privateIps = {u"10.0.0.7"_s};
    i.publicIps = {u"203.0.113.7"_s};
    i.tags = {{u"team"_s, u"web"_s}, {u"teardown:keep"_s, u"false"_s}};
    i.lastOperation = {u"RunInstances"_s, u"SUCCESS"_s, u"req-0001"_s};
    return i;
}

Decision allowed(Outcome outcome, ExpectedEnd end, const QString& batchKey)
{
    Decision d;
    d.outcome = outcome;
    d.expectedEnd = end;
    d.action = u"TerminateInstances"_s;
    d.batchKey = batchKey;
    d.maxPerCall = 1; // how many ids a call takes is the rules' business: not saved, read back as 1
    return d;
}

// A plan as the controller saves it: one destroyed, one to the recycle bin with a refund, one blocked.
PlanFile samplePlan()
{
    PlanFile file;
    file.origin = {u"alice"_s, u"ops-laptop"_s, u"teardownctl 0.1.0"_s, utc(u"2026-11-30T09:09:05Z"_s)};
    file.accounts = {{u"acct-1"_s, u"生产 gz"_s, Dialect::TencentApi3, u"AKIDSANDBOX"_s}};
    TeardownPlan& plan = file.plan;
    plan.intent = Intent::Return;
    plan.options.releaseAddress = true;

    PlanItem post{instance(u"ins-post0001"_s, u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s),
                  allowed(Outcome::DestroyedNow, ExpectedEnd::Gone, u"POSTPAID_BY_HOUR"_s),
                  {}};
    PlanItem prepaid{instance(u"ins-prep0001"_s, u"RUNNING"_s, u"PREPAID"_s),
                     allowed(Outcome::MovedToRecycleBin, ExpectedEnd::InRecycleBin, u"PREPAID"_s),
                     utc(u"2026-12-07T09:09:05Z"_s)};
    prepaid.instance.expires = utc(u"2027-02-01T00:00:00Z"_s);
    PlanItem blocked{instance(u"ins-prot0001"_s, u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s),
                     Decision::blocked(u"UnsupportedOperation.InstancesProtected"_s, u"protected since 2026-11-01"_s),
                     {}};
    blocked.instance.terminationProtected = true;
    plan.items = {post, prepaid, blocked};

    PlannedCall destroy{u"acct-1"_s,           u"ap-guangzhou"_s,     u"TerminateInstances"_s,
                        u"POSTPAID_BY_HOUR"_s, Outcome::DestroyedNow, ExpectedEnd::Gone,
                        {u"ins-post0001"_s},   {true, false},         {}};
    PlannedCall recycle{u"acct-1"_s,
                        u"ap-guangzhou"_s,
                        u"TerminateInstances"_s,
                        u"PREPAID"_s,
                        Outcome::MovedToRecycleBin,
                        ExpectedEnd::InRecycleBin,
                        {u"ins-prep0001"_s},
                        {true, false},
                        {}};
    plan.calls = {destroy, recycle};
    plan.refunds.insert(prepaid.instance.key(), {u"acct-1"_s, u"ins-prep0001"_s, 123.45, u"退还 2 个月"_s, u"CNY"_s});
    plan.quoteError = ProviderError::local(u"InternalError"_s);
    return file;
}

// The sample as the writer writes it, changed by `edit` and signed again, so that what the reader
// meets past the digest is exactly the edit.
QByteArray resigned(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(PlanFileWriter::toJson(samplePlan())).object();
    edit(root);
    root.insert(u"digest"_s, PlanFileFormat::digest(root));
    return QJsonDocument(root).toJson();
}

// Changes the first instance (or call) with `edit`.
std::function<void(QJsonObject&)> onFirst(const QString& list, const std::function<void(QJsonObject&)>& edit)
{
    return [list, edit](QJsonObject& root) {
        QJsonArray rows = root.value(list).toArray();
        QJsonObject first = rows.first().toObject();
        edit(first);
        rows[0] = first;
        root.insert(list, rows);
    };
}

// Sets a member at a dotted path below an object: "facts.state".
void setPath(QJsonObject& object, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    QJsonObject inner = object.value(path.left(dot)).toObject();
    setPath(inner, path.mid(dot + 1), value);
    object.insert(path.left(dot), inner);
}

std::function<void(QJsonObject&)> instanceMember(const QString& path, const QJsonValue& value)
{
    return onFirst(u"instances"_s, [path, value](QJsonObject& o) { setPath(o, path, value); });
}

} // namespace

class PlanFileTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void digestIsTheDocumentedOne();
    void documentedExampleIsAccepted();
    void refusals_data();
    void refusals();
    void hugeFileIsRefusedUnread();
    void missingFileAndDirectoryAreUnreadable();
    void writeFailureSaysWhere();
};

void PlanFileTest::roundTrip()
{
    const PlanFile written = samplePlan();
    QString digest;
    const QByteArray bytes = PlanFileWriter::toJson(written, &digest);
    QVERIFY(QRegularExpression(u"^sha256:[0-9a-f]{64}$"_s).match(digest).hasMatch());

    PlanFile read;
    const ProviderError error = PlanFileReader::parse(bytes, &read);
    QVERIFY2(!error.isError(), qPrintable(error.code + u' ' + error.context));
    QCOMPARE(read.digest, digest);
    QCOMPARE(read.origin, written.origin);
    QCOMPARE(read.accounts, written.accounts);
    QCOMPARE(read.plan.intent, written.plan.intent);
    QCOMPARE(read.plan.options, written.plan.options);
    QCOMPARE(read.plan.items.size(), written.plan.items.size());
    for (qsizetype i = 0; i < read.plan.items.size(); ++i)
        QVERIFY2(read.plan.items[i] == written.plan.items[i], qPrintable(read.plan.items[i].instance.id));
    QVERIFY(read.plan.calls == written.plan.calls);
    QVERIFY(read.plan.refunds == written.plan.refunds);
    QCOMPARE(read.plan.quoteError.code, written.plan.quoteError.code);
    // Written again, it is the same file to the byte.
    QCOMPARE(PlanFileWriter::toJson(read), bytes);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.json"_s);
    QVERIFY(!PlanFileWriter::write(path, written).isError());
    PlanFile fromDisk;
    QVERIFY(!PlanFileReader::read(path, &fromDisk).isError());
    QCOMPARE(fromDisk.digest, digest);
}

// SHA-256 over the compact JSON of the file without "digest", members sorted, UTF-8, the escapes
// JSON requires only: the value below was computed with Python's json.dumps(sort_keys=True,
// separators=(",", ":"), ensure_ascii=False), as docs/plan-format.md says.
void PlanFileTest::digestIsTheDocumentedOne()
{
    const QByteArray text = R"({
        "version": 1, "format": "teardown-plan",
        "planned": {"tool": "teardownctl 0.1.0", "at": "2026-11-30T09:09:05Z", "host": "ops\"lab", "by": "王小明"},
        "options": {"releasePrepaidDataDisks": false, "releaseAddress": false, "ignoreKeepTags": false},
        "intent": "return",
        "accounts": [{"provider": "tencent", "name": "生产 / prod\tgz", "keyId": "AKIDSANDBOX", "id": "acct-1"}],
        "instances": [], "calls": [],
        "digest": "sha256:5b8700abb1e8f80382569a0954d05caff6256909eef26fc50d89d04207b21c58"
    })";
    PlanFile read;
    const ProviderError error = PlanFileReader::parse(text, &read);
    QVERIFY2(!error.isError(), qPrintable(error.code + u' ' + error.context));
    QCOMPARE(read.origin.user, u"王小明"_s);
    QCOMPARE(read.accounts.first().name, u"生产 / prod\tgz"_s);
}

void PlanFileTest::documentedExampleIsAccepted()
{
    QFile doc(QStringLiteral(TEARDOWN_SOURCE_DIR "/docs/plan-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const QRegularExpressionMatch example =
        QRegularExpression(u"```json\\n(.*?)\\n```"_s, QRegularExpression::DotMatchesEverythingOption).match(text);
    QVERIFY(example.hasMatch());
    PlanFile read;
    const ProviderError error = PlanFileReader::parse(example.captured(1).toUtf8(), &read);
    QVERIFY2(!error.isError(), qPrintable(error.code + u' ' + error.context));
    QVERIFY(!read.plan.items.isEmpty());
    QVERIFY(!read.plan.calls.isEmpty());
}

void PlanFileTest::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context"); // a part of what the refusal says

    const QByteArray written = PlanFileWriter::toJson(samplePlan());
    QByteArray oneByte = written;
    oneByte[oneByte.indexOf("ins-post0001") + 11] = '2'; // ins-post0002: still JSON, still a plan

    const QString malformed = u"Teardown.PlanFileMalformed"_s;
    QTest::newRow("empty") << QByteArray() << malformed << u"not JSON"_s;
    QTest::newRow("not JSON") << QByteArray(R"({"format": "teardown-plan", )") << malformed << u"not JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << malformed << u"no JSON object"_s;
    // Qt 6.4 does not parse a lone string as a document; later versions do, and find no object in it.
    QTest::newRow("a string") << QByteArray(R"("teardown-plan")") << malformed << QString();
    QTest::newRow("another format") << resigned([](QJsonObject& r) { r.insert(u"format"_s, u"terraform-plan"_s); })
                                    << malformed << u"teardown-plan"_s;
    QTest::newRow("no format") << resigned([](QJsonObject& r) { r.remove(u"format"_s); }) << malformed
                               << u"teardown-plan"_s;
    QTest::newRow("unknown version") << resigned([](QJsonObject& r) { r.insert(u"version"_s, 2); })
                                     << u"Teardown.PlanFileVersion"_s << u"version 2"_s;
    // Another version is refused as such before its digest or content are looked at.
    QTest::newRow("unknown version, unsigned")
        << QByteArray(R"({"format": "teardown-plan", "version": 7, "whatever": []})") << u"Teardown.PlanFileVersion"_s
        << u"version 7"_s;
    QTest::newRow("version as text") << resigned([](QJsonObject& r) { r.insert(u"version"_s, u"1"_s); }) << malformed
                                     << u"version"_s;
    QTest::newRow("version 1.5") << resigned([](QJsonObject& r) { r.insert(u"version"_s, 1.5); }) << malformed
                                 << u"version"_s;
    QTest::newRow("no digest") << QJsonDocument([&] {
                                      QJsonObject r = QJsonDocument::fromJson(written).object();
                                      r.remove(u"digest"_s);
                                      return r;
                                  }())
                                      .toJson()
                               << malformed << u"digest"_s;
    QTest::newRow("digest of another algorithm")
        << QJsonDocument([&] {
               QJsonObject r = QJsonDocument::fromJson(written).object();
               r.insert(u"digest"_s, u"md5:0123456789abcdef0123456789abcdef"_s);
               return r;
           }())
               .toJson()
        << malformed << u"digest"_s;
    QTest::newRow("edited one byte") << oneByte << u"Teardown.PlanFileEdited"_s << QString();
    QTest::newRow("edited, digest kept") << QJsonDocument([&] {
                                                QJsonObject r = QJsonDocument::fromJson(written).object();
                                                r.insert(u"intent"_s, u"release"_s);
                                                return r;
                                            }())
                                                .toJson()
                                         << u"Teardown.PlanFileEdited"_s << QString();

    // Past the digest: every member of the right type, or the whole file is refused.
    QTest::newRow("instances not a list") << resigned([](QJsonObject& r) { r.insert(u"instances"_s, 3); }) << malformed
                                          << u"instances: a list was expected"_s;
    QTest::newRow("instance not an object")
        << resigned([](QJsonObject& r) { r.insert(u"instances"_s, QJsonArray{u"ins-post0001"_s}); }) << malformed
        << u"instances[0]: an object was expected"_s;
    QTest::newRow("instance id a number") << resigned(instanceMember(u"instanceId"_s, 42)) << malformed
                                          << u"instances[0].instanceId: text was expected"_s;
    QTest::newRow("state a number") << resigned(instanceMember(u"facts.state"_s, 2)) << malformed
                                    << u"instances[0].facts.state"_s;
    QTest::newRow("state missing") << resigned(onFirst(u"instances"_s, [](QJsonObject& o) {
        QJsonObject facts = o.value(u"facts"_s).toObject();
        facts.remove(u"state"_s);
        o.insert(u"facts"_s, facts);
    })) << malformed << u"instances[0].facts.state: missing"_s;
    QTest::newRow("protection as text") << resigned(instanceMember(u"facts.terminationProtected"_s, u"no"_s))
                                        << malformed << u"true or false"_s;
    QTest::newRow("tags an object") << resigned(instanceMember(u"facts.tags"_s, QJsonObject{{u"team"_s, u"web"_s}}))
                                    << malformed << u"instances[0].facts.tags"_s;
    QTest::newRow("tag value a number") << resigned(
        instanceMember(u"facts.tags"_s, QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, 1}}}))
                                        << malformed << u"instances[0].facts.tags[0].value"_s;
    QTest::newRow("expiry not a time") << resigned(instanceMember(u"facts.expires"_s, u"tomorrow"_s)) << malformed
                                       << u"instances[0].facts.expires"_s;
    QTest::newRow("time without zone") << resigned(instanceMember(u"facts.expires"_s, u"2027-02-01T00:00:00"_s))
                                       << malformed << u"instances[0].facts.expires"_s;
    QTest::newRow("unknown outcome") << resigned(instanceMember(u"plan.outcome"_s, u"vanished"_s)) << malformed
                                     << u"vanished"_s;
    QTest::newRow("unknown provider") << resigned([](QJsonObject& r) {
        QJsonArray accounts = r.value(u"accounts"_s).toArray();
        QJsonObject a = accounts.first().toObject();
        a.insert(u"provider"_s, u"aws"_s);
        accounts[0] = a;
        r.insert(u"accounts"_s, accounts);
    }) << malformed << u"aws"_s;
    QTest::newRow("instance of no account")
        << resigned(instanceMember(u"accountId"_s, u"acct-9"_s)) << malformed << u"acct-9"_s;
    QTest::newRow("instance twice") << resigned([](QJsonObject& r) {
        QJsonArray rows = r.value(u"instances"_s).toArray();
        rows.append(rows.first());
        r.insert(u"instances"_s, rows);
    }) << malformed << u"listed twice"_s;
    QTest::newRow("blocked without a code") << resigned(onFirst(u"instances"_s, [](QJsonObject& o) {
        o.insert(u"plan"_s,
                 QJsonObject{{u"allowed"_s, false},
                             {u"blockedCode"_s, u""_s},
                             {u"blockedDetail"_s, u""_s},
                             {u"keptByTag"_s, false}});
    })) << malformed << u"blockedCode"_s;
    QTest::newRow("negative refund") << resigned([](QJsonObject& r) {
        QJsonArray rows = r.value(u"instances"_s).toArray();
        QJsonObject prepaid = rows[1].toObject();
        setPath(prepaid, u"refund.amount"_s, u"-5"_s);
        rows[1] = prepaid;
        r.insert(u"instances"_s, rows);
    }) << malformed << u"refund.amount"_s;
    QTest::newRow("refund as a number") << resigned([](QJsonObject& r) {
        QJsonArray rows = r.value(u"instances"_s).toArray();
        QJsonObject prepaid = rows[1].toObject();
        setPath(prepaid, u"refund.amount"_s, 5);
        rows[1] = prepaid;
        r.insert(u"instances"_s, rows);
    }) << malformed << u"refund.amount"_s;

    // The calls can send nothing the plan does not show.
    QTest::newRow("call of a blocked instance") << resigned(onFirst(u"calls"_s, [](QJsonObject& c) {
        c.insert(u"instanceIds"_s, QJsonArray{u"ins-post0001"_s, u"ins-prot0001"_s});
    })) << malformed << u"ins-prot0001"_s;
    QTest::newRow("call of an unknown instance") << resigned(onFirst(u"calls"_s, [](QJsonObject& c) {
        c.insert(u"instanceIds"_s, QJsonArray{u"ins-post0001"_s, u"ins-else0001"_s});
    })) << malformed << u"ins-else0001"_s;
    QTest::newRow("call of another action")
        << resigned(onFirst(u"calls"_s, [](QJsonObject& c) { c.insert(u"action"_s, u"ReleaseInstances"_s); }))
        << malformed << u"another call"_s;
    QTest::newRow("instance in two calls") << resigned([](QJsonObject& r) {
        QJsonArray calls = r.value(u"calls"_s).toArray();
        calls.append(calls.first());
        r.insert(u"calls"_s, calls);
    }) << malformed << u"more than one call"_s;
    QTest::newRow("allowed instance in no call") << resigned([](QJsonObject& r) {
        QJsonArray calls = r.value(u"calls"_s).toArray();
        calls.removeFirst();
        r.insert(u"calls"_s, calls);
    }) << malformed << u"in no call"_s;
    QTest::newRow("empty call") << resigned(onFirst(u"calls"_s, [](QJsonObject& c) {
        c.insert(u"instanceIds"_s, QJsonArray());
    })) << malformed << u"at least one"_s;
    QTest::newRow("call option the plan has not") << resigned([](QJsonObject& r) {
        r.insert(u"options"_s, QJsonObject{{u"releaseAddress"_s, false}, {u"releasePrepaidDataDisks"_s, false}});
    }) << malformed << u"option"_s;

    // Hostile input: deep nesting and control characters are refused without harm.
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << malformed << u"not JSON"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{}", 5) << malformed << u"not JSON"_s;
}

void PlanFileTest::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, context);

    PlanFile untouched;
    untouched.origin.user = u"sentinel"_s;
    PlanFile file = untouched;
    const ProviderError error = PlanFileReader::parse(bytes, &file);
    QCOMPARE(error.code, code);
    QVERIFY2(error.context.contains(context), qPrintable(error.context));
    QCOMPARE(file.origin, untouched.origin);
    QVERIFY(file.plan.items.isEmpty());
}

void PlanFileTest::hugeFileIsRefusedUnread()
{
    QTemporaryDir dir;
    QFile huge(dir.filePath(u"huge.json"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(PlanFile::MaxBytes + 1)); // sparse: nothing is written, nothing read
    huge.close();
    PlanFile file;
    const ProviderError error = PlanFileReader::read(huge.fileName(), &file);
    QCOMPARE(error.code, u"Teardown.PlanFileMalformed"_s);
    QVERIFY2(error.context.contains(u"64 MiB"_s), qPrintable(error.context));
}

void PlanFileTest::missingFileAndDirectoryAreUnreadable()
{
    QTemporaryDir dir;
    PlanFile file;
    ProviderError error = PlanFileReader::read(dir.filePath(u"nowhere.json"_s), &file);
    QCOMPARE(error.code, u"Teardown.PlanFileUnreadable"_s);
    QVERIFY(error.context.contains(u"nowhere.json"_s));
    error = PlanFileReader::read(dir.path(), &file);
    QCOMPARE(error.code, u"Teardown.PlanFileUnreadable"_s);
    QVERIFY(error.context.contains(u"not a file"_s));
}

void PlanFileTest::writeFailureSaysWhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/plan.json"_s);
    const ProviderError error = PlanFileWriter::write(path, samplePlan());
    QCOMPARE(error.code, u"Teardown.PlanFileNotWritten"_s);
    QVERIFY(error.context.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(PlanFileTest)
#include "tst_planfile.moc"

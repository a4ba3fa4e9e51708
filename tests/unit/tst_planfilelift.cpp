// Saved plans that lift termination protection (docs/plan-format.md): the options and the calls'
// kinds written and read back unchanged and covered by the digest; a file saved before protection
// could be lifted still read, as ordinary returns with the options off; and every file whose lift
// calls could send something the plan does not show refused whole.

#include "PlanFile.h"
#include "PlanFileFormat.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kLifted = u"ins-prot0001"_s;
const QString kFree = u"ins-free0001"_s;

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Instance instance(const QString& id, bool isProtected)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = u"acct-1"_s;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.id = id;
    i.name = u"网关 "_s + id;
    i.rawState = u"RUNNING"_s;
    i.lifecycle = Lifecycle::Running;
    i.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    i.chargeClass = ChargeClass::Postpaid;
    i.created = utc(u"2026-10-01T08:00:00Z"_s);
    i.terminationProtected = isProtected;
    i.lastOperation = {u"RunInstances"_s, u"SUCCESS"_s, u"req-0001"_s};
    return i;
}

PlannedCall call(CallKind kind, const QString& action, const QStringList& ids, const PlanOptions& options)
{
    PlannedCall c;
    c.kind = kind;
    c.accountId = u"acct-1"_s;
    c.region = u"ap-guangzhou"_s;
    c.action = action;
    c.instanceIds = ids;
    c.options = options;
    if (kind == CallKind::LiftProtection) {
        c.expectedEnd = ExpectedEnd::Unchanged;
    } else {
        c.batchKey = u"POSTPAID_BY_HOUR"_s;
        c.outcome = Outcome::DestroyedNow;
        c.expectedEnd = ExpectedEnd::Gone;
    }
    return c;
}

// A plan as the controller saves it with --lift-protection: one protected instance lifted, then
// returned in its own call; one unprotected instance returned in another.
PlanFile liftPlan()
{
    PlanFile file;
    file.origin = {u"alice"_s, u"ops-laptop"_s, u"teardownctl 0.1.0"_s, utc(u"2026-11-30T09:09:05Z"_s)};
    file.accounts = {{u"acct-1"_s, u"生产 gz"_s, Dialect::TencentApi3, u"AKIDSANDBOX"_s}};
    TeardownPlan& plan = file.plan;
    plan.options.liftProtection = true;
    Decision destroyed;
    destroyed.action = u"TerminateInstances"_s;
    destroyed.batchKey = u"POSTPAID_BY_HOUR"_s;
    Decision lifted = destroyed;
    lifted.liftsProtection = true;
    plan.items = {{instance(kLifted, true), lifted, {}}, {instance(kFree, false), destroyed, {}}};
    plan.calls = {call(CallKind::LiftProtection, u"ModifyInstancesAttribute"_s, {kLifted}, plan.options),
                  call(CallKind::TeardownAfterLift, u"TerminateInstances"_s, {kLifted}, plan.options),
                  call(CallKind::Teardown, u"TerminateInstances"_s, {kFree}, plan.options)};
    return file;
}

QByteArray resigned(const QByteArray& written, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(written).object();
    edit(root);
    root.insert(u"digest"_s, PlanFileFormat::digest(root));
    return QJsonDocument(root).toJson();
}

std::function<void(QJsonObject&)> onCall(int n, const std::function<void(QJsonObject&)>& edit)
{
    return [n, edit](QJsonObject& root) {
        QJsonArray calls = root.value(u"calls"_s).toArray();
        QJsonObject c = calls[n].toObject();
        edit(c);
        calls[n] = c;
        root.insert(u"calls"_s, calls);
    };
}

QJsonObject withoutLiftMembers(QJsonObject o)
{
    o.remove(u"liftProtection"_s);
    o.remove(u"liftProtectionOnProduction"_s);
    return o;
}

} // namespace

class PlanFileLiftTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void digestCoversTheOptionsAndKinds();
    void olderFileReadsAsOrdinaryReturns();
    void refusals_data();
    void refusals();
};

void PlanFileLiftTest::roundTrip()
{
    const PlanFile written = liftPlan();
    const QByteArray bytes = PlanFileWriter::toJson(written);
    PlanFile read;
    const ProviderError error = PlanFileReader::parse(bytes, &read);
    QVERIFY2(!error.isError(), qPrintable(error.code + u' ' + error.context));
    QCOMPARE(read.plan.options, written.plan.options);
    QVERIFY(read.plan.options.liftProtection);
    QVERIFY(read.plan.items == written.plan.items);
    QVERIFY(read.plan.items.first().decision.liftsProtection);
    QVERIFY(read.plan.calls == written.plan.calls);
    QCOMPARE(read.plan.calls.first().kind, CallKind::LiftProtection);
    QCOMPARE(PlanFileWriter::toJson(read), bytes);

    // As documented: each call says its kind; a lift has no outcome of its own.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonArray calls = root.value(u"calls"_s).toArray();
    QCOMPARE(calls[0].toObject().value(u"kind"_s).toString(), u"lift-protection"_s);
    QVERIFY(!calls[0].toObject().contains(u"outcome"_s));
    QVERIFY(!calls[0].toObject().contains(u"expectedEnd"_s));
    QCOMPARE(calls[1].toObject().value(u"kind"_s).toString(), u"teardown-after-lift"_s);
    QCOMPARE(calls[2].toObject().value(u"kind"_s).toString(), u"teardown"_s);
    QVERIFY(root.value(u"options"_s).toObject().value(u"liftProtection"_s).toBool());
    QVERIFY(!root.value(u"options"_s).toObject().value(u"liftProtectionOnProduction"_s).toBool());
}

void PlanFileLiftTest::digestCoversTheOptionsAndKinds()
{
    const QByteArray bytes = PlanFileWriter::toJson(liftPlan());
    const auto edited = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        edit(root); // the digest is kept as it was
        PlanFile file;
        return PlanFileReader::parse(QJsonDocument(root).toJson(), &file).code;
    };
    QCOMPARE(edited([](QJsonObject& r) {
                 QJsonObject o = r.value(u"options"_s).toObject();
                 o.insert(u"liftProtectionOnProduction"_s, true);
                 r.insert(u"options"_s, o);
             }),
             u"Teardown.PlanFileEdited"_s);
    QCOMPARE(edited(onCall(2, [](QJsonObject& c) { c.insert(u"kind"_s, u"teardown-after-lift"_s); })),
             u"Teardown.PlanFileEdited"_s);
}

// A file written before protection could be lifted: no kinds, no lift options, no liftsProtection.
// It is read as it was meant: ordinary returns, nothing lifted.
void PlanFileLiftTest::olderFileReadsAsOrdinaryReturns()
{
    PlanFile plain = liftPlan();
    plain.plan.options.liftProtection = false;
    plain.plan.items.removeFirst();
    plain.plan.calls = {call(CallKind::Teardown, u"TerminateInstances"_s, {kFree}, {})};
    const QByteArray older = resigned(PlanFileWriter::toJson(plain), [](QJsonObject& root) {
        root.insert(u"options"_s, withoutLiftMembers(root.value(u"options"_s).toObject()));
        QJsonArray calls = root.value(u"calls"_s).toArray();
        QJsonObject c = calls[0].toObject();
        c.remove(u"kind"_s);
        c.insert(u"options"_s, withoutLiftMembers(c.value(u"options"_s).toObject()));
        calls[0] = c;
        root.insert(u"calls"_s, calls);
        QJsonArray rows = root.value(u"instances"_s).toArray();
        QJsonObject row = rows[0].toObject();
        QJsonObject decision = row.value(u"plan"_s).toObject();
        decision.remove(u"liftsProtection"_s);
        row.insert(u"plan"_s, decision);
        rows[0] = row;
        root.insert(u"instances"_s, rows);
    });
    QVERIFY(!older.contains("lift"));
    PlanFile read;
    const ProviderError error = PlanFileReader::parse(older, &read);
    QVERIFY2(!error.isError(), qPrintable(error.code + u' ' + error.context));
    QCOMPARE(read.plan.options, PlanOptions{});
    QCOMPARE(read.plan.calls.first().kind, CallKind::Teardown);
    QVERIFY(!read.plan.items.first().decision.liftsProtection);
    QVERIFY(read.plan.calls == plain.plan.calls);
}

void PlanFileLiftTest::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("context"); // a part of what the refusal says

    const QByteArray written = PlanFileWriter::toJson(liftPlan());
    QTest::newRow("lift of an instance not to be lifted") << resigned(
        written, onCall(0, [](QJsonObject& c) {
            c.insert(u"instanceIds"_s, QJsonArray{kLifted, kFree});
        })) << u"ins-free0001 is lifted, but its protection is not to be lifted"_s;
    QTest::newRow("return after a lift that comes later") << resigned(written, [](QJsonObject& root) {
        QJsonArray calls = root.value(u"calls"_s).toArray();
        const QJsonValue lift = calls[0];
        calls[0] = calls[1];
        calls[1] = lift;
        root.insert(u"calls"_s, calls);
    }) << u"ins-prot0001 is returned before a call lifts its protection"_s;
    QTest::newRow("lifted instance returned as an ordinary one")
        << resigned(written, onCall(1, [](QJsonObject& c) { c.insert(u"kind"_s, u"teardown"_s); }))
        << u"ins-prot0001 is returned without the lift of its protection"_s;
    QTest::newRow("unprotected instance returned after a lift")
        << resigned(written, onCall(2, [](QJsonObject& c) { c.insert(u"kind"_s, u"teardown-after-lift"_s); }))
        << u"ins-free0001 is returned after a lift, but its protection is not to be lifted"_s;
    QTest::newRow("lifted twice") << resigned(written, [](QJsonObject& root) {
        QJsonArray calls = root.value(u"calls"_s).toArray();
        calls.insert(1, calls[0]);
        root.insert(u"calls"_s, calls);
    }) << u"more than one call"_s;
    QTest::newRow("lifted but the plan does not lift") << resigned(written, [](QJsonObject& root) {
        QJsonObject o = root.value(u"options"_s).toObject();
        o.insert(u"liftProtection"_s, false);
        root.insert(u"options"_s, o);
    }) << u"the plan's options do not lift protection"_s;
    QTest::newRow("call option the plan has not") << resigned(
        written, onCall(2, [](QJsonObject& c) {
            QJsonObject o = c.value(u"options"_s).toObject();
            o.insert(u"liftProtectionOnProduction"_s, true);
            c.insert(u"options"_s, o);
        })) << u"an option the plan's options do not have"_s;
    QTest::newRow("unknown kind") << resigned(
        written, onCall(0, [](QJsonObject& c) { c.insert(u"kind"_s, u"lift-everything"_s); }))
                                  << u"\"lift-everything\" is not a value this version knows"_s;
    QTest::newRow("kind a number") << resigned(written, onCall(0, [](QJsonObject& c) { c.insert(u"kind"_s, 1); }))
                                   << u"calls[0].kind: text was expected"_s;
    QTest::newRow("option as text") << resigned(written, [](QJsonObject& root) {
        QJsonObject o = root.value(u"options"_s).toObject();
        o.insert(u"liftProtection"_s, u"yes"_s);
        root.insert(u"options"_s, o);
    }) << u"options.liftProtection: true or false was expected"_s;
    QTest::newRow("liftsProtection as text") << resigned(written, [](QJsonObject& root) {
        QJsonArray rows = root.value(u"instances"_s).toArray();
        QJsonObject row = rows[0].toObject();
        QJsonObject decision = row.value(u"plan"_s).toObject();
        decision.insert(u"liftsProtection"_s, 1);
        row.insert(u"plan"_s, decision);
        rows[0] = row;
        root.insert(u"instances"_s, rows);
    }) << u"instances[0].plan.liftsProtection"_s;
    QTest::newRow("return without an outcome")
        << resigned(written, onCall(1, [](QJsonObject& c) { c.remove(u"outcome"_s); }))
        << u"calls[1].outcome: missing"_s;
}

void PlanFileLiftTest::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, context);
    PlanFile file;
    const ProviderError error = PlanFileReader::parse(bytes, &file);
    QCOMPARE(error.code, u"Teardown.PlanFileMalformed"_s);
    QVERIFY2(error.context.contains(context), qPrintable(error.context));
    QVERIFY(file.plan.items.isEmpty());
}

QTEST_GUILESS_MAIN(PlanFileLiftTest)
#include "tst_planfilelift.moc"

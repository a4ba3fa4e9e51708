// A Tencent account on the legacy API 2.0 against the in-process emulator over loopback HTTP:
// listing through the 2017-03-12 actions on /v2/index.php, ReturnInstance for postpaid instances
// (prepaid ones blocked in the plan and refused by the provider), TerminateInstances to release
// the recycle bin, malformed ids, bad signatures, unreadable replies, and a dropped connection after
// the provider applied the call, which ends known and is never resent.
#include "EmulatorFixture.h"

#include "ErrorCatalog.h"
#include "FaultPlan.h"
#include "TencentLegacyClient.h"
#include "TranslationLoader.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using fixture::instance;

namespace {

const QString kRegion = u"ap-guangzhou"_s;

const InstanceResult& resultFor(const RunReport& report, const QString& id)
{
    static const InstanceResult none;
    for (const InstanceResult& r : report.results) {
        if (r.instanceId == id)
            return r;
    }
    return none;
}

struct Legacy : fixture::Sandbox
{
    explicit Legacy(emulator::Options options = fixture::fastOptions(),
                    const QString& secret = QStringLiteral("sandbox-secret-key"))
        : Sandbox(std::move(options), secret, Dialect::TencentLegacy)
    { }

    // Sends one call the way the runner does and returns its error.
    ProviderError execute(const QString& action, const QStringList& ids)
    {
        PlannedCall call;
        call.accountId = account.id;
        call.region = kRegion;
        call.action = action;
        call.instanceIds = ids;
        ProviderError error;
        bool finished = false;
        ActionReply* reply = provider->execute(call);
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            error = reply->error();
            finished = true;
        });
        fixture::waitUntil([&] { return finished; });
        return error;
    }
};

} // namespace

class TencentLegacyClientTest : public QObject
{
    Q_OBJECT

private slots:
    void opensAsItsOwnDialect();
    void listsThroughTheLegacyHost();
    void returnsPostpaidInstancesWithReturnInstance();
    void prepaidIsBlockedInThePlanAndRefusedByTheProvider();
    void releasesTheRecycleBinWithTerminateInstances();
    void malformedIdIsRefused();
    void wrongStateGivesTheSeedsCodeInBothLanguages();
    void badSignature();
    void garbageReplyToReturnInstanceIsUnknown();
    void droppedReadIsSignedAfresh();
    void droppedConnectionAfterApplyIsNotResent();
    void droppedConnectionBeforeApply_data();
    void droppedConnectionBeforeApply();
    void throttledReturnIsRetried();
};

void TencentLegacyClientTest::opensAsItsOwnDialect()
{
    Legacy s;
    QVERIFY(s.listening);
    QVERIFY(qobject_cast<TencentLegacyClient*>(s.provider));
    QVERIFY(ProviderFactory::supportedDialects().contains(Dialect::TencentLegacy));
    // The plan's details show the legacy request.
    PlannedCall call;
    call.region = kRegion;
    call.action = u"ReturnInstance"_s;
    call.instanceIds = {u"ins-abcd1234"_s};
    const QString shown = s.provider->describeCall(call);
    QVERIFY2(shown.contains(u"/v2/index.php"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Action=ReturnInstance"_s) && shown.contains(u"instanceId=ins-abcd1234"_s),
             qPrintable(shown));
    QVERIFY(!shown.contains(u"sandbox-secret-key"_s));
}

void TencentLegacyClientTest::listsThroughTheLegacyHost()
{
    Legacy s;
    QList<emulator::TencentInstance> fleet;
    for (int n = 0; n < 130; ++n)
        fleet << instance(u"ins-list%1"_s.arg(n, 4, 10, QChar(u'0')), n % 3 ? u"POSTPAID_BY_HOUR"_s : u"PREPAID"_s);
    s.useFleet(fleet);

    const QList<Instance> listed = s.list(kRegion);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QCOMPARE(listed.size(), 130); // two pages of 100
    QCOMPARE(listed.first().accountId, s.account.id);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 2);
    // The requests went as API 2.0 queries (GET, HmacSHA256, version 2017-03-12).
    const emulator::CallLogEntry first = s.emu.callLog().first();
    QVERIFY(first.body.contains("Version=2017-03-12"));
    QVERIFY(first.body.contains("SignatureMethod=HmacSHA256"));
    QVERIFY(first.body.contains("&Signature="));
    QCOMPARE(first.secretId, u"AKIDSANDBOX"_s);

    InstanceQuery prepaidOnly;
    prepaidOnly.chargeTypes = {u"PREPAID"_s};
    QCOMPARE(s.list(kRegion, prepaidOnly).size(), 44);
    QCOMPARE(s.read(kRegion, {u"ins-list0001"_s, u"ins-list0002"_s}).size(), 2);
}

void TencentLegacyClientTest::returnsPostpaidInstancesWithReturnInstance()
{
    Legacy s;
    s.useFleet({instance(u"ins-post0001"_s), instance(u"ins-post0002"_s, u"SPOTPAID"_s),
                instance(u"ins-prep0001"_s, u"PREPAID"_s)});
    const TeardownPlan plan = s.plan(s.list(kRegion));

    // The plan says which call each instance gets: one ReturnInstance per postpaid instance.
    QCOMPARE(plan.calls.size(), 2);
    for (const PlannedCall& c : plan.calls) {
        QCOMPARE(c.action, u"ReturnInstance"_s);
        QCOMPARE(c.instanceIds.size(), 1);
    }
    const RunReport report = s.run(plan);
    QCOMPARE(resultFor(report, u"ins-post0001"_s).state, RunState::Done);
    QCOMPARE(resultFor(report, u"ins-post0002"_s).state, RunState::Done);
    QCOMPARE(resultFor(report, u"ins-prep0001"_s).state, RunState::Blocked);
    QVERIFY(!s.fleet().contains(u"ins-post0001"_s));
    QVERIFY(!s.fleet().contains(u"ins-post0002"_s));
    QCOMPARE(s.fleet().find(u"ins-prep0001"_s)->instanceState, u"RUNNING"_s);
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), 2);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 0);

    // Every call is in the history, recorded as the legacy dialect.
    int returns = 0;
    for (const CallRecord& c : s.history.calls()) {
        QCOMPARE(c.dialect, u"tencent-legacy"_s);
        if (c.action == u"ReturnInstance"_s) {
            ++returns;
            QCOMPARE(c.status, CallStatus::Succeeded);
        }
    }
    QCOMPARE(returns, 2);
}

void TencentLegacyClientTest::prepaidIsBlockedInThePlanAndRefusedByTheProvider()
{
    Legacy s;
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s)});
    const TeardownPlan plan = s.plan(s.list(kRegion));
    QCOMPARE(plan.calls.size(), 0);
    QCOMPARE(plan.items.first().decision.blockedCode, u"Teardown.LegacyPostpaidOnly"_s);
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), 0);

    // Should a ReturnInstance reach the provider anyway, its refusal is known and translated.
    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-prep0001"_s});
    QCOMPARE(error.code, u"InvalidInstanceNotSupportedPrepaidInstance"_s);
    QVERIFY(error.outcomeKnown);
    QVERIFY(ErrorCatalog::contains(error.code));
    QCOMPARE(s.fleet().find(u"ins-prep0001"_s)->instanceState, u"RUNNING"_s);
}

void TencentLegacyClientTest::releasesTheRecycleBinWithTerminateInstances()
{
    Legacy s;
    s.useFleet({instance(u"ins-bin00001"_s, u"PREPAID"_s, u"SHUTDOWN"_s),
                instance(u"ins-bin00002"_s, u"PREPAID"_s, u"SHUTDOWN"_s)});
    InstanceQuery bin;
    bin.recycleBinOnly = true;
    const TeardownPlan plan = s.plan(s.list(kRegion, bin), Intent::Release);
    QCOMPARE(plan.calls.size(), 1);
    QCOMPARE(plan.calls.first().action, u"TerminateInstances"_s);
    QCOMPARE(plan.calls.first().instanceIds.size(), 2);
    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 2);
    QCOMPARE(s.fleet().size(), 0);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 1);
    for (const emulator::CallLogEntry& e : s.emu.callLog()) {
        if (e.action == u"TerminateInstances"_s) {
            QVERIFY(e.body.contains("Version=2017-03-12"));
            QVERIFY(e.body.contains("InstanceIds.0=ins-bin0000") && e.body.contains("InstanceIds.1=ins-bin0000"));
        }
    }
}

void TencentLegacyClientTest::malformedIdIsRefused()
{
    Legacy s;
    s.useFleet({instance(u"ins-post0001"_s)});
    // Never planned (the planner checks ids), and refused by the provider if sent anyway.
    Instance bad = s.list(kRegion).first();
    bad.id = u"ins-1122"_s;
    QCOMPARE(s.plan({bad}).items.first().decision.blockedCode, u"Teardown.InvalidInstanceId"_s);
    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-1122"_s});
    QCOMPARE(error.code, u"InvalidInstanceId.Malformed"_s);
    QVERIFY(error.outcomeKnown);
    const ProviderError batch = s.execute(u"TerminateInstances"_s, {u"ins-1122"_s});
    QCOMPARE(batch.code, u"InvalidInstanceId.Malformed"_s);
    QCOMPARE(s.fleet().find(u"ins-post0001"_s)->instanceState, u"RUNNING"_s);
}

void TencentLegacyClientTest::wrongStateGivesTheSeedsCodeInBothLanguages()
{
    Legacy s;
    s.useFleet({instance(u"ins-stop0001"_s, u"POSTPAID_BY_HOUR"_s, u"STOPPING"_s)});
    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-stop0001"_s});
    QCOMPARE(error.code, u"OperationConstraints.InvaildInstanceStatus"_s);
    QVERIFY(error.outcomeKnown);
    TranslationLoader loader;
    QVERIFY(loader.apply(u"en"_s));
    QVERIFY(ErrorCatalog::describe(error).contains(u"status is incorrect"_s));
    QVERIFY(loader.apply(u"zh_CN"_s));
    QVERIFY(ErrorCatalog::describe(error).contains(u"实例状态不正确"_s));
    QVERIFY(loader.apply(u"en"_s));
}

void TencentLegacyClientTest::badSignature()
{
    Legacy s(fixture::fastOptions(), u"not-the-sandbox-key"_s);
    s.useFleet({instance(u"ins-post0001"_s)});
    s.list(kRegion);
    QCOMPARE(s.lastError.code, u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 1); // not retried: it proves nothing helps

    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-post0001"_s});
    QCOMPARE(error.code, u"4100"_s);
    QVERIFY(error.outcomeKnown);
    TranslationLoader loader;
    QVERIFY(loader.apply(u"zh_CN"_s));
    QVERIFY(ErrorCatalog::describe(error).contains(u"身份认证失败"_s));
    QVERIFY(loader.apply(u"en"_s));
    QVERIFY(ErrorCatalog::describe(error).contains(u"Authentication failed"_s));
    QCOMPARE(s.fleet().find(u"ins-post0001"_s)->instanceState, u"RUNNING"_s);
}

void TencentLegacyClientTest::garbageReplyToReturnInstanceIsUnknown()
{
    auto options = fixture::fastOptions();
    options.faults = u"garbage:ReturnInstance@1"_s;
    Legacy s(options);
    s.useFleet({instance(u"ins-post0001"_s)});
    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-post0001"_s});
    QCOMPARE(error.code, u"Reply.Malformed"_s);
    QVERIFY(!error.outcomeKnown); // a destructive call with an unreadable reply is never resent
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), 1);
}

void TencentLegacyClientTest::droppedReadIsSignedAfresh()
{
    // The second page's connection drops. Whatever resends it (Qt resends a GET on a kept-alive
    // connection as it was; the client signs a new one), the listing completes, and no two
    // requests the host accepted carried the same Nonce.
    auto options = fixture::fastOptions();
    options.faults = u"drop-before:DescribeInstances@2"_s;
    Legacy s(options);
    QList<emulator::TencentInstance> fleet;
    for (int n = 0; n < 130; ++n)
        fleet << instance(u"ins-drop%1"_s.arg(n, 4, 10, QChar(u'0')));
    s.useFleet(fleet);

    const QList<Instance> listed = s.list(kRegion);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QCOMPARE(listed.size(), 130);
    QSet<QString> nonces;
    int accepted = 0;
    for (const emulator::CallLogEntry& e : s.emu.callLog()) {
        if (e.action != u"DescribeInstances"_s || !e.errorCode.isEmpty() || !e.fault.isEmpty())
            continue;
        ++accepted;
        const QUrlQuery query(QString::fromLatin1(e.body));
        nonces.insert(query.queryItemValue(u"Nonce"_s));
    }
    QCOMPARE(accepted, 2);
    QCOMPARE(nonces.size(), 2);
}

void TencentLegacyClientTest::droppedConnectionAfterApplyIsNotResent()
{
    auto options = fixture::fastOptions();
    options.faults = u"drop-after:ReturnInstance@1"_s;
    Legacy s(options);
    s.useFleet({instance(u"ins-post0001"_s), instance(u"ins-post0002"_s)});
    const RunReport report = s.run(s.plan(s.list(kRegion)));

    // The first ReturnInstance was applied and its reply lost. The runner read the state instead
    // of resending: the instance is gone, so the outcome is known after all.
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), 2); // one per instance, none resent
    for (const QString& id : {u"ins-post0001"_s, u"ins-post0002"_s}) {
        QCOMPARE(resultFor(report, id).state, RunState::Done);
        QVERIFY(!s.fleet().contains(id));
    }
    const QList<CallRecord> calls = s.history.calls();
    const auto lost = std::find_if(calls.cbegin(), calls.cend(), [](const CallRecord& c) {
        return c.action == u"ReturnInstance"_s && c.status == CallStatus::Unknown;
    });
    QVERIFY(lost != calls.cend());
}

void TencentLegacyClientTest::droppedConnectionBeforeApply_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("calls");
    QTest::addColumn<RunState>("state");
    // The re-read proves the ReturnInstance was not applied; returning twice ends the same.
    QTest::newRow("resent once") << u"drop-before:ReturnInstance@1"_s << 2 << RunState::Done;
    // Only once: the second call dropped as well leaves the outcome unknown.
    QTest::newRow("twice dropped") << u"drop-before:ReturnInstance"_s << 2 << RunState::Unknown;
}

void TencentLegacyClientTest::droppedConnectionBeforeApply()
{
    QFETCH(QString, faults);
    QFETCH(int, calls);
    QFETCH(RunState, state);
    auto options = fixture::fastOptions();
    options.faults = faults;
    Legacy s(options);
    s.useFleet({instance(u"ins-post0001"_s)});
    const RunReport report = s.run(s.plan(s.list(kRegion)));

    const InstanceResult& r = resultFor(report, u"ins-post0001"_s);
    QCOMPARE(r.state, state);
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), calls);
    if (state == RunState::Done) {
        QVERIFY(!s.fleet().contains(u"ins-post0001"_s));
    } else {
        QCOMPARE(r.error.code, u"Teardown.OutcomeUnknown"_s);
        QCOMPARE(s.fleet().find(u"ins-post0001"_s)->instanceState, u"RUNNING"_s);
    }
}

void TencentLegacyClientTest::throttledReturnIsRetried()
{
    // Code 4400 proves nothing happened: the one reply a destructive call is retried after.
    auto options = fixture::fastOptions();
    options.faults = u"throttle:ReturnInstance@1"_s;
    Legacy s(options);
    s.useFleet({instance(u"ins-post0001"_s)});
    const RunReport report = s.run(s.plan(s.list(kRegion)));
    QCOMPARE(resultFor(report, u"ins-post0001"_s).state, RunState::Done);
    QCOMPARE(s.emu.callCount(u"ReturnInstance"_s), 2);
    QStringList faults;
    for (const emulator::CallLogEntry& e : s.emu.callLog()) {
        if (e.action == u"ReturnInstance"_s)
            faults << e.fault;
    }
    QCOMPARE(faults, (QStringList{u"throttle"_s, QString()}));
    QVERIFY(!s.fleet().contains(u"ins-post0001"_s));
}

QTEST_GUILESS_MAIN(TencentLegacyClientTest)
#include "tst_tencentlegacyclient.moc"

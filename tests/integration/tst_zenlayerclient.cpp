// The Zenlayer BMC client and the runner against the emulator over loopback HTTP: zones, every
// page, filters, terminate → recycle bin → release, a CREATE_FAILED instance, a subscription, the
// release of an instance outside the recycle bin, throttling, a dropped connection after the
// emulator applied TerminateInstance (never resent), wrong keys and broken replies, the API
// version, and a selection across Tencent and Zenlayer run as one operation.

#include "ZenlayerFixture.h"

#include "AutoReleaseEstimator.h"
#include "ErrorCatalog.h"
#include "FaultPlan.h"
#include "TranslationLoader.h"
#include "ZenlayerClient.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::machine;

namespace {

QSet<QString> idSet(const QList<Instance>& instances)
{
    QSet<QString> ids;
    for (const Instance& i : instances)
        ids.insert(i.id);
    return ids;
}

int countCalls(const emulator::Emulator& emu, const QString& action, const QString& body)
{
    int n = 0;
    for (const emulator::CallLogEntry& e : emu.callLog()) {
        if (e.action == action && e.body.contains(body.toUtf8()))
            ++n;
    }
    return n;
}

} // namespace

class ZenlayerClientTest : public QObject
{
    Q_OBJECT

private slots:
    void listsZones();
    void listsEveryPage();
    void filtersAndRecycleBin();
    void terminateThenRelease();
    void recycleTimeComesFromTheHistory();
    void createFailedIsDeletedAtOnce();
    void subscriptionIsCancelledNotRecycled();
    void releaseOfNonRecycledIsRefused();
    void alreadyRecycledOrReleasedCountsAsDone();
    void unplannedCallsAreNotSent();
    void throttledTerminateIsBackedOffAndSentAgain();
    void droppedConnectionIsSettledByTheReRead_data();
    void droppedConnectionIsSettledByTheReRead();
    void droppedConnectionOnSubscription();
    void wrongPasswordIsNotRetried();
    void garbageReplyIsReported();
    void apiVersionIsAnAccountSetting();
    void mixedProvidersRunAsOneOperation();
};

void ZenlayerClientTest::listsZones()
{
    fixture::ZenlayerSandbox s;
    QVERIFY(s.listening && s.zl);
    QList<RegionInfo> zones;
    bool finished = false;
    RegionListReply* reply = s.zl->listRegions();
    connect(reply, &ProviderReply::finished, reply, [&] {
        zones = reply->regions;
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QStringList ids;
    for (const RegionInfo& z : zones)
        ids << z.id;
    QVERIFY(ids.contains(u"SEL-A"_s));
    QVERIFY(ids.contains(u"HKG-A"_s));
    QVERIFY(zones.size() >= 4);
    QCOMPARE(s.emu.callCount(u"DescribeZones"_s), 1);
}

void ZenlayerClientTest::listsEveryPage()
{
    auto options = fixture::fastOptions();
    options.scale = 130;
    fixture::ZenlayerSandbox s(options);
    const QList<Instance> listed = s.zlList(u"HKG-A"_s);
    QVERIFY(!s.lastError.isError());
    QCOMPARE(listed.size(), 130);
    QCOMPARE(idSet(listed).size(), 130);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 2); // pages of 100
    for (const Instance& i : listed) {
        QCOMPARE(i.provider, ProviderId::Zenlayer);
        QCOMPARE(i.region, u"HKG-A"_s);
        QCOMPARE(i.accountId, s.zlAccount.id);
        QVERIFY(i.lifecycle != Lifecycle::Unknown);
    }
}

void ZenlayerClientTest::filtersAndRecycleBin()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"11"_s, u"RUNNING"_s), machine(u"12"_s, u"RECYCLE"_s),
                   machine(u"13"_s, u"STOPPED"_s, u"PREPAID"_s),
                   machine(u"14"_s, u"RUNNING"_s, u"POSTPAID"_s, u"HKG-A"_s)});
    InstanceQuery bin;
    bin.recycleBinOnly = true;
    QCOMPARE(idSet(s.zlList(u"SEL-A"_s, bin)), QSet<QString>{u"12"_s});
    InstanceQuery prepaid;
    prepaid.chargeTypes = {u"PREPAID"_s};
    const QList<Instance> subs = s.zlList(u"SEL-A"_s, prepaid);
    QCOMPARE(idSet(subs), QSet<QString>{u"13"_s});
    QCOMPARE(subs.first().chargeClass, ChargeClass::Prepaid);
    QVERIFY(subs.first().expires.isValid());
    InstanceQuery two;
    two.states = {u"RUNNING"_s, u"STOPPED"_s};
    QCOMPARE(idSet(s.zlList(u"SEL-A"_s, two)), (QSet<QString>{u"11"_s, u"13"_s}));
    QCOMPARE(idSet(s.zlList(u"HKG-A"_s)), QSet<QString>{u"14"_s});
}

void ZenlayerClientTest::terminateThenRelease()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"21"_s, u"RUNNING"_s), machine(u"22"_s, u"STOPPED"_s)});
    const QList<Instance> selection = s.zlList(u"SEL-A"_s);
    QCOMPARE(selection.size(), 2);
    const TeardownPlan plan = s.plan(selection, Intent::Return);
    QCOMPARE(plan.calls.size(), 2); // one id per TerminateInstance
    QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 2);
    QVERIFY(!plan.requiresTypedConfirmation());
    QVERIFY(s.zl->describeCall(plan.calls.first()).contains(u"{\"instanceId\":\"21\"}"_s));
    RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 2);
    QCOMPARE(s.machines().find(u"21"_s)->instanceStatus, u"RECYCLE"_s);

    // In the recycle bin, with the automatic release 24 hours after the call was accepted: the
    // client dates nothing itself, the history does (AutoReleaseEstimator).
    const auto recycled = s.zlOne(u"21"_s);
    QVERIFY(recycled);
    QCOMPARE(recycled->lifecycle, Lifecycle::RecycleBin);
    QVERIFY(!recycled->autoRelease.isValid());
    const QDateTime autoRelease =
        AutoReleaseEstimator(&s.history, AutoReleaseEstimator::rulesOf(s.directory)).autoRelease(*recycled);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(autoRelease);
    QVERIFY2(left > 23 * 3600 && left <= 24 * 3600, qPrintable(QString::number(left)));

    const TeardownPlan release = s.plan(s.zlRead({u"21"_s, u"22"_s}), Intent::Release);
    QCOMPARE(release.calls.size(), 1); // up to 100 per ReleaseInstances
    QCOMPARE(release.calls.first().instanceIds.size(), 2);
    QVERIFY(release.requiresTypedConfirmation());
    report = s.run(release);
    QCOMPARE(report.count(RunState::Done), 2);
    QCOMPARE(s.machines().size(), 0);
    QCOMPARE(s.emu.callCount(u"ReleaseInstances"_s), 1);
}

void ZenlayerClientTest::recycleTimeComesFromTheHistory()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"23"_s, u"RUNNING"_s), machine(u"24"_s, u"RECYCLE"_s)});
    QCOMPARE(s.run(s.plan(s.zlRead({u"23"_s}), Intent::Return)).count(RunState::Done), 1);

    // A later session (a new client on the same history) still knows when 23 was returned; 24
    // was recycled elsewhere, so nothing dates it.
    CallEnvironment env = s.environment;
    env.account = s.zlAccount;
    std::unique_ptr<Provider> later(
        ProviderFactory::create(s.zlAccount, {s.zlAccount.keyId, u"sandbox-key-password"_s}, env));
    QVERIFY(later);
    QList<Instance> found;
    bool finished = false;
    InstanceListReply* reply = later->readInstances(u"SEL-A"_s, {u"23"_s, u"24"_s});
    connect(reply, &ProviderReply::finished, reply, [&] {
        found = reply->instances;
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QCOMPARE(found.size(), 2);
    AutoReleaseEstimator(&s.history, AutoReleaseEstimator::rulesOf(s.directory)).estimate(found);
    for (const Instance& i : found) {
        QCOMPARE(i.lifecycle, Lifecycle::RecycleBin);
        if (i.id == u"23"_s) {
            QVERIFY(i.autoRelease.isValid());
            QVERIFY(QDateTime::currentDateTimeUtc().secsTo(i.autoRelease) > 23 * 3600);
        } else {
            QVERIFY(!i.autoRelease.isValid());
        }
    }
}

void ZenlayerClientTest::createFailedIsDeletedAtOnce()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"31"_s, u"CREATE_FAILED"_s, u"PREPAID"_s)});
    const TeardownPlan plan = s.plan(s.zlList(u"SEL-A"_s), Intent::Return);
    QCOMPARE(plan.count(Outcome::DeletedCreationFailed), 1);
    QVERIFY(plan.requiresTypedConfirmation()); // irreversible
    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 1);
    QVERIFY(!s.machines().find(u"31"_s));
}

void ZenlayerClientTest::subscriptionIsCancelledNotRecycled()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"41"_s, u"RUNNING"_s, u"PREPAID"_s)});
    const TeardownPlan plan = s.plan(s.zlList(u"SEL-A"_s), Intent::Return);
    QCOMPARE(plan.count(Outcome::SubscriptionCancelled), 1);
    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 1);
    const auto after = s.zlOne(u"41"_s);
    QVERIFY(after);
    QCOMPARE(after->rawState, u"RUNNING"_s); // runs until the subscription expires
    QVERIFY(!s.machines().find(u"41"_s)->autoRenew);
    // Asking again is refused by the provider, and the plan still says what it would do.
    const RunReport again = s.run(s.plan({*after}, Intent::Return));
    QCOMPARE(again.count(RunState::Failed), 1);
    QCOMPARE(again.results.first().error.code, u"OPERATION_DENIED_INSTANCE_SUBSCRIPTION"_s);
}

void ZenlayerClientTest::releaseOfNonRecycledIsRefused()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"51"_s, u"RUNNING"_s)});
    const QList<Instance> running = s.zlList(u"SEL-A"_s);
    // The plan blocks it with the provider's own reason...
    const TeardownPlan plan = s.plan(running, Intent::Release);
    QCOMPARE(plan.items.first().decision.blockedCode, u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s);
    QVERIFY(plan.calls.isEmpty());
    // ...and the provider refuses such a call with 403 and that code.
    PlannedCall call;
    call.accountId = s.zlAccount.id;
    call.region = u"SEL-A"_s;
    call.action = u"ReleaseInstances"_s;
    call.instanceIds = {u"51"_s};
    ProviderError error;
    bool finished = false;
    ActionReply* reply = s.zl->execute(call);
    connect(reply, &ProviderReply::finished, reply, [&] {
        error = reply->error();
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QCOMPARE(error.kind, ProviderError::Kind::Api);
    QCOMPARE(error.code, u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(error.outcomeKnown);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(ErrorCatalog::describe(error).startsWith(u"Only operations on instances in recycle bin"_s));
    TranslationLoader loader;
    QVERIFY(loader.apply(u"zh_CN"_s));
    QVERIFY(ErrorCatalog::describe(error).startsWith(u"仅支持对回收站中的实例进行操作"_s));
    QVERIFY(loader.apply(u"en"_s));
    QCOMPARE(s.machines().find(u"51"_s)->instanceStatus, u"RUNNING"_s);
}

void ZenlayerClientTest::alreadyRecycledOrReleasedCountsAsDone()
{
    // Someone else acts between the runner's re-read and its call: the provider answers
    // OPERATION_DENIED_INSTANCE_RECYCLED / INVALID_INSTANCE_NOT_FOUND, and the goal is reached.
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"65"_s, u"RUNNING"_s), machine(u"66"_s, u"RECYCLE"_s)});
    const TeardownPlan terminate = s.plan(s.zlRead({u"65"_s}), Intent::Return);
    const TeardownPlan release = s.plan(s.zlRead({u"66"_s}), Intent::Release);
    QMetaObject::Connection race =
        connect(&s.emu, &emulator::Emulator::callLogged, &s.emu, [&s](const emulator::CallLogEntry& e) {
            // The re-read has its answer; now the machines change behind the console's back.
            if (e.action != u"DescribeInstances"_s)
                return;
            if (e.body.contains("\"65\""))
                s.machines().find(u"65"_s)->instanceStatus = u"RECYCLE"_s;
            if (e.body.contains("\"66\"") && s.machines().find(u"66"_s))
                s.machines().remove(u"66"_s);
        });
    RunReport report = s.run(terminate);
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.first().state, RunState::Done);
    bool refused = false;
    for (const emulator::CallLogEntry& e : s.emu.callLog())
        refused = refused || e.errorCode == u"OPERATION_DENIED_INSTANCE_RECYCLED"_s;
    QVERIFY(refused);

    report = s.run(release);
    QCOMPARE(report.results.first().state, RunState::Done);
    QVERIFY(!report.results.first().error.isError());
    disconnect(race);
    QCOMPARE(countCalls(s.emu, u"ReleaseInstances"_s, u"\"66\""_s), 1);
    QCOMPARE(s.emu.callLog().last().action, u"ReleaseInstances"_s);
    QCOMPARE(s.emu.callLog().last().errorCode, u"INVALID_INSTANCE_NOT_FOUND"_s);
}

void ZenlayerClientTest::unplannedCallsAreNotSent()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"67"_s, u"RUNNING"_s), machine(u"68"_s, u"RECYCLE"_s)});
    QStringList many;
    for (int n = 0; n < 101; ++n)
        many << QString::number(1000 + n);
    const QList<std::pair<QString, QStringList>> calls{{u"TerminateInstance"_s, {u"67"_s, u"68"_s}},
                                                       {u"TerminateInstance"_s, {}},
                                                       {u"ReleaseInstances"_s, many},
                                                       {u"RunInstances"_s, {u"67"_s}}};
    for (const auto& [action, ids] : calls) {
        PlannedCall call;
        call.accountId = s.zlAccount.id;
        call.region = u"SEL-A"_s;
        call.action = action;
        call.instanceIds = ids;
        ProviderError error;
        bool finished = false;
        ActionReply* reply = s.zl->execute(call);
        connect(reply, &ProviderReply::finished, reply, [&] {
            error = reply->error();
            finished = true;
        });
        QVERIFY(fixture::waitUntil([&] { return finished; }));
        QCOMPARE(error.kind, ProviderError::Kind::Local);
    }
    QCOMPARE(s.emu.callLog().size(), 0);
}

void ZenlayerClientTest::throttledTerminateIsBackedOffAndSentAgain()
{
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"61"_s, u"RUNNING"_s)});
    QVERIFY(s.emu.faults().add(u"throttle:TerminateInstance@1,throttle:DescribeInstances@2"_s));
    const RunReport report = s.run(s.plan(s.zlList(u"SEL-A"_s), Intent::Return));
    QCOMPARE(report.count(RunState::Done), 1);
    // 429 proves nothing happened: the one call the provider refused is sent again.
    QCOMPARE(s.emu.callCount(u"TerminateInstance"_s), 2);
    QCOMPARE(s.machines().find(u"61"_s)->instanceStatus, u"RECYCLE"_s);
}

void ZenlayerClientTest::droppedConnectionIsSettledByTheReRead_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("calls");
    QTest::addColumn<RunState>("state");
    QTest::addColumn<QString>("status");
    // Applied, reply lost: the state read shows it in the recycle bin → done, not sent again.
    QTest::newRow("applied, reply lost") << u"drop-after:TerminateInstance@1"_s << 1 << RunState::Done << u"RECYCLE"_s;
    // The re-read proves nothing was applied; a terminate that finds the machine already
    // recycled counts as done, so it is sent once more.
    QTest::newRow("dropped before, resent once")
        << u"drop-before:TerminateInstance@1"_s << 2 << RunState::Done << u"RECYCLE"_s;
    // Only once: the second call dropped as well leaves the outcome explicitly unknown.
    QTest::newRow("twice dropped") << u"drop-before:TerminateInstance"_s << 2 << RunState::Unknown << u"RUNNING"_s;
}

void ZenlayerClientTest::droppedConnectionIsSettledByTheReRead()
{
    QFETCH(QString, faults);
    QFETCH(int, calls);
    QFETCH(RunState, state);
    QFETCH(QString, status);
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"71"_s, u"RUNNING"_s)});
    QVERIFY(s.emu.faults().add(faults));
    const RunReport report = s.run(s.plan(s.zlList(u"SEL-A"_s), Intent::Return));
    const InstanceResult* r = report.result(Instance::keyFor(s.zlAccount.id, u"71"_s));
    QVERIFY(r);
    QCOMPARE(r->state, state);
    if (state == RunState::Unknown) {
        QCOMPARE(r->error.code, u"Teardown.OutcomeUnknown"_s);
        QVERIFY(!r->error.outcomeKnown);
    }
    QCOMPARE(countCalls(s.emu, u"TerminateInstance"_s, u"\"71\""_s), calls);
    QCOMPARE(s.machines().find(u"71"_s)->instanceStatus, status);
}

void ZenlayerClientTest::droppedConnectionOnSubscription()
{
    // The cancelled subscription (autoRenew false) is the evidence the lost call was applied.
    fixture::ZenlayerSandbox s;
    s.useMachines({machine(u"81"_s, u"RUNNING"_s, u"PREPAID"_s)});
    QVERIFY(s.emu.faults().add(u"drop-after:TerminateInstance@1"_s));
    const RunReport report = s.run(s.plan(s.zlList(u"SEL-A"_s), Intent::Return));
    QCOMPARE(report.count(RunState::Done), 1);
    QCOMPARE(s.emu.callCount(u"TerminateInstance"_s), 1);
}

void ZenlayerClientTest::wrongPasswordIsNotRetried()
{
    fixture::ZenlayerSandbox s(fixture::fastOptions(), u"not-the-password"_s);
    s.zlList(u"SEL-A"_s);
    QCOMPARE(s.lastError.code, u"AUTHFAILURE_SIGNATURE_FAILURE"_s);
    QCOMPARE(s.lastError.httpStatus, 401);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 1);
    QVERIFY(ErrorCatalog::describe(s.lastError).contains(u"AccessKeyPassword"_s));
}

void ZenlayerClientTest::garbageReplyIsReported()
{
    fixture::ZenlayerSandbox s;
    QVERIFY(s.emu.faults().add(u"garbage:DescribeInstances"_s));
    s.zlList(u"SEL-A"_s);
    QCOMPARE(s.lastError.kind, ProviderError::Kind::BadReply);
    QCOMPARE(s.lastError.code, u"Reply.Malformed"_s);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), s.environment.maxAttempts);
}

void ZenlayerClientTest::apiVersionIsAnAccountSetting()
{
    {
        fixture::ZenlayerSandbox s;
        QCOMPARE(static_cast<ZenlayerClient*>(s.zl)->apiVersion(), u"2026-02-01"_s);
        QVERIFY(!s.zlList(u"SEL-A"_s).isEmpty());
    }
    {
        fixture::ZenlayerSandbox s(fixture::fastOptions(), u"sandbox-key-password"_s, u"2022-11-20"_s);
        QVERIFY(!s.zlList(u"SEL-A"_s).isEmpty());
        QVERIFY(!s.lastError.isError());
    }
    {
        fixture::ZenlayerSandbox s(fixture::fastOptions(), u"sandbox-key-password"_s, u"1999-01-01"_s);
        s.zlList(u"SEL-A"_s);
        QCOMPARE(s.lastError.code, u"INVALID_PARAMETER_VALUE"_s);
        QCOMPARE(s.lastError.httpStatus, 400);
    }
}

void ZenlayerClientTest::mixedProvidersRunAsOneOperation()
{
    fixture::ZenlayerSandbox s;
    s.useFleet({fixture::instance(u"ins-post0001"_s)});
    s.useMachines({machine(u"91"_s, u"RUNNING"_s), machine(u"92"_s, u"CREATE_FAILED"_s)});
    QList<Instance> selection = s.list(u"ap-guangzhou"_s);
    selection += s.zlList(u"SEL-A"_s);
    QCOMPARE(selection.size(), 3);
    const TeardownPlan plan = s.plan(selection, Intent::Return);
    QCOMPARE(plan.allowedCount(), 3);
    QCOMPARE(plan.calls.size(), 3);
    const RunReport report = s.run(plan);
    QCOMPARE(report.results.size(), 3);
    QCOMPARE(report.count(RunState::Done), 3);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 1);
    QCOMPARE(s.emu.callCount(u"TerminateInstance"_s), 2);
}

QTEST_GUILESS_MAIN(ZenlayerClientTest)
#include "tst_zenlayerclient.moc"

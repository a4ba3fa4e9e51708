// The teardown flow end to end: planner and runner against the emulator over loopback HTTP, with
// the history on real SQLite. Each case sets up the emulator fleet it needs.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"
#include "RefundQuoter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

// The instance ids of every TerminateInstances the emulator received, call by call.
QList<QStringList> terminateBatches(const emulator::Emulator& emu)
{
    QList<QStringList> batches;
    for (const emulator::CallLogEntry& e : emu.callLog()) {
        if (e.action != u"TerminateInstances"_s)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(e.body).object();
        QStringList ids;
        for (const QJsonValue v : body.value(u"InstanceIds"_s).toArray())
            ids << v.toString();
        batches << ids;
    }
    return batches;
}

// A fleet of `count` pay-as-you-go instances, PREFIX0000 and up; returns their ids.
QStringList useNumberedFleet(fixture::Sandbox& s, const QString& prefix, int count)
{
    QList<emulator::TencentInstance> fleet;
    QStringList ids;
    for (int n = 0; n < count; ++n) {
        fleet << instance(prefix + u"%1"_s.arg(n, 4, 10, QChar(u'0')));
        ids << fleet.last().instanceId;
    }
    s.useFleet(fleet);
    return ids;
}

} // namespace

class TeardownRunTest : public QObject
{
    Q_OBJECT

private slots:
    void mixedChargeTypesGoToSeparateCallsAndEndInTheirStates();
    void protectedInstanceIsBlockedAndTheRestReturned();
    void instanceChangedSincePlanIsNotSent();
    void refusedBatchSendsTheEligibleRestOnce();
    void refundQuoteBlocksWhatTheProviderWouldRefuse();
    void prepaidInstanceThroughBothSteps();
    void droppedConnectionAfterApplyIsNotResent();
    void droppedConnectionBeforeApply_data();
    void droppedConnectionBeforeApply();
    void throttledTerminateIsRetried();
    void verificationRunsAlongsideTheSending();
    void lastCallsAreWaitedForOldestPageFirst();
    void cancelStopsNewBatches();
    void everyCallIsInTheHistory();
};

void TeardownRunTest::mixedChargeTypesGoToSeparateCallsAndEndInTheirStates()
{
    fixture::Sandbox s;
    QVERIFY(s.listening && s.provider);
    s.useFleet({instance(u"ins-post0001"_s), instance(u"ins-post0002"_s), instance(u"ins-prep0001"_s, u"PREPAID"_s),
                instance(u"ins-spot0001"_s, u"SPOTPAID"_s)});
    const QList<Instance> selection = s.read(kRegion, s.fleet().ids());
    QCOMPARE(selection.size(), 4);

    const TeardownPlan plan = s.plan(selection);
    QCOMPARE(plan.blockedCount(), 0);
    QCOMPARE(plan.calls.size(), 3); // one charge type per call
    QCOMPARE(plan.count(Outcome::DestroyedNow), 3);
    QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 1);
    QVERIFY(plan.requiresTypedConfirmation());

    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 4);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 3);
    QVERIFY(!s.fleet().contains(u"ins-post0001"_s));
    QVERIFY(!s.fleet().contains(u"ins-post0002"_s));
    QVERIFY(!s.fleet().contains(u"ins-spot0001"_s));
    QVERIFY(s.fleet().contains(u"ins-prep0001"_s));
    QCOMPARE(s.fleet().find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);
    for (const QStringList& batch : terminateBatches(s.emu)) {
        QSet<QString> chargeTypes;
        for (const QString& id : batch) {
            for (const Instance& i : selection) {
                if (i.id == id)
                    chargeTypes.insert(i.rawChargeType);
            }
        }
        QCOMPARE(chargeTypes.size(), 1);
    }
}

void TeardownRunTest::protectedInstanceIsBlockedAndTheRestReturned()
{
    fixture::Sandbox s;
    auto guarded = instance(u"ins-prot0001"_s);
    guarded.disableApiTermination = true;
    s.useFleet({instance(u"ins-post0001"_s), guarded, instance(u"ins-post0002"_s)});
    const TeardownPlan plan = s.plan(s.read(kRegion, s.fleet().ids()));
    const PlanItem* blocked = plan.item(Instance::keyFor(s.account.id, u"ins-prot0001"_s));
    QVERIFY(blocked);
    QCOMPARE(blocked->decision.blockedCode, u"UnsupportedOperation.InstancesProtected"_s);
    QCOMPARE(plan.calls.size(), 1);
    QCOMPARE(plan.calls.first().instanceIds.size(), 2);

    const RunReport report = s.run(plan);
    QCOMPARE(resultFor(report, u"ins-prot0001"_s).state, RunState::Blocked);
    QCOMPARE(report.count(RunState::Done), 2);
    QVERIFY(s.fleet().contains(u"ins-prot0001"_s));
    QCOMPARE(terminateBatches(s.emu), QList<QStringList>({{u"ins-post0001"_s, u"ins-post0002"_s}}));
}

void TeardownRunTest::instanceChangedSincePlanIsNotSent()
{
    fixture::Sandbox s;
    s.useFleet({instance(u"ins-post0001"_s), instance(u"ins-post0002"_s)});
    const TeardownPlan plan = s.plan(s.read(kRegion, s.fleet().ids()));
    QCOMPARE(plan.allowedCount(), 2);

    // Someone turns protection on between the plan and the run.
    QVERIFY(s.fleet().setProtected(u"ins-post0002"_s, true));
    const RunReport report = s.run(plan);
    const InstanceResult& changed = resultFor(report, u"ins-post0002"_s);
    QCOMPARE(changed.state, RunState::Skipped);
    QCOMPARE(changed.error.code, u"Teardown.ChangedSincePlan"_s);
    QCOMPARE(resultFor(report, u"ins-post0001"_s).state, RunState::Done);
    QCOMPARE(terminateBatches(s.emu), QList<QStringList>({{u"ins-post0001"_s}}));
    QVERIFY(s.fleet().contains(u"ins-post0002"_s));
}

void TeardownRunTest::refusedBatchSendsTheEligibleRestOnce()
{
    fixture::Sandbox s;
    // Outside the return policy: only the provider knows, so the plan allows it and the API
    // refuses the whole batch.
    auto unreturnable = instance(u"ins-prep0002"_s, u"PREPAID"_s);
    unreturnable.returnable = false;
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s), unreturnable, instance(u"ins-prep0003"_s, u"PREPAID"_s)});
    const TeardownPlan plan = s.plan(s.read(kRegion, s.fleet().ids()));
    QCOMPARE(plan.allowedCount(), 3);
    QCOMPARE(plan.calls.size(), 1);

    const RunReport report = s.run(plan);
    const InstanceResult& offender = resultFor(report, u"ins-prep0002"_s);
    QCOMPARE(offender.state, RunState::Failed);
    QCOMPARE(offender.error.code, u"InvalidInstanceNotSupportedPrepaidInstance"_s);
    QVERIFY(!offender.error.requestId.isEmpty());
    QCOMPARE(resultFor(report, u"ins-prep0001"_s).state, RunState::Done);
    QCOMPARE(resultFor(report, u"ins-prep0003"_s).state, RunState::Done);

    const QList<QStringList> batches = terminateBatches(s.emu);
    QCOMPARE(batches.size(), 2); // the refused batch, then the rest exactly once
    QCOMPARE(batches.at(1), QStringList({u"ins-prep0001"_s, u"ins-prep0003"_s}));
    QCOMPARE(s.fleet().find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(s.fleet().find(u"ins-prep0002"_s)->instanceState, u"RUNNING"_s);
}

void TeardownRunTest::refundQuoteBlocksWhatTheProviderWouldRefuse()
{
    fixture::Sandbox s;
    auto unreturnable = instance(u"ins-prep0002"_s, u"PREPAID"_s);
    unreturnable.returnable = false;
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s), unreturnable, instance(u"ins-prep0003"_s, u"PREPAID"_s)});

    RefundQuoter quoter(s.directory);
    TeardownPlan quoted;
    bool finished = false;
    connect(&quoter, &RefundQuoter::finished, this, [&](const TeardownPlan& p) {
        quoted = p;
        finished = true;
    });
    quoter.quote(s.plan(s.read(kRegion, s.fleet().ids())));
    QVERIFY(fixture::waitUntil([&] { return finished; }));

    QVERIFY(!quoted.quoteError.isError());
    QCOMPARE(quoted.item(Instance::keyFor(s.account.id, u"ins-prep0002"_s))->decision.blockedCode,
             u"InvalidInstanceNotSupportedPrepaidInstance"_s);
    QCOMPARE(quoted.refunds.size(), 2);
    QCOMPARE(quoted.calls.size(), 1);
    QCOMPARE(quoted.calls.first().instanceIds, QStringList({u"ins-prep0001"_s, u"ins-prep0003"_s}));
    // The batch quote, then one per instance; nothing destructive.
    QCOMPARE(s.emu.callCount(u"InquiryPriceTerminateInstances"_s), 4);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 0);
}

void TeardownRunTest::prepaidInstanceThroughBothSteps()
{
    fixture::Sandbox s;
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s)});
    const TeardownPlan first = s.plan(s.read(kRegion, {u"ins-prep0001"_s}));
    QCOMPARE(first.items.first().decision.outcome, Outcome::MovedToRecycleBin);
    QVERIFY(first.items.first().recoverableUntil.isValid());
    QVERIFY(!first.requiresTypedConfirmation()); // recoverable, not a production account
    QCOMPARE(s.run(first).count(RunState::Done), 1);
    QCOMPARE(s.fleet().find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);

    // In the recycle bin: returning again is blocked; releasing destroys it.
    const QList<Instance> recycled = s.read(kRegion, {u"ins-prep0001"_s});
    QCOMPARE(recycled.size(), 1);
    QCOMPARE(recycled.first().lifecycle, Lifecycle::RecycleBin);
    QCOMPARE(s.plan(recycled, Intent::Return).items.first().decision.blockedCode, u"Teardown.AlreadyInRecycleBin"_s);
    const TeardownPlan release = s.plan(recycled, Intent::Release);
    QCOMPARE(release.items.first().decision.outcome, Outcome::DestroyedNow);
    QVERIFY(release.requiresTypedConfirmation());
    QCOMPARE(s.run(release).count(RunState::Done), 1);
    QVERIFY(!s.fleet().contains(u"ins-prep0001"_s));
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 2);
}

void TeardownRunTest::droppedConnectionAfterApplyIsNotResent()
{
    auto options = fixture::fastOptions();
    options.faults = u"drop-after:TerminateInstances@1"_s;
    fixture::Sandbox s(options);
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s), instance(u"ins-prep0002"_s, u"PREPAID"_s)});
    const RunReport report = s.run(s.plan(s.read(kRegion, s.fleet().ids())));

    // The emulator applied the call and dropped the connection: a resend would have destroyed
    // both instances for good. The runner reads the state instead and sees them in the recycle bin.
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 1);
    for (const QString& id : {u"ins-prep0001"_s, u"ins-prep0002"_s}) {
        QVERIFY2(s.fleet().contains(id), qPrintable(id));
        QCOMPARE(s.fleet().find(id)->instanceState, u"SHUTDOWN"_s);
        QCOMPARE(resultFor(report, id).state, RunState::Done);
    }
    // The history shows the destructive call whose reply was lost.
    const QList<CallRecord> calls = s.history.calls();
    const auto lost = std::find_if(calls.cbegin(), calls.cend(),
                                   [](const CallRecord& c) { return c.action == u"TerminateInstances"_s; });
    QVERIFY(lost != calls.cend());
    QCOMPARE(lost->status, CallStatus::Unknown);
}

void TeardownRunTest::droppedConnectionBeforeApply_data()
{
    QTest::addColumn<QString>("charge");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("calls");
    QTest::addColumn<RunState>("state");
    QTest::addColumn<QString>("emulatorState"); // empty: TERMINATING or gone
    // The re-read proves the call was not applied; destroying twice ends the same: sent once more.
    QTest::newRow("pay-as-you-go, resent once")
        << u"POSTPAID_BY_HOUR"_s << u"drop-before:TerminateInstances@1"_s << 2 << RunState::Done << QString();
    // Only once: the second call dropped as well leaves the outcome unknown.
    QTest::newRow("pay-as-you-go, twice dropped")
        << u"POSTPAID_BY_HOUR"_s << u"drop-before:TerminateInstances"_s << 2 << RunState::Unknown << u"RUNNING"_s;
    // A prepaid return is never resent: a late first call would make the second a release.
    QTest::newRow("prepaid, never resent")
        << u"PREPAID"_s << u"drop-before:TerminateInstances@1"_s << 1 << RunState::Unknown << u"RUNNING"_s;
}

void TeardownRunTest::droppedConnectionBeforeApply()
{
    QFETCH(QString, charge);
    QFETCH(QString, faults);
    QFETCH(int, calls);
    QFETCH(RunState, state);
    QFETCH(QString, emulatorState);
    auto options = fixture::fastOptions();
    options.faults = faults;
    fixture::Sandbox s(options);
    s.useFleet({instance(u"ins-post0001"_s, charge)});
    const RunReport report = s.run(s.plan(s.read(kRegion, {u"ins-post0001"_s})));

    const InstanceResult& r = resultFor(report, u"ins-post0001"_s);
    QCOMPARE(r.state, state);
    if (state == RunState::Unknown)
        QCOMPARE(r.error.code, u"Teardown.OutcomeUnknown"_s);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), calls);
    const emulator::TencentInstance* now = s.fleet().find(u"ins-post0001"_s);
    if (emulatorState.isEmpty())
        QVERIFY(!now || now->instanceState == u"TERMINATING"_s);
    else
        QCOMPARE(now->instanceState, emulatorState);
}

void TeardownRunTest::throttledTerminateIsRetried()
{
    auto options = fixture::fastOptions();
    options.faults = u"throttle:TerminateInstances@1"_s;
    fixture::Sandbox s(options);
    s.useFleet({instance(u"ins-post0001"_s)});
    const RunReport report = s.run(s.plan(s.read(kRegion, {u"ins-post0001"_s})));
    QCOMPARE(resultFor(report, u"ins-post0001"_s).state, RunState::Done);
    // Throttling proves nothing happened: the one reply that allows sending again.
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 2);
    QVERIFY(!s.fleet().contains(u"ins-post0001"_s));
}

void TeardownRunTest::cancelStopsNewBatches()
{
    fixture::Sandbox s;
    QList<emulator::TencentInstance> many;
    for (int n = 0; n < 250; ++n)
        many << instance(u"ins-c%1"_s.arg(n, 7, 10, QChar(u'0')));
    s.useFleet(many);
    const TeardownPlan plan = s.plan(s.read(kRegion, s.fleet().ids()));
    QCOMPARE(plan.calls.size(), 3); // 100 + 100 + 50

    bool canceled = false;
    const RunReport report = s.run(plan, fixture::fastRunner(), [&](TeardownRunner& runner, const InstanceResult& r) {
        if (!canceled && (r.state == RunState::Verifying || r.state == RunState::Done)) {
            canceled = true;
            runner.cancel();
        }
    });
    QVERIFY(report.canceled);
    const int sent = s.emu.callCount(u"TerminateInstances"_s);
    QVERIFY2(sent >= 1 && sent < 3, qPrintable(QString::number(sent)));
    QCOMPARE(report.count(RunState::Done), sent == 1 ? 100 : 200);
    QCOMPARE(report.count(RunState::Canceled), 250 - report.count(RunState::Done));
    for (const InstanceResult& r : report.results)
        QVERIFY(isFinal(r.state));
}

void TeardownRunTest::everyCallIsInTheHistory()
{
    fixture::Sandbox s;
    QVERIFY(s.historyOpen);
    s.useFleet({instance(u"ins-post0001"_s), instance(u"ins-prep0001"_s, u"PREPAID"_s)});
    s.run(s.plan(s.read(kRegion, s.fleet().ids())));

    const QList<CallRecord> calls = s.history.calls();
    QCOMPARE(calls.size(), s.emu.callLog().size()); // one row per request the emulator saw
    QHash<QString, int> byAction;
    for (const CallRecord& c : calls) {
        byAction[c.action] += 1;
        QVERIFY2(c.status != CallStatus::Sent, qPrintable(c.action)); // every row completed
        QCOMPARE(c.destructive, c.action == u"TerminateInstances"_s);
        if (c.destructive) {
            QVERIFY(!c.requestId.isEmpty());
            QCOMPARE(c.region, kRegion);
        }
    }
    QCOMPARE(byAction.value(u"TerminateInstances"_s), 2);
    QCOMPARE(byAction.value(u"TerminateInstances"_s), s.emu.callCount(u"TerminateInstances"_s));
    QVERIFY(byAction.value(u"DescribeInstances"_s) >= 2); // the selection and the re-check
    QVERIFY(s.history.unconfirmedCalls().isEmpty());
}

void TeardownRunTest::verificationRunsAlongsideTheSending()
{
    // Three calls (100, 100, 1). The second one's reply is held for 4 s after it was applied; the
    // first call's instances are verified (read and found gone) in that time, before the third
    // call leaves, rather than after the last call as a run once did.
    auto options = fixture::fastOptions();
    options.faults = u"delay:TerminateInstances@2=4000"_s;
    fixture::Sandbox s(options);
    const QStringList ids = useNumberedFleet(s, u"ins-pipe"_s, 201);
    const TeardownPlan plan = s.plan(s.read(kRegion, ids));
    QCOMPARE(plan.calls.size(), 3);
    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 201);

    // The emulator's log, in the order the requests arrived.
    QStringList order;
    for (const emulator::CallLogEntry& e : s.emu.callLog()) {
        if (e.action == u"TerminateInstances"_s || e.action == u"DescribeInstancesStatus"_s)
            order << e.action;
    }
    const qsizetype second = order.indexOf(u"TerminateInstances"_s, order.indexOf(u"TerminateInstances"_s) + 1);
    const qsizetype third = order.indexOf(u"TerminateInstances"_s, second + 1);
    QVERIFY(second > 0 && third > second);
    QVERIFY2(order.mid(second, third - second).contains(u"DescribeInstancesStatus"_s), qPrintable(order.join(u' ')));
}

void TeardownRunTest::lastCallsAreWaitedForOldestPageFirst()
{
    // Three calls (100, 100, 50), whose instances stay TERMINATING for 1.5 s. Once the last call is
    // answered, the oldest page pending (the first call's instances, in the order sent) is read on
    // its own, often, rather than everything at every read.
    auto options = fixture::fastOptions();
    options.terminatingMs = 1500;
    fixture::Sandbox s(options);
    const QStringList ids = useNumberedFleet(s, u"ins-head"_s, 250);
    const TeardownPlan plan = s.plan(s.read(kRegion, ids));
    QCOMPARE(plan.calls.size(), 3);
    RunnerSettings settings = fixture::fastRunner();
    settings.pollIntervalMs = 400; // the oldest page every 20 ms, everything every 400 ms
    const RunReport report = s.run(plan, settings);
    QCOMPARE(report.count(RunState::Done), 250);

    const QList<QStringList> batches = terminateBatches(s.emu);
    QCOMPARE(batches.size(), 3);
    int oldestPageReads = 0;
    int terminatesSeen = 0;
    for (const emulator::CallLogEntry& e : s.emu.callLog()) {
        if (e.action == u"TerminateInstances"_s)
            ++terminatesSeen;
        if (e.action != u"DescribeInstancesStatus"_s || terminatesSeen < 3)
            continue;
        QStringList asked;
        for (const QJsonValue v : QJsonDocument::fromJson(e.body).object().value(u"InstanceIds"_s).toArray())
            asked << v.toString();
        if (asked == batches.first())
            ++oldestPageReads;
    }
    // Reads of everything ask in no particular order; only the oldest page's reads ask for exactly
    // the first call's instances, as they were sent.
    QVERIFY2(oldestPageReads > 0, "no read of the oldest page alone after the last call");
}

QTEST_GUILESS_MAIN(TeardownRunTest)
#include "tst_teardownrun.moc"

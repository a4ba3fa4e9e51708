// Lifting termination protection in a run, against the emulator over loopback HTTP with the
// history on real SQLite: the lift goes first and the returns follow; a lift that fails in the
// middle (an internal error on the second of two lift calls, a refusal, a lost reply either way)
// leaves exactly its instances protected and not returned, reported Teardown.ProtectionNotLifted
// with the lift's error, while the rest is done; a lift whose reply was lost is never sent again.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;

namespace {

const QString kRegion = u"ap-guangzhou"_s;
const QString kLift = u"ModifyInstancesAttribute"_s;
const QString kTerminate = u"TerminateInstances"_s;

const InstanceResult& resultFor(const RunReport& report, const QString& id)
{
    static const InstanceResult none;
    for (const InstanceResult& r : report.results) {
        if (r.instanceId == id)
            return r;
    }
    return none;
}

emulator::TencentInstance guarded(const QString& id, const QString& chargeType = u"POSTPAID_BY_HOUR"_s)
{
    emulator::TencentInstance i = instance(id, chargeType);
    i.disableApiTermination = true;
    return i;
}

// The ids of every call of `action` the emulator received, call by call, with the body's other members.
QList<QJsonObject> bodiesOf(const emulator::Emulator& emu, const QString& action)
{
    QList<QJsonObject> bodies;
    for (const emulator::CallLogEntry& e : emu.callLog()) {
        if (e.action == action)
            bodies << QJsonDocument::fromJson(e.body).object();
    }
    return bodies;
}

QSet<QString> idsIn(const QList<QJsonObject>& bodies)
{
    QSet<QString> ids;
    for (const QJsonObject& body : bodies) {
        for (const QJsonValue v : body.value(u"InstanceIds"_s).toArray())
            ids.insert(v.toString());
    }
    return ids;
}

PlanOptions lifting()
{
    PlanOptions o;
    o.liftProtection = true;
    return o;
}

TeardownPlan planLifting(fixture::Sandbox& s, const QStringList& ids)
{
    return TeardownPlanner(s.directory.plannerLookup()).plan(s.read(kRegion, ids), Intent::Return, lifting());
}

} // namespace

class LiftProtectionRunTest : public QObject
{
    Q_OBJECT

private slots:
    void liftGoesFirstAndReturnsFollow();
    void internalErrorOnTheSecondLiftCall();
    void refusedLiftReturnsNoneOfItsInstances();
    void lostReplyOfAnAppliedLiftIsDecidedByReading();
    void lostLiftThatWasNotAppliedIsNotReturned();
};

void LiftProtectionRunTest::liftGoesFirstAndReturnsFollow()
{
    fixture::Sandbox s;
    QVERIFY(s.listening && s.provider && s.historyOpen);
    s.useFleet({guarded(u"ins-prot0001"_s), guarded(u"ins-prot0002"_s, u"PREPAID"_s), instance(u"ins-free0001"_s)});
    const TeardownPlan plan = planLifting(s, s.fleet().ids());
    QCOMPARE(plan.allowedCount(), 3);
    QCOMPARE(plan.liftedCount(), 2);
    QVERIFY(plan.requiresTypedConfirmation());

    const RunReport report = s.run(plan);
    QCOMPARE(report.count(RunState::Done), 3);
    QVERIFY(!s.fleet().contains(u"ins-prot0001"_s));
    QVERIFY(!s.fleet().contains(u"ins-free0001"_s));
    QCOMPARE(s.fleet().find(u"ins-prot0002"_s)->instanceState, u"SHUTDOWN"_s);
    QVERIFY(!s.fleet().find(u"ins-prot0002"_s)->disableApiTermination);
    QCOMPARE(whatHappened(resultFor(report, u"ins-prot0002"_s)), Happened::InRecycleBin);

    // One lift of both protected instances, exactly as the plan showed it, before any return; the
    // lifted instances are returned apart from the unprotected one.
    const QList<QJsonObject> lifts = bodiesOf(s.emu, kLift);
    QCOMPARE(lifts.size(), 1);
    QCOMPARE(lifts.first(),
             (QJsonObject{{u"InstanceIds"_s, QJsonArray{u"ins-prot0001"_s, u"ins-prot0002"_s}},
                          {u"DisableApiTermination"_s, false}}));
    QCOMPARE(s.provider->describeCall(plan.calls.first()).section(u' ', -1),
             QString::fromUtf8(QJsonDocument(lifts.first()).toJson(QJsonDocument::Compact)));
    const QList<emulator::CallLogEntry> log = s.emu.callLog();
    const auto firstLift = std::find_if(log.cbegin(), log.cend(), [](const auto& e) { return e.action == kLift; });
    const auto firstTerminate =
        std::find_if(log.cbegin(), log.cend(), [](const auto& e) { return e.action == kTerminate; });
    QVERIFY(firstLift < firstTerminate);
    QList<QJsonArray> returns;
    for (const QJsonObject& body : bodiesOf(s.emu, kTerminate))
        returns << body.value(u"InstanceIds"_s).toArray();
    QCOMPARE(returns.size(), 3);
    QVERIFY(returns.contains(QJsonArray{u"ins-free0001"_s})); // alone, though of the same charge type as ins-prot0001
    QVERIFY(returns.contains(QJsonArray{u"ins-prot0001"_s}));
    QVERIFY(returns.contains(QJsonArray{u"ins-prot0002"_s}));

    // The history records the lift like every other call, completed with its request id.
    const QList<CallRecord> calls = s.history.calls();
    QCOMPARE(calls.size(), s.emu.callLog().size());
    const auto lift = std::find_if(calls.cbegin(), calls.cend(), [](const CallRecord& c) { return c.action == kLift; });
    QVERIFY(lift != calls.cend());
    QCOMPARE(lift->status, CallStatus::Succeeded);
    QVERIFY(!lift->requestId.isEmpty());
    QCOMPARE(QSet<QString>(lift->instanceIds.cbegin(), lift->instanceIds.cend()),
             (QSet<QString>{u"ins-prot0001"_s, u"ins-prot0002"_s}));
    QVERIFY(s.history.unconfirmedCalls().isEmpty());
}

// 105 protected instances need two lift calls; the second one meets an internal error (nothing is
// applied). Its five instances are read again, still protected: they are not returned and are
// reported ProtectionNotLifted with the lift's error. The other hundred and the unprotected one are
// returned; no lift is sent twice.
void LiftProtectionRunTest::internalErrorOnTheSecondLiftCall()
{
    auto options = fixture::fastOptions();
    options.faults = u"internal:ModifyInstancesAttribute@2"_s;
    fixture::Sandbox s(options);
    QList<emulator::TencentInstance> fleet;
    for (int n = 0; n < 105; ++n)
        fleet << guarded(u"ins-p%1"_s.arg(n, 7, 10, QChar(u'0')));
    fleet << instance(u"ins-free0001"_s);
    s.useFleet(fleet);
    const TeardownPlan plan = planLifting(s, s.fleet().ids());
    QCOMPARE(plan.calls.at(0).kind, CallKind::LiftProtection);
    QCOMPARE(plan.calls.at(1).kind, CallKind::LiftProtection);
    const QStringList failed = plan.calls.at(1).instanceIds;
    QCOMPARE(failed.size(), 5);

    const RunReport report = s.run(plan);
    QCOMPARE(s.emu.callCount(kLift), 2);
    QCOMPARE(report.count(RunState::Done), 101);
    QCOMPARE(report.count(RunState::Failed), 5);
    for (const QString& id : failed) {
        const InstanceResult& r = resultFor(report, id);
        QCOMPARE(r.state, RunState::Failed);
        QCOMPARE(r.error.code, u"Teardown.ProtectionNotLifted"_s);
        QVERIFY2(r.error.message.contains(u"InternalError"_s), qPrintable(r.error.message));
        QVERIFY2(describeResult(r).contains(u"protection could not be lifted"_s), qPrintable(describeResult(r)));
        QVERIFY(s.fleet().contains(id));
        QVERIFY(s.fleet().find(id)->disableApiTermination);
        QCOMPARE(s.fleet().find(id)->instanceState, u"RUNNING"_s);
    }
    const QSet<QString> returned = idsIn(bodiesOf(s.emu, kTerminate));
    for (const QString& id : failed)
        QVERIFY2(!returned.contains(id), qPrintable(id));
    QCOMPARE(returned.size(), 101);
    // Both lifts are in the history: the first succeeded, the second's outcome was not proven.
    QList<CallStatus> liftStatuses;
    for (const CallRecord& c : s.history.calls()) { // newest first
        if (c.action == kLift)
            liftStatuses.prepend(c.status);
    }
    QCOMPARE(liftStatuses, (QList<CallStatus>{CallStatus::Succeeded, CallStatus::Unknown}));
}

// The provider refuses the lift (one of its instances went into the recycle bin after the re-check):
// the call applied nothing, so none of its instances is returned; the unprotected one is.
void LiftProtectionRunTest::refusedLiftReturnsNoneOfItsInstances()
{
    fixture::Sandbox s;
    s.useFleet({guarded(u"ins-prot0001"_s), guarded(u"ins-prot0002"_s), instance(u"ins-free0001"_s)});
    const TeardownPlan plan = planLifting(s, s.fleet().ids());
    QCOMPARE(plan.liftedCount(), 2);

    bool changed = false;
    const RunReport report = s.run(plan, fixture::fastRunner(), [&](TeardownRunner&, const InstanceResult& r) {
        // Just before the lift is sent: too late for the re-check to see it.
        if (!changed && r.instanceId == u"ins-prot0002"_s && r.state == RunState::Sending) {
            changed = true;
            s.fleet().find(u"ins-prot0002"_s)->instanceState = u"SHUTDOWN"_s;
        }
    });
    QVERIFY(changed);
    QCOMPARE(s.emu.callCount(kLift), 1);
    for (const QString& id : {u"ins-prot0001"_s, u"ins-prot0002"_s}) {
        const InstanceResult& r = resultFor(report, id);
        QCOMPARE(r.state, RunState::Failed);
        QCOMPARE(r.error.code, u"Teardown.ProtectionNotLifted"_s);
        QVERIFY2(r.error.message.contains(u"UnsupportedOperation.InstanceStateShutdown"_s),
                 qPrintable(r.error.message));
        QVERIFY(s.fleet().find(id)->disableApiTermination);
    }
    QCOMPARE(resultFor(report, u"ins-free0001"_s).state, RunState::Done);
    QCOMPARE(idsIn(bodiesOf(s.emu, kTerminate)), QSet<QString>{u"ins-free0001"_s});
}

// The lift was applied and its reply lost: the instances read back unprotected, so they are
// returned; the lift is not sent again.
void LiftProtectionRunTest::lostReplyOfAnAppliedLiftIsDecidedByReading()
{
    auto options = fixture::fastOptions();
    options.faults = u"drop-after:ModifyInstancesAttribute@1"_s;
    fixture::Sandbox s(options);
    s.useFleet({guarded(u"ins-prot0001"_s), guarded(u"ins-prot0002"_s)});
    const RunReport report = s.run(planLifting(s, s.fleet().ids()));
    QCOMPARE(s.emu.callCount(kLift), 1);
    QCOMPARE(report.count(RunState::Done), 2);
    QVERIFY(s.fleet().ids().isEmpty());
    QCOMPARE(idsIn(bodiesOf(s.emu, kTerminate)), (QSet<QString>{u"ins-prot0001"_s, u"ins-prot0002"_s}));
}

// The connection dropped before the lift was applied: the instances read back protected every time,
// so they are not returned, and the lift is not sent again either.
void LiftProtectionRunTest::lostLiftThatWasNotAppliedIsNotReturned()
{
    auto options = fixture::fastOptions();
    options.faults = u"drop-before:ModifyInstancesAttribute"_s;
    fixture::Sandbox s(options);
    s.useFleet({guarded(u"ins-prot0001"_s)});
    const RunReport report = s.run(planLifting(s, {u"ins-prot0001"_s}));
    QCOMPARE(s.emu.callCount(kLift), 1);
    QCOMPARE(s.emu.callCount(kTerminate), 0);
    const InstanceResult& r = resultFor(report, u"ins-prot0001"_s);
    QCOMPARE(r.state, RunState::Failed);
    QCOMPARE(r.error.code, u"Teardown.ProtectionNotLifted"_s);
    QVERIFY(s.fleet().find(u"ins-prot0001"_s)->disableApiTermination);
}

QTEST_GUILESS_MAIN(LiftProtectionRunTest)
#include "tst_liftprotectionrun.moc"

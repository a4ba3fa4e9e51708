// Lifting termination protection with teardownctl as a user runs it, the real binary against an
// in-process emulator over loopback: protected instances blocked without --lift-protection (and the
// plan saying the option exists), planned in their own group with it (text and JSON), applied only
// after the confirmation with the lift sent first and recorded in the history, a lift that fails
// leaving its instances protected and not returned, a saved plan carrying the option, and the
// legacy API 2.0 dialect saying why it does not lift.

#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "GuangzhouInstance.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::CtlResult;

namespace {

const QString kProtectedPostpaid = u"ins-prot0001"_s;
const QString kProtectedPrepaid = u"ins-prot0002"_s;
const QString kFree = u"ins-free0001"_s;
const QString kLift = u"ModifyInstancesAttribute"_s;

QJsonObject planItem(const QJsonObject& plan, const QString& id)
{
    for (const QJsonValue v : plan.value(u"items"_s).toArray()) {
        if (v.toObject().value(u"instanceId"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TeardownctlLiftTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutTheOptionProtectedInstancesStayBlocked();
    void planShowsTheLiftGroup();
    void applyLiftsFirstAfterTheConfirmation();
    void failedLiftLeavesItsInstancesProtected();
    void savedPlanCarriesTheOption();
    void productionOptionNeedsTheFirst();
    void legacyDialectSaysWhyNot();
    void helpDescribesTheOptions();

private:
    CtlResult ctl(const QStringList& arguments, const QString& provider = u"tencent"_s);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
};

void TeardownctlLiftTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    emulator::TencentInstance postpaid = fixture::guangzhouInstance(kProtectedPostpaid, u"受保护-"_s);
    postpaid.disableApiTermination = true;
    emulator::TencentInstance prepaid = fixture::guangzhouInstance(kProtectedPrepaid, u"受保护-"_s, u"PREPAID"_s);
    prepaid.disableApiTermination = true;
    fleet.add(postpaid);
    fleet.add(prepaid);
    fleet.add(fixture::guangzhouInstance(kFree, u"free-"_s));
}

void TeardownctlLiftTest::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

// Runs teardownctl without a terminal through an ad-hoc account of `provider` on the emulator.
CtlResult TeardownctlLiftTest::ctl(const QStringList& arguments, const QString& provider)
{
    return fixture::runCtl(arguments
                               + QStringList{u"--language"_s, u"en"_s, u"--history"_s,
                                             m_home->filePath(u"history.sqlite"_s), u"--poll-interval"_s, u"100"_s,
                                             u"--provider"_s, provider, u"--endpoint"_s, m_emulator->url().toString()},
                           fixture::ctlEnvironment(*m_home));
}

void TeardownctlLiftTest::withoutTheOptionProtectedInstancesStayBlocked()
{
    const QStringList ids{kProtectedPostpaid, kProtectedPrepaid, kFree};
    const CtlResult json = ctl(QStringList{u"plan"_s, u"--format"_s, u"json"_s} + ids);
    QCOMPARE(json.exitCode, 6); // some are blocked
    const QJsonObject plan = QJsonDocument::fromJson(json.raw).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 1);
    QCOMPARE(planItem(plan, kProtectedPostpaid).value(u"blockedCode"_s).toString(),
             u"UnsupportedOperation.InstancesProtected"_s);
    QVERIFY(!plan.value(u"liftProtection"_s).toBool());
    QVERIFY(plan.value(u"offersLiftProtection"_s).toBool());
    QCOMPARE(plan.value(u"protectionLifted"_s).toInt(), 0);

    const CtlResult text = ctl(QStringList{u"plan"_s} + ids);
    QVERIFY2(text.out.contains(u"--lift-protection lifts their protection first"_s), qPrintable(text.out));
    const CtlResult applied = ctl(QStringList{u"apply"_s, u"--yes"_s} + ids);
    QCOMPARE(applied.exitCode, 6);
    QCOMPARE(m_emulator->callCount(kLift), 0);
    QVERIFY(m_emulator->tencentFleet().contains(kProtectedPostpaid));
    QVERIFY(!m_emulator->tencentFleet().contains(kFree));
}

void TeardownctlLiftTest::planShowsTheLiftGroup()
{
    const QStringList ids{kProtectedPostpaid, kProtectedPrepaid, kFree};
    const CtlResult json = ctl(QStringList{u"plan"_s, u"--lift-protection"_s, u"--format"_s, u"json"_s} + ids);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.raw).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 3);
    QVERIFY(plan.value(u"liftProtection"_s).toBool());
    QVERIFY(!plan.value(u"liftProtectionOnProduction"_s).toBool());
    QCOMPARE(plan.value(u"protectionLifted"_s).toInt(), 2);
    QVERIFY(plan.value(u"requiresTypedConfirmation"_s).toBool());
    QVERIFY(planItem(plan, kProtectedPrepaid).value(u"liftsProtection"_s).toBool());
    QCOMPARE(planItem(plan, kProtectedPrepaid).value(u"outcome"_s).toString(), u"recycle-bin"_s);
    QVERIFY(!planItem(plan, kFree).value(u"liftsProtection"_s).toBool());
    const QJsonArray calls = plan.value(u"calls"_s).toArray();
    QStringList kinds;
    for (const QJsonValue v : calls)
        kinds << v.toObject().value(u"kind"_s).toString();
    QCOMPARE(kinds,
             (QStringList{u"lift-protection"_s, u"teardown-after-lift"_s, u"teardown-after-lift"_s, u"teardown"_s}));
    const QJsonObject lift = calls.first().toObject();
    QCOMPARE(lift.value(u"action"_s).toString(), kLift);
    QCOMPARE(lift.value(u"instanceIds"_s).toArray(), (QJsonArray{kProtectedPostpaid, kProtectedPrepaid}));
    QVERIFY(!lift.contains(u"outcome"_s));

    const CtlResult text = ctl(QStringList{u"plan"_s, u"--lift-protection"_s} + ids);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"ModifyInstancesAttribute : 2 instances (Lift termination protection)"_s),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(u"Termination protection lifted first, then: Destroyed at once"_s),
             qPrintable(text.out));
    QVERIFY(text.out.contains(u"Termination protection lifted first: 2"_s));
    QCOMPARE(m_emulator->callCount(kLift), 0); // planning sends nothing
}

void TeardownctlLiftTest::applyLiftsFirstAfterTheConfirmation()
{
    const QStringList ids{kProtectedPostpaid, kProtectedPrepaid, kFree};
    // Off a terminal, --yes is the typed confirmation; without it nothing is sent, the lift neither.
    const CtlResult refused = ctl(QStringList{u"apply"_s, u"--lift-protection"_s} + ids);
    QCOMPARE(refused.exitCode, 5);
    QCOMPARE(m_emulator->callCount(kLift), 0);

    const CtlResult applied = ctl(QStringList{u"apply"_s, u"--lift-protection"_s, u"--yes"_s} + ids);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QVERIFY2(applied.out.contains(u"[3/3]"_s), qPrintable(applied.out));
    QCOMPARE(m_emulator->callCount(kLift), 1);
    auto& fleet = m_emulator->tencentFleet();
    QVERIFY(!fleet.contains(kProtectedPostpaid));
    QVERIFY(!fleet.contains(kFree));
    QCOMPARE(fleet.find(kProtectedPrepaid)->instanceState, u"SHUTDOWN"_s);
    const QList<emulator::CallLogEntry> log = m_emulator->callLog();
    const auto lift = std::find_if(log.cbegin(), log.cend(), [](const auto& e) { return e.action == kLift; });
    const auto terminate =
        std::find_if(log.cbegin(), log.cend(), [](const auto& e) { return e.action == u"TerminateInstances"_s; });
    QVERIFY(lift != log.cend() && lift < terminate);

    // The lift is in the history next to the returns, as teardownctl history shows it.
    const CtlResult history = fixture::runCtl({u"history"_s, u"--destructive"_s, u"--format"_s, u"json"_s,
                                               u"--history"_s, m_home->filePath(u"history.sqlite"_s)},
                                              fixture::ctlEnvironment(*m_home));
    QCOMPARE(history.exitCode, 0);
    QStringList actions;
    for (const QJsonValue v : QJsonDocument::fromJson(history.raw).array())
        actions << v.toObject().value(u"action"_s).toString();
    QVERIFY2(actions.contains(kLift), qPrintable(actions.join(u", "_s)));
    QCOMPARE(actions.count(u"TerminateInstances"_s), 3);
}

void TeardownctlLiftTest::failedLiftLeavesItsInstancesProtected()
{
    QVERIFY(m_emulator->faults().add(u"internal:ModifyInstancesAttribute"_s));
    const CtlResult applied =
        ctl({u"apply"_s, u"--lift-protection"_s, u"--yes"_s, kProtectedPostpaid, kProtectedPrepaid, kFree});
    QCOMPARE(applied.exitCode, 1); // some failed
    QVERIFY2(applied.out.contains(u"its termination protection could not be lifted"_s), qPrintable(applied.out));
    QCOMPARE(m_emulator->callCount(kLift), 1); // never resent
    auto& fleet = m_emulator->tencentFleet();
    for (const QString& id : {kProtectedPostpaid, kProtectedPrepaid}) {
        QVERIFY(fleet.find(id)->disableApiTermination);
        QCOMPARE(fleet.find(id)->instanceState, u"RUNNING"_s);
    }
    QVERIFY(!fleet.contains(kFree));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
}

void TeardownctlLiftTest::savedPlanCarriesTheOption()
{
    const QString path = m_home->filePath(u"lift.plan.json"_s);
    const CtlResult planned = ctl({u"plan"_s, u"--lift-protection"_s, kProtectedPostpaid, u"--out"_s, path});
    QCOMPARE(planned.exitCode, 0);
    const CtlResult shown = ctl({u"show"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(shown.raw).object();
    QVERIFY(plan.value(u"liftProtection"_s).toBool());
    QCOMPARE(plan.value(u"calls"_s).toArray().first().toObject().value(u"kind"_s).toString(), u"lift-protection"_s);
    // The option comes from the file, and no option may be added to it.
    const CtlResult widened = ctl({u"apply"_s, path, u"--yes"_s, u"--lift-protection"_s});
    QCOMPARE(widened.exitCode, 2);
    QCOMPARE(m_emulator->callCount(kLift), 0);
    const CtlResult applied = ctl({u"apply"_s, path, u"--yes"_s});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QCOMPARE(m_emulator->callCount(kLift), 1);
    QVERIFY(!m_emulator->tencentFleet().contains(kProtectedPostpaid));
}

void TeardownctlLiftTest::productionOptionNeedsTheFirst()
{
    const CtlResult r = ctl({u"plan"_s, u"--lift-protection-on-production"_s, kProtectedPostpaid});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--lift-protection-on-production goes with --lift-protection"_s), qPrintable(r.err));
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);
}

// The legacy host could be asked, but the dialect does not lift protection: the plan keeps the
// instance blocked and says why, with the advice.
void TeardownctlLiftTest::legacyDialectSaysWhyNot()
{
    const CtlResult text = ctl({u"plan"_s, u"--lift-protection"_s, kProtectedPostpaid}, u"tencent-legacy"_s);
    QCOMPARE(text.exitCode, 6);
    QVERIFY2(text.out.contains(u"Termination protection cannot be lifted through the API 2.0 dialect"_s),
             qPrintable(text.out));
    QVERIFY(text.out.contains(u"use an API 3.0 account"_s));
    const CtlResult json =
        ctl({u"plan"_s, u"--lift-protection"_s, kProtectedPostpaid, u"--format"_s, u"json"_s}, u"tencent-legacy"_s);
    const QJsonObject plan = QJsonDocument::fromJson(json.raw).object();
    QCOMPARE(plan.value(u"liftProtectionUnavailable"_s).toArray(), QJsonArray{u"Teardown.LiftProtectionLegacy"_s});
    QVERIFY(!plan.value(u"offersLiftProtection"_s).toBool());
    QCOMPARE(m_emulator->callCount(kLift), 0);
}

void TeardownctlLiftTest::helpDescribesTheOptions()
{
    const CtlResult r = fixture::runCtl({u"--help"_s, u"--language"_s, u"en"_s}, fixture::ctlEnvironment(*m_home));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(u"--lift-protection\\s"_s).match(r.out).hasMatch());
    QVERIFY(r.out.contains(u"--lift-protection-on-production"_s));
    QVERIFY(r.out.contains(u"ModifyInstancesAttribute"_s));
}

QTEST_GUILESS_MAIN(TeardownctlLiftTest)
#include "tst_teardownctl_lift.moc"

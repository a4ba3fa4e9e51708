// Lifting termination protection in the plan (PlanOptions::liftProtection, ProtectionLift) through
// TeardownPlanner with the real rules of every dialect: which protected instances are lifted and
// which stay blocked (option off, a production account without the second option, a read-only
// account, an instance blocked by more than its protection, the legacy API 2.0 dialect, Zenlayer),
// what the plan offers, the lift calls (at most 100 ids) before the returns that depend on them,
// and the typed confirmation.
#include "DialectRegistry.h"
#include "ErrorCatalog.h"
#include "KeepTags.h"
#include "ProtectionLift.h"
#include "TeardownPlanner.h"
#include "TencentDialect.h"
#include "TencentLegacyDialect.h"
#include "TencentLegacyRules.h"
#include "TencentRules.h"
#include "TencentStates.h"
#include "ZenlayerDialect.h"
#include "ZenlayerRules.h"
#include "ZenlayerStates.h"

#include <QTest>

Q_DECLARE_METATYPE(PlanOptions)

using namespace Qt::StringLiterals;

namespace {

const QString kDev = u"acc-dev"_s;
const QString kProd = u"acc-prod"_s;
const QString kReadOnly = u"acc-ro"_s;
const QString kLegacy = u"acc-legacy"_s;
const QString kZenlayer = u"acc-zl"_s;
const QString kGz = u"ap-guangzhou"_s;
const QString kProtected = u"UnsupportedOperation.InstancesProtected"_s;
const QString kLift = u"ModifyInstancesAttribute"_s;
const QString kTerminate = u"TerminateInstances"_s;
const QDateTime kNow(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);

QString insId(int n)
{
    return u"ins-%1"_s.arg(n, 8, 36, QChar(u'0'));
}

Instance tencentInstance(const QString& accountId, const QString& id, const QString& state = u"RUNNING"_s,
                         const QString& charge = u"POSTPAID_BY_HOUR"_s, bool isProtected = true)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = accountId;
    i.region = kGz;
    i.zone = u"ap-guangzhou-3"_s;
    i.id = id;
    i.name = u"受保护-"_s + id;
    i.rawState = state;
    i.lifecycle = TencentStates::lifecycleOf(state);
    i.rawChargeType = charge;
    i.chargeClass = TencentStates::chargeClassOf(charge);
    i.terminationProtected = isProtected;
    i.lastOperation = {u"StartInstances"_s, u"SUCCESS"_s, u"c7de1287-061d-4ace-8caf-6ad8e5a2f29a"_s};
    return i;
}

Instance zenlayerInstance(bool isProtected)
{
    Instance i;
    i.provider = ProviderId::Zenlayer;
    i.accountId = kZenlayer;
    i.region = u"SEL-A"_s;
    i.zone = u"SEL-A"_s;
    i.id = u"739591339487371934"_s;
    i.rawState = u"RUNNING"_s;
    i.lifecycle = ZenlayerStates::lifecycleOf(i.rawState);
    i.rawChargeType = u"POSTPAID"_s;
    i.chargeClass = ZenlayerStates::chargeClassOf(i.rawChargeType);
    i.terminationProtected = isProtected; // BMC has no such flag; set here to show it changes nothing
    return i;
}

PlanOptions options(bool lift, bool onProduction = false, bool ignoreKeepTags = false)
{
    PlanOptions o;
    o.liftProtection = lift;
    o.liftProtectionOnProduction = onProduction;
    o.ignoreKeepTags = ignoreKeepTags;
    return o;
}

// One account of each kind, with the real rules of its dialect.
struct Accounts
{
    Account dev;
    Account prod;
    Account readOnly;
    Account legacy;
    Account zenlayer;
    TencentRules tencentRules;
    TencentLegacyRules legacyRules;
    ZenlayerRules zenlayerRules;

    Accounts()
    {
        const auto make = [](Account& a, const QString& id, Dialect dialect) {
            a.id = id;
            a.name = id;
            a.dialect = dialect;
            a.keyId = u"AKIDSANDBOX"_s;
        };
        make(dev, kDev, Dialect::TencentApi3);
        make(prod, kProd, Dialect::TencentApi3);
        prod.production = true;
        make(readOnly, kReadOnly, Dialect::TencentApi3);
        readOnly.readOnly = true;
        make(legacy, kLegacy, Dialect::TencentLegacy);
        make(zenlayer, kZenlayer, Dialect::Zenlayer);
    }

    TeardownPlanner planner()
    {
        return TeardownPlanner(
            [this](const QString& id) -> TeardownPlanner::AccountRules {
                for (Account* a : {&dev, &prod, &readOnly}) {
                    if (a->id == id)
                        return {a, &tencentRules};
                }
                if (id == kLegacy)
                    return {&legacy, &legacyRules};
                if (id == kZenlayer)
                    return {&zenlayer, &zenlayerRules};
                return {};
            },
            [] { return kNow; });
    }
};

QStringList kinds(const TeardownPlan& plan)
{
    QStringList out;
    for (const PlannedCall& call : plan.calls)
        out << ProtectionLift::callKindKey(call.kind);
    return out;
}

} // namespace

class ProtectionLiftTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planner_data();
    void planner();
    void zenlayerHasNothingToLift();
    void liftCallsComeFirstAndTakeAtMost100();
    void liftedInstanceIsReCheckedAsUnprotected();
    void liftNeedsTheTypedConfirmation();
    void productionIsOfferedSeparately();
};

void ProtectionLiftTest::initTestCase()
{
    // Blocked codes are described through the dialects' error tables.
    DialectRegistry::add(TencentDialect::info());
    DialectRegistry::add(TencentLegacyDialect::info());
    DialectRegistry::add(ZenlayerDialect::info());
}

// One protected instance, planned alone: what it becomes and what the plan offers.
void ProtectionLiftTest::planner_data()
{
    QTest::addColumn<Instance>("instance");
    QTest::addColumn<int>("intent"); // Intent
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("blockedCode"); // empty: allowed, with its protection lifted first
    QTest::addColumn<int>("outcome"); // Outcome, when allowed
    QTest::addColumn<bool>("offered"); // offersLiftProtection
    QTest::addColumn<bool>("offeredOnProduction");
    QTest::addColumn<QStringList>("refusals"); // liftProtectionRefusals

    const int ret = int(Intent::Return);
    const int destroyed = int(Outcome::DestroyedNow);
    const int recycled = int(Outcome::MovedToRecycleBin);
    const QStringList none;
    const QString allowed;

    QTest::newRow("option off: blocked, offered")
        << tencentInstance(kDev, insId(1)) << ret << options(false) << kProtected << 0 << true << false << none;
    QTest::newRow("postpaid, lifted and destroyed")
        << tencentInstance(kDev, insId(1)) << ret << options(true) << allowed << destroyed << true << false << none;
    QTest::newRow("prepaid, lifted and to the recycle bin")
        << tencentInstance(kDev, insId(1), u"RUNNING"_s, u"PREPAID"_s) << ret << options(true) << allowed << recycled
        << true << false << none;
    QTest::newRow("stopped spot, lifted") << tencentInstance(kDev, insId(1), u"STOPPED"_s, u"SPOTPAID"_s) << ret
                                          << options(true) << allowed << destroyed << true << false << none;
    // Blocked by more than its protection: lifting would not make it returnable, so it is not lifted.
    QTest::newRow("stopping: not lifted, not offered") << tencentInstance(kDev, insId(1), u"STOPPING"_s) << ret
                                                       << options(true) << kProtected << 0 << false << false << none;
    Instance operating = tencentInstance(kDev, insId(1));
    operating.lastOperation.state = u"OPERATING"_s;
    QTest::newRow("operation in progress: not lifted")
        << operating << ret << options(true) << kProtected << 0 << false << false << none;
    Instance redHat = tencentInstance(kDev, insId(1), u"RUNNING"_s, u"PREPAID"_s);
    redHat.osName = u"Red Hat Enterprise Linux 8.6"_s;
    QTest::newRow("commercial image subscription: not lifted")
        << redHat << ret << options(true) << kProtected << 0 << false << false << none;
    // The recycle bin: ModifyInstancesAttribute refuses an isolated instance, so nothing is lifted.
    QTest::newRow("release from the recycle bin: not lifted")
        << tencentInstance(kDev, insId(1), u"SHUTDOWN"_s, u"PREPAID"_s) << int(Intent::Release) << options(true)
        << kProtected << 0 << false << false << none;
    // Keep tags come first; ignored, the instance is lifted like any other.
    Instance kept = tencentInstance(kDev, insId(1));
    kept.tags = {{QString(KeepTags::KeepKey), u"true"_s}};
    QTest::newRow("kept by tag: stays kept")
        << kept << ret << options(true) << u"Teardown.KeptByTag"_s << 0 << false << false << none;
    QTest::newRow("kept by tag, tags ignored: lifted")
        << kept << ret << options(true, false, true) << allowed << destroyed << true << false << none;
    // Production accounts ask for it separately.
    QTest::newRow("production, lift only: blocked, offered for production")
        << tencentInstance(kProd, insId(1)) << ret << options(true) << kProtected << 0 << true << true << none;
    QTest::newRow("production, both options: lifted") << tencentInstance(kProd, insId(1)) << ret << options(true, true)
                                                      << allowed << destroyed << true << true << none;
    QTest::newRow("production option alone lifts nothing")
        << tencentInstance(kProd, insId(1)) << ret << options(false, true) << kProtected << 0 << true << true << none;
    // Read-only accounts never.
    QTest::newRow("read-only: never") << tencentInstance(kReadOnly, insId(1)) << ret << options(true, true)
                                      << u"Teardown.AccountReadOnly"_s << 0 << false << false << none;
    // The legacy API 2.0 dialect does not offer it and says why.
    Instance legacy = tencentInstance(kLegacy, insId(1));
    QTest::newRow("legacy: not offered, with the reason")
        << legacy << ret << options(true, true) << kProtected << 0 << false << false
        << QStringList{u"Teardown.LiftProtectionLegacy"_s};
    QTest::newRow("legacy, option off: the same reason") << legacy << ret << options(false) << kProtected << 0 << false
                                                         << false << QStringList{u"Teardown.LiftProtectionLegacy"_s};
    // An unprotected instance: nothing to lift, nothing offered.
    QTest::newRow("unprotected: returned as always")
        << tencentInstance(kDev, insId(1), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s, false) << ret << options(true)
        << allowed << destroyed << false << false << none;
}

void ProtectionLiftTest::planner()
{
    QFETCH(Instance, instance);
    QFETCH(int, intent);
    QFETCH(PlanOptions, options);
    QFETCH(QString, blockedCode);
    QFETCH(int, outcome);
    QFETCH(bool, offered);
    QFETCH(bool, offeredOnProduction);
    QFETCH(QStringList, refusals);

    Accounts accounts;
    const TeardownPlan plan = accounts.planner().plan({instance}, Intent(intent), options);
    QCOMPARE(plan.items.size(), 1);
    const Decision& d = plan.items.first().decision;
    QCOMPARE(d.blockedCode, blockedCode);
    QCOMPARE(plan.offersLiftProtection, offered);
    QCOMPARE(plan.offersLiftProtectionOnProduction, offeredOnProduction);
    QCOMPARE(plan.liftProtectionRefusals, refusals);
    for (const QString& code : refusals) {
        QVERIFY2(!ErrorCatalog::text(code).isEmpty(), qPrintable(code));
        QVERIFY2(!ErrorCatalog::advice(code).isEmpty(), qPrintable(code));
    }
    if (!blockedCode.isEmpty()) {
        QVERIFY(!d.liftsProtection);
        QVERIFY(plan.calls.isEmpty());
        QCOMPARE(plan.liftedCount(), 0);
        return;
    }
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.liftsProtection, instance.terminationProtected);
    QCOMPARE(plan.liftedCount(), instance.terminationProtected ? 1 : 0);
    if (!instance.terminationProtected) {
        QCOMPARE(kinds(plan), QStringList{u"teardown"_s});
        return;
    }
    QCOMPARE(kinds(plan), (QStringList{u"lift-protection"_s, u"teardown-after-lift"_s}));
    const PlannedCall& lift = plan.calls.at(0);
    QCOMPARE(lift.action, kLift);
    QCOMPARE(lift.instanceIds, QStringList{instance.id});
    QCOMPARE(lift.expectedEnd, ExpectedEnd::Unchanged);
    const PlannedCall& terminate = plan.calls.at(1);
    QCOMPARE(terminate.action, kTerminate);
    QCOMPARE(terminate.batchKey, instance.rawChargeType);
    QCOMPARE(int(terminate.outcome), outcome);
    // The calls carry the options, so the runner's re-check decides as the plan did.
    for (const PlannedCall& call : plan.calls) {
        QVERIFY(call.options.liftProtection);
        QCOMPARE(call.options.liftProtectionOnProduction, options.liftProtectionOnProduction);
    }
}

// BMC has no termination protection: a Zenlayer instance is returned as always, with no lift call
// and no note, whatever the options say.
void ProtectionLiftTest::zenlayerHasNothingToLift()
{
    Accounts accounts;
    for (const bool flag : {false, true}) {
        const TeardownPlan plan =
            accounts.planner().plan({zenlayerInstance(flag)}, Intent::Return, options(true, true));
        QVERIFY(plan.items.first().decision.isAllowed());
        QVERIFY(!plan.items.first().decision.liftsProtection);
        QCOMPARE(kinds(plan), QStringList{u"teardown"_s});
        QVERIFY(!plan.offersLiftProtection);
        QVERIFY(plan.liftProtectionRefusals.isEmpty());
    }
    QCOMPARE(ZenlayerRules().liftProtectionRefusal(), u"Teardown.LiftProtectionZenlayer"_s);
    QVERIFY(!ZenlayerRules().offersLiftProtection());
    QVERIFY(!ZenlayerRules().liftProtection(zenlayerInstance(true)).isAllowed());
    QVERIFY(!TencentLegacyRules().liftProtection(tencentInstance(kLegacy, insId(1))).isAllowed());
}

// 150 protected instances (120 pay-as-you-go, 30 subscriptions) and three unprotected ones: two
// lift calls (100 and 50 ids) first, then the lifted instances' returns by charge type (100 and 20
// pay-as-you-go, 30 subscriptions), then the others' own return, never mixed with the lifted ones.
void ProtectionLiftTest::liftCallsComeFirstAndTakeAtMost100()
{
    QList<Instance> selection;
    for (int n = 0; n < 150; ++n)
        selection << tencentInstance(kDev, insId(n), u"RUNNING"_s, n % 5 == 4 ? u"PREPAID"_s : u"POSTPAID_BY_HOUR"_s);
    for (int n = 200; n < 203; ++n)
        selection << tencentInstance(kDev, insId(n), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s, false);

    Accounts accounts;
    const TeardownPlan plan = accounts.planner().plan(selection, Intent::Return, options(true));
    QCOMPARE(plan.allowedCount(), 153);
    QCOMPARE(plan.liftedCount(), 150);
    QCOMPARE(kinds(plan),
             (QStringList{u"lift-protection"_s, u"lift-protection"_s, u"teardown-after-lift"_s,
                          u"teardown-after-lift"_s, u"teardown-after-lift"_s, u"teardown"_s}));
    QCOMPARE(plan.calls.at(0).instanceIds.size(), 100);
    QCOMPARE(plan.calls.at(1).instanceIds.size(), 50);
    QCOMPARE(plan.calls.at(0).action, kLift);
    QStringList lifted = plan.calls.at(0).instanceIds + plan.calls.at(1).instanceIds;
    QCOMPARE(plan.calls.at(2).batchKey, u"POSTPAID_BY_HOUR"_s);
    QCOMPARE(plan.calls.at(2).instanceIds.size(), 100);
    QCOMPARE(plan.calls.at(3).batchKey, u"POSTPAID_BY_HOUR"_s);
    QCOMPARE(plan.calls.at(3).instanceIds.size(), 20);
    QCOMPARE(plan.calls.at(4).batchKey, u"PREPAID"_s);
    QCOMPARE(plan.calls.at(4).instanceIds.size(), 30);
    QCOMPARE(plan.calls.at(4).outcome, Outcome::MovedToRecycleBin);
    QStringList returnedAfterLift =
        plan.calls.at(2).instanceIds + plan.calls.at(3).instanceIds + plan.calls.at(4).instanceIds;
    lifted.sort();
    returnedAfterLift.sort();
    QCOMPARE(returnedAfterLift, lifted);
    QCOMPARE(plan.calls.at(5).instanceIds, (QStringList{insId(200), insId(201), insId(202)}));
    QVERIFY(!plan.calls.at(5).instanceIds.contains(insId(0)));
}

// The runner decides again just before each call with the call's options: before the lift the
// instance is protected and planned as lifted; once lifted it is what the plan returns, and
// protected again it would be lifted again — never sent as if nothing had changed.
void ProtectionLiftTest::liftedInstanceIsReCheckedAsUnprotected()
{
    Accounts accounts;
    const TeardownPlanner planner = accounts.planner();
    const Instance before = tencentInstance(kDev, insId(1));
    const Decision planned = planner.decide(before, Intent::Return, options(true));
    QVERIFY(planned.isAllowed() && planned.liftsProtection);

    Instance after = before;
    after.terminationProtected = false;
    after.lastOperation = {kLift, u"SUCCESS"_s, u"7b7c54ab-2a54-4ee6-9fc9-f36fc5bd6f41"_s};
    Decision expected = planned;
    expected.liftsProtection = false;
    QCOMPARE(planner.decide(after, Intent::Return, options(true)), expected);
    QCOMPARE(planner.decide(after, Intent::Return, options(false)), expected);
}

// Lifting protection raises the friction: a subscription to the recycle bin needs no typed phrase
// on its own, lifted first it does, and the reason says so.
void ProtectionLiftTest::liftNeedsTheTypedConfirmation()
{
    Accounts accounts;
    const QList<Instance> selection{tencentInstance(kDev, insId(1), u"RUNNING"_s, u"PREPAID"_s, false),
                                    tencentInstance(kDev, insId(2), u"RUNNING"_s, u"PREPAID"_s)};
    const TeardownPlan off = accounts.planner().plan(selection, Intent::Return, options(false));
    QCOMPARE(off.allowedCount(), 1);
    QVERIFY(!off.requiresTypedConfirmation());
    const TeardownPlan on = accounts.planner().plan(selection, Intent::Return, options(true));
    QCOMPARE(on.allowedCount(), 2);
    QCOMPARE(on.irreversibleCount(), 0);
    QVERIFY(on.requiresTypedConfirmation());
    QCOMPARE(on.confirmationPhrase(), u"2"_s);
    const QString reason = ProtectionLift::confirmationReason(on.liftedCount());
    QVERIFY2(reason.contains(u"termination protection of 1 instance"_s), qPrintable(reason));
}

// A plan over several accounts: the first option lifts only the other accounts' instances, the
// second the production ones too; the counts say how many each would lift.
void ProtectionLiftTest::productionIsOfferedSeparately()
{
    Accounts accounts;
    const QList<Instance> selection{tencentInstance(kDev, insId(1)), tencentInstance(kDev, insId(2)),
                                    tencentInstance(kProd, insId(3)), tencentInstance(kLegacy, insId(4)),
                                    tencentInstance(kReadOnly, insId(5))};
    const TeardownPlan off = accounts.planner().plan(selection, Intent::Return, options(false));
    QCOMPARE(off.liftableCount, 2);
    QCOMPARE(off.liftableOnProductionCount, 1);
    QVERIFY(off.offersLiftProtection && off.offersLiftProtectionOnProduction);
    QCOMPARE(off.liftProtectionRefusals, QStringList{u"Teardown.LiftProtectionLegacy"_s});

    const TeardownPlan lift = accounts.planner().plan(selection, Intent::Return, options(true));
    QCOMPARE(lift.liftedCount(), 2);
    QCOMPARE(lift.item(Instance::keyFor(kProd, insId(3)))->decision.blockedCode, kProtected);
    QVERIFY(lift.productionAccounts.isEmpty()); // nothing of it acts yet
    QCOMPARE(lift.liftableOnProductionCount, 1); // still offered, to be turned on

    const TeardownPlan both = accounts.planner().plan(selection, Intent::Return, options(true, true));
    QCOMPARE(both.liftedCount(), 3);
    QCOMPARE(both.productionAccounts, QStringList{kProd});
    QCOMPARE(both.item(Instance::keyFor(kLegacy, insId(4)))->decision.blockedCode, kProtected);
    QCOMPARE(both.item(Instance::keyFor(kReadOnly, insId(5)))->decision.blockedCode, u"Teardown.AccountReadOnly"_s);
    // The lift calls go per account and region: one for the development account, one for production.
    int liftCalls = 0;
    for (const PlannedCall& call : both.calls)
        liftCalls += call.kind == CallKind::LiftProtection;
    QCOMPARE(liftCalls, 2);
}

QTEST_GUILESS_MAIN(ProtectionLiftTest)
#include "tst_protectionlift.moc"

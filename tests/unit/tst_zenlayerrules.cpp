// The Zenlayer BMC return rules (seeds 002 TerminateInstance and 004 ReleaseInstances, reference
// §3.3, §4) through TeardownPlanner with ZenlayerRules: per status, charge type and intent the
// outcome or the exact refusal code; one id per TerminateInstance, up to 100 per
// ReleaseInstances; the 24-hour recycle bin; what counts as already done; and a selection across
// Tencent and Zenlayer accounts planned as one operation.
#include "DialectRegistry.h"
#include "ErrorCatalog.h"
#include "TeardownPlanner.h"
#include "TencentRules.h"
#include "TencentStates.h"
#include "ZenlayerDialect.h"
#include "ZenlayerRules.h"
#include "ZenlayerStates.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kZl = u"acc-zl"_s;
const QString kTc = u"acc-tc"_s;
const QDateTime kNow(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);

Instance zlInstance(const QString& id, const QString& status, const QString& charge = u"POSTPAID"_s,
                    const QString& zone = u"SEL-A"_s)
{
    Instance i;
    i.provider = ProviderId::Zenlayer;
    i.accountId = kZl;
    i.region = zone;
    i.zone = zone;
    i.id = id;
    i.name = u"bmc-"_s + id;
    i.rawState = status;
    i.lifecycle = ZenlayerStates::lifecycleOf(status);
    i.rawChargeType = charge;
    i.chargeClass = ZenlayerStates::chargeClassOf(charge);
    return i;
}

QString zlId(int n)
{
    return QString::number(739591339487371934LL + n);
}

struct Accounts
{
    Account zenlayer;
    Account tencent;
    ZenlayerRules zenlayerRules;
    TencentRules tencentRules;

    Accounts()
    {
        zenlayer.id = kZl;
        zenlayer.name = u"Zenlayer"_s;
        zenlayer.dialect = Dialect::Zenlayer;
        tencent.id = kTc;
        tencent.name = u"Tencent"_s;
        tencent.dialect = Dialect::TencentApi3;
    }

    TeardownPlanner planner()
    {
        return TeardownPlanner(
            [this](const QString& id) -> TeardownPlanner::AccountRules {
                if (id == kZl)
                    return {&zenlayer, &zenlayerRules};
                if (id == kTc)
                    return {&tencent, &tencentRules};
                return {};
            },
            [] { return kNow; });
    }
};

} // namespace

class ZenlayerRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void returnRules_data();
    void returnRules();
    void releaseRules_data();
    void releaseRules();
    void everyRefusalHasTranslatedText();
    void terminateIsOneIdPerCall();
    void releaseIsUpTo100PerCall();
    void recycleBinIs24Hours();
    void alreadyDone_data();
    void alreadyDone();
    void instanceIds_data();
    void instanceIds();
    void noRefundQuotes();
    void subscriptionIsSaidInThePlan();
    void mixedProvidersPlanAsOneOperation();
};

void ZenlayerRulesTest::initTestCase()
{
    // Blocked codes are described through the dialect's error table (the directory registers
    // every dialect; this test links Zenlayer's alone).
    DialectRegistry::add(ZenlayerDialect::info());
}

void ZenlayerRulesTest::returnRules_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("charge");
    QTest::addColumn<QString>("blocked");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("end");

    const int recycle = int(Outcome::MovedToRecycleBin);
    const int sub = int(Outcome::SubscriptionCancelled);
    const int failed = int(Outcome::DeletedCreationFailed);
    const int inBin = int(ExpectedEnd::InRecycleBin);
    const int same = int(ExpectedEnd::Unchanged);
    const int gone = int(ExpectedEnd::Gone);
    const QString post = u"POSTPAID"_s;
    const QString pre = u"PREPAID"_s;
    // Allowed: to the recycle bin (pay as you go), subscription cancelled (subscription).
    for (const QString& s : {u"RUNNING"_s, u"STOPPED"_s, u"INSTALL_FAILED"_s, u"BOOTING"_s, u"STOPPING"_s}) {
        QTest::addRow("%s postpaid", qPrintable(s)) << s << post << QString() << recycle << inBin;
        QTest::addRow("%s prepaid", qPrintable(s)) << s << pre << QString() << sub << same;
    }
    // Creation failed: deleted at once, whatever the charge type.
    QTest::newRow("CREATE_FAILED postpaid") << u"CREATE_FAILED"_s << post << QString() << failed << gone;
    QTest::newRow("CREATE_FAILED prepaid") << u"CREATE_FAILED"_s << pre << QString() << failed << gone;
    // Refused with the seed's codes.
    for (const QString& c : {post, pre}) {
        QTest::addRow("CREATING %s", qPrintable(c))
            << u"CREATING"_s << c << u"OPERATION_DENIED_INSTANCE_CREATING"_s << 0 << 0;
        QTest::addRow("PENDING %s", qPrintable(c))
            << u"PENDING"_s << c << u"OPERATION_DENIED_INSTANCE_CREATING"_s << 0 << 0;
        QTest::addRow("INSTALLING %s", qPrintable(c))
            << u"INSTALLING"_s << c << u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s << 0 << 0;
        QTest::addRow("RECYCLE %s", qPrintable(c))
            << u"RECYCLE"_s << c << u"OPERATION_DENIED_INSTANCE_RECYCLED"_s << 0 << 0;
        QTest::addRow("RECYCLING %s", qPrintable(c))
            << u"RECYCLING"_s << c << u"OPERATION_FAILED_FOR_RECYCLE_RESOURCE"_s << 0 << 0;
    }
}

void ZenlayerRulesTest::returnRules()
{
    QFETCH(QString, status);
    QFETCH(QString, charge);
    QFETCH(QString, blocked);
    QFETCH(int, outcome);
    QFETCH(int, end);

    Accounts a;
    const TeardownPlan plan = a.planner().plan({zlInstance(zlId(1), status, charge)}, Intent::Return);
    QCOMPARE(plan.items.size(), 1);
    const Decision& d = plan.items.first().decision;
    QCOMPARE(d.blockedCode, blocked);
    if (!blocked.isEmpty()) {
        QVERIFY(plan.calls.isEmpty());
        return;
    }
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(int(d.expectedEnd), end);
    QCOMPARE(d.action, u"TerminateInstance"_s);
    QCOMPARE(plan.calls.size(), 1);
    QCOMPARE(plan.calls.first().instanceIds, QStringList{zlId(1)});
    QCOMPARE(plan.calls.first().region, u"SEL-A"_s);
    // Only a deletion is irreversible through the API; the recycle bin and a cancelled
    // subscription are not.
    QCOMPARE(plan.irreversibleCount(), outcome == int(Outcome::DeletedCreationFailed) ? 1 : 0);
}

void ZenlayerRulesTest::releaseRules_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("blocked");
    for (const QString& s : ZenlayerStates::allStates()) {
        QTest::addRow("%s", qPrintable(s))
            << s << (s == u"RECYCLE"_s ? QString() : u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s);
    }
}

void ZenlayerRulesTest::releaseRules()
{
    QFETCH(QString, status);
    QFETCH(QString, blocked);
    Accounts a;
    for (const QString& charge : {u"POSTPAID"_s, u"PREPAID"_s}) {
        const TeardownPlan plan = a.planner().plan({zlInstance(zlId(2), status, charge)}, Intent::Release);
        const Decision& d = plan.items.first().decision;
        QCOMPARE(d.blockedCode, blocked);
        if (blocked.isEmpty()) {
            QCOMPARE(d.action, u"ReleaseInstances"_s);
            QCOMPARE(d.outcome, Outcome::DestroyedNow);
            QCOMPARE(d.expectedEnd, ExpectedEnd::Gone);
            QVERIFY(plan.requiresTypedConfirmation());
        }
    }
}

void ZenlayerRulesTest::everyRefusalHasTranslatedText()
{
    ZenlayerRules rules;
    for (const QString& s : ZenlayerStates::allStates()) {
        for (Intent intent : {Intent::Return, Intent::Release}) {
            const Decision d = rules.decide(zlInstance(zlId(3), s), intent);
            if (!d.isAllowed())
                QVERIFY2(ErrorCatalog::contains(d.blockedCode), qPrintable(d.blockedCode));
        }
        QVERIFY2(ZenlayerStates::lifecycleOf(s) != Lifecycle::Unknown, qPrintable(s));
    }
    QCOMPARE(ZenlayerStates::lifecycleOf(u"RECYCLE"), Lifecycle::RecycleBin);
    QCOMPARE(ZenlayerStates::lifecycleOf(u"CREATE_FAILED"), Lifecycle::CreateFailed);
    QCOMPARE(ZenlayerStates::chargeClassOf(u"PREPAID"), ChargeClass::Prepaid);
    QCOMPARE(ZenlayerStates::chargeClassOf(u"POSTPAID"), ChargeClass::Postpaid);
    QCOMPARE(ZenlayerStates::lifecycleOf(u"RELEASED"), Lifecycle::Unknown); // no such status
}

void ZenlayerRulesTest::terminateIsOneIdPerCall()
{
    Accounts a;
    QList<Instance> selection;
    for (int n = 0; n < 5; ++n)
        selection << zlInstance(zlId(n), u"RUNNING"_s);
    const TeardownPlan plan = a.planner().plan(selection, Intent::Return);
    QCOMPARE(plan.calls.size(), 5);
    for (const PlannedCall& c : plan.calls) {
        QCOMPARE(c.instanceIds.size(), 1);
        QCOMPARE(c.action, u"TerminateInstance"_s);
    }
}

void ZenlayerRulesTest::releaseIsUpTo100PerCall()
{
    Accounts a;
    QList<Instance> selection;
    for (int n = 0; n < 230; ++n)
        selection << zlInstance(zlId(n), u"RECYCLE"_s, n % 2 ? u"PREPAID"_s : u"POSTPAID"_s,
                                n < 210 ? u"SEL-A"_s : u"HKG-A"_s);
    const TeardownPlan plan = a.planner().plan(selection, Intent::Release);
    // Per zone, chunks of at most 100 (charge types may share a call).
    QList<qsizetype> sizes;
    for (const PlannedCall& c : plan.calls)
        sizes << c.instanceIds.size();
    QCOMPARE(sizes, (QList<qsizetype>{100, 100, 10, 20}));
    QCOMPARE(plan.calls.at(3).region, u"HKG-A"_s);
}

void ZenlayerRulesTest::recycleBinIs24Hours()
{
    Accounts a;
    const TeardownPlan plan = a.planner().plan({zlInstance(zlId(1), u"RUNNING"_s)}, Intent::Return);
    QCOMPARE(plan.items.first().recoverableUntil, kNow.addSecs(24 * 3600));
    ZenlayerRules rules;
    QCOMPARE(rules.recoverableUntil({}, kNow), kNow.addDays(1));
}

void ZenlayerRulesTest::alreadyDone_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("intent");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("done");
    const int ret = int(Intent::Return);
    const int rel = int(Intent::Release);
    QTest::newRow("terminate, already recycled")
        << u"RUNNING"_s << ret << u"OPERATION_DENIED_INSTANCE_RECYCLED"_s << true;
    QTest::newRow("terminate, not found") << u"RUNNING"_s << ret << u"INVALID_INSTANCE_NOT_FOUND"_s << false;
    QTest::newRow("terminate, installing")
        << u"RUNNING"_s << ret << u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s << false;
    QTest::newRow("terminate create-failed, recycled")
        << u"CREATE_FAILED"_s << ret << u"OPERATION_DENIED_INSTANCE_RECYCLED"_s << false;
    QTest::newRow("release, not found") << u"RECYCLE"_s << rel << u"INVALID_INSTANCE_NOT_FOUND"_s << true;
    QTest::newRow("release, resource not found")
        << u"RECYCLE"_s << rel << u"OPERATION_FAILED_RESOURCE_NOT_FOUND"_s << true;
    QTest::newRow("release, not recycled")
        << u"RECYCLE"_s << rel << u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s << false;
    QTest::newRow("release, throttled") << u"RECYCLE"_s << rel << u"REQUEST_LIMIT_EXCEEDED"_s << false;
}

void ZenlayerRulesTest::alreadyDone()
{
    QFETCH(QString, status);
    QFETCH(int, intent);
    QFETCH(QString, code);
    QFETCH(bool, done);
    ZenlayerRules rules;
    const Decision d = rules.decide(zlInstance(zlId(1), status), Intent(intent));
    QVERIFY(d.isAllowed());
    QCOMPARE(rules.meansAlreadyDone(ProviderError::api(code, u"m"_s, u"r"_s, 403), d), done);
    // Only the provider's answer counts, not a transport failure that happens to carry the code.
    ProviderError local = ProviderError::local(code);
    QVERIFY(!rules.meansAlreadyDone(local, d));
}

void ZenlayerRulesTest::instanceIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("numeric") << u"739591339487371934"_s << true;
    QTest::newRow("short numeric") << u"1234567654321"_s << true;
    QTest::newRow("tencent id") << u"ins-abcd1234"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("trailing newline") << u"739591339487371934\n"_s << false;
    QTest::newRow("space") << u"7395 91339"_s << false;
    QTest::newRow("too long") << QString(33, u'1') << false;
}

void ZenlayerRulesTest::instanceIds()
{
    QFETCH(QString, id);
    QFETCH(bool, wellFormed);
    QCOMPARE(ZenlayerRules().isWellFormedId(id), wellFormed);
    Accounts a;
    const TeardownPlan plan = a.planner().plan({zlInstance(id, u"RUNNING"_s)}, Intent::Return);
    QCOMPARE(plan.items.first().decision.blockedCode, wellFormed ? QString() : u"Teardown.InvalidInstanceId"_s);
}

void ZenlayerRulesTest::noRefundQuotes()
{
    ZenlayerRules rules;
    for (const QString& charge : {u"POSTPAID"_s, u"PREPAID"_s}) {
        const Instance i = zlInstance(zlId(1), u"RUNNING"_s, charge);
        QVERIFY(!rules.quotesRefund(i, rules.decide(i, Intent::Return)));
    }
    QVERIFY(!rules.offersReleaseAddress());
    QVERIFY(!rules.offersReleasePrepaidDataDisks());
}

void ZenlayerRulesTest::subscriptionIsSaidInThePlan()
{
    Accounts a;
    const TeardownPlan plan = a.planner().plan(
        {zlInstance(zlId(1), u"RUNNING"_s, u"PREPAID"_s), zlInstance(zlId(2), u"RUNNING"_s)}, Intent::Return);
    QCOMPARE(plan.count(Outcome::SubscriptionCancelled), 1);
    QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 1);
    QVERIFY(!outcomeLabel(Outcome::SubscriptionCancelled).isEmpty());
    QVERIFY(!plan.items.first().recoverableUntil.isValid()); // not in the recycle bin
}

void ZenlayerRulesTest::mixedProvidersPlanAsOneOperation()
{
    Accounts a;
    Instance tc;
    tc.provider = ProviderId::Tencent;
    tc.accountId = kTc;
    tc.region = u"ap-guangzhou"_s;
    tc.id = u"ins-0000abcd"_s;
    tc.rawState = u"RUNNING"_s;
    tc.lifecycle = TencentStates::lifecycleOf(tc.rawState);
    tc.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    Instance tc2 = tc;
    tc2.id = u"ins-0000abce"_s;
    const QList<Instance> selection{tc, zlInstance(zlId(1), u"RUNNING"_s), tc2, zlInstance(zlId(2), u"CREATE_FAILED"_s),
                                    zlInstance(zlId(3), u"CREATING"_s)};
    const TeardownPlan plan = a.planner().plan(selection, Intent::Return);
    QCOMPARE(plan.items.size(), 5);
    QCOMPARE(plan.allowedCount(), 4);
    QCOMPARE(plan.blockedCount(), 1);
    // One Tencent batch for both, one Zenlayer call per instance, in one plan.
    QCOMPARE(plan.calls.size(), 3);
    QCOMPARE(plan.calls.at(0).accountId, kTc);
    QCOMPARE(plan.calls.at(0).instanceIds, (QStringList{tc.id, tc2.id}));
    QCOMPARE(plan.calls.at(1).action, u"TerminateInstance"_s);
    QCOMPARE(plan.calls.at(2).outcome, Outcome::DeletedCreationFailed);
    QVERIFY(plan.requiresTypedConfirmation()); // Tencent pay-as-you-go and a failed creation are destroyed
}

QTEST_GUILESS_MAIN(ZenlayerRulesTest)
#include "tst_zenlayerrules.moc"

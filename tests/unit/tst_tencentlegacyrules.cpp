// The legacy API 2.0 return rules (reference §5.3, §5.4, seeds 000 and 001) through
// TeardownPlanner with TencentLegacyRules: which call each instance gets, the refusals made before
// anything is sent (prepaid instances with the seed's advice to submit a ticket), and batching.
#include "DialectRegistry.h"
#include "ErrorCatalog.h"
#include "TeardownPlanner.h"
#include "TencentLegacyDialect.h"
#include "TencentLegacyRules.h"
#include "TencentStates.h"
#include "TranslationLoader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"acc-legacy"_s;
const QString kGz = u"ap-guangzhou"_s;

QString insId(int n)
{
    return u"ins-%1"_s.arg(n, 8, 36, QChar(u'0'));
}

Instance makeInstance(const QString& id, const QString& state, const QString& charge)
{
    Instance i;
    i.accountId = kAccount;
    i.region = kGz;
    i.id = id;
    i.name = u"legacy "_s + id;
    i.rawState = state;
    i.lifecycle = TencentStates::lifecycleOf(state);
    i.rawChargeType = charge;
    i.chargeClass = TencentStates::chargeClassOf(charge);
    i.lastOperation = {u"StartInstances"_s, u"SUCCESS"_s, {}};
    return i;
}

} // namespace

class TencentLegacyRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decide_data();
    void decide();
    void everyRefusalHasTextInBothLanguages();
    void seedAndCommonCodesHaveTextInBothLanguages_data();
    void seedAndCommonCodesHaveTextInBothLanguages();
    void returnSendsOneIdPerCall();
    void releaseBatchesAtMost100OfOneChargeType();
    void malformedIdsNeverReachTheRules_data();
    void malformedIdsNeverReachTheRules();
    void noRefundQuotes();

private:
    TeardownPlan plan(const QList<Instance>& selection, Intent intent) const;

    Account m_account;
    TencentLegacyRules m_rules;
};

void TencentLegacyRulesTest::initTestCase()
{
    // Blocked codes are described through the dialect's error tables (the directory registers
    // every dialect; this test links the legacy one alone).
    DialectRegistry::add(TencentLegacyDialect::info());
    m_account.id = kAccount;
    m_account.name = u"Legacy"_s;
    m_account.dialect = Dialect::TencentLegacy;
}

TeardownPlan TencentLegacyRulesTest::plan(const QList<Instance>& selection, Intent intent) const
{
    TeardownPlanner planner([this](const QString& id) -> TeardownPlanner::AccountRules {
        if (id == kAccount)
            return {&m_account, &m_rules};
        return {};
    });
    return planner.plan(selection, intent);
}

void TencentLegacyRulesTest::decide_data()
{
    QTest::addColumn<Instance>("instance");
    QTest::addColumn<int>("intent");
    QTest::addColumn<QString>("blockedCode"); // empty: allowed
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("maxPerCall");

    const int ret = int(Intent::Return);
    const int rel = int(Intent::Release);
    const QString none;
    const QString returnInstance = u"ReturnInstance"_s;
    const QString terminate = u"TerminateInstances"_s;
    const QString invalidStatus = u"OperationConstraints.InvaildInstanceStatus"_s;

    auto row = [](const char* name, const Instance& i, int intent, const QString& code, const QString& action,
                  int max) { QTest::newRow(name) << i << intent << code << action << max; };

    row("hourly running: ReturnInstance", makeInstance(insId(1), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s), ret, none,
        returnInstance, 1);
    row("hourly stopped: ReturnInstance", makeInstance(insId(2), u"STOPPED"_s, u"POSTPAID_BY_HOUR"_s), ret, none,
        returnInstance, 1);
    row("spot running: ReturnInstance", makeInstance(insId(3), u"RUNNING"_s, u"SPOTPAID"_s), ret, none, returnInstance,
        1);
    row("prepaid: refused before sending, submit a ticket", makeInstance(insId(4), u"RUNNING"_s, u"PREPAID"_s), ret,
        u"Teardown.LegacyPostpaidOnly"_s, none, 0);
    row("dedicated-host billing: not postpaid", makeInstance(insId(5), u"RUNNING"_s, u"CDHPAID"_s), ret,
        u"Teardown.LegacyPostpaidOnly"_s, none, 0);
    Instance protectedOne = makeInstance(insId(6), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s);
    protectedOne.terminationProtected = true;
    row("protected", protectedOne, ret, u"UnsupportedOperation.InstancesProtected"_s, none, 0);
    for (const char* state : {"PENDING", "STARTING", "STOPPING", "REBOOTING", "TERMINATING", "LAUNCH_FAILED",
                              "RESCUE_MODE", "SERVICE_LIVE_MIGRATE"}) {
        const QByteArray name = "state " + QByteArray(state) + ": the seed's status error";
        row(name.constData(), makeInstance(insId(7), QString::fromLatin1(state), u"POSTPAID_BY_HOUR"_s), ret,
            invalidStatus, none, 0);
    }
    Instance operating = makeInstance(insId(8), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s);
    operating.lastOperation.state = u"OPERATING"_s;
    row("operation in progress", operating, ret, invalidStatus, none, 0);
    Instance banned = makeInstance(insId(9), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s);
    banned.restriction = u"PROTECTIVELY_ISOLATED"_s;
    row("isolated by the platform", banned, ret, invalidStatus, none, 0);
    row("already in the recycle bin", makeInstance(insId(10), u"SHUTDOWN"_s, u"PREPAID"_s), ret,
        u"Teardown.AlreadyInRecycleBin"_s, none, 0);

    row("release prepaid in the recycle bin: TerminateInstances", makeInstance(insId(11), u"SHUTDOWN"_s, u"PREPAID"_s),
        rel, none, terminate, 100);
    row("release hourly in the recycle bin: TerminateInstances",
        makeInstance(insId(12), u"SHUTDOWN"_s, u"POSTPAID_BY_HOUR"_s), rel, none, terminate, 100);
    row("release running: not in the recycle bin", makeInstance(insId(13), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s), rel,
        u"Teardown.NotInRecycleBin"_s, none, 0);
    Instance protectedInBin = makeInstance(insId(14), u"SHUTDOWN"_s, u"PREPAID"_s);
    protectedInBin.terminationProtected = true;
    row("release protected", protectedInBin, rel, u"UnsupportedOperation.InstancesProtected"_s, none, 0);
}

void TencentLegacyRulesTest::decide()
{
    QFETCH(Instance, instance);
    QFETCH(int, intent);
    QFETCH(QString, blockedCode);
    QFETCH(QString, action);
    QFETCH(int, maxPerCall);

    const Decision d = m_rules.decide(instance, Intent(intent));
    QCOMPARE(d.blockedCode, blockedCode);
    if (!blockedCode.isEmpty())
        return;
    QCOMPARE(d.action, action);
    QCOMPARE(d.maxPerCall, maxPerCall);
    QCOMPARE(d.outcome, Outcome::DestroyedNow);
    QCOMPARE(d.expectedEnd, ExpectedEnd::Gone);

    // The plan carries the same verdict, and the call it will send.
    const TeardownPlan p = plan({instance}, Intent(intent));
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(p.items.first().decision.action, action);
    QCOMPARE(p.calls.size(), 1);
    QCOMPARE(p.calls.first().action, action);
}

void TencentLegacyRulesTest::everyRefusalHasTextInBothLanguages()
{
    TranslationLoader loader;
    for (const QString& code : {u"Teardown.LegacyPostpaidOnly"_s, u"OperationConstraints.InvaildInstanceStatus"_s}) {
        QVERIFY2(ErrorCatalog::contains(code), qPrintable(code));
        QVERIFY(loader.apply(u"en"_s));
        const QString english = ErrorCatalog::text(code);
        QVERIFY(loader.apply(u"zh_CN"_s));
        const QString chinese = ErrorCatalog::text(code);
        QVERIFY(loader.apply(u"en"_s));
        QVERIFY2(chinese != english, qPrintable(code));
        if (code == u"Teardown.LegacyPostpaidOnly"_s) {
            // The plan tells prepaid users what the seed tells them: submit a ticket.
            QVERIFY2(english.contains(u"ticket"_s), qPrintable(english));
            QVERIFY2(chinese.contains(u"工单"_s), qPrintable(chinese));
        }
    }
}

void TencentLegacyRulesTest::seedAndCommonCodesHaveTextInBothLanguages_data()
{
    QTest::addColumn<QString>("code");
    // Seed 000 (ReturnInstance), seed 001 (TerminateInstances 2017-03-12 on the legacy host) and
    // the legacy numeric common codes of reference §5.6.
    const QStringList codes{u"OperationConstraints.InvaildInstanceStatus"_s,
                            u"MissingParameter"_s,
                            u"InvalidInstanceId.Malformed"_s,
                            u"InvalidParameterValue"_s,
                            u"InvalidParameterValue.LimitExceeded"_s,
                            u"InvalidInstance.NotSupported"_s,
                            u"InvalidInstanceNotSupportedPrepaidInstance"_s,
                            u"InternalServerError"_s,
                            u"4000"_s,
                            u"4100"_s,
                            u"4101"_s,
                            u"4102"_s,
                            u"4103"_s,
                            u"4104"_s,
                            u"4105"_s,
                            u"4106"_s,
                            u"4110"_s,
                            u"4200"_s,
                            u"4300"_s,
                            u"4400"_s,
                            u"4500"_s,
                            u"4600"_s,
                            u"5000"_s,
                            u"5100"_s,
                            u"5200"_s,
                            u"5300"_s,
                            u"5400"_s,
                            u"5500"_s,
                            u"6000"_s,
                            u"6100"_s,
                            u"6200"_s};
    for (const QString& code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TencentLegacyRulesTest::seedAndCommonCodesHaveTextInBothLanguages()
{
    QFETCH(QString, code);
    QVERIFY2(ErrorCatalog::contains(code), qPrintable(code));
    TranslationLoader loader;
    QVERIFY(loader.apply(u"en"_s));
    const QString english = ErrorCatalog::text(code);
    QVERIFY(loader.apply(u"zh_CN"_s));
    const QString chinese = ErrorCatalog::text(code);
    QVERIFY(loader.apply(u"en"_s));
    QVERIFY(!english.isEmpty());
    QVERIFY2(chinese != english, qPrintable(code + u": "_s + chinese));
    // The describe line for the provider's answer names the code, so it can be looked up.
    QVERIFY(ErrorCatalog::describe(ProviderError::api(code, {}, {})).contains(code));
}

void TencentLegacyRulesTest::returnSendsOneIdPerCall()
{
    QList<Instance> selection;
    for (int n = 0; n < 5; ++n)
        selection << makeInstance(insId(100 + n), u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s);
    selection << makeInstance(insId(200), u"RUNNING"_s, u"PREPAID"_s);

    const TeardownPlan p = plan(selection, Intent::Return);
    QCOMPARE(p.calls.size(), 5);
    for (const PlannedCall& c : p.calls) {
        QCOMPARE(c.action, u"ReturnInstance"_s);
        QCOMPARE(c.instanceIds.size(), 1);
    }
    QCOMPARE(p.allowedCount(), 5);
    QCOMPARE(p.item(Instance::keyFor(kAccount, insId(200)))->decision.blockedCode, u"Teardown.LegacyPostpaidOnly"_s);
}

void TencentLegacyRulesTest::releaseBatchesAtMost100OfOneChargeType()
{
    QList<Instance> selection;
    for (int n = 0; n < 150; ++n)
        selection << makeInstance(insId(1000 + n), u"SHUTDOWN"_s, u"PREPAID"_s);
    for (int n = 0; n < 3; ++n)
        selection << makeInstance(insId(2000 + n), u"SHUTDOWN"_s, u"POSTPAID_BY_HOUR"_s);

    const TeardownPlan p = plan(selection, Intent::Release);
    QCOMPARE(p.calls.size(), 3);
    QList<int> sizes;
    for (const PlannedCall& c : p.calls) {
        QCOMPARE(c.action, u"TerminateInstances"_s);
        QVERIFY(c.instanceIds.size() <= 100);
        sizes << int(c.instanceIds.size());
        for (const QString& id : c.instanceIds)
            QCOMPARE(p.item(Instance::keyFor(kAccount, id))->instance.rawChargeType, c.batchKey);
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<int>{3, 50, 100}));
}

void TencentLegacyRulesTest::malformedIdsNeverReachTheRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("listing id") << u"ins-r8hr2upy"_s << true;
    QTest::newRow("old unInstanceId") << u"qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a"_s << false;
    QTest::newRow("too short") << u"ins-1122"_s << false;
    QTest::newRow("upper case") << u"ins-R8HR2UPY"_s << false;
    QTest::newRow("trailing newline") << u"ins-r8hr2upy\n"_s << false;
    QTest::newRow("parameter injection") << u"ins-r8hr2upy&InstanceIds.1=ins-5d8a23rs"_s << false;
}

void TencentLegacyRulesTest::malformedIdsNeverReachTheRules()
{
    QFETCH(QString, id);
    QFETCH(bool, wellFormed);
    QCOMPARE(m_rules.isWellFormedId(id), wellFormed);
    const TeardownPlan p = plan({makeInstance(id, u"RUNNING"_s, u"POSTPAID_BY_HOUR"_s)}, Intent::Return);
    QCOMPARE(p.calls.size(), wellFormed ? 1 : 0);
    if (!wellFormed)
        QCOMPARE(p.items.first().decision.blockedCode, u"Teardown.InvalidInstanceId"_s);
}

void TencentLegacyRulesTest::noRefundQuotes()
{
    const Instance i = makeInstance(insId(3000), u"SHUTDOWN"_s, u"PREPAID"_s);
    QVERIFY(!m_rules.quotesRefund(i, m_rules.decide(i, Intent::Release)));
}

QTEST_GUILESS_MAIN(TencentLegacyRulesTest)
#include "tst_tencentlegacyrules.moc"

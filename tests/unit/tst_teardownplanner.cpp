// The Tencent return rules (reference §3.3 states, §4.1 TerminateInstances, §4.4) through
// TeardownPlanner with TencentRules: per instance the outcome or the exact refusal code, the
// batching into calls, the confirmation friction and which instances get a refund quote.
#include "DialectRegistry.h"
#include "ErrorCatalog.h"
#include "ProviderDirectory.h"
#include "RefundQuoter.h"
#include "TeardownPlanner.h"
#include "TencentDialect.h"
#include "TencentRules.h"
#include "TencentStates.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDev = u"acc-dev"_s;
const QString kProd = u"acc-prod"_s;
const QString kReadOnly = u"acc-ro"_s;
const QString kGz = u"ap-guangzhou"_s;
const QString kSh = u"ap-shanghai"_s;
const QString kPrepaid = u"PREPAID"_s;
const QString kPostpaid = u"POSTPAID_BY_HOUR"_s;
const QString kSpot = u"SPOTPAID"_s;
const QString kTerminate = u"TerminateInstances"_s;
const QDateTime kNow(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);

// ins- and 8 lowercase letters or digits, distinct for every n.
QString insId(int n)
{
    return u"ins-%1"_s.arg(n, 8, 36, QChar(u'0'));
}

Instance makeInstance(const QString& accountId, const QString& region, const QString& id, const QString& state,
                      const QString& charge)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = accountId;
    i.region = region;
    i.zone = region + u"-3"_s;
    i.id = id;
    i.name = u"测试服务器-"_s + id;
    i.rawState = state;
    i.lifecycle = TencentStates::lifecycleOf(state);
    i.rawChargeType = charge;
    i.chargeClass = TencentStates::chargeClassOf(charge);
    i.lastOperation = {u"StartInstances"_s, u"SUCCESS"_s, u"c7de1287-061d-4ace-8caf-6ad8e5a2f29a"_s};
    return i;
}

QString endKey(ExpectedEnd end)
{
    switch (end) {
    case ExpectedEnd::Gone:
        return u"gone"_s;
    case ExpectedEnd::InRecycleBin:
        return u"recycle-bin"_s;
    case ExpectedEnd::Unchanged:
        return u"unchanged"_s;
    }
    return {};
}

// A provider that only has an account and the real Tencent rules; it answers refund quotes from
// memory and records what was asked.
class FakeTencentProvider : public Provider
{
    Q_OBJECT

public:
    explicit FakeTencentProvider(const Account& account)
        : m_account(account)
    { }

    const Account& account() const override { return m_account; }
    const TeardownRules& rules() const override { return m_rules; }
    void setLanguage(const QString&) override { }
    RegionListReply* listRegions() override { return nullptr; }
    InstanceListReply* listInstances(const QString&, const InstanceQuery&) override { return nullptr; }
    InstanceListReply* readInstances(const QString&, const QStringList&) override { return nullptr; }
    StateReadReply* readStates(const QString&, const QStringList&) override { return nullptr; }
    RefundQuoteReply* quoteRefunds(const QString& region, const QStringList& ids) override
    {
        quoteRequests.append({region, ids});
        auto* reply = new RefundQuoteReply(this);
        for (const QString& id : ids)
            reply->quotes.append(RefundQuote{{}, id, 12.5, u"退款:12.5元"_s});
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(ProviderError()); }, Qt::QueuedConnection);
        return reply;
    }
    ActionReply* execute(const PlannedCall&) override { return nullptr; }
    QString describeCall(const PlannedCall&) const override { return {}; }

    QList<std::pair<QString, QStringList>> quoteRequests;

private:
    Account m_account;
    TencentRules m_rules;
};

} // namespace

class TeardownPlannerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statesAndChargeTypesMatchReference();
    void rules_data();
    void rules();
    void commercialImage_data();
    void commercialImage();
    void instanceIds_data();
    void instanceIds();
    void accounts_data();
    void accounts();
    void batchesOfAtMost100_data();
    void batchesOfAtMost100();
    void oneChargeTypePerCall();
    void releaseSeparatesChargeTypes();
    void separateCallsPerAccountAndRegion();
    void duplicatesAndSameIdInTwoAccounts();
    void typedConfirmation_data();
    void typedConfirmation();
    void optionsReachTheCalls();
    void refundQuotesOnlyForPrepaid();

private:
    FakeTencentProvider* addAccount(const QString& id, const QString& name, bool production, bool readOnly);
    TeardownPlanner planner() const;

    ProviderDirectory* m_directory = nullptr;
    QHash<QString, FakeTencentProvider*> m_providers;
};

FakeTencentProvider* TeardownPlannerTest::addAccount(const QString& id, const QString& name, bool production,
                                                     bool readOnly)
{
    Account account;
    account.id = id;
    account.dialect = Dialect::TencentApi3;
    account.name = name;
    account.keyId = u"AKIDSANDBOX"_s;
    account.production = production;
    account.readOnly = readOnly;
    auto* provider = new FakeTencentProvider(account);
    m_directory->add(provider);
    m_providers.insert(id, provider);
    return provider;
}

void TeardownPlannerTest::initTestCase()
{
    // Blocked codes are described through the dialect's error table (the directory registers
    // every dialect; this test links Tencent's alone).
    DialectRegistry::add(TencentDialect::info());
}

void TeardownPlannerTest::init()
{
    m_directory = new ProviderDirectory(this);
    m_providers.clear();
    addAccount(kDev, u"开发 dev"_s, false, false);
    addAccount(kProd, u"Production"_s, true, false);
    addAccount(kReadOnly, u"Audit (read-only)"_s, false, true);
}

void TeardownPlannerTest::cleanup()
{
    delete m_directory;
    m_directory = nullptr;
    m_providers.clear();
}

TeardownPlanner TeardownPlannerTest::planner() const
{
    return TeardownPlanner(m_directory->plannerLookup(), [] { return kNow; });
}

void TeardownPlannerTest::statesAndChargeTypesMatchReference()
{
    // Reference §3.3: the 15 InstanceState values and the 5 InstanceChargeType values.
    QStringList states = TencentStates::allStates();
    QStringList expectedStates{u"PENDING"_s,
                               u"LAUNCH_FAILED"_s,
                               u"RUNNING"_s,
                               u"STOPPED"_s,
                               u"STARTING"_s,
                               u"STOPPING"_s,
                               u"REBOOTING"_s,
                               u"SHUTDOWN"_s,
                               u"TERMINATING"_s,
                               u"ENTER_RESCUE_MODE"_s,
                               u"RESCUE_MODE"_s,
                               u"EXIT_RESCUE_MODE"_s,
                               u"ENTER_SERVICE_LIVE_MIGRATE"_s,
                               u"SERVICE_LIVE_MIGRATE"_s,
                               u"EXIT_SERVICE_LIVE_MIGRATE"_s};
    states.sort();
    expectedStates.sort();
    QCOMPARE(states, expectedStates);

    QStringList charges = TencentStates::allChargeTypes();
    QStringList expectedCharges{kPrepaid, kPostpaid, u"CDHPAID"_s, kSpot, u"CDCPAID"_s};
    charges.sort();
    expectedCharges.sort();
    QCOMPARE(charges, expectedCharges);

    QCOMPARE(TencentStates::lifecycleOf(u"SHUTDOWN"), Lifecycle::RecycleBin);
    QCOMPARE(TencentStates::chargeClassOf(kPrepaid), ChargeClass::Prepaid);
    QCOMPARE(TencentStates::chargeClassOf(kSpot), ChargeClass::Spot);
}

void TeardownPlannerTest::rules_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("charge");
    QTest::addColumn<int>("intent"); // Intent
    QTest::addColumn<bool>("protectedFlag");
    QTest::addColumn<QString>("restriction");
    QTest::addColumn<QString>("latestOperationState");
    QTest::addColumn<QString>("blockedCode"); // empty: allowed
    QTest::addColumn<int>("outcome"); // Outcome, when allowed
    QTest::addColumn<int>("expectedEnd"); // ExpectedEnd, when allowed

    const int ret = int(Intent::Return);
    const int rel = int(Intent::Release);
    const int destroyed = int(Outcome::DestroyedNow);
    const int recycled = int(Outcome::MovedToRecycleBin);
    const int gone = int(ExpectedEnd::Gone);
    const int inBin = int(ExpectedEnd::InRecycleBin);
    const QString none;

    // Allowed returns (reference §4.1): postpaid, spot and host-billed instances are destroyed at
    // once; a prepaid instance's first call moves it to the recycle bin (SHUTDOWN).
    for (const QString& state : {u"RUNNING"_s, u"STOPPED"_s}) {
        QTest::addRow("%s PREPAID return -> recycle bin", qPrintable(state))
            << state << kPrepaid << ret << false << none << none << none << recycled << inBin;
        for (const QString& charge : {kPostpaid, kSpot, u"CDHPAID"_s, u"CDCPAID"_s}) {
            QTest::addRow("%s %s return -> destroyed", qPrintable(state), qPrintable(charge))
                << state << charge << ret << false << none << none << none << destroyed << gone;
        }
        // Release acts only on the recycle bin.
        for (const QString& charge : {kPrepaid, kPostpaid}) {
            QTest::addRow("%s %s release -> not in recycle bin", qPrintable(state), qPrintable(charge))
                << state << charge << rel << false << none << none << u"Teardown.NotInRecycleBin"_s << 0 << 0;
        }
    }

    // The recycle bin: a second TerminateInstances destroys for good; a return would be that
    // second call, so it is refused and the operator has to release explicitly.
    for (const QString& charge : {kPrepaid, kPostpaid, kSpot}) {
        QTest::addRow("SHUTDOWN %s release -> destroyed", qPrintable(charge))
            << u"SHUTDOWN"_s << charge << rel << false << none << none << none << destroyed << gone;
        QTest::addRow("SHUTDOWN %s return -> already in recycle bin", qPrintable(charge))
            << u"SHUTDOWN"_s << charge << ret << false << none << none << u"Teardown.AlreadyInRecycleBin"_s << 0 << 0;
    }
    // An expired subscription sits in the recycle bin (RestrictState EXPIRED): it can be released.
    QTest::newRow("SHUTDOWN PREPAID expired release -> destroyed")
        << u"SHUTDOWN"_s << kPrepaid << rel << false << u"EXPIRED"_s << none << none << destroyed << gone;

    // Transitional and failed states: TerminateInstances answers UnsupportedOperation.InstanceState*
    // (reference §4.1 error list, §4.4 step 3), whatever the intent and charge type.
    const QList<std::pair<QString, QString>> refusals{
        {u"PENDING"_s, u"UnsupportedOperation.InstanceStatePending"_s},
        {u"LAUNCH_FAILED"_s, u"UnsupportedOperation.InstanceStateLaunchFailed"_s},
        {u"STARTING"_s, u"UnsupportedOperation.InstanceStateStarting"_s},
        {u"STOPPING"_s, u"UnsupportedOperation.InstanceStateStopping"_s},
        {u"REBOOTING"_s, u"UnsupportedOperation.InstanceStateRebooting"_s},
        {u"TERMINATING"_s, u"UnsupportedOperation.InstanceStateTerminating"_s},
        {u"ENTER_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateEnterRescueMode"_s},
        {u"EXIT_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateExitRescueMode"_s},
        {u"ENTER_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s},
        {u"EXIT_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateExitServiceLiveMigrate"_s},
        // The steady rescue and migration states have no code of their own in the reference.
        {u"RESCUE_MODE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
        {u"SERVICE_LIVE_MIGRATE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
        // Not in the enumeration at all: refused rather than guessed.
        {u"FROZEN"_s, u"UnsupportedOperation"_s},
        {QString(), u"UnsupportedOperation"_s},
    };
    for (const auto& [state, code] : refusals) {
        for (const QString& charge : {kPrepaid, kPostpaid}) {
            QTest::addRow("%s %s return -> %s", qPrintable(state), qPrintable(charge), qPrintable(code))
                << state << charge << ret << false << none << none << code << 0 << 0;
            QTest::addRow("%s %s release -> %s", qPrintable(state), qPrintable(charge), qPrintable(code))
                << state << charge << rel << false << none << none << code << 0 << 0;
        }
    }

    // Termination protection (DisableApiTermination) is refused first, in any state.
    const QString protectedCode = u"UnsupportedOperation.InstancesProtected"_s;
    QTest::newRow("protected RUNNING PREPAID return")
        << u"RUNNING"_s << kPrepaid << ret << true << none << none << protectedCode << 0 << 0;
    QTest::newRow("protected RUNNING POSTPAID return")
        << u"RUNNING"_s << kPostpaid << ret << true << none << none << protectedCode << 0 << 0;
    QTest::newRow("protected STOPPED SPOTPAID return")
        << u"STOPPED"_s << kSpot << ret << true << none << none << protectedCode << 0 << 0;
    QTest::newRow("protected SHUTDOWN PREPAID release")
        << u"SHUTDOWN"_s << kPrepaid << rel << true << none << none << protectedCode << 0 << 0;
    QTest::newRow("protected PENDING POSTPAID return")
        << u"PENDING"_s << kPostpaid << ret << true << none << none << protectedCode << 0 << 0;

    // Isolated for security reasons (RestrictState PROTECTIVELY_ISOLATED): the banned instance code.
    const QString banned = u"UnsupportedOperation.InstanceStateBanning"_s;
    QTest::newRow("banned RUNNING POSTPAID return")
        << u"RUNNING"_s << kPostpaid << ret << false << u"PROTECTIVELY_ISOLATED"_s << none << banned << 0 << 0;
    QTest::newRow("banned RUNNING PREPAID return")
        << u"RUNNING"_s << kPrepaid << ret << false << u"PROTECTIVELY_ISOLATED"_s << none << banned << 0 << 0;
    QTest::newRow("banned SHUTDOWN PREPAID release")
        << u"SHUTDOWN"_s << kPrepaid << rel << false << u"PROTECTIVELY_ISOLATED"_s << none << banned << 0 << 0;

    // LatestOperationState OPERATING: another operation is running on the instance.
    const QString busy = u"OperationDenied.InstanceOperationInProgress"_s;
    QTest::newRow("operating RUNNING POSTPAID return")
        << u"RUNNING"_s << kPostpaid << ret << false << none << u"OPERATING"_s << busy << 0 << 0;
    QTest::newRow("operating STOPPED PREPAID return")
        << u"STOPPED"_s << kPrepaid << ret << false << none << u"OPERATING"_s << busy << 0 << 0;
    QTest::newRow("operating SHUTDOWN PREPAID release")
        << u"SHUTDOWN"_s << kPrepaid << rel << false << none << u"OPERATING"_s << busy << 0 << 0;
    QTest::newRow("last operation failed RUNNING POSTPAID return -> destroyed")
        << u"RUNNING"_s << kPostpaid << ret << false << none << u"FAILED"_s << none << destroyed << gone;
}

void TeardownPlannerTest::commercialImage_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("charge");
    QTest::addColumn<int>("intent");
    QTest::addColumn<QString>("blockedCode");

    // A subscription with a commercial image cannot be returned (reference §4.1); pay-as-you-go
    // ones can, and so can a release of one already in the recycle bin.
    QTest::newRow("prepaid return") << u"RUNNING"_s << kPrepaid << int(Intent::Return)
                                    << u"UnsupportedOperation.RedHatInstanceTerminateUnsupported"_s;
    QTest::newRow("prepaid stopped return") << u"STOPPED"_s << kPrepaid << int(Intent::Return)
                                            << u"UnsupportedOperation.RedHatInstanceTerminateUnsupported"_s;
    QTest::newRow("postpaid return") << u"RUNNING"_s << kPostpaid << int(Intent::Return) << QString();
    QTest::newRow("recycle bin release") << u"SHUTDOWN"_s << kPrepaid << int(Intent::Release) << QString();
}

void TeardownPlannerTest::commercialImage()
{
    QFETCH(QString, state);
    QFETCH(QString, charge);
    QFETCH(int, intent);
    QFETCH(QString, blockedCode);
    Instance instance = makeInstance(kDev, kGz, u"ins-abcd1234"_s, state, charge);
    instance.osName = u"Red Hat Enterprise Linux 8.2 64位"_s;
    const TeardownPlan plan = planner().plan({instance}, Intent(intent));
    QCOMPARE(plan.items.first().decision.blockedCode, blockedCode);
    QCOMPARE(plan.calls.size(), blockedCode.isEmpty() ? 1 : 0);
}

void TeardownPlannerTest::rules()
{
    QFETCH(QString, state);
    QFETCH(QString, charge);
    QFETCH(int, intent);
    QFETCH(bool, protectedFlag);
    QFETCH(QString, restriction);
    QFETCH(QString, latestOperationState);
    QFETCH(QString, blockedCode);
    QFETCH(int, outcome);
    QFETCH(int, expectedEnd);

    Instance instance = makeInstance(kDev, kGz, u"ins-abcd1234"_s, state, charge);
    instance.terminationProtected = protectedFlag;
    instance.restriction = restriction;
    if (!latestOperationState.isEmpty())
        instance.lastOperation = {u"StopInstances"_s, latestOperationState, u"req-1"_s};

    const TeardownPlanner p = planner();
    const TeardownPlan plan = p.plan({instance}, Intent(intent));
    QCOMPARE(plan.intent, Intent(intent));
    QCOMPARE(plan.items.size(), 1);
    const PlanItem& item = plan.items.first();
    QCOMPARE(item.instance, instance);
    QCOMPARE(item.decision.blockedCode, blockedCode);
    // The runner re-checks with decide(): it must agree with the plan.
    QVERIFY(p.decide(instance, Intent(intent)) == item.decision);

    if (!blockedCode.isEmpty()) {
        QVERIFY2(ErrorCatalog::contains(blockedCode), qPrintable(blockedCode + u" has no text in the catalog"_s));
        QVERIFY(!item.decision.isAllowed());
        QCOMPARE(plan.blockedCount(), 1);
        QCOMPARE(plan.allowedCount(), 0);
        QVERIFY(plan.calls.isEmpty());
        QVERIFY(plan.isEmpty());
        QVERIFY(!item.recoverableUntil.isValid());
        QVERIFY(!plan.requiresTypedConfirmation());
        return;
    }

    QVERIFY(item.decision.isAllowed());
    QCOMPARE(outcomeKey(item.decision.outcome), outcomeKey(Outcome(outcome)));
    QCOMPARE(endKey(item.decision.expectedEnd), endKey(ExpectedEnd(expectedEnd)));
    QCOMPARE(item.decision.action, kTerminate);
    QCOMPARE(item.decision.maxPerCall, 100);

    QCOMPARE(plan.calls.size(), 1);
    const PlannedCall& call = plan.calls.first();
    QCOMPARE(call.accountId, kDev);
    QCOMPARE(call.region, kGz);
    QCOMPARE(call.action, kTerminate);
    QCOMPARE(call.batchKey, charge);
    QCOMPARE(call.instanceIds, QStringList{instance.id});
    QCOMPARE(outcomeKey(call.outcome), outcomeKey(Outcome(outcome)));
    QCOMPARE(endKey(call.expectedEnd), endKey(ExpectedEnd(expectedEnd)));

    const bool recycle = Outcome(outcome) == Outcome::MovedToRecycleBin;
    QCOMPARE(isIrreversible(item.decision.outcome), !recycle);
    QCOMPARE(plan.irreversibleCount(), recycle ? 0 : 1);
    QCOMPARE(plan.count(Outcome::MovedToRecycleBin), recycle ? 1 : 0);
    QCOMPARE(plan.count(Outcome::DestroyedNow), recycle ? 0 : 1);
    // Recoverable for the retention period (reference §4.3: 7 days), counted from the planner's clock.
    QCOMPARE(item.recoverableUntil, recycle ? kNow.addDays(7) : QDateTime());
    // Anything irreversible needs the typed confirmation; a pure move to the recycle bin on a
    // non-production account does not.
    QCOMPARE(plan.requiresTypedConfirmation(), !recycle);
    QCOMPARE(plan.confirmationPhrase(), u"1"_s);
}

void TeardownPlannerTest::instanceIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("letters and digits") << u"ins-abcd1234"_s << true;
    QTest::newRow("digits only") << u"ins-00000000"_s << true;
    QTest::newRow("doc example") << u"ins-r8hr2upy"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short (ins-1122)") << u"ins-1122"_s << false;
    QTest::newRow("too long") << u"ins-abcd12345"_s << false;
    QTest::newRow("upper case") << u"ins-ABCD1234"_s << false;
    QTest::newRow("upper-case prefix") << u"INS-abcd1234"_s << false;
    QTest::newRow("other prefix") << u"lhins-abcd1234"_s << false;
    QTest::newRow("legacy unInstanceId") << u"qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a"_s << false;
    QTest::newRow("underscore") << u"ins-abcd_234"_s << false;
    QTest::newRow("leading space") << u" ins-abcd1234"_s << false;
    QTest::newRow("trailing space") << u"ins-abcd1234 "_s << false;
    QTest::newRow("trailing newline") << u"ins-abcd1234\n"_s << false;
    QTest::newRow("two ids") << u"ins-abcd1234,ins-efgh5678"_s << false;
    QTest::newRow("fullwidth digit") << u"ins-abcd123４"_s << false;
}

void TeardownPlannerTest::instanceIds()
{
    QFETCH(QString, id);
    QFETCH(bool, wellFormed);

    const TencentRules rules;
    QCOMPARE(rules.isWellFormedId(id), wellFormed);

    // The id is checked before the provider's rules, so a malformed id is never sent.
    Instance instance = makeInstance(kDev, kGz, id, u"RUNNING"_s, kPostpaid);
    instance.terminationProtected = !wellFormed; // the id check comes first
    const TeardownPlan plan = planner().plan({instance}, Intent::Return);
    QCOMPARE(plan.items.size(), 1);
    if (wellFormed) {
        QVERIFY(plan.items.first().decision.isAllowed());
        QCOMPARE(plan.calls.size(), 1);
        QCOMPARE(plan.calls.first().instanceIds, QStringList{id});
    } else {
        QCOMPARE(plan.items.first().decision.blockedCode, u"Teardown.InvalidInstanceId"_s);
        QVERIFY(plan.calls.isEmpty());
    }
}

void TeardownPlannerTest::accounts_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("protectedFlag");
    QTest::addColumn<QString>("blockedCode");

    QTest::newRow("unknown account") << u"acc-nobody"_s << u"ins-abcd1234"_s << false << u"Teardown.UnknownAccount"_s;
    QTest::newRow("unknown account, malformed id")
        << u"acc-nobody"_s << u"ins-1"_s << false << u"Teardown.UnknownAccount"_s;
    QTest::newRow("empty account") << QString() << u"ins-abcd1234"_s << false << u"Teardown.UnknownAccount"_s;
    QTest::newRow("read-only account") << kReadOnly << u"ins-abcd1234"_s << false << u"Teardown.AccountReadOnly"_s;
    QTest::newRow("read-only account, protected instance")
        << kReadOnly << u"ins-abcd1234"_s << true << u"Teardown.AccountReadOnly"_s;
    QTest::newRow("read-only account, malformed id")
        << kReadOnly << u"ins-1"_s << false << u"Teardown.AccountReadOnly"_s;
    QTest::newRow("writable account") << kDev << u"ins-abcd1234"_s << false << QString();
}

void TeardownPlannerTest::accounts()
{
    QFETCH(QString, accountId);
    QFETCH(QString, id);
    QFETCH(bool, protectedFlag);
    QFETCH(QString, blockedCode);

    Instance instance = makeInstance(accountId, kGz, id, u"RUNNING"_s, kPostpaid);
    instance.terminationProtected = protectedFlag;
    for (Intent intent : {Intent::Return, Intent::Release}) {
        if (intent == Intent::Release)
            instance.rawState = u"SHUTDOWN"_s;
        const TeardownPlan plan = planner().plan({instance}, intent);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.first().decision.blockedCode, blockedCode);
        QCOMPARE(plan.calls.isEmpty(), !blockedCode.isEmpty());
        if (!blockedCode.isEmpty())
            QVERIFY(ErrorCatalog::contains(blockedCode));
    }
}

void TeardownPlannerTest::batchesOfAtMost100_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("charge");
    QTest::addColumn<int>("intent");
    QTest::addColumn<QList<int>>("sizes");

    const int ret = int(Intent::Return);
    QTest::newRow("250 postpaid") << 250 << u"RUNNING"_s << kPostpaid << ret << QList<int>{100, 100, 50};
    QTest::newRow("250 prepaid") << 250 << u"RUNNING"_s << kPrepaid << ret << QList<int>{100, 100, 50};
    QTest::newRow("250 recycle bin release")
        << 250 << u"SHUTDOWN"_s << kPrepaid << int(Intent::Release) << QList<int>{100, 100, 50};
    QTest::newRow("100 postpaid") << 100 << u"STOPPED"_s << kPostpaid << ret << QList<int>{100};
    QTest::newRow("101 spot") << 101 << u"RUNNING"_s << kSpot << ret << QList<int>{100, 1};
    QTest::newRow("200 postpaid") << 200 << u"RUNNING"_s << kPostpaid << ret << QList<int>{100, 100};
    QTest::newRow("1 postpaid") << 1 << u"RUNNING"_s << kPostpaid << ret << QList<int>{1};
    QTest::newRow("nothing") << 0 << u"RUNNING"_s << kPostpaid << ret << QList<int>{};
}

void TeardownPlannerTest::batchesOfAtMost100()
{
    QFETCH(int, count);
    QFETCH(QString, state);
    QFETCH(QString, charge);
    QFETCH(int, intent);
    QFETCH(QList<int>, sizes);

    QList<Instance> selection;
    QStringList ids;
    for (int n = 0; n < count; ++n) {
        selection.append(makeInstance(kDev, kGz, insId(n * 7919), state, charge));
        ids.append(selection.last().id);
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), count);

    const TeardownPlan plan = planner().plan(selection, Intent(intent));
    QCOMPARE(plan.items.size(), count);
    QCOMPARE(plan.allowedCount(), count);
    QList<int> actual;
    QStringList sent;
    for (const PlannedCall& call : plan.calls) {
        actual.append(int(call.instanceIds.size()));
        sent += call.instanceIds;
        QCOMPARE(call.action, kTerminate);
        QCOMPARE(call.batchKey, charge);
    }
    QCOMPARE(actual, sizes);
    // Every instance exactly once, in selection order.
    QCOMPARE(sent, ids);
}

void TeardownPlannerTest::oneChargeTypePerCall()
{
    // Reference §4.1: all instances of one call share a charge type
    // (else UnsupportedOperation.InstanceMixedPricingModel).
    const QList<std::pair<QString, int>> mix{{kPrepaid, 120}, {kPostpaid, 30}, {kSpot, 5}, {u"CDHPAID"_s, 5}};
    QList<Instance> selection;
    QHash<QString, QString> chargeOf;
    int n = 0;
    for (int round = 0; round < 120; ++round) {
        for (const auto& [charge, wanted] : mix) {
            if (round >= wanted)
                continue;
            selection.append(makeInstance(kDev, kGz, insId(++n), u"RUNNING"_s, charge));
            chargeOf.insert(selection.last().id, charge);
        }
    }
    QCOMPARE(selection.size(), 160);

    const TeardownPlan plan = planner().plan(selection, Intent::Return);
    QCOMPARE(plan.allowedCount(), 160);
    QHash<QString, int> perCharge;
    QHash<QString, int> callsPerCharge;
    for (const PlannedCall& call : plan.calls) {
        QVERIFY(call.instanceIds.size() <= 100);
        QVERIFY(!call.instanceIds.isEmpty());
        for (const QString& id : call.instanceIds)
            QCOMPARE(chargeOf.value(id), call.batchKey);
        perCharge[call.batchKey] += int(call.instanceIds.size());
        ++callsPerCharge[call.batchKey];
        const bool prepaid = call.batchKey == kPrepaid;
        QCOMPARE(outcomeKey(call.outcome), outcomeKey(prepaid ? Outcome::MovedToRecycleBin : Outcome::DestroyedNow));
        QCOMPARE(endKey(call.expectedEnd), endKey(prepaid ? ExpectedEnd::InRecycleBin : ExpectedEnd::Gone));
    }
    QCOMPARE(plan.calls.size(), 5);
    for (const auto& [charge, wanted] : mix)
        QCOMPARE(perCharge.value(charge), wanted);
    QCOMPARE(callsPerCharge.value(kPrepaid), 2);
    QCOMPARE(callsPerCharge.value(kPostpaid), 1);
    QCOMPARE(plan.count(Outcome::MovedToRecycleBin), 120);
    QCOMPARE(plan.irreversibleCount(), 40);
}

void TeardownPlannerTest::releaseSeparatesChargeTypes()
{
    const QList<Instance> selection{
        makeInstance(kDev, kGz, insId(1), u"SHUTDOWN"_s, kPrepaid),
        makeInstance(kDev, kGz, insId(2), u"SHUTDOWN"_s, kPostpaid),
        makeInstance(kDev, kGz, insId(3), u"SHUTDOWN"_s, kPrepaid),
        makeInstance(kDev, kGz, insId(4), u"RUNNING"_s, kPrepaid), // not in the bin
    };
    const TeardownPlan plan = planner().plan(selection, Intent::Release);
    QCOMPARE(plan.allowedCount(), 3);
    QCOMPARE(plan.blockedCount(), 1);
    QCOMPARE(plan.calls.size(), 2);
    QCOMPARE(plan.calls[0].batchKey, kPrepaid);
    QCOMPARE(plan.calls[0].instanceIds, (QStringList{insId(1), insId(3)}));
    QCOMPARE(plan.calls[1].batchKey, kPostpaid);
    QCOMPARE(plan.calls[1].instanceIds, QStringList{insId(2)});
    for (const PlannedCall& call : plan.calls)
        QCOMPARE(outcomeKey(call.outcome), outcomeKey(Outcome::DestroyedNow));
    QCOMPARE(plan.irreversibleCount(), 3);
    QVERIFY(plan.requiresTypedConfirmation());
}

void TeardownPlannerTest::separateCallsPerAccountAndRegion()
{
    QList<Instance> selection;
    int n = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& account : {kDev, kProd}) {
            for (const QString& region : {kGz, kSh})
                selection.append(makeInstance(account, region, insId(++n), u"RUNNING"_s, kPostpaid));
        }
    }
    const TeardownPlan plan = planner().plan(selection, Intent::Return);
    QCOMPARE(plan.allowedCount(), 12);
    QCOMPARE(plan.calls.size(), 4);
    QSet<QString> seen;
    for (const PlannedCall& call : plan.calls) {
        QCOMPARE(call.instanceIds.size(), 3);
        QVERIFY(!seen.contains(call.accountId + u'/' + call.region));
        seen.insert(call.accountId + u'/' + call.region);
        for (const QString& id : call.instanceIds) {
            const PlanItem* item = plan.item(Instance::keyFor(call.accountId, id));
            QVERIFY2(item, qPrintable(id + u" is not an instance of "_s + call.accountId));
            QCOMPARE(item->instance.region, call.region);
        }
    }
    QCOMPARE(plan.productionAccounts, QStringList{u"Production"_s});
}

void TeardownPlannerTest::duplicatesAndSameIdInTwoAccounts()
{
    const Instance a = makeInstance(kDev, kGz, u"ins-00000001"_s, u"RUNNING"_s, kPostpaid);
    const Instance sameInProd = makeInstance(kProd, kGz, u"ins-00000001"_s, u"RUNNING"_s, kPostpaid);
    const TeardownPlan plan = planner().plan({a, a, sameInProd, a}, Intent::Return);
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.calls.size(), 2);
    QCOMPARE(plan.calls[0].accountId, kDev);
    QCOMPARE(plan.calls[0].instanceIds, QStringList{a.id});
    QCOMPARE(plan.calls[1].accountId, kProd);
    QCOMPARE(plan.calls[1].instanceIds, QStringList{a.id});
    QCOMPARE(plan.confirmationPhrase(), u"2"_s);
}

void TeardownPlannerTest::typedConfirmation_data()
{
    // Each selected instance is "account:state:charge".
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<int>("intent");
    QTest::addColumn<bool>("typed");
    QTest::addColumn<QStringList>("productionAccounts");
    QTest::addColumn<QString>("phrase");

    const int ret = int(Intent::Return);
    const QString dev = kDev + u':';
    const QString prod = kProd + u':';
    QTest::newRow("prepaid to recycle bin, non-production")
        << QStringList{dev + u"RUNNING:PREPAID"_s, dev + u"STOPPED:PREPAID"_s, dev + u"RUNNING:PREPAID"_s} << ret
        << false << QStringList{} << u"3"_s;
    QTest::newRow("postpaid destroyed") << QStringList{dev + u"RUNNING:POSTPAID_BY_HOUR"_s} << ret << true
                                        << QStringList{} << u"1"_s;
    QTest::newRow("spot destroyed") << QStringList{dev + u"RUNNING:SPOTPAID"_s} << ret << true << QStringList{}
                                    << u"1"_s;
    QTest::newRow("prepaid and one postpaid")
        << QStringList{dev + u"RUNNING:PREPAID"_s, dev + u"RUNNING:PREPAID"_s, dev + u"RUNNING:POSTPAID_BY_HOUR"_s}
        << ret << true << QStringList{} << u"3"_s;
    QTest::newRow("prepaid to recycle bin, production")
        << QStringList{prod + u"RUNNING:PREPAID"_s} << ret << true << QStringList{u"Production"_s} << u"1"_s;
    QTest::newRow("prepaid, production and non-production")
        << QStringList{dev + u"RUNNING:PREPAID"_s, prod + u"RUNNING:PREPAID"_s} << ret << true
        << QStringList{u"Production"_s} << u"2"_s;
    QTest::newRow("release from recycle bin")
        << QStringList{dev + u"SHUTDOWN:PREPAID"_s} << int(Intent::Release) << true << QStringList{} << u"1"_s;
    QTest::newRow("nothing allowed") << QStringList{dev + u"PENDING:POSTPAID_BY_HOUR"_s} << ret << false
                                     << QStringList{} << u"0"_s;
    QTest::newRow("production only blocked, prepaid elsewhere")
        << QStringList{prod + u"TERMINATING:POSTPAID_BY_HOUR"_s, dev + u"RUNNING:PREPAID"_s} << ret << false
        << QStringList{} << u"1"_s;
    QTest::newRow("blocked postpaid, prepaid allowed")
        << QStringList{dev + u"STOPPING:POSTPAID_BY_HOUR"_s, dev + u"RUNNING:PREPAID"_s} << ret << false
        << QStringList{} << u"1"_s;
}

void TeardownPlannerTest::typedConfirmation()
{
    QFETCH(QStringList, selection);
    QFETCH(int, intent);
    QFETCH(bool, typed);
    QFETCH(QStringList, productionAccounts);
    QFETCH(QString, phrase);

    QList<Instance> instances;
    int n = 0;
    for (const QString& spec : selection) {
        const QStringList parts = spec.split(u':');
        QCOMPARE(parts.size(), 3);
        instances.append(makeInstance(parts[0], kGz, insId(++n), parts[1], parts[2]));
    }
    const TeardownPlan plan = planner().plan(instances, Intent(intent));
    QCOMPARE(plan.requiresTypedConfirmation(), typed);
    QCOMPARE(plan.productionAccounts, productionAccounts);
    QCOMPARE(plan.confirmationPhrase(), phrase);
}

void TeardownPlannerTest::optionsReachTheCalls()
{
    const QList<Instance> selection{makeInstance(kDev, kGz, insId(1), u"RUNNING"_s, kPrepaid),
                                    makeInstance(kDev, kGz, insId(2), u"RUNNING"_s, kPostpaid)};
    const TeardownPlan plain = planner().plan(selection, Intent::Return);
    QCOMPARE(plain.calls.size(), 2);
    for (const PlannedCall& call : plain.calls)
        QVERIFY(call.options == PlanOptions{});

    PlanOptions options;
    options.releaseAddress = true;
    options.releasePrepaidDataDisks = true;
    const TeardownPlan withOptions = planner().plan(selection, Intent::Return, options);
    QVERIFY(withOptions.options == options);
    QCOMPARE(withOptions.calls.size(), 2);
    for (const PlannedCall& call : withOptions.calls)
        QVERIFY(call.options == options);
}

void TeardownPlannerTest::refundQuotesOnlyForPrepaid()
{
    // Reference §4.2 and §4.4 step 5: InquiryPriceTerminateInstances quotes prepaid instances; one
    // request per account and region, and none for what is destroyed or blocked.
    Instance prepaidProtected = makeInstance(kDev, kGz, insId(6), u"RUNNING"_s, kPrepaid);
    prepaidProtected.terminationProtected = true;
    const QList<Instance> selection{
        makeInstance(kDev, kGz, insId(1), u"RUNNING"_s, kPrepaid),
        makeInstance(kDev, kGz, insId(2), u"RUNNING"_s, kPostpaid),
        makeInstance(kDev, kSh, insId(3), u"STOPPED"_s, kPrepaid),
        makeInstance(kDev, kGz, insId(4), u"RUNNING"_s, kSpot),
        makeInstance(kDev, kGz, insId(5), u"STOPPED"_s, kPrepaid),
        prepaidProtected,
        makeInstance(kDev, kGz, insId(7), u"SHUTDOWN"_s, kPrepaid), // already in the bin: blocked
        makeInstance(kDev, kGz, insId(8), u"PENDING"_s, kPrepaid), // blocked
        makeInstance(kProd, kGz, insId(9), u"RUNNING"_s, kPrepaid),
        makeInstance(kProd, kGz, insId(10), u"RUNNING"_s, u"CDHPAID"_s),
    };
    const TeardownPlan plan = planner().plan(selection, Intent::Return);

    const TencentRules rules;
    for (const PlanItem& item : plan.items) {
        const bool quoted = item.decision.isAllowed() && item.instance.rawChargeType == kPrepaid;
        QCOMPARE(rules.quotesRefund(item.instance, item.decision), quoted);
    }

    RefundQuoter quoter(*m_directory);
    std::optional<TeardownPlan> quotedPlan;
    connect(&quoter, &RefundQuoter::finished, this, [&](const TeardownPlan& p) { quotedPlan = p; });
    quoter.quote(plan);
    QTRY_VERIFY_WITH_TIMEOUT(quotedPlan.has_value(), 10000);

    const auto& devRequests = m_providers.value(kDev)->quoteRequests;
    QCOMPARE(devRequests.size(), 2);
    QCOMPARE(devRequests[0].first, kGz);
    QCOMPARE(devRequests[0].second, (QStringList{insId(1), insId(5)}));
    QCOMPARE(devRequests[1].first, kSh);
    QCOMPARE(devRequests[1].second, QStringList{insId(3)});
    const auto& prodRequests = m_providers.value(kProd)->quoteRequests;
    QCOMPARE(prodRequests.size(), 1);
    QCOMPARE(prodRequests[0].second, QStringList{insId(9)});
    QVERIFY(m_providers.value(kReadOnly)->quoteRequests.isEmpty());

    QVERIFY(!quotedPlan->quoteError.isError());
    QCOMPARE(quotedPlan->refunds.size(), 4);
    for (const QString& key : {Instance::keyFor(kDev, insId(1)), Instance::keyFor(kDev, insId(3)),
                               Instance::keyFor(kDev, insId(5)), Instance::keyFor(kProd, insId(9))}) {
        QVERIFY2(quotedPlan->refunds.contains(key), qPrintable(key));
        QCOMPARE(quotedPlan->refunds.value(key).amount, 12.5);
    }
    QCOMPARE(quotedPlan->refunds.value(Instance::keyFor(kProd, insId(9))).accountId, kProd);
    // Tencent's rules say its quotes are in CNY; totals are kept per currency.
    QCOMPARE(quotedPlan->refundTotals(), (QMap<QString, double>{{u"CNY"_s, 50.0}}));
    QCOMPARE(quotedPlan->refunds.value(Instance::keyFor(kProd, insId(9))).currency, u"CNY"_s);

    // Releasing from the recycle bin destroys: nothing is quoted.
    for (FakeTencentProvider* provider : std::as_const(m_providers))
        provider->quoteRequests.clear();
    const TeardownPlan release =
        planner().plan({makeInstance(kDev, kGz, insId(11), u"SHUTDOWN"_s, kPrepaid)}, Intent::Release);
    QCOMPARE(release.allowedCount(), 1);
    quotedPlan.reset();
    quoter.quote(release);
    QTRY_VERIFY_WITH_TIMEOUT(quotedPlan.has_value(), 10000);
    QVERIFY(quotedPlan->refunds.isEmpty());
    for (FakeTencentProvider* provider : std::as_const(m_providers))
        QVERIFY(provider->quoteRequests.isEmpty());
}

QTEST_GUILESS_MAIN(TeardownPlannerTest)
#include "tst_teardownplanner.moc"

// Keep tags in TeardownPlanner, with the real Tencent rules and an injected clock: teardown:keep
// (any value but false), teardown:keep-until (an RFC 3339 time to come; a malformed one keeps too),
// the blocked reasons people read, and the explicit override (PlanOptions::ignoreKeepTags) that
// plans them like the others and asks for the typed confirmation.
#include "ErrorCatalog.h"
#include "KeepTags.h"
#include "TeardownPlanner.h"
#include "TencentRules.h"
#include "TencentStates.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QString kAccount = u"acc-ci"_s;

Instance makeInstance(const QString& id, const QString& charge, const QList<InstanceTag>& tags)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = kAccount;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.id = id;
    i.name = id;
    i.rawState = u"RUNNING"_s;
    i.lifecycle = TencentStates::lifecycleOf(i.rawState);
    i.rawChargeType = charge;
    i.chargeClass = TencentStates::chargeClassOf(charge);
    i.created = kNow.addDays(-30);
    if (charge == u"PREPAID"_s)
        i.expires = kNow.addMonths(2);
    i.lastOperation = {u"StartInstances"_s, u"SUCCESS"_s, {}};
    i.tags = tags;
    return i;
}

} // namespace

class KeepTagsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisions_data();
    void decisions();
    void blockedReasonsNameTheTagAndTheDate();
    void keepUntilFollowsTheClock();
    void releaseFromTheRecycleBinIsKeptToo();
    void overrideIsExplicitAndNeedsTheTypedPhrase();
    void overrideOffersNothingWithoutKeptInstances();

private:
    TeardownPlanner planner(Clock clock = [] { return kNow; }) const
    {
        return TeardownPlanner(
            [this](const QString& id) {
                return id == kAccount ? TeardownPlanner::AccountRules{&m_account, &m_rules}
                                      : TeardownPlanner::AccountRules{};
            },
            std::move(clock));
    }

    Account m_account;
    TencentRules m_rules;
};

void KeepTagsTest::initTestCase()
{
    m_account.id = kAccount;
    m_account.name = u"CI"_s;
    qputenv("TZ", "UTC"); // the dates in the reasons are local time
}

void KeepTagsTest::decisions_data()
{
    QTest::addColumn<QList<InstanceTag>>("tags");
    QTest::addColumn<QString>("blockedCode"); // empty: allowed
    QTest::addColumn<QString>("detail");
    const QString keep = u"teardown:keep"_s;
    const QString until = u"teardown:keep-until"_s;
    QTest::newRow("no tags") << QList<InstanceTag>() << QString() << QString();
    QTest::newRow("other tags") << QList<InstanceTag>{{u"env"_s, u"prod"_s}, {u"keep"_s, u"true"_s}} << QString()
                                << QString();
    QTest::newRow("keep=true") << QList<InstanceTag>{{keep, u"true"_s}} << u"Teardown.KeptByTag"_s << QString();
    QTest::newRow("keep with no value") << QList<InstanceTag>{{keep, {}}} << u"Teardown.KeptByTag"_s << QString();
    QTest::newRow("keep=yes") << QList<InstanceTag>{{keep, u"yes"_s}} << u"Teardown.KeptByTag"_s << QString();
    QTest::newRow("keep=0 is not false") << QList<InstanceTag>{{keep, u"0"_s}} << u"Teardown.KeptByTag"_s << QString();
    QTest::newRow("keep=false") << QList<InstanceTag>{{keep, u"false"_s}} << QString() << QString();
    QTest::newRow("keep=FALSE") << QList<InstanceTag>{{keep, u"FALSE"_s}} << QString() << QString();
    QTest::newRow("keep=' false' keeps (safe side)")
        << QList<InstanceTag>{{keep, u" false"_s}} << u"Teardown.KeptByTag"_s << QString();
    QTest::newRow("key in other case") << QList<InstanceTag>{{u"Teardown:Keep"_s, u"1"_s}} << u"Teardown.KeptByTag"_s
                                       << QString();
    QTest::newRow("keep-until ahead") << QList<InstanceTag>{{until, u"2026-03-31T18:00:00+08:00"_s}}
                                      << u"Teardown.KeptUntil"_s << u"2026-03-31T10:00:00.000Z"_s;
    QTest::newRow("keep-until passed") << QList<InstanceTag>{{until, u"2026-02-28T23:59:59Z"_s}} << QString()
                                       << QString();
    QTest::newRow("keep-until is now") << QList<InstanceTag>{{until, u"2026-03-01T08:00:00Z"_s}} << QString()
                                       << QString();
    QTest::newRow("keep-until a second ahead") << QList<InstanceTag>{{until, u"2026-03-01T08:00:01Z"_s}}
                                               << u"Teardown.KeptUntil"_s << u"2026-03-01T08:00:01.000Z"_s;
    QTest::newRow("keep-until words") << QList<InstanceTag>{{until, u"next friday"_s}}
                                      << u"Teardown.KeepUntilMalformed"_s << u"next friday"_s;
    QTest::newRow("keep-until a date only")
        << QList<InstanceTag>{{until, u"2020-01-01"_s}} << u"Teardown.KeepUntilMalformed"_s << u"2020-01-01"_s;
    QTest::newRow("keep-until without offset") << QList<InstanceTag>{{until, u"2020-01-01T00:00:00"_s}}
                                               << u"Teardown.KeepUntilMalformed"_s << u"2020-01-01T00:00:00"_s;
    QTest::newRow("keep-until empty") << QList<InstanceTag>{{until, {}}} << u"Teardown.KeepUntilMalformed"_s
                                      << QString();
    QTest::newRow("keep=false, keep-until ahead")
        << QList<InstanceTag>{{keep, u"false"_s}, {until, u"2026-04-01T00:00:00Z"_s}} << u"Teardown.KeptUntil"_s
        << u"2026-04-01T00:00:00.000Z"_s;
    QTest::newRow("keep and a passed keep-until")
        << QList<InstanceTag>{{until, u"2020-01-01T00:00:00Z"_s}, {keep, u"true"_s}} << u"Teardown.KeptByTag"_s
        << QString();
    QTest::newRow("the later of two keep-untils")
        << QList<InstanceTag>{{until, u"2026-03-02T00:00:00Z"_s}, {u"TEARDOWN:KEEP-UNTIL"_s, u"2026-05-01T00:00:00Z"_s}}
        << u"Teardown.KeptUntil"_s << u"2026-05-01T00:00:00.000Z"_s;
    QTest::newRow("a malformed keep-until outlasts a dated one")
        << QList<InstanceTag>{{until, u"2026-05-01T00:00:00Z"_s}, {u"Teardown:Keep-Until"_s, u"soon"_s}}
        << u"Teardown.KeepUntilMalformed"_s << u"soon"_s;
}

void KeepTagsTest::decisions()
{
    QFETCH(QList<InstanceTag>, tags);
    QFETCH(QString, blockedCode);
    QFETCH(QString, detail);
    const Instance instance = makeInstance(u"ins-keep0001"_s, u"POSTPAID_BY_HOUR"_s, tags);

    const Decision decision = planner().decide(instance, Intent::Return);
    QCOMPARE(decision.blockedCode, blockedCode);
    QCOMPARE(decision.blockedDetail, detail);
    QCOMPARE(KeepTags::verdict(instance, kNow).keeps(), !blockedCode.isEmpty());

    // Ignored, the instance is decided by the provider's rules alone: a running postpaid instance
    // is destroyed at once.
    PlanOptions ignore;
    ignore.ignoreKeepTags = true;
    const Decision overridden = planner().decide(instance, Intent::Return, ignore);
    QVERIFY(overridden.isAllowed());
    QCOMPARE(overridden.outcome, Outcome::DestroyedNow);

    const TeardownPlan plan = planner().plan({instance}, Intent::Return);
    QCOMPARE(plan.items.first().keptByTag, !blockedCode.isEmpty());
    QCOMPARE(plan.offersIgnoreKeepTags, !blockedCode.isEmpty());
}

void KeepTagsTest::blockedReasonsNameTheTagAndTheDate()
{
    const Instance until =
        makeInstance(u"ins-keep0002"_s, u"PREPAID"_s, {{u"teardown:keep-until"_s, u"2026-03-31T18:00:00+08:00"_s}});
    const QString dated = ErrorCatalog::describe(planner().decide(until, Intent::Return).blockedError(), until.id);
    QVERIFY2(dated.contains(u"teardown:keep-until"_s), qPrintable(dated));
    QVERIFY2(dated.contains(u"Kept until 2026-03-31 10:00 (UTC)."_s), qPrintable(dated));
    QVERIFY2(dated.contains(u"Teardown.KeptUntil"_s), qPrintable(dated));

    const Instance malformed =
        makeInstance(u"ins-keep0003"_s, u"PREPAID"_s, {{u"teardown:keep-until"_s, u"after the demo"_s}});
    const QString refused =
        ErrorCatalog::describe(planner().decide(malformed, Intent::Return).blockedError(), malformed.id);
    QVERIFY2(refused.contains(u"is not a date"_s), qPrintable(refused));
    QVERIFY2(refused.contains(u"\"after the demo\""_s), qPrintable(refused));

    const Instance kept = makeInstance(u"ins-keep0004"_s, u"PREPAID"_s, {{u"teardown:keep"_s, u"true"_s}});
    const QString byTag = ErrorCatalog::describe(planner().decide(kept, Intent::Return).blockedError(), kept.id);
    QVERIFY2(byTag.startsWith(u"Kept by tag: the instance is tagged teardown:keep."_s), qPrintable(byTag));
    QVERIFY2(byTag.contains(u"keep tags ignored"_s), qPrintable(byTag)); // the advice: how to override
}

void KeepTagsTest::keepUntilFollowsTheClock()
{
    const Instance instance =
        makeInstance(u"ins-keep0005"_s, u"POSTPAID_BY_HOUR"_s, {{u"teardown:keep-until"_s, u"2026-03-10T00:00:00Z"_s}});
    const QDateTime until(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);
    QCOMPARE(planner([&] { return until.addSecs(-1); }).decide(instance, Intent::Return).blockedCode,
             u"Teardown.KeptUntil"_s);
    QVERIFY(planner([&] { return until; }).decide(instance, Intent::Return).isAllowed());
    const TeardownPlan later = planner([&] { return until.addDays(1); }).plan({instance}, Intent::Return);
    QCOMPARE(later.allowedCount(), 1);
    QVERIFY(!later.items.first().keptByTag);
    QVERIFY(!later.offersIgnoreKeepTags);
}

void KeepTagsTest::releaseFromTheRecycleBinIsKeptToo()
{
    Instance binned = makeInstance(u"ins-keep0006"_s, u"PREPAID"_s, {{u"teardown:keep"_s, u"true"_s}});
    binned.rawState = u"SHUTDOWN"_s;
    binned.lifecycle = Lifecycle::RecycleBin;
    QCOMPARE(planner().decide(binned, Intent::Release).blockedCode, u"Teardown.KeptByTag"_s);
    PlanOptions ignore;
    ignore.ignoreKeepTags = true;
    QVERIFY(planner().decide(binned, Intent::Release, ignore).isAllowed());
}

void KeepTagsTest::overrideIsExplicitAndNeedsTheTypedPhrase()
{
    // A prepaid instance goes to the recycle bin: on its own it needs no typed phrase.
    const Instance free = makeInstance(u"ins-free0001"_s, u"PREPAID"_s, {});
    const Instance kept = makeInstance(u"ins-keep0007"_s, u"PREPAID"_s, {{u"teardown:keep"_s, u"true"_s}});

    const TeardownPlan honoured = planner().plan({free, kept}, Intent::Return);
    QCOMPARE(honoured.allowedCount(), 1);
    QCOMPARE(honoured.item(kept.key())->decision.blockedCode, u"Teardown.KeptByTag"_s);
    QVERIFY(honoured.offersIgnoreKeepTags);
    QCOMPARE(honoured.keptActedOnCount(), 0);
    QVERIFY(!honoured.requiresTypedConfirmation());
    QCOMPARE(honoured.calls.size(), 1);
    QCOMPARE(honoured.calls.first().instanceIds, QStringList{free.id});

    PlanOptions ignore;
    ignore.ignoreKeepTags = true;
    const TeardownPlan overridden = planner().plan({free, kept}, Intent::Return, ignore);
    QCOMPARE(overridden.allowedCount(), 2);
    QCOMPARE(overridden.item(kept.key())->decision.outcome, Outcome::MovedToRecycleBin);
    QVERIFY(overridden.item(kept.key())->keptByTag);
    QVERIFY(overridden.offersIgnoreKeepTags);
    QCOMPARE(overridden.keptActedOnCount(), 1);
    QCOMPARE(overridden.irreversibleCount(), 0);
    QVERIFY(overridden.requiresTypedConfirmation());
    QCOMPARE(overridden.confirmationPhrase(), u"2"_s);
    QCOMPARE(overridden.calls.size(), 1);
    QCOMPARE(overridden.calls.first().instanceIds, (QStringList{free.id, kept.id}));
    // The runner re-decides with the call's options: the kept instance is still what was confirmed.
    const PlanOptions callOptions = overridden.calls.first().options;
    QVERIFY(callOptions.ignoreKeepTags);
    QCOMPARE(planner().decide(kept, Intent::Return, callOptions), overridden.item(kept.key())->decision);
    QVERIFY(planner().decide(kept, Intent::Return, honoured.calls.first().options)
            != overridden.item(kept.key())->decision);

    QCOMPARE(KeepTags::confirmationReason(1),
             u"1 instance(s) are tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags are "
             "ignored."_s);
}

void KeepTagsTest::overrideOffersNothingWithoutKeptInstances()
{
    PlanOptions ignore;
    ignore.ignoreKeepTags = true;
    const TeardownPlan plan =
        planner().plan({makeInstance(u"ins-free0002"_s, u"PREPAID"_s, {})}, Intent::Return, ignore);
    QVERIFY(!plan.offersIgnoreKeepTags);
    QCOMPARE(plan.keptActedOnCount(), 0);
    QVERIFY(!plan.requiresTypedConfirmation());
}

QTEST_GUILESS_MAIN(KeepTagsTest)
#include "tst_keeptags.moc"

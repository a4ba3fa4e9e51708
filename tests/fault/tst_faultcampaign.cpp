// The fault campaign: teardowns of about a thousand instances per dialect against the emulator, with
// faults on every action. Reads get seeded random faults (the emulator's %P rules: throttling, HTTP
// 500, InternalError, garbage, dropped connections, replies held past the client's timeout); each
// destructive call a fault of its own at a fixed position (@N), since one lane sends them in plan
// order: dropped before and after the change, held past the timeout, 500, InternalError, garbage,
// throttled. After every run each instance's reported result is compared with the emulator's truth
// (no "done" that did not happen, no "failed", "skipped" or "blocked" that did), every instance is
// accounted for, at most 2 % end unknown, and every destructive request the emulator received has a
// row in the history.

#include "Campaign.h"
#include "EmulatorFixture.h"
#include "FaultPlan.h"
#include "TencentFleet.h"
#include "ZenlayerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using campaign::Truth;

namespace {

constexpr quint64 kSeed = 20261201;
const QString kRegion = u"ap-guangzhou"_s;
// Every read action, 4 % each of these faults: retried by the client, never a wrong claim.
const QString kReadFaults = u"throttle:DescribeInstances%4,http500:DescribeInstances%4,internal:DescribeInstances%4,"
                            u"garbage:DescribeInstances%4,drop-before:DescribeInstances%4,"
                            u"delay:DescribeInstances%2=2500,throttle:InquiryPriceTerminateInstances%5,"
                            u"internal:InquiryPriceTerminateInstances%5"_s;

QString tencentId(int n)
{
    return u"ins-"_s + QString::number(n, 36).rightJustified(8, u'0');
}

Truth tencentTruth(const emulator::TencentInstance* i)
{
    if (!i || i->instanceState == u"TERMINATING"_s)
        return Truth::Destroyed;
    return i->instanceState == u"SHUTDOWN"_s ? Truth::InRecycleBin : Truth::Untouched;
}

Truth zenlayerTruth(const emulator::ZenlayerInstance* i)
{
    if (!i)
        return Truth::Destroyed;
    return i->instanceStatus == u"RECYCLE"_s ? Truth::InRecycleBin : Truth::Untouched;
}

const QStringList kDestructiveActions{u"TerminateInstances"_s, u"ReturnInstance"_s, u"TerminateInstance"_s,
                                      u"ReleaseInstances"_s};

// The instance ids of a destructive request as the emulator logged it: a JSON body (API 3.0,
// Zenlayer) or a legacy form (InstanceId, InstanceIds.N).
QStringList idsOf(const QByteArray& body)
{
    QStringList ids;
    if (body.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (const QString& key : {u"InstanceIds"_s, u"instanceIds"_s}) {
            for (const QJsonValue v : o.value(key).toArray())
                ids << v.toString();
        }
        if (o.value(u"instanceId"_s).isString())
            ids << o.value(u"instanceId"_s).toString();
    } else {
        for (const auto& [key, value] : QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded)) {
            if (key.compare(u"InstanceId"_s, Qt::CaseInsensitive) == 0 || key.startsWith(u"InstanceIds."_s))
                ids << value;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class FaultCampaignTest : public QObject
{
    Q_OBJECT

private slots:
    void tencentApi3();
    void tencentLegacy();
    void zenlayer();

private:
    QHash<QString, Truth> truth(fixture::Sandbox& sandbox, const QStringList& ids);
    QHash<QString, Truth> zenlayerTruths(fixture::ZenlayerSandbox& sandbox, const QStringList& ids);
    QStringList destructiveRequests(const emulator::Emulator& emulator) const;
    RunReport run(fixture::Sandbox& sandbox, const TeardownPlan& plan);
    // Checks one run; `after` is the truth once it ended. Adds to m_instances and m_unknown.
    void check(const QString& step, fixture::Sandbox& sandbox, const TeardownPlan& plan, const RunReport& report,
               const QHash<QString, Truth>& before, const QHash<QString, Truth>& after);
    void expectFewUnknown(const QString& dialect);

    int m_instances = 0;
    int m_unknown = 0;
};

QHash<QString, Truth> FaultCampaignTest::truth(fixture::Sandbox& sandbox, const QStringList& ids)
{
    QHash<QString, Truth> t;
    for (const QString& id : ids)
        t.insert(id, tencentTruth(sandbox.fleet().find(id)));
    return t;
}

QHash<QString, Truth> FaultCampaignTest::zenlayerTruths(fixture::ZenlayerSandbox& sandbox, const QStringList& ids)
{
    QHash<QString, Truth> t;
    for (const QString& id : ids)
        t.insert(id, zenlayerTruth(sandbox.machines().find(id)));
    return t;
}

QStringList FaultCampaignTest::destructiveRequests(const emulator::Emulator& emulator) const
{
    QStringList requests;
    for (const emulator::CallLogEntry& e : emulator.callLog()) {
        if (kDestructiveActions.contains(e.action))
            requests << (QStringList{e.action} + idsOf(e.body)).join(u' ');
    }
    return requests;
}

RunReport FaultCampaignTest::run(fixture::Sandbox& sandbox, const TeardownPlan& plan)
{
    RunnerSettings settings = fixture::fastRunner();
    settings.verifyTimeoutMs = 60000;
    TeardownRunner runner(sandbox.directory, settings);
    QSignalSpy finished(&runner, &TeardownRunner::finished);
    runner.start(plan);
    if (!finished.wait(600000))
        qFatal("the run did not finish in ten minutes");
    return runner.report();
}

void FaultCampaignTest::check(const QString& step, fixture::Sandbox& sandbox, const TeardownPlan& plan,
                              const RunReport& report, const QHash<QString, Truth>& before,
                              const QHash<QString, Truth>& after)
{
    const campaign::Tally tally = campaign::compare(plan, report, before, after);
    qInfo().noquote() << step << campaign::describe(tally);
    QVERIFY2(tally.wrongClaims.isEmpty(), qPrintable(step + u": "_s + tally.wrongClaims.mid(0, 10).join(u"; "_s)));
    QCOMPARE(report.results.size(), plan.items.size());
    const QStringList missing = campaign::unrecorded(destructiveRequests(sandbox.emu), sandbox.history);
    QVERIFY2(missing.isEmpty(), qPrintable(step + u": not in the history: "_s + missing.mid(0, 3).join(u"; "_s)));
    m_instances += int(plan.items.size());
    m_unknown += tally.unknown;
}

void FaultCampaignTest::expectFewUnknown(const QString& dialect)
{
    qInfo().noquote() << u"%1: %2 of %3 instances unknown"_s.arg(dialect).arg(m_unknown).arg(m_instances);
    QVERIFY2(m_unknown * 50 <= m_instances, qPrintable(u"%1 of %2 unknown"_s.arg(m_unknown).arg(m_instances)));
    m_unknown = m_instances = 0;
}

void FaultCampaignTest::tencentApi3()
{
    emulator::Options options = fixture::fastOptions();
    options.seed = kSeed;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    fixture::Sandbox sandbox(options);
    QVERIFY(sandbox.listening && sandbox.historyOpen);
    sandbox.environment.timeoutMs = 1500; // the held replies (2.5 s) come too late
    sandbox.directory.remove(sandbox.account.id);
    sandbox.open(u"sandbox-secret-key"_s);

    // 1,000 instances: 500 pay-as-you-go, 150 spot, 200 prepaid, 50 protected, 100 transitional.
    QList<emulator::TencentInstance> fleet;
    for (int n = 0; n < 1000; ++n) {
        const int kind = n % 20;
        const QString charge = kind < 10 ? u"POSTPAID_BY_HOUR"_s
            : kind < 13                  ? u"SPOTPAID"_s
            : kind < 17                  ? u"PREPAID"_s
                                         : u"POSTPAID_BY_HOUR"_s;
        emulator::TencentInstance i = fixture::instance(tencentId(n), charge);
        i.disableApiTermination = kind == 17;
        if (kind == 18 || kind == 19)
            i.instanceState = kind == 18 ? u"PENDING"_s : u"STOPPING"_s;
        fleet << i;
    }
    sandbox.useFleet(fleet);
    QVERIFY(sandbox.emu.faults().add(kReadFaults));
    const QList<Instance> listed = sandbox.list(kRegion);
    QVERIFY2(!sandbox.lastError.isError(), qPrintable(sandbox.lastError.code));
    QCOMPARE(listed.size(), 1000);

    // Step 1: return everything. Pay-as-you-go and spot are destroyed (seven calls of up to 100),
    // prepaid go to the recycle bin (two calls), protected and transitional are blocked.
    QList<Instance> payAsYouGo;
    QList<Instance> prepaid;
    for (const Instance& i : listed)
        (i.rawChargeType == u"PREPAID"_s ? prepaid : payAsYouGo) << i;
    {
        const TeardownPlan plan = sandbox.plan(payAsYouGo);
        QCOMPARE(plan.allowedCount(), 650);
        QVERIFY(sandbox.emu.faults().add(u"drop-after:TerminateInstances@1,drop-before:TerminateInstances@2,"
                                         u"http500:TerminateInstances@4,delay:TerminateInstances@5=2500,"
                                         u"garbage:TerminateInstances@6,internal:TerminateInstances@8,"
                                         u"throttle:TerminateInstances@9"_s));
        const QHash<QString, Truth> before = truth(sandbox, [&] {
            QStringList ids;
            for (const Instance& i : payAsYouGo)
                ids << i.id;
            return ids;
        }());
        const RunReport report = run(sandbox, plan);
        check(u"pay-as-you-go and spot"_s, sandbox, plan, report, before, truth(sandbox, before.keys()));
    }

    // Step 2: prepaid to the recycle bin. Their first TerminateInstances is never sent twice, so only
    // faults a re-read resolves: the change applied and its reply lost, or throttled.
    sandbox.emu.faults().clear();
    QVERIFY(sandbox.emu.faults().add(kReadFaults));
    QVERIFY(sandbox.emu.faults().add(u"drop-after:TerminateInstances@1,throttle:TerminateInstances@2"_s));
    QStringList prepaidIds;
    for (const Instance& i : prepaid)
        prepaidIds << i.id;
    {
        const TeardownPlan plan = sandbox.plan(prepaid);
        QCOMPARE(plan.allowedCount(), 200);
        const QHash<QString, Truth> before = truth(sandbox, prepaidIds);
        const RunReport report = run(sandbox, plan);
        check(u"prepaid to the recycle bin"_s, sandbox, plan, report, before, truth(sandbox, prepaidIds));
        for (const QString& id : std::as_const(prepaidIds))
            QVERIFY2(sandbox.fleet().find(id), qPrintable(id + u": a prepaid instance destroyed by its return"_s));
    }

    // Step 3: release them from the recycle bin: a second application of a release destroys the same
    // instance, so one proven not applied may be sent once more.
    sandbox.emu.faults().clear();
    QVERIFY(sandbox.emu.faults().add(kReadFaults));
    QVERIFY(sandbox.emu.faults().add(u"drop-before:TerminateInstances@1,internal:TerminateInstances@3"_s));
    {
        const QList<Instance> inBin = sandbox.read(kRegion, prepaidIds);
        QVERIFY2(!sandbox.lastError.isError(), qPrintable(sandbox.lastError.code));
        const TeardownPlan plan = sandbox.plan(inBin, Intent::Release);
        QVERIFY(plan.allowedCount() > 190);
        const QHash<QString, Truth> before = truth(sandbox, prepaidIds);
        const RunReport report = run(sandbox, plan);
        check(u"release from the recycle bin"_s, sandbox, plan, report, before, truth(sandbox, prepaidIds));
    }

    expectFewUnknown(u"Tencent API 3.0"_s);
}

// API 2.0: ReturnInstance, one pay-as-you-go instance a call (10 a second), so 300 instances.
void FaultCampaignTest::tencentLegacy()
{
    emulator::Options options = fixture::fastOptions();
    options.seed = kSeed;
    options.terminatingMs = 100;
    fixture::Sandbox sandbox(options, u"sandbox-secret-key"_s, Dialect::TencentLegacy);
    QVERIFY(sandbox.listening && sandbox.historyOpen && sandbox.provider);
    sandbox.environment.timeoutMs = 1500;
    sandbox.directory.remove(sandbox.account.id);
    sandbox.open(u"sandbox-secret-key"_s);
    QList<emulator::TencentInstance> fleet;
    QStringList ids;
    for (int n = 0; n < 300; ++n) {
        fleet << fixture::instance(tencentId(5000 + n), n % 3 == 0 ? u"SPOTPAID"_s : u"POSTPAID_BY_HOUR"_s);
        ids << fleet.last().instanceId;
    }
    sandbox.useFleet(fleet);
    // Reads too: a dropped GET that Qt resends with its Nonce meets a replay refusal (4500), and
    // the client signs it afresh.
    QVERIFY(sandbox.emu.faults().add(kReadFaults));
    QVERIFY(sandbox.emu.faults().add(u"drop-after:ReturnInstance@3,drop-before:ReturnInstance@10,"
                                     u"http500:ReturnInstance@40,delay:ReturnInstance@80=2500,"
                                     u"garbage:ReturnInstance@120,internal:ReturnInstance@160,"
                                     u"throttle:ReturnInstance@200,drop-before:ReturnInstance@250"_s));
    const QList<Instance> listed = sandbox.read(kRegion, ids);
    QVERIFY2(!sandbox.lastError.isError(), qPrintable(sandbox.lastError.code + u' ' + sandbox.lastError.context));
    QCOMPARE(listed.size(), 300);
    const TeardownPlan plan = sandbox.plan(listed);
    QCOMPARE(plan.allowedCount(), 300);
    const QHash<QString, Truth> before = truth(sandbox, ids);
    const RunReport report = run(sandbox, plan);
    check(u"legacy ReturnInstance"_s, sandbox, plan, report, before, truth(sandbox, ids));
    expectFewUnknown(u"Tencent API 2.0"_s);
}

// Zenlayer: TerminateInstance into the recycle bin, one machine a call, then ReleaseInstances. The
// fixture's client waits 10 s for a reply, so the held one is held 11 s.
void FaultCampaignTest::zenlayer()
{
    emulator::Options options = fixture::fastOptions();
    options.seed = kSeed;
    fixture::ZenlayerSandbox sandbox(options);
    QVERIFY(sandbox.listening && sandbox.historyOpen && sandbox.zl);
    QList<emulator::ZenlayerInstance> machines;
    QStringList ids;
    for (int n = 0; n < 300; ++n) {
        machines << fixture::machine(QString::number(900000 + n), u"RUNNING"_s);
        ids << machines.last().instanceId;
    }
    sandbox.useMachines(machines);
    QVERIFY(sandbox.emu.faults().add(kReadFaults));
    QVERIFY(sandbox.emu.faults().add(u"drop-after:TerminateInstance@3,drop-before:TerminateInstance@10,"
                                     u"http500:TerminateInstance@40,delay:TerminateInstance@80=11000,"
                                     u"garbage:TerminateInstance@120,internal:TerminateInstance@160,"
                                     u"throttle:TerminateInstance@200,drop-before:ReleaseInstances@1,"
                                     u"internal:ReleaseInstances@3"_s));
    const QList<Instance> listed = sandbox.zlRead(ids);
    QCOMPARE(listed.size(), 300);
    {
        const TeardownPlan plan = sandbox.plan(listed);
        QCOMPARE(plan.allowedCount(), 300);
        const QHash<QString, Truth> before = zenlayerTruths(sandbox, ids);
        const RunReport report = run(sandbox, plan);
        check(u"Zenlayer terminate"_s, sandbox, plan, report, before, zenlayerTruths(sandbox, ids));
    }
    {
        const QList<Instance> inBin = sandbox.zlRead(ids);
        const TeardownPlan plan = sandbox.plan(inBin, Intent::Release);
        QVERIFY(plan.allowedCount() > 290);
        const QHash<QString, Truth> before = zenlayerTruths(sandbox, ids);
        const RunReport report = run(sandbox, plan);
        check(u"Zenlayer release"_s, sandbox, plan, report, before, zenlayerTruths(sandbox, ids));
    }
    expectFewUnknown(u"Zenlayer"_s);
}

QTEST_GUILESS_MAIN(FaultCampaignTest)
#include "tst_faultcampaign.moc"

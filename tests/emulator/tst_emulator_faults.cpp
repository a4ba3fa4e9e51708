// The fault plan (SPEC parsing, @N and %P) and every fault kind over HTTP, plus the rate limits:
// what the client sees, and whether the change was applied.
#include "Emulator.h"
#include "FaultPlan.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::FaultKind;
using emulator::FaultPlan;

namespace {

const QString kRegion = u"ap-chengdu"_s;
const QString kTarget = u"ins-fa0017aa"_s;

emulator::TencentInstance target()
{
    emulator::TencentInstance i;
    i.instanceId = kTarget;
    i.instanceName = u"fault target"_s;
    i.region = kRegion;
    i.zone = u"ap-chengdu-1"_s;
    i.instanceState = u"RUNNING"_s;
    i.latestOperation = u"StartInstances"_s;
    i.latestOperationState = u"SUCCESS"_s;
    return i;
}

} // namespace

class FaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void specsParse_data();
    void specsParse();
    void nthCallOnlyAndPerAction();
    void percentIsDeterministicFromTheSeed();
    void delaysAddUpAndTheFirstOutcomeWins();

    void faultKindsOverHttp_data();
    void faultKindsOverHttp();
    void delayDelaysTheReply();
    void dropAfterAppliesThenDrops();
    void faultsCanBeAddedAndClearedAtRuntime();

    void rateLimitsThrottleBeyondTheBucket_data();
    void rateLimitsThrottleBeyondTheBucket();
    void rateLimitsCanBeSwitchedOff();

private:
    std::unique_ptr<Emulator> emulatorWith(const QString& faults, bool rateLimits = false,
                                           std::function<qint64()> rateLimitNanoseconds = {});
    bool targetUntouched(Emulator& e)
    {
        const emulator::TencentInstance* i = e.tencentFleet().find(kTarget);
        return i && i->instanceState == u"RUNNING"_s && i->latestOperation == u"StartInstances"_s;
    }
    static QJsonObject terminateTarget() { return {{u"InstanceIds"_s, QJsonArray{kTarget}}}; }
};

std::unique_ptr<Emulator> FaultsTest::emulatorWith(const QString& faults, bool rateLimits,
                                                   std::function<qint64()> rateLimitNanoseconds)
{
    emulator::Options options;
    options.faults = faults;
    options.rateLimits = rateLimits;
    options.rateLimitNanoseconds = std::move(rateLimitNanoseconds);
    options.terminatingMs = 60000;
    auto e = std::make_unique<Emulator>(options);
    if (!e->setupError().isEmpty())
        qFatal("setup: %s", qPrintable(e->setupError()));
    e->tencentFleet().add(target());
    if (!e->listen())
        qFatal("cannot listen");
    return e;
}

void FaultsTest::specsParse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("rules");
    QTest::newRow("empty") << QString() << true << 0;
    QTest::newRow("every call") << u"internal"_s << true << 1;
    QTest::newRow("per action") << u"http500:DescribeInstances"_s << true << 1;
    QTest::newRow("nth") << u"drop-after:TerminateInstances@2"_s << true << 1;
    QTest::newRow("percent") << u"throttle%25"_s << true << 1;
    QTest::newRow("delay with ms") << u"delay:DescribeRegions@1=1500"_s << true << 1;
    QTest::newRow("list with spaces") << u"delay=10, garbage:DescribeRegions , drop-before%0"_s << true << 3;
    QTest::newRow("unknown kind") << u"explode"_s << false << 0;
    QTest::newRow("delay without ms") << u"delay:DescribeRegions"_s << false << 0;
    QTest::newRow("ARG on another kind") << u"internal=5"_s << false << 0;
    QTest::newRow("@0") << u"internal@0"_s << false << 0;
    QTest::newRow("percent above 100") << u"internal%101"_s << false << 0;
    QTest::newRow("both @ and %") << u"internal@1%5"_s << false << 0;
    QTest::newRow("bad action") << u"internal:Describe-Instances"_s << false << 0;
    QTest::newRow("one bad item spoils the list") << u"internal,bogus"_s << false << 0;
}

void FaultsTest::specsParse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(int, rules);
    FaultPlan plan;
    QString error;
    QCOMPARE(plan.add(spec, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(plan.rules().size(), rules);
    if (!valid) {
        // The CLI and the in-process API refuse the same specs.
        emulator::Options options;
        options.faults = spec;
        Emulator e(options);
        QVERIFY(!e.setupError().isEmpty());
        QVERIFY(!e.listen());
    }
}

void FaultsTest::nthCallOnlyAndPerAction()
{
    FaultPlan plan;
    QVERIFY(plan.add(u"internal:TerminateInstances@3"_s));
    QList<bool> fired;
    for (int n = 0; n < 6; ++n) {
        QVERIFY(!plan.next(u"DescribeInstances"_s).replacesReply()); // other actions neither fire nor count
        fired.append(plan.next(u"TerminateInstances"_s).replacesReply());
    }
    QCOMPARE(fired, (QList<bool>{false, false, true, false, false, false}));
}

void FaultsTest::percentIsDeterministicFromTheSeed()
{
    auto draw = [](quint64 seed) {
        FaultPlan plan(seed);
        plan.add(u"throttle%30"_s);
        QList<bool> out;
        for (int n = 0; n < 1000; ++n)
            out.append(plan.next(u"DescribeInstances"_s).replacesReply());
        return out;
    };
    const QList<bool> a = draw(7);
    QCOMPARE(draw(7), a);
    QVERIFY(draw(8) != a);
    const auto firedCount = std::count(a.cbegin(), a.cend(), true);
    QVERIFY2(firedCount > 240 && firedCount < 360, qPrintable(QString::number(firedCount)));

    FaultPlan never;
    never.add(u"internal%0"_s);
    FaultPlan always;
    always.add(u"internal%100"_s);
    for (int n = 0; n < 100; ++n) {
        QVERIFY(!never.next(u"X"_s).replacesReply());
        QVERIFY(always.next(u"X"_s).replacesReply());
    }
}

void FaultsTest::delaysAddUpAndTheFirstOutcomeWins()
{
    FaultPlan plan;
    QVERIFY(plan.add(u"delay=100,garbage,delay:DescribeRegions=50,internal"_s));
    const emulator::FaultDecision d = plan.next(u"DescribeRegions"_s);
    QCOMPARE(d.delayMs, 150);
    QCOMPARE(d.outcome, std::optional<FaultKind>(FaultKind::Garbage));
    QCOMPARE(d.fired.size(), 4);
    plan.clear();
    QVERIFY(plan.isEmpty());
    QVERIFY(!plan.next(u"DescribeRegions"_s).replacesReply());
}

void FaultsTest::faultKindsOverHttp_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("connectionDropped");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("applied");
    QTest::newRow("throttle") << u"throttle"_s << false << 200 << true << u"RequestLimitExceeded"_s << false;
    QTest::newRow("internal") << u"internal"_s << false << 200 << true << u"InternalError"_s << false;
    QTest::newRow("http500") << u"http500"_s << false << 500 << false << QString() << false;
    QTest::newRow("garbage") << u"garbage"_s << false << 200 << false << QString() << false;
    QTest::newRow("drop-before") << u"drop-before"_s << true << 0 << false << QString() << false;
    QTest::newRow("drop-after") << u"drop-after"_s << true << 0 << false << QString() << true;
}

void FaultsTest::faultKindsOverHttp()
{
    QFETCH(QString, kind);
    QFETCH(bool, connectionDropped);
    QFETCH(int, httpStatus);
    QFETCH(bool, json);
    QFETCH(QString, code);
    QFETCH(bool, applied);
    // Only the first TerminateInstances is hit; reads are never affected.
    auto e = emulatorWith(kind + u":TerminateInstances@1"_s);
    TencentTestClient client(e->url());
    QVERIFY(client.call(u"DescribeInstances"_s, kRegion, {}).succeeded());

    RawRequest request = client.build(u"TerminateInstances"_s, kRegion, terminateTarget());
    request.oneShotBody = true; // Qt must not resend it behind our back
    const ApiReply reply = client.send(request);
    QCOMPARE(reply.httpStatus, httpStatus); // 0: no HTTP reply at all
    QCOMPARE(reply.networkError == QNetworkReply::NoError, httpStatus == 200);
    if (connectionDropped)
        QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.isJson, json);
    QCOMPARE(reply.errorCode, code);
    QCOMPARE(!targetUntouched(*e), applied);
    QCOMPARE(e->callCount(u"TerminateInstances"_s), 1);
    QCOMPARE(e->callLog().constLast().fault, kind);

    // The fault fired once: the next call behaves normally again.
    const ApiReply next = client.call(u"TerminateInstances"_s, kRegion, terminateTarget());
    if (applied)
        QCOMPARE(next.errorCode, u"UnsupportedOperation.InstanceStateTerminating"_s);
    else
        QVERIFY2(next.succeeded(), qPrintable(next.errorCode));
    QCOMPARE(e->tencentFleet().find(kTarget)->instanceState, u"TERMINATING"_s);
}

void FaultsTest::delayDelaysTheReply()
{
    // Only the second DescribeRegions is late; the bound is a lower one, so load cannot break it.
    auto e = emulatorWith(u"delay:DescribeRegions@2=400"_s);
    TencentTestClient client(e->url());
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
    QElapsedTimer timer;
    timer.start();
    const ApiReply delayed = client.call(u"DescribeRegions"_s, {}, {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(delayed.succeeded());
    QVERIFY2(elapsed >= 390, qPrintable(QString::number(elapsed)));
    QCOMPARE(e->callLog().at(1).fault, QString()); // a delay does not replace the reply
}

void FaultsTest::dropAfterAppliesThenDrops()
{
    // The dangerous case the console must handle: the call was applied but the reply was lost.
    emulator::Options options;
    options.faults = u"drop-after:TerminateInstances"_s;
    options.prepaidIsolationMs = 50;
    options.rateLimits = false;
    Emulator e(options);
    emulator::TencentInstance prepaid = target();
    prepaid.instanceChargeType = u"PREPAID"_s;
    prepaid.expiredTime = e.now().addDays(30);
    e.tencentFleet().add(prepaid);
    QVERIFY(e.listen());
    TencentTestClient client(e.url());
    RawRequest request = client.build(u"TerminateInstances"_s, kRegion, terminateTarget());
    request.oneShotBody = true;
    const ApiReply reply = client.send(request);
    QVERIFY(reply.networkError != QNetworkReply::NoError);
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(e.callCount(u"TerminateInstances"_s), 1);
    // Re-reading the state shows what happened: the instance is on its way to the recycle bin.
    QTRY_COMPARE_WITH_TIMEOUT(e.tencentFleet().find(kTarget)->instanceState, u"SHUTDOWN"_s, 5000);
    const ApiReply status = client.call(u"DescribeInstancesStatus"_s, kRegion, terminateTarget());
    QCOMPARE(status.response[u"InstanceStatusSet"_s][0][u"InstanceState"_s].toString(), u"SHUTDOWN"_s);
}

void FaultsTest::faultsCanBeAddedAndClearedAtRuntime()
{
    auto e = emulatorWith({});
    TencentTestClient client(e->url());
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
    QVERIFY(e->faults().add(u"internal:DescribeRegions"_s));
    QCOMPARE(client.call(u"DescribeRegions"_s, {}, {}).errorCode, u"InternalError"_s);
    QCOMPARE(client.call(u"DescribeRegions"_s, {}, {}).errorCode, u"InternalError"_s);
    e->faults().clear();
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
    QString error;
    QVERIFY(!e->faults().add(u"internal@x"_s, &error));
    QVERIFY(!error.isEmpty());
}

void FaultsTest::rateLimitsThrottleBeyondTheBucket_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("rate");
    QTest::newRow("TerminateInstances 10/s") << u"TerminateInstances"_s << 10;
    QTest::newRow("InquiryPriceTerminateInstances 10/s") << u"InquiryPriceTerminateInstances"_s << 10;
    QTest::newRow("DescribeRegions 20/s") << u"DescribeRegions"_s << 20;
    QTest::newRow("DescribeInstances 40/s") << u"DescribeInstances"_s << 40;
    QTest::newRow("DescribeInstancesStatus 40/s") << u"DescribeInstancesStatus"_s << 40;
}

void FaultsTest::rateLimitsThrottleBeyondTheBucket()
{
    QFETCH(QString, action);
    QFETCH(int, rate);
    // Time held still: a full bucket lets exactly `rate` calls through, and refills only as time passes.
    qint64 nanoseconds = 0;
    auto e = emulatorWith({}, true, [&nanoseconds] { return nanoseconds; });
    e->addTencentKey(u"AKIDSECOND"_s, u"second-key"_s);
    TencentTestClient client(e->url());
    // A burst of twice the rate, all in flight at once; a known id keeps the calls cheap.
    const QJsonObject params = action == u"DescribeRegions"_s ? QJsonObject{} : terminateTarget();
    // How many of `calls` sent at once were throttled; every reply an HTTP 200, as the API answers.
    const auto throttledOf = [&](int calls) {
        QList<QNetworkReply*> replies;
        for (int n = 0; n < calls; ++n)
            replies.append(client.start(client.build(action, kRegion, params)));
        int throttled = 0;
        for (QNetworkReply* r : std::as_const(replies)) {
            if (!r->isFinished())
                QSignalSpy(r, &QNetworkReply::finished).wait(10000);
            const ApiReply reply = TencentTestClient::readReply(r);
            if (reply.httpStatus != 200)
                return -1;
            if (reply.errorCode == u"RequestLimitExceeded"_s) {
                ++throttled;
                if (reply.errorMessage != u"请求的次数超过了频率限制。"_s)
                    return -1;
            }
            r->deleteLater();
        }
        return throttled;
    };
    QCOMPARE(throttledOf(2 * rate), rate);
    nanoseconds += 500'000'000; // half a second refills half the bucket
    QCOMPARE(throttledOf(rate), rate - rate / 2);
    nanoseconds += 5'000'000'000; // a long pause fills it, never beyond one second's worth
    QCOMPARE(throttledOf(2 * rate), rate);
    QCOMPARE(e->callLog().constFirst().errorCode == u"RequestLimitExceeded"_s, false);

    // The bucket is per SecretId: another key is not throttled.
    TencentTestClient other(e->url(), u"AKIDSECOND"_s, u"second-key"_s);
    QVERIFY(other.call(action, kRegion, params).errorCode != u"RequestLimitExceeded"_s);
    // And it refills: one call's token in 1/rate of a second.
    QCOMPARE(client.call(action, kRegion, params).errorCode, u"RequestLimitExceeded"_s);
    nanoseconds += 1'000'000'000 / rate;
    QVERIFY(client.call(action, kRegion, params).errorCode != u"RequestLimitExceeded"_s);
}

void FaultsTest::rateLimitsCanBeSwitchedOff()
{
    auto e = emulatorWith({}, false);
    TencentTestClient client(e->url());
    QList<QNetworkReply*> replies;
    for (int n = 0; n < 60; ++n)
        replies.append(client.start(client.build(u"DescribeRegions"_s, {}, QJsonObject{})));
    for (QNetworkReply* r : std::as_const(replies)) {
        if (!r->isFinished())
            QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(10000));
        QVERIFY(TencentTestClient::readReply(r).succeeded());
        r->deleteLater();
    }
}

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_emulator_faults.moc"

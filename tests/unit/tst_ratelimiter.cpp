// RateLimiter: a burst of a second's worth at once, then waiters served in FIFO order as tokens
// refill, no grant before the provider can have counted the grants it depends on (on a clock the
// test moves), independent buckets, drain() after throttling, and waiters whose caller is gone.
// Nothing here measures time: counts and order only, with generous timeouts.
#include "RateLimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 20000;
}

class RateLimiterTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_context = new QObject; }
    // Deleting the context drops whatever a failed test left queued for it.
    void cleanup() { delete m_context; }

    void unratedBucketGrantsQueuedNeverSynchronously();
    void burstThenFifo_data();
    void burstThenFifo();
    void bucketsAreIndependent();
    void drainEmptiesTheBucketButKeepsWaiters();
    void drainOfUnknownBucketIsHarmless();
    void destroyedContextWhileWaiting();
    void destroyedContextAfterGrant();
    void rateBelowOnePerSecondStillGrants();
    void nextSecondWaitsUntilTheProviderCountedTheFirst();
    void callerGoneAfterItsGrantIsCountedAtOnce();
    void passHoldsTheBucketBackForASecondAtMost();

private:
    QObject* m_context = nullptr;
};

void RateLimiterTest::unratedBucketGrantsQueuedNeverSynchronously()
{
    RateLimiter limiter;
    QCOMPARE(limiter.rate(u"none"_s), 0.0);
    QList<int> order;
    for (int i = 0; i < 50; ++i)
        limiter.acquire(u"none"_s, m_context, [&order, i](const RateLimiter::Pass&) { order.append(i); });
    // Queued: nothing ran inside acquire().
    QVERIFY(order.isEmpty());
    QCOMPARE(limiter.waiting(u"none"_s), 0);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 50, kTimeoutMs);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(order[i], i);
}

void RateLimiterTest::burstThenFifo_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("extra");

    // The bucket starts full, like the provider's: a second's worth at once, the rest one by one as
    // it refills (and as the provider answers the calls before: the passes are dropped at once here).
    QTest::newRow("TerminateInstances 10/s") << 10.0 << 10 << 5;
    QTest::newRow("DescribeInstances 40/s") << 40.0 << 40 << 5;
    QTest::newRow("4/s") << 4.0 << 4 << 4;
    QTest::newRow("2.5/s") << 2.5 << 2 << 2;
    QTest::newRow("1/s") << 1.0 << 1 << 2;
}

void RateLimiterTest::burstThenFifo()
{
    QFETCH(double, rate);
    QFETCH(int, burst);
    QFETCH(int, extra);

    RateLimiter limiter;
    limiter.setRate(u"b"_s, rate);
    QCOMPARE(limiter.rate(u"b"_s), rate);
    QCOMPARE(RateLimiter::capacity(rate), burst);

    QList<int> order;
    for (int i = 0; i < burst + extra; ++i)
        limiter.acquire(u"b"_s, m_context, [&order, i](const RateLimiter::Pass&) { order.append(i); });
    // acquire() hands out the tokens the bucket holds right away; the rest wait.
    QCOMPARE(limiter.waiting(u"b"_s), extra);
    QVERIFY(order.isEmpty()); // granted, but run from the event loop

    QTRY_VERIFY_WITH_TIMEOUT(order.size() >= burst, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), burst + extra, kTimeoutMs);
    QCOMPARE(limiter.waiting(u"b"_s), 0);
    for (int i = 0; i < burst + extra; ++i)
        QCOMPARE(order[i], i);

    // Later callers queue behind earlier ones even when they arrive while others wait.
    order.clear();
    limiter.drain(u"b"_s);
    limiter.acquire(u"b"_s, m_context, [&order](const RateLimiter::Pass&) { order.append(1); });
    limiter.acquire(u"b"_s, m_context, [&order](const RateLimiter::Pass&) { order.append(2); });
    QCOMPARE(limiter.waiting(u"b"_s), 2);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, kTimeoutMs);
    QCOMPARE(order, (QList<int>{1, 2}));
}

void RateLimiterTest::bucketsAreIndependent()
{
    RateLimiter limiter;
    limiter.setRate(u"terminate"_s, 1);
    limiter.setRate(u"describe"_s, 5);
    QCOMPARE(limiter.rate(u"terminate"_s), 1.0);
    QCOMPARE(limiter.rate(u"describe"_s), 5.0);
    QCOMPARE(limiter.rate(u"other"_s), 0.0);

    limiter.drain(u"terminate"_s); // empty: its next caller waits
    int terminated = 0;
    int described = 0;
    int other = 0;
    limiter.acquire(u"terminate"_s, m_context, [&terminated](const RateLimiter::Pass&) { ++terminated; });
    for (int i = 0; i < 5; ++i) // a full bucket of 5/s grants 5 at once
        limiter.acquire(u"describe"_s, m_context, [&described](const RateLimiter::Pass&) { ++described; });
    limiter.acquire(u"other"_s, m_context, [&other](const RateLimiter::Pass&) { ++other; });

    // The empty bucket holds back only its own caller.
    QCOMPARE(limiter.waiting(u"terminate"_s), 1);
    QCOMPARE(limiter.waiting(u"describe"_s), 0);
    QCOMPARE(limiter.waiting(u"other"_s), 0);
    QTRY_COMPARE_WITH_TIMEOUT(described, 5, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(other, 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(terminated, 1, kTimeoutMs);

    // Changing one bucket's rate leaves the other alone.
    limiter.setRate(u"describe"_s, 40);
    QCOMPARE(limiter.rate(u"describe"_s), 40.0);
    QCOMPARE(limiter.rate(u"terminate"_s), 1.0);
}

void RateLimiterTest::drainEmptiesTheBucketButKeepsWaiters()
{
    // The provider said we were too fast (ApiCall drains after RequestLimitExceeded): the bucket is
    // emptied so the next caller waits, and callers already waiting are still served, in order.
    RateLimiter limiter;
    limiter.setRate(u"b"_s, 3);
    limiter.drain(u"b"_s);

    QList<int> order;
    for (int i = 0; i < 3; ++i)
        limiter.acquire(u"b"_s, m_context, [&order, i](const RateLimiter::Pass&) { order.append(i); });
    QCOMPARE(limiter.waiting(u"b"_s), 3);
    limiter.drain(u"b"_s);
    QCOMPARE(limiter.waiting(u"b"_s), 3);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, kTimeoutMs);
    QCOMPARE(order, (QList<int>{0, 1, 2}));
    QCOMPARE(limiter.waiting(u"b"_s), 0);
}

void RateLimiterTest::drainOfUnknownBucketIsHarmless()
{
    RateLimiter limiter;
    limiter.drain(u"never-set"_s);
    QCOMPARE(limiter.rate(u"never-set"_s), 0.0);
    bool ran = false;
    limiter.acquire(u"never-set"_s, m_context, [&ran](const RateLimiter::Pass&) { ran = true; });
    QCOMPARE(limiter.waiting(u"never-set"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ran, kTimeoutMs);
}

void RateLimiterTest::destroyedContextWhileWaiting()
{
    RateLimiter limiter;
    limiter.setRate(u"b"_s, 2);
    limiter.drain(u"b"_s);

    auto* gone = new QObject;
    QList<QString> ran;
    limiter.acquire(u"b"_s, gone, [&ran](const RateLimiter::Pass&) { ran.append(u"gone"_s); });
    limiter.acquire(u"b"_s, m_context, [&ran](const RateLimiter::Pass&) { ran.append(u"first"_s); });
    limiter.acquire(u"b"_s, m_context, [&ran](const RateLimiter::Pass&) { ran.append(u"second"_s); });
    QCOMPARE(limiter.waiting(u"b"_s), 3);
    delete gone;

    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, kTimeoutMs);
    QCOMPARE(ran, (QList<QString>{u"first"_s, u"second"_s}));
    QCOMPARE(limiter.waiting(u"b"_s), 0);
    // Nothing late either: grants run in order, so one more granted afterwards comes after anything
    // still pending for the destroyed caller.
    limiter.acquire(u"b"_s, m_context, [&ran](const RateLimiter::Pass&) { ran.append(u"third"_s); });
    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 3, kTimeoutMs);
    QCOMPARE(ran, (QList<QString>{u"first"_s, u"second"_s, u"third"_s}));
}

void RateLimiterTest::destroyedContextAfterGrant()
{
    // Granted at once (the bucket is full, or unrated), but the caller is destroyed before the
    // event loop runs the callback.
    RateLimiter limiter;
    limiter.setRate(u"b"_s, 5);
    bool ranRated = false;
    bool ranUnrated = false;
    bool ranAlive = false;
    auto* gone = new QObject;
    limiter.acquire(u"b"_s, gone, [&ranRated](const RateLimiter::Pass&) { ranRated = true; });
    limiter.acquire(u"unrated"_s, gone, [&ranUnrated](const RateLimiter::Pass&) { ranUnrated = true; });
    limiter.acquire(u"b"_s, m_context, [&ranAlive](const RateLimiter::Pass&) { ranAlive = true; });
    QCOMPARE(limiter.waiting(u"b"_s), 0);
    delete gone;

    // Grants are queued in order: by the time the living caller's runs, the destroyed caller's
    // would have run too.
    QTRY_VERIFY_WITH_TIMEOUT(ranAlive, kTimeoutMs);
    QVERIFY(!ranRated);
    QVERIFY(!ranUnrated);
}

void RateLimiterTest::rateBelowOnePerSecondStillGrants()
{
    // A rate is a double: one call every two seconds is a valid rate and must eventually be served.
    RateLimiter limiter;
    limiter.setRate(u"slow"_s, 0.5);
    QCOMPARE(limiter.rate(u"slow"_s), 0.5);
    int granted = 0;
    limiter.acquire(u"slow"_s, m_context, [&granted](const RateLimiter::Pass&) { ++granted; });
    limiter.acquire(u"slow"_s, m_context, [&granted](const RateLimiter::Pass&) { ++granted; });
    // The first at once or after two seconds, the second two seconds later.
    QTRY_COMPARE_WITH_TIMEOUT(granted, 2, 10000);
}

void RateLimiterTest::nextSecondWaitsUntilTheProviderCountedTheFirst()
{
    // The provider counts a request somewhere between its grant and its reply. Its bucket of ten
    // takes the eleventh only a tenth of a second after the first: so the eleventh waits for the
    // first's reply, and then a tenth of a second more, whatever its own bucket holds.
    qint64 nowMs = 0;
    RateLimiter limiter(nullptr, [&nowMs] { return nowMs; });
    limiter.setRate(u"b"_s, 10);
    QList<RateLimiter::Pass> held;
    QList<int> order;
    for (int i = 0; i < 12; ++i) {
        limiter.acquire(u"b"_s, m_context, [&held, &order, i](const RateLimiter::Pass& pass) {
            held.append(pass);
            order.append(i);
        });
    }
    QCOMPARE(limiter.waiting(u"b"_s), 2);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 10, kTimeoutMs);
    QVERIFY(held.first());

    // At each step a call is answered at the given time. The limiter dispatches synchronously on a
    // reply, which is what lets the test see that a grant did not happen at that time.
    struct Step
    {
        qint64 atMs;
        int answered;
        int waiting;
        const char* why;
    };
    const Step steps[] = {
        {500, 3, 2, "five tokens back in the bucket, but the first call may not have been counted yet"},
        {520, 0, 2, "the first answered at 520 ms: the eleventh may go at 620 ms"},
        {619, 4, 2, "a millisecond early"},
        {620, 5, 1, "the eleventh went; the twelfth waits for the second's reply"},
        {620, 1, 1, "the second answered 100 ms after the first: the twelfth at 720 ms"},
        {719, 6, 1, "a millisecond early"},
        {720, 7, 0, "the twelfth went"},
    };
    for (const Step& step : steps) {
        nowMs = step.atMs;
        held[step.answered].reset();
        QVERIFY2(limiter.waiting(u"b"_s) == step.waiting, step.why);
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 12, kTimeoutMs);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(order[i], i);
}

void RateLimiterTest::callerGoneAfterItsGrantIsCountedAtOnce()
{
    // A grant whose caller is destroyed before it runs is never sent: the next caller does not wait
    // for a reply that will never come.
    qint64 nowMs = 0;
    RateLimiter limiter(nullptr, [&nowMs] { return nowMs; });
    limiter.setRate(u"b"_s, 1);
    auto* gone = new QObject;
    bool ranGone = false;
    bool ranNext = false;
    limiter.acquire(u"b"_s, gone, [&ranGone](const RateLimiter::Pass&) { ranGone = true; });
    limiter.acquire(u"b"_s, m_context, [&ranNext](const RateLimiter::Pass&) { ranNext = true; });
    QCOMPARE(limiter.waiting(u"b"_s), 1);
    nowMs = 3000;
    delete gone; // its queued grant goes with it, and the pass in it: counted at 3,000 ms
    QCOMPARE(limiter.waiting(u"b"_s), 1); // a second after that: 4,000 ms
    nowMs = 4000;
    QTRY_VERIFY_WITH_TIMEOUT(ranNext, kTimeoutMs); // on the bucket's timer
    QVERIFY(!ranGone);
}

void RateLimiterTest::passHoldsTheBucketBackForASecondAtMost()
{
    // A reply that is slow to come (up to the call's timeout) holds the bucket back for a second;
    // its request is then taken as counted a second after its grant.
    qint64 nowMs = 0;
    RateLimiter limiter(nullptr, [&nowMs] { return nowMs; });
    limiter.setRate(u"b"_s, 2); // a burst of two, then one every 500 ms
    RateLimiter::Pass slow;
    QStringList ran;
    auto acquire = [&](const QString& name) {
        limiter.acquire(u"b"_s, m_context, [&ran, &slow, name](const RateLimiter::Pass& pass) {
            ran.append(name);
            if (name == u"slow"_s)
                slow = pass; // its reply does not come; the other passes are dropped at once
        });
    };
    acquire(u"slow"_s);
    acquire(u"quick"_s);
    acquire(u"third"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ran, (QStringList{u"slow"_s, u"quick"_s}), kTimeoutMs);
    QVERIFY(slow);
    QCOMPARE(limiter.waiting(u"b"_s), 1);

    // Each acquire() dispatches synchronously: it shows whether "third" was granted at that time.
    nowMs = 999; // the bucket is full again, but "slow" may still reach the provider
    acquire(u"fourth"_s);
    QCOMPARE(limiter.waiting(u"b"_s), 2);
    nowMs = 1000; // taken as counted now: "third" may go 500 ms later
    acquire(u"fifth"_s);
    QCOMPARE(limiter.waiting(u"b"_s), 3);
    nowMs = 1500;
    acquire(u"sixth"_s);
    QCOMPARE(limiter.waiting(u"b"_s), 3); // "third" went; "fourth" waits until 2,000 ms
    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 3, kTimeoutMs);
    QCOMPARE(ran.last(), u"third"_s);
}

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "tst_ratelimiter.moc"

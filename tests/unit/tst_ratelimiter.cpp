// RateLimiter: a burst of a second's worth less a reserve at once, then waiters served in FIFO order as tokens refill,
// independent buckets, drain() after throttling, and waiters whose caller is gone. Nothing here
// measures time: counts and order only, with generous timeouts.
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

private:
    QObject* m_context = nullptr;
};

void RateLimiterTest::unratedBucketGrantsQueuedNeverSynchronously()
{
    RateLimiter limiter;
    QCOMPARE(limiter.rate(u"none"_s), 0.0);
    QList<int> order;
    for (int i = 0; i < 50; ++i)
        limiter.acquire(u"none"_s, m_context, [&order, i] { order.append(i); });
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

    // The bucket starts full: a second's worth less a tenth, at least one token less (the reserve
    // for requests reaching the provider unevenly late), the rest one by one as it refills.
    QTest::newRow("TerminateInstances 10/s") << 10.0 << 9 << 5;
    QTest::newRow("DescribeInstances 40/s") << 40.0 << 36 << 5;
    QTest::newRow("4/s") << 4.0 << 3 << 4;
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
    QCOMPARE(RateLimiter::capacity(rate), double(burst));

    QList<int> order;
    for (int i = 0; i < burst + extra; ++i)
        limiter.acquire(u"b"_s, m_context, [&order, i] { order.append(i); });
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
    limiter.acquire(u"b"_s, m_context, [&order] { order.append(1); });
    limiter.acquire(u"b"_s, m_context, [&order] { order.append(2); });
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
    limiter.acquire(u"terminate"_s, m_context, [&terminated] { ++terminated; });
    for (int i = 0; i < 4; ++i) // a full bucket of 5/s grants 4 at once
        limiter.acquire(u"describe"_s, m_context, [&described] { ++described; });
    limiter.acquire(u"other"_s, m_context, [&other] { ++other; });

    // The empty bucket holds back only its own caller.
    QCOMPARE(limiter.waiting(u"terminate"_s), 1);
    QCOMPARE(limiter.waiting(u"describe"_s), 0);
    QCOMPARE(limiter.waiting(u"other"_s), 0);
    QTRY_COMPARE_WITH_TIMEOUT(described, 4, kTimeoutMs);
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
        limiter.acquire(u"b"_s, m_context, [&order, i] { order.append(i); });
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
    limiter.acquire(u"never-set"_s, m_context, [&ran] { ran = true; });
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
    limiter.acquire(u"b"_s, gone, [&ran] { ran.append(u"gone"_s); });
    limiter.acquire(u"b"_s, m_context, [&ran] { ran.append(u"first"_s); });
    limiter.acquire(u"b"_s, m_context, [&ran] { ran.append(u"second"_s); });
    QCOMPARE(limiter.waiting(u"b"_s), 3);
    delete gone;

    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, kTimeoutMs);
    QCOMPARE(ran, (QList<QString>{u"first"_s, u"second"_s}));
    QCOMPARE(limiter.waiting(u"b"_s), 0);
    // Nothing late either: grants run in order, so one more granted afterwards comes after anything
    // still pending for the destroyed caller.
    limiter.acquire(u"b"_s, m_context, [&ran] { ran.append(u"third"_s); });
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
    limiter.acquire(u"b"_s, gone, [&ranRated] { ranRated = true; });
    limiter.acquire(u"unrated"_s, gone, [&ranUnrated] { ranUnrated = true; });
    limiter.acquire(u"b"_s, m_context, [&ranAlive] { ranAlive = true; });
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
    limiter.acquire(u"slow"_s, m_context, [&granted] { ++granted; });
    limiter.acquire(u"slow"_s, m_context, [&granted] { ++granted; });
    // The first at once or after two seconds, the second two seconds later.
    QTRY_COMPARE_WITH_TIMEOUT(granted, 2, 10000);
}

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "tst_ratelimiter.moc"

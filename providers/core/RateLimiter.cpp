#include "RateLimiter.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
// How long a pass holds the bucket back before its request is taken as counted anyway.
constexpr qint64 kLongestHoldMs = 1000;
} // namespace

RateLimiter::RateLimiter(QObject* parent, MonotonicClock clock)
    : QObject(parent)
    , m_clockMs(std::move(clock))
{
    m_elapsed.start();
}

qint64 RateLimiter::now() const
{
    return m_clockMs ? m_clockMs() : m_elapsed.elapsed();
}

void RateLimiter::setRate(const QString& bucket, double perSecond)
{
    Bucket& b = m_buckets[bucket];
    b.perSecond = perSecond;
    b.tokens = capacity(perSecond);
    b.refilledAtMs = now();
    // Passes still held for the old rate report to nothing.
    b.recent.clear();
    b.hasHorizon = false;
    if (!b.timer) {
        b.timer = new QTimer(this);
        b.timer->setSingleShot(true);
        connect(b.timer, &QTimer::timeout, this, [this, bucket] { dispatch(bucket); });
    }
    if (!b.waiters.isEmpty())
        dispatch(bucket);
}

int RateLimiter::capacity(double perSecond)
{
    // The provider's bucket holds a second's worth of tokens. Always room for one call: a rate
    // below one per second must still grant.
    return std::max(1, int(std::floor(perSecond)));
}

double RateLimiter::rate(const QString& bucket) const
{
    const auto it = m_buckets.constFind(bucket);
    return it == m_buckets.cend() ? 0.0 : it->perSecond;
}

void RateLimiter::refill(Bucket& bucket)
{
    const qint64 at = now();
    bucket.tokens = std::min(double(capacity(bucket.perSecond)),
                             bucket.tokens + double(at - bucket.refilledAtMs) * bucket.perSecond / 1000.0);
    bucket.refilledAtMs = at;
}

qint64 RateLimiter::providerWaitForNext(Bucket& b)
{
    // The provider's bucket (a burst of C, refilled at r) accepts request n if, for every earlier
    // request i with n − i + 1 > C, n reaches it at least (n − i + 1 − C) / r after i did. i reached
    // it no later than countedBy(i); n reaches it no earlier than it is granted. So n may go at
    //     max over i ≤ n − C of  countedBy(i) + (n − i + 1 − C) / r
    //   = (n + 1 − C) / r + max over i ≤ n − C of (countedBy(i) − i / r),
    // where the second term only grows with n: the horizon, folded in as grants age.
    const double interval = 1000.0 / b.perSecond;
    const quint64 burst = quint64(capacity(b.perSecond));
    const quint64 next = b.granted;
    const qint64 at = now();
    while (!b.recent.empty() && b.recent.begin()->first + burst <= next) {
        const auto oldest = b.recent.begin();
        qint64 countedBy = oldest->second.countedByMs;
        if (countedBy < 0) {
            countedBy = oldest->second.grantedAtMs + kLongestHoldMs;
            if (countedBy > at)
                return countedBy - at; // or until its reply, which dispatches again
        }
        const double mark = double(countedBy) - double(oldest->first) * interval;
        b.horizonMs = b.hasHorizon ? std::max(b.horizonMs, mark) : mark;
        b.hasHorizon = true;
        b.recent.erase(oldest);
    }
    if (!b.hasHorizon)
        return 0;
    const double earliest = b.horizonMs + (double(next) + 1.0 - double(burst)) * interval;
    return std::max<qint64>(0, qint64(std::ceil(earliest - double(at))));
}

void RateLimiter::grant(Waiter waiter, Pass pass)
{
    if (waiter.context)
        QMetaObject::invokeMethod(
            waiter.context, [ready = std::move(waiter.ready), pass = std::move(pass)] { ready(pass); },
            Qt::QueuedConnection);
}

void RateLimiter::acquire(const QString& bucket, QObject* context, std::function<void(Pass)> ready)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end() || it->perSecond <= 0) {
        grant({context, std::move(ready)}, nullptr);
        return;
    }
    it->waiters.enqueue({context, std::move(ready)});
    dispatch(bucket);
}

void RateLimiter::dispatch(const QString& name)
{
    if (m_dispatching) // counted() defers to the bucket's timer meanwhile
        return;
    const QScopedValueRollback guard(m_dispatching, true);
    Bucket& b = m_buckets[name];
    if (b.perSecond <= 0) { // the limit was lifted while callers waited
        while (!b.waiters.isEmpty())
            grant(b.waiters.dequeue(), nullptr);
        return;
    }
    refill(b);
    qint64 waitMs = 0;
    while (!b.waiters.isEmpty()) {
        if (!b.waiters.head().context) {
            b.waiters.dequeue(); // its caller is gone: it costs no token
            continue;
        }
        if (b.tokens < 1.0) {
            waitMs = qint64(std::ceil((1.0 - b.tokens) * 1000.0 / b.perSecond));
            break;
        }
        waitMs = providerWaitForNext(b);
        if (waitMs > 0)
            break;
        b.tokens -= 1.0;
        const quint64 number = b.granted++;
        b.recent.emplace(number, GrantTimes{now(), -1});
        grant(b.waiters.dequeue(), std::make_shared<Grant>(this, name, number));
    }
    if (waitMs > 0)
        b.timer->start(int(std::max<qint64>(1, waitMs)));
}

void RateLimiter::counted(const QString& bucket, quint64 number)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return;
    const auto grant = it->recent.find(number);
    if (grant == it->recent.end())
        return;
    grant->second.countedByMs = now();
    if (it->waiters.isEmpty())
        return;
    // A pass can be dropped anywhere, a grant in progress included: a dispatch of its own turn.
    if (m_dispatching)
        it->timer->start(0);
    else
        dispatch(bucket);
}

void RateLimiter::drain(const QString& bucket)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end() || it->perSecond <= 0)
        return;
    refill(*it);
    it->tokens = 0;
}

int RateLimiter::waiting(const QString& bucket) const
{
    const auto it = m_buckets.constFind(bucket);
    return it == m_buckets.cend() ? 0 : int(it->waiters.size());
}

RateLimiter::Grant::Grant(RateLimiter* limiter, QString bucket, quint64 number)
    : m_limiter(limiter)
    , m_bucket(std::move(bucket))
    , m_number(number)
{ }

RateLimiter::Grant::~Grant()
{
    if (m_limiter)
        m_limiter->counted(m_bucket, m_number);
}

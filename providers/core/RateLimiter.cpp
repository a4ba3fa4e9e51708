#include "RateLimiter.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void RateLimiter::setRate(const QString& bucket, double perSecond)
{
    Bucket& b = m_buckets[bucket];
    b.perSecond = perSecond;
    b.tokens = capacity(perSecond);
    b.refilledAtMs = m_clock.elapsed();
    if (!b.timer) {
        b.timer = new QTimer(this);
        b.timer->setSingleShot(true);
        connect(b.timer, &QTimer::timeout, this, [this, bucket] { dispatch(bucket); });
    }
    if (!b.waiters.isEmpty())
        dispatch(bucket);
}

double RateLimiter::capacity(double perSecond)
{
    // The provider's bucket holds a second's worth of tokens; this one a tenth of a second's
    // less (at least one token). Requests reach the provider a little later than they are granted
    // here, and not all equally late (a connection frees up, a queue drains): the reserve keeps the
    // provider's bucket a token or more ahead of this one, so that a request that arrives up to
    // 100 ms early still finds its token. Always room for one call: a rate below one per second
    // must still grant.
    return std::max(1.0, perSecond - std::max(1.0, perSecond / 10.0));
}

double RateLimiter::rate(const QString& bucket) const
{
    const auto it = m_buckets.constFind(bucket);
    return it == m_buckets.cend() ? 0.0 : it->perSecond;
}

void RateLimiter::refill(Bucket& bucket)
{
    const qint64 now = m_clock.elapsed();
    bucket.tokens =
        std::min(capacity(bucket.perSecond), bucket.tokens + (now - bucket.refilledAtMs) * bucket.perSecond / 1000.0);
    bucket.refilledAtMs = now;
}

void RateLimiter::grant(Waiter waiter)
{
    if (waiter.context)
        QMetaObject::invokeMethod(waiter.context, std::move(waiter.ready), Qt::QueuedConnection);
}

void RateLimiter::acquire(const QString& bucket, QObject* context, std::function<void()> ready)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end() || it->perSecond <= 0) {
        grant({context, std::move(ready)});
        return;
    }
    it->waiters.enqueue({context, std::move(ready)});
    dispatch(bucket);
}

void RateLimiter::dispatch(const QString& name)
{
    Bucket& b = m_buckets[name];
    if (b.perSecond <= 0) { // the limit was lifted while callers waited
        while (!b.waiters.isEmpty())
            grant(b.waiters.dequeue());
        return;
    }
    refill(b);
    while (!b.waiters.isEmpty() && b.tokens >= 1.0) {
        Waiter w = b.waiters.dequeue();
        if (!w.context)
            continue; // its caller is gone: it costs no token
        b.tokens -= 1.0;
        grant(std::move(w));
    }
    if (!b.waiters.isEmpty() && !b.timer->isActive()) {
        const double missing = 1.0 - b.tokens;
        b.timer->start(std::max(1, int(std::ceil(missing * 1000.0 / b.perSecond))));
    }
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

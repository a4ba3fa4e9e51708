#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <map>
#include <memory>

class QTimer;

// Token buckets, one per named bucket (e.g. an account's TerminateInstances calls), paced like the
// provider's: refilled continuously at `perSecond` and holding a second's worth, the provider's
// whole burst.
//
// Matching the provider's bucket exactly is safe only if requests are counted there no closer
// together than they were granted here, and they are not: the first of a burst may wait for a
// connection while a later one goes out on a warm one. So each grant comes with a Pass that its
// caller holds until the provider has certainly counted the request (its reply has arrived) or
// never will (it was not sent). A grant that would exceed the provider's bucket even if every
// earlier request had been counted as late as it could have been waits: for the reply it depends
// on, and then for the refill since that reply. On loopback that costs nothing; far away, a
// round trip once per burst. A pass held longer than a second (a reply that is slow to come, up to
// the call's timeout) no longer holds the others back: its request is taken as counted a second
// after its grant, by when it almost certainly was, and at worst the provider throttles one call,
// which ApiCall retries.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    class Grant;
    // Dropping the last copy tells the limiter that the provider has counted the request, or never
    // will. Null for buckets without a rate.
    using Pass = std::shared_ptr<Grant>;
    // Monotonic milliseconds; injected by tests, a steady clock otherwise.
    using MonotonicClock = std::function<qint64()>;

    explicit RateLimiter(QObject* parent = nullptr, MonotonicClock clock = {});

    // A new rate starts the bucket afresh and full.
    void setRate(const QString& bucket, double perSecond);
    double rate(const QString& bucket) const;

    // Runs `ready` (queued, never synchronously) once the bucket grants a token. Nothing runs if
    // `context` is destroyed first, and then the token is as good as returned.
    void acquire(const QString& bucket, QObject* context, std::function<void(Pass)> ready);

    // The provider said we were too fast: empty the bucket so the next caller waits.
    void drain(const QString& bucket);

    int waiting(const QString& bucket) const;

    // The burst: how many tokens a full bucket of this rate grants at once (at least one).
    static int capacity(double perSecond);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(Pass)> ready;
    };
    struct GrantTimes
    {
        qint64 grantedAtMs = 0;
        qint64 countedByMs = -1; // -1 while its pass is held
    };
    struct Bucket
    {
        double perSecond = 0;
        double tokens = 0;
        qint64 refilledAtMs = 0;
        quint64 granted = 0; // grants so far; the next one's number
        // Grants not yet folded into `horizonMs`, by number.
        std::map<quint64, GrantTimes> recent;
        // The latest (countedBy − number × interval) of the grants folded so far.
        double horizonMs = 0;
        bool hasHorizon = false;
        QQueue<Waiter> waiters;
        QTimer* timer = nullptr;
    };

    qint64 now() const;
    void refill(Bucket& bucket);
    // How long the next grant must wait for the provider's bucket (0: not at all): for the refill
    // since the replies it depends on, or while a pass it depends on is held, until its hold ends.
    // Folds the grants old enough into the horizon.
    qint64 providerWaitForNext(Bucket& bucket);
    void dispatch(const QString& name);
    void counted(const QString& bucket, quint64 number);
    static void grant(Waiter waiter, Pass pass);

    MonotonicClock m_clockMs;
    QElapsedTimer m_elapsed;
    QHash<QString, Bucket> m_buckets;
    bool m_dispatching = false;
};

class RateLimiter::Grant
{
public:
    Grant(RateLimiter* limiter, QString bucket, quint64 number);
    ~Grant();
    Grant(const Grant&) = delete;
    Grant& operator=(const Grant&) = delete;

private:
    QPointer<RateLimiter> m_limiter;
    QString m_bucket;
    quint64 m_number;
};

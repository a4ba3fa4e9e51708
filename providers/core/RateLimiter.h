#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

class QTimer;

// Token buckets, one per named bucket (e.g. an account's TerminateInstances calls), paced like the
// provider's: refilled continuously at `perSecond`, and holding a second's worth less a reserve of
// a tenth (at least one token; capacity()), against requests reaching the provider unevenly late.
// Callers wait asynchronously for a token.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(QObject* parent = nullptr);

    void setRate(const QString& bucket, double perSecond);
    double rate(const QString& bucket) const;

    // Runs `ready` (queued, never synchronously) once the bucket grants a token. Nothing runs if
    // `context` is destroyed first. Buckets without a rate grant at once.
    void acquire(const QString& bucket, QObject* context, std::function<void()> ready);

    // The provider said we were too fast: empty the bucket so the next caller waits.
    void drain(const QString& bucket);

    int waiting(const QString& bucket) const;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> ready;
    };
    struct Bucket
    {
        double perSecond = 0;
        double tokens = 0;
        qint64 refilledAtMs = 0;
        QQueue<Waiter> waiters;
        QTimer* timer = nullptr;
    };

public:
    // The burst: how many tokens a full bucket of this rate grants at once.
    static double capacity(double perSecond);

private:
    void refill(Bucket& bucket);
    void dispatch(const QString& name);
    static void grant(Waiter waiter);

    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

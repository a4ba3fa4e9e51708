#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace emulator {

// The provider's request-rate limits: one token bucket per (caller, action), refilled at the
// action's rate and holding at most one second's worth. Time is monotonic, never the emulator's
// (possibly pinned) wall clock, so a frozen wall clock in a test cannot freeze the refill.
class TokenBuckets
{
public:
    // `nanoseconds`: monotonic time; empty means a steady timer started now.
    explicit TokenBuckets(std::function<qint64()> nanoseconds = {});

    void setRate(const QString& action, double perSecond);
    double rate(const QString& action) const { return m_rates.value(action); }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Takes a token; false means the caller is over the limit. Actions without a rate are free.
    bool tryTake(const QString& caller, const QString& action);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastNs = 0;
    };

    QHash<QString, double> m_rates;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_timer;
    std::function<qint64()> m_nanoseconds;
    bool m_enabled = true;
};

} // namespace emulator

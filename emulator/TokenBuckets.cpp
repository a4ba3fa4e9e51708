#include "TokenBuckets.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace emulator {

TokenBuckets::TokenBuckets(std::function<qint64()> nanoseconds)
    : m_nanoseconds(std::move(nanoseconds))
{
    m_timer.start();
    if (!m_nanoseconds)
        m_nanoseconds = [this] { return m_timer.nsecsElapsed(); };
}

void TokenBuckets::setRate(const QString& action, double perSecond)
{
    m_rates.insert(action, perSecond);
}

bool TokenBuckets::tryTake(const QString& caller, const QString& action)
{
    if (!m_enabled)
        return true;
    const auto rateIt = m_rates.constFind(action);
    if (rateIt == m_rates.cend() || *rateIt <= 0)
        return true;
    const double perSecond = *rateIt;
    const qint64 nowNs = m_nanoseconds();
    const QString key = caller + u'\x1f' + action;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{perSecond, nowNs});
    Bucket& b = *it;
    b.tokens = std::min(perSecond, b.tokens + double(nowNs - b.lastNs) * perSecond / 1e9);
    b.lastNs = nowNs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

} // namespace emulator

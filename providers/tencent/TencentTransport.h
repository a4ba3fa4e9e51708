#pragma once

#include "ApiCall.h"

#include <QJsonObject>

#include <functional>

// One request of a Tencent account before a dialect signs and encodes it: the action, the region
// it is addressed to (empty: none, as for DescribeRegions), its parameters as API 3.0 JSON, the
// instances it concerns and whether it destroys anything.
struct TencentRequest
{
    QString action;
    QString region;
    QJsonObject params;
    QStringList instanceIds;
    bool destructive = false;
};

// Sends the requests of one Tencent account, whichever host it talks to. Every action is held to
// its per-account rate, and every attempt is signed afresh by the dialect (signatures carry a
// timestamp) and its reply read in the dialect's shape.
class TencentTransport
{
public:
    // The bytes of one attempt: the dialect's endpoint, encoding and signature.
    using Sign = std::function<WireRequest(const TencentRequest& request)>;

    // The API's default per-account limits, in calls per second (reference §3.1, §3.5, §4.1,
    // §4.2); DescribeRegions has none published and is held to half the DescribeInstances rate.
    // The legacy host serves these actions with the same limits.
    static constexpr double DescribeRegionsRate = 20;
    static constexpr double DescribeInstancesRate = 40;
    static constexpr double DescribeInstancesStatusRate = 40;
    static constexpr double TerminateInstancesRate = 10;
    static constexpr double InquiryPriceTerminateInstancesRate = 10;
    // Not published in the reference; held to the rate of the call it prepares (TerminateInstances).
    static constexpr double ModifyInstancesAttributeRate = 10;

    // `owner` parents the rate limiter and the calls; `environment.account` is replaced by
    // `account` and its limiter by the transport's own.
    TencentTransport(QObject* owner, const Account& account, const CallEnvironment& environment, Sign sign,
                     ApiCall::Decode decode);

    const Account& account() const { return m_env.account; }
    QDateTime now() const { return m_env.clock(); }
    // The account's rate table; a dialect adds the limits of its own actions.
    RateLimiter* limiter() const { return m_env.limiter; }

    // A call ready to start, rate-limited under its action's name; it deletes itself after
    // finished().
    ApiCall* call(const TencentRequest& request) const;

private:
    QObject* m_owner;
    CallEnvironment m_env;
    Sign m_sign;
    ApiCall::Decode m_decode;
};

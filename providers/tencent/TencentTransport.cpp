#include "TencentTransport.h"

#include "RateLimiter.h"

using namespace Qt::StringLiterals;

TencentTransport::TencentTransport(QObject* owner, const Account& account, const CallEnvironment& environment,
                                   Sign sign, ApiCall::Decode decode)
    : m_owner(owner)
    , m_env(environment)
    , m_sign(std::move(sign))
    , m_decode(std::move(decode))
{
    auto* limiter = new RateLimiter(owner);
    limiter->setRate(u"DescribeInstances"_s, DescribeInstancesRate);
    limiter->setRate(u"DescribeInstancesStatus"_s, DescribeInstancesStatusRate);
    limiter->setRate(u"DescribeRegions"_s, DescribeRegionsRate);
    limiter->setRate(u"TerminateInstances"_s, TerminateInstancesRate);
    limiter->setRate(u"InquiryPriceTerminateInstances"_s, InquiryPriceTerminateInstancesRate);
    limiter->setRate(u"ModifyInstancesAttribute"_s, ModifyInstancesAttributeRate);
    m_env.account = account;
    m_env.limiter = limiter;
}

ApiCall* TencentTransport::call(const TencentRequest& request) const
{
    CallDescription description{request.action, request.region, request.instanceIds, request.destructive,
                                request.action};
    return new ApiCall(
        m_env, description, [sign = m_sign, request] { return sign(request); }, m_decode, m_owner);
}

#include "ProviderFactory.h"

#include "Dialects.h"
#include "TencentClient.h"
#include "TencentLegacyClient.h"
#include "TencentStates.h"
#include "TlsTrust.h"
#include "ZenlayerClient.h"
#include "ZenlayerStates.h"

using namespace Qt::StringLiterals;

namespace ProviderFactory {

Provider* create(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                 QString* errorCode)
{
    // Whatever an opened account reports is described through the dialects' error tables.
    Dialects::registerAll();
    auto fail = [errorCode](const QString& code) -> Provider* {
        if (errorCode)
            *errorCode = code;
        return nullptr;
    };
    if (const QString refusal = EndpointPolicy::check(account.endpoint); !refusal.isEmpty())
        return fail(refusal);
    if (!credentials.isComplete())
        return fail(u"Teardown.NoCredentials"_s);
    CallEnvironment trusted = environment;
    if (const QString refusal = TlsTrust::apply(account.network.caFile, &trusted); !refusal.isEmpty())
        return fail(refusal);
    switch (account.dialect) {
    case Dialect::TencentApi3:
        return new TencentClient(account, credentials, trusted);
    case Dialect::TencentLegacy:
        return new TencentLegacyClient(account, credentials, trusted);
    case Dialect::Zenlayer:
        return new ZenlayerClient(account, credentials, trusted);
    }
    return fail(u"UnsupportedOperation"_s);
}

QList<Dialect> supportedDialects()
{
    return Dialects::supported();
}

} // namespace ProviderFactory

namespace ProviderCatalog {

QString stateLabel(ProviderId provider, QStringView rawState)
{
    return provider == ProviderId::Tencent ? TencentStates::stateLabel(rawState) : ZenlayerStates::stateLabel(rawState);
}

QString chargeTypeLabel(ProviderId provider, QStringView rawChargeType)
{
    return provider == ProviderId::Tencent ? TencentStates::chargeTypeLabel(rawChargeType)
                                           : ZenlayerStates::chargeTypeLabel(rawChargeType);
}

Lifecycle lifecycleOf(ProviderId provider, QStringView rawState)
{
    return provider == ProviderId::Tencent ? TencentStates::lifecycleOf(rawState)
                                           : ZenlayerStates::lifecycleOf(rawState);
}

QStringList states(ProviderId provider)
{
    return provider == ProviderId::Tencent ? TencentStates::allStates() : ZenlayerStates::allStates();
}

QStringList chargeTypes(ProviderId provider)
{
    return provider == ProviderId::Tencent ? TencentStates::allChargeTypes() : ZenlayerStates::allChargeTypes();
}

QString recoveryAdvice(ProviderId provider)
{
    return provider == ProviderId::Tencent ? TencentStates::recoveryAdvice() : ZenlayerStates::recoveryAdvice();
}

} // namespace ProviderCatalog

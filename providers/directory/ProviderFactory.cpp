#include "ProviderFactory.h"

#include "AccountNetwork.h"
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
    // The account's own network (its proxy), owned by the provider so that it outlives every call.
    CallEnvironment opened = environment;
    if (const QString refusal = TlsTrust::apply(account.network.caFile, &opened); !refusal.isEmpty())
        return fail(refusal);
    AccountNetwork* ownNetwork = nullptr;
    if (!opened.network) {
        ownNetwork = new AccountNetwork(account.network, credentials.proxyPassword);
        opened.network = ownNetwork;
    }
    Provider* provider = nullptr;
    switch (account.dialect) {
    case Dialect::TencentApi3:
        provider = new TencentClient(account, credentials, opened);
        break;
    case Dialect::TencentLegacy:
        provider = new TencentLegacyClient(account, credentials, opened);
        break;
    case Dialect::Zenlayer:
        provider = new ZenlayerClient(account, credentials, opened);
        break;
    }
    if (ownNetwork)
        ownNetwork->setParent(provider); // deleted here when there is no provider
    if (!provider) {
        delete ownNetwork;
        return fail(u"UnsupportedOperation"_s);
    }
    return provider;
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

#pragma once

#include "ApiCall.h"
#include "Instance.h"
#include "Provider.h"

// The one place that knows every dialect: opens an account's client and reads the provider's
// state and charge-type tables for people.
namespace ProviderFactory {
// Null when the account cannot be opened; `errorCode` (an ErrorCatalog code) says why. When
// `environment.network` is null the provider gets a network of its own (AccountNetwork) with the
// account's proxy and `credentials.proxyPassword`, living as long as the provider.
Provider* create(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                 QString* errorCode = nullptr);
// The dialects an account can be set to, in the order they are offered.
QList<Dialect> supportedDialects();
} // namespace ProviderFactory

namespace ProviderCatalog {
QString stateLabel(ProviderId provider, QStringView rawState);
QString chargeTypeLabel(ProviderId provider, QStringView rawChargeType);
Lifecycle lifecycleOf(ProviderId provider, QStringView rawState);
QStringList states(ProviderId provider);
QStringList chargeTypes(ProviderId provider);
QString recoveryAdvice(ProviderId provider); // how to get an instance back from the recycle bin
} // namespace ProviderCatalog

#pragma once

#include <QString>

#include <optional>

// The provider a fleet belongs to. Both Tencent dialects reach the same fleet.
enum class ProviderId { Tencent, Zenlayer };

// The API dialect an account speaks.
enum class Dialect { TencentApi3, TencentLegacy, Zenlayer };

ProviderId providerOf(Dialect dialect);

// Stable keys, used in settings, the history and on the command line (--provider).
QString dialectKey(Dialect dialect); // "tencent", "tencent-legacy", "zenlayer"
std::optional<Dialect> dialectFromKey(QStringView key);
QString providerKey(ProviderId provider); // "tencent", "zenlayer"

// Translated names for people.
QString providerDisplayName(ProviderId provider);
QString dialectDisplayName(Dialect dialect);

#pragma once

#include "ApiCall.h"
#include "Instance.h"
#include "Provider.h"

#include <QJsonObject>

// The Zenlayer API v2 reply shapes (reference §2): HTTP 200 with {"requestId", "response": {...}};
// any other status with the flat {"requestId", "code", "message"}.
namespace ZenlayerWire {
// The response object or the error, with its retry class.
ProviderError decode(const WireReply& reply, QJsonObject* response);
// UPPER_SNAKE codes are authoritative; the SDK's dotted spelling ("Invalid.Instance.Not.Found")
// is read as the same code.
QString normalizeCode(const QString& code);
// `zone` is the listing's zone; the instance's own zoneId wins when present.
Instance parseInstance(const QJsonObject& json, const QString& accountId, const QString& zone);
} // namespace ZenlayerWire

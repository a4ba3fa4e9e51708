#pragma once

#include "ApiCall.h"
#include "LegacySigner.h"

#include <QJsonObject>

// The reply shapes of the legacy host (reference §5.4, §5.5): old-style actions (ReturnInstance)
// answer {"code": <int>, "message", "codeDesc"?}, code 0 being success; the 2017-03-12 actions
// served there answer in the API 3.0 shape {"Response": {..., "RequestId"}}.
namespace LegacyWire {

// Either shape: the result object (the flat object or the Response object) or the error with its
// retry class. An old-style error takes the string code of codeDesc when the catalog knows it,
// otherwise the numeric common code ("4100").
ProviderError decode(const WireReply& reply, QJsonObject* result);

// API 3.0 JSON parameters as the query parameters of the same action (reference §1.9): arrays as
// Name.N (0-based), objects as Name.Field, booleans as true/false.
LegacyParams flatten(const QJsonObject& params);

} // namespace LegacyWire

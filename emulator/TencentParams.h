#pragma once

#include "TencentErrors.h"

#include <QJsonObject>
#include <QStringList>

// Reading the JSON parameters of API 3.0 actions with the API's own checks and error codes.
namespace emulator::TencentParams {

constexpr int MaxInstanceIds = 100; // reference §3.1, §3.5, §4.1, §4.2
constexpr int MaxLimit = 100;
constexpr int DefaultLimit = 20;

// UnknownParameter for a field the action does not define (the API refuses them).
TencentError rejectUnknown(const QJsonObject& params, const QStringList& allowed);

// InstanceIds: an array of at most 100 well-formed ids, returned without duplicates in request
// order. MissingParameter when required and absent or empty.
TencentError instanceIds(const QJsonObject& params, QStringList* ids, bool required);

// Offset (default 0) and Limit (default 20, at most 100).
TencentError paging(const QJsonObject& params, int* offset, int* limit);

TencentError boolean(const QJsonObject& params, const QString& key, bool* value);

} // namespace emulator::TencentParams

#pragma once

#include "TencentInstance.h"

#include <QJsonObject>

#include <optional>

namespace emulator::TencentInstanceJson {

// The Instance object of DescribeInstances (reference §3.3).
QJsonObject toJson(const TencentInstance& instance);

// A record from a fleet file: the API's field names, plus Region (else derived from
// Placement.Zone), Returnable and MonthlyPrice. Missing fields take the record's defaults.
std::optional<TencentInstance> fromJson(const QJsonObject& json, QString* error);

QString formatTime(const QDateTime& time); // ISO 8601 UTC, "2024-01-02T03:04:05Z"

} // namespace emulator::TencentInstanceJson

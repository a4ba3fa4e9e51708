#pragma once

#include "Instance.h"

#include <QString>

// Tencent's InstanceState and InstanceChargeType values (reference §3.3): what they mean for the
// console and how they read in the UI language.
namespace TencentStates {
Lifecycle lifecycleOf(QStringView rawState);
QString stateLabel(QStringView rawState); // translated; the raw value when unknown
QStringList allStates();

ChargeClass chargeClassOf(QStringView rawChargeType);
QString chargeTypeLabel(QStringView rawChargeType); // translated; the raw value when unknown
QStringList allChargeTypes();
// How an operator gets an instance back from the recycle bin; translated.
QString recoveryAdvice();
} // namespace TencentStates

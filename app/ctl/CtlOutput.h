#pragma once

#include "CtlRequest.h"

#include "Instance.h"
#include "RunLane.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QJsonObject>

// Everything teardownctl prints, in the user's language for people and with stable keys for
// scripts (json, csv). It renders what the engine decided; it decides nothing.
namespace CtlOutput {
QString localTime(const QDateTime& time); // as the tables show times: the local time, to the minute
QString plan(const TeardownPlan& plan, const QStringList& notFound, CtlRequest::Format format);
// The plan as plan --format json prints it.
QJsonObject planObject(const TeardownPlan& plan, const QStringList& notFound);
QString confirmationPrompt(const TeardownPlan& plan);
QString progress(const InstanceResult& result, int finished, int total);
QString logLine(const RunLogEntry& entry);
QString summary(const RunReport& report);
} // namespace CtlOutput

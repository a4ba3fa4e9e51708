#pragma once

#include "EmulatorOptions.h"
#include "TencentInstance.h"

#include <QList>
#include <QString>

namespace emulator {

class TencentFleet;

namespace FleetSource {

// Fills an empty fleet as the options say: the sandbox mix, `scale` instances per zone, or the
// instances of a fleet file. False (and nothing added) when the file cannot be used.
bool populate(const Options& options, const QDateTime& now, TencentFleet* fleet, QString* error);

// {"tencent":[{Instance fields with the API's names}, ...]} (README.md, "Fleet files").
bool loadFile(const QString& path, QList<TencentInstance>* instances, QString* error);

} // namespace FleetSource
} // namespace emulator

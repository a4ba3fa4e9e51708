#pragma once

#include "PlanFile.h"
#include "ProviderError.h"

#include <QByteArray>

// Writes a PlanFile in the documented format (docs/plan-format.md), with its digest.
namespace PlanFileWriter {
// The file's bytes: indented JSON for people to read, with "digest" over its canonical form.
// `digest` receives it when given.
QByteArray toJson(const PlanFile& file, QString* digest = nullptr);
// Writes the file whole or not at all. No error, or Teardown.PlanFileNotWritten with the path and
// the reason in its context.
ProviderError write(const QString& path, const PlanFile& file, QString* digest = nullptr);
} // namespace PlanFileWriter

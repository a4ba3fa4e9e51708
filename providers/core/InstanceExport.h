#pragma once

#include "Instance.h"

#include <QByteArray>
#include <QList>

// Instances as JSON and CSV with stable, untranslated keys: what scripts and spreadsheets read.
namespace InstanceExport {
QByteArray toJson(const QList<Instance>& instances);
QByteArray toCsv(const QList<Instance>& instances);
} // namespace InstanceExport

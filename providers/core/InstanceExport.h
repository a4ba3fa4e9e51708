#pragma once

#include "Instance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Instances as JSON and CSV with stable, untranslated keys: what scripts and spreadsheets read.
namespace InstanceExport {
QByteArray toJson(const QList<Instance>& instances); // an indented array of toJsonObject()
QByteArray toCsv(const QList<Instance>& instances); // a byte-order mark, csvHeader(), csvCells() of each

// One instance at a time, for output written as a listing arrives.
QJsonObject toJsonObject(const Instance& instance);
QStringList csvHeader();
QStringList csvCells(const Instance& instance);
} // namespace InstanceExport

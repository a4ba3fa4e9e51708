#pragma once

#include "TencentErrors.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace emulator {

class TencentFleet;
struct TencentInstance;

// The rules every CVM write action shares for its InstanceIds: the batch is looked up and checked
// as a whole before anything changes, so one instance that may not be changed fails the call.
namespace TencentBatch {

// One check of an instance: the refusal code, or empty when the instance passes.
using Check = std::function<QString(const TencentInstance&)>;

// The instances of the call's region in request order, or InvalidInstanceId.NotFound naming every
// missing id. Instance ids are regional: an instance of another region is not found here.
TencentError resolve(TencentFleet& fleet, const QStringList& ids, const QString& region, QList<TencentInstance*>* out);

// Runs the checks in order; the first one any instance fails decides the error, and the error
// names every instance that failed it with that same code.
TencentError firstRefusal(const QList<TencentInstance*>& batch, const QList<Check>& checks);

// An instance whose latest operation is still running takes no other write:
// OperationDenied.InstanceOperationInProgress. (The lifecycle finishes an operation only while the
// instance still carries its request id, so a second write must not replace it.)
QString operationInProgress(const TencentInstance& instance);

} // namespace TencentBatch
} // namespace emulator

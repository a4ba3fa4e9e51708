#include "TencentStates.h"

#include "RawValueTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct StateRow
{
    const char* raw;
    Lifecycle lifecycle;
    const char* label;
};

const StateRow kStates[] = {
    {"PENDING", Lifecycle::Creating, QT_TRANSLATE_NOOP("TencentState", "Creating")},
    {"LAUNCH_FAILED", Lifecycle::CreateFailed, QT_TRANSLATE_NOOP("TencentState", "Creation failed")},
    {"RUNNING", Lifecycle::Running, QT_TRANSLATE_NOOP("TencentState", "Running")},
    {"STOPPED", Lifecycle::Stopped, QT_TRANSLATE_NOOP("TencentState", "Stopped")},
    {"STARTING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "Starting")},
    {"STOPPING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "Stopping")},
    {"REBOOTING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "Rebooting")},
    {"SHUTDOWN", Lifecycle::RecycleBin,
     QT_TRANSLATE_NOOP("TencentState", "In recycle bin (shut down, to be destroyed)")},
    {"TERMINATING", Lifecycle::Terminating, QT_TRANSLATE_NOOP("TencentState", "Terminating")},
    {"ENTER_RESCUE_MODE", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "Entering rescue mode")},
    {"RESCUE_MODE", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "In rescue mode")},
    {"EXIT_RESCUE_MODE", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "Leaving rescue mode")},
    {"ENTER_SERVICE_LIVE_MIGRATE", Lifecycle::Transitioning,
     QT_TRANSLATE_NOOP("TencentState", "Entering live migration")},
    {"SERVICE_LIVE_MIGRATE", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("TencentState", "In live migration")},
    {"EXIT_SERVICE_LIVE_MIGRATE", Lifecycle::Transitioning,
     QT_TRANSLATE_NOOP("TencentState", "Leaving live migration")},
};

struct ChargeRow
{
    const char* raw;
    ChargeClass charge;
    const char* label;
};

const ChargeRow kCharges[] = {
    {"PREPAID", ChargeClass::Prepaid, QT_TRANSLATE_NOOP("TencentChargeType", "Monthly subscription")},
    {"POSTPAID_BY_HOUR", ChargeClass::Postpaid, QT_TRANSLATE_NOOP("TencentChargeType", "Pay as you go (hourly)")},
    {"CDHPAID", ChargeClass::DedicatedHost, QT_TRANSLATE_NOOP("TencentChargeType", "Billed by dedicated host")},
    {"SPOTPAID", ChargeClass::Spot, QT_TRANSLATE_NOOP("TencentChargeType", "Spot")},
    {"CDCPAID", ChargeClass::DedicatedHost, QT_TRANSLATE_NOOP("TencentChargeType", "Billed by dedicated cluster")},
};

} // namespace

namespace TencentStates {

Lifecycle lifecycleOf(QStringView rawState)
{
    const StateRow* row = RawValueTable::find(kStates, rawState);
    return row ? row->lifecycle : Lifecycle::Unknown;
}

QString stateLabel(QStringView rawState)
{
    return RawValueTable::label("TencentState", kStates, rawState);
}

QStringList allStates()
{
    return RawValueTable::rawValues(kStates);
}

ChargeClass chargeClassOf(QStringView rawChargeType)
{
    const ChargeRow* row = RawValueTable::find(kCharges, rawChargeType);
    return row ? row->charge : ChargeClass::Other;
}

QString chargeTypeLabel(QStringView rawChargeType)
{
    return RawValueTable::label("TencentChargeType", kCharges, rawChargeType);
}

QStringList allChargeTypes()
{
    return RawValueTable::rawValues(kCharges);
}

QString recoveryAdvice()
{
    // There is no recover call (reference §4.3): a renewal brings an instance back.
    return QCoreApplication::translate("TencentRecycleBin",
                                       "To recover an instance from the recycle bin, renew it in the Tencent Cloud "
                                       "console (Renew) before it is released; it then starts again with its data.");
}

} // namespace TencentStates

#include "ZenlayerStates.h"

#include "RawValueTable.h"

#include <QCoreApplication>

namespace {

struct StateRow
{
    const char* raw;
    Lifecycle lifecycle;
    const char* label;
};

// The documented enum of API 2026-02-01, plus RECYCLING, which Terraform knows as a transient
// status; a released instance is simply no longer listed.
const StateRow kStates[] = {
    {"PENDING", Lifecycle::Creating, QT_TRANSLATE_NOOP("ZenlayerState", "Waiting to be created")},
    {"CREATING", Lifecycle::Creating, QT_TRANSLATE_NOOP("ZenlayerState", "Creating")},
    {"CREATE_FAILED", Lifecycle::CreateFailed, QT_TRANSLATE_NOOP("ZenlayerState", "Creation failed")},
    {"INSTALLING", Lifecycle::Creating, QT_TRANSLATE_NOOP("ZenlayerState", "Installing the OS")},
    {"INSTALL_FAILED", Lifecycle::Stopped, QT_TRANSLATE_NOOP("ZenlayerState", "OS installation failed")},
    {"RUNNING", Lifecycle::Running, QT_TRANSLATE_NOOP("ZenlayerState", "Running")},
    {"STOPPED", Lifecycle::Stopped, QT_TRANSLATE_NOOP("ZenlayerState", "Stopped")},
    {"BOOTING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("ZenlayerState", "Booting")},
    {"STOPPING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("ZenlayerState", "Stopping")},
    {"RECYCLING", Lifecycle::Transitioning, QT_TRANSLATE_NOOP("ZenlayerState", "Moving to the recycle bin")},
    {"RECYCLE", Lifecycle::RecycleBin,
     QT_TRANSLATE_NOOP("ZenlayerState", "In recycle bin (released automatically after 24 hours)")},
};

struct ChargeRow
{
    const char* raw;
    ChargeClass charge;
    const char* label;
};

const ChargeRow kCharges[] = {
    {"PREPAID", ChargeClass::Prepaid, QT_TRANSLATE_NOOP("ZenlayerChargeType", "Monthly subscription")},
    {"POSTPAID", ChargeClass::Postpaid, QT_TRANSLATE_NOOP("ZenlayerChargeType", "Pay as you go")},
};

} // namespace

namespace ZenlayerStates {

Lifecycle lifecycleOf(QStringView rawState)
{
    const StateRow* row = RawValueTable::find(kStates, rawState);
    return row ? row->lifecycle : Lifecycle::Unknown;
}

QString stateLabel(QStringView rawState)
{
    return RawValueTable::label("ZenlayerState", kStates, rawState);
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
    return RawValueTable::label("ZenlayerChargeType", kCharges, rawChargeType);
}

QStringList allChargeTypes()
{
    return RawValueTable::rawValues(kCharges);
}

QString recoveryAdvice()
{
    // The BMC API has no recover call the console could make.
    return QCoreApplication::translate("ZenlayerRecycleBin",
                                       "This console cannot recover an instance from the recycle bin; use the Zenlayer "
                                       "console before it is released.");
}

} // namespace ZenlayerStates

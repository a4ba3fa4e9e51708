#include "Instance.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString lifecycleKey(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Creating:
        return u"creating"_s;
    case Lifecycle::CreateFailed:
        return u"create-failed"_s;
    case Lifecycle::Running:
        return u"running"_s;
    case Lifecycle::Stopped:
        return u"stopped"_s;
    case Lifecycle::Transitioning:
        return u"transitioning"_s;
    case Lifecycle::RecycleBin:
        return u"recycle-bin"_s;
    case Lifecycle::Terminating:
        return u"terminating"_s;
    case Lifecycle::Gone:
        return u"gone"_s;
    case Lifecycle::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString lifecycleLabel(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Creating:
        return QCoreApplication::translate("Lifecycle", "Creating");
    case Lifecycle::CreateFailed:
        return QCoreApplication::translate("Lifecycle", "Creation failed");
    case Lifecycle::Running:
        return QCoreApplication::translate("Lifecycle", "Running");
    case Lifecycle::Stopped:
        return QCoreApplication::translate("Lifecycle", "Stopped");
    case Lifecycle::Transitioning:
        return QCoreApplication::translate("Lifecycle", "In transition");
    case Lifecycle::RecycleBin:
        return QCoreApplication::translate("Lifecycle", "In recycle bin");
    case Lifecycle::Terminating:
        return QCoreApplication::translate("Lifecycle", "Terminating");
    case Lifecycle::Gone:
        return QCoreApplication::translate("Lifecycle", "Gone");
    case Lifecycle::Unknown:
        break;
    }
    return QCoreApplication::translate("Lifecycle", "Unknown");
}

QString chargeClassKey(ChargeClass charge)
{
    switch (charge) {
    case ChargeClass::Postpaid:
        return u"postpaid"_s;
    case ChargeClass::Prepaid:
        return u"prepaid"_s;
    case ChargeClass::Spot:
        return u"spot"_s;
    case ChargeClass::DedicatedHost:
        return u"dedicated"_s;
    case ChargeClass::Other:
        break;
    }
    return u"other"_s;
}

QString chargeClassLabel(ChargeClass charge)
{
    switch (charge) {
    case ChargeClass::Postpaid:
        return QCoreApplication::translate("ChargeClass", "Pay as you go");
    case ChargeClass::Prepaid:
        return QCoreApplication::translate("ChargeClass", "Subscription");
    case ChargeClass::Spot:
        return QCoreApplication::translate("ChargeClass", "Spot");
    case ChargeClass::DedicatedHost:
        return QCoreApplication::translate("ChargeClass", "Dedicated host");
    case ChargeClass::Other:
        break;
    }
    return QCoreApplication::translate("ChargeClass", "Other");
}

#include "CallRecorder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString callStatusKey(CallStatus status)
{
    switch (status) {
    case CallStatus::Sent:
        return u"sent"_s;
    case CallStatus::Succeeded:
        return u"succeeded"_s;
    case CallStatus::Failed:
        return u"failed"_s;
    case CallStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

CallStatus callStatusFromKey(QStringView key)
{
    return callStatusForKey(key).value_or(CallStatus::Unknown);
}

std::optional<CallStatus> callStatusForKey(QStringView key)
{
    for (CallStatus s : {CallStatus::Sent, CallStatus::Succeeded, CallStatus::Failed, CallStatus::Unknown}) {
        if (key == callStatusKey(s))
            return s;
    }
    return std::nullopt;
}

QString callStatusLabel(CallStatus status)
{
    switch (status) {
    case CallStatus::Sent:
        return QCoreApplication::translate("CallStatus", "Sent, not confirmed");
    case CallStatus::Succeeded:
        return QCoreApplication::translate("CallStatus", "Succeeded");
    case CallStatus::Failed:
        return QCoreApplication::translate("CallStatus", "Failed");
    case CallStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("CallStatus", "Unknown");
}

QString callStatusDescription(CallStatus status)
{
    switch (status) {
    case CallStatus::Sent:
        return QCoreApplication::translate(
            "CallStatus",
            "The console stopped before the reply to this call arrived. The call may have been applied: "
            "check the instances.");
    case CallStatus::Succeeded:
        return QCoreApplication::translate("CallStatus", "The provider confirmed the call.");
    case CallStatus::Failed:
        return QCoreApplication::translate("CallStatus", "The provider rejected the call.");
    case CallStatus::Unknown:
        break;
    }
    return QCoreApplication::translate(
        "CallStatus", "The reply was lost or the call was reviewed later: it may or may not have been applied.");
}

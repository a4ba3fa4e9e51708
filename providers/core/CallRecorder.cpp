#include "CallRecorder.h"

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
    for (CallStatus s : {CallStatus::Sent, CallStatus::Succeeded, CallStatus::Failed, CallStatus::Unknown}) {
        if (key == callStatusKey(s))
            return s;
    }
    return CallStatus::Unknown;
}

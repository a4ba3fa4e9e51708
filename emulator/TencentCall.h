#pragma once

#include "TencentErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace emulator {

// One authenticated API 3.0 call, as an action handler sees it.
struct TencentCall
{
    QString action;
    QString region;
    QString requestId;
    Language language = Language::Chinese;
    QJsonObject params; // the JSON body
    QDateTime now;
};

// What an action answers: the Response fields (without RequestId), or an error.
struct TencentResult
{
    QJsonObject fields;
    TencentError error;

    static TencentResult ok(QJsonObject fields) { return {std::move(fields), {}}; }
    static TencentResult failed(TencentError error) { return {{}, std::move(error)}; }
};

} // namespace emulator

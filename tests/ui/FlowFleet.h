#pragma once

// The Tencent instances the UI flow tests put in their own emulator, and the account that reaches it.

#include "Account.h"
#include "TencentInstance.h"

#include <QDateTime>
#include <QUrl>

namespace FlowFleet {

// A Tencent instance in ap-guangzhou; prepaid ones run two more months and have a price to refund.
inline emulator::TencentInstance instance(const QString& id, const QString& charge,
                                          const QString& state = QStringLiteral("RUNNING"))
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = QStringLiteral("flow ") + id;
    i.region = QStringLiteral("ap-guangzhou");
    i.zone = QStringLiteral("ap-guangzhou-3");
    i.instanceState = state;
    i.instanceChargeType = charge;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-3);
    if (charge == QStringLiteral("PREPAID")) {
        i.expiredTime = QDateTime::currentDateTimeUtc().addMonths(2);
        i.monthlyPrice = 100;
    }
    i.latestOperationState = QStringLiteral("SUCCESS");
    return i;
}

// An API 3.0 account on the emulator at `endpoint`, listing ap-guangzhou only.
inline Account account(const QString& name, const QUrl& endpoint, Dialect dialect = Dialect::TencentApi3)
{
    Account a;
    a.name = name;
    a.dialect = dialect;
    a.keyId = QStringLiteral("AKIDSANDBOX");
    a.endpoint = endpoint;
    a.regions = {QStringLiteral("ap-guangzhou")};
    return a;
}

} // namespace FlowFleet

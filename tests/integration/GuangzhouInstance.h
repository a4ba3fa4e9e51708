#pragma once

// A running instance in ap-guangzhou-3 for a fleet a test builds itself, nothing in the way of
// returning it: named `namePrefix` followed by the last four characters of its id; a PREPAID one
// has three months to run and a monthly price to quote a refund from.

#include "TencentInstance.h"

#include <QDateTime>

namespace fixture {

inline emulator::TencentInstance guangzhouInstance(const QString& id, const QString& namePrefix,
                                                   const QString& chargeType = QStringLiteral("POSTPAID_BY_HOUR"))
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = namePrefix + id.right(4);
    i.region = QStringLiteral("ap-guangzhou");
    i.zone = QStringLiteral("ap-guangzhou-3");
    i.instanceChargeType = chargeType;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-10);
    if (chargeType == QStringLiteral("PREPAID")) {
        i.expiredTime = QDateTime::currentDateTimeUtc().addMonths(3);
        i.monthlyPrice = 200;
    }
    i.latestOperationState = QStringLiteral("SUCCESS");
    return i;
}

} // namespace fixture

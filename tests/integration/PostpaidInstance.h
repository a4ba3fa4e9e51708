#pragma once

// A running pay-as-you-go instance in ap-guangzhou-3 for a fleet a test builds itself: returned at
// once, nothing in the way. Its name is `namePrefix` followed by its id.

#include "TencentInstance.h"

#include <QDateTime>

namespace fixture {

inline emulator::TencentInstance postpaidInstance(const QString& id, const QString& namePrefix)
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = namePrefix + id;
    i.region = QStringLiteral("ap-guangzhou");
    i.zone = QStringLiteral("ap-guangzhou-3");
    i.instanceChargeType = QStringLiteral("POSTPAID_BY_HOUR");
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-10);
    i.latestOperationState = QStringLiteral("SUCCESS");
    return i;
}

} // namespace fixture

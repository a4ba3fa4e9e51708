#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace emulator {

struct TencentTag
{
    QString key;
    QString value;

    friend bool operator==(const TencentTag&, const TencentTag&) = default;
};

// One CVM instance as the emulator holds it. Field names follow the API's (reference §3.3) in
// camel case; the last block is what the real service knows but does not report.
struct TencentInstance
{
    QString instanceId; // ins- + 8 lower-case letters or digits
    QString instanceName;
    QString region; // not an API field: the region the instance is listed in
    QString zone; // Placement.Zone
    QString instanceState = QStringLiteral("RUNNING");
    QString instanceChargeType = QStringLiteral("POSTPAID_BY_HOUR");
    bool disableApiTermination = false;
    QString restrictState = QStringLiteral("NORMAL"); // NORMAL, EXPIRED, PROTECTIVELY_ISOLATED
    QString isolatedSource = QStringLiteral("NOTISOLATED"); // ARREAR, EXPIRE, MANMADE, NOTISOLATED
    QDateTime createdTime;
    // Prepaid: end of the subscription. In the recycle bin (SHUTDOWN) after a return or for
    // arrears: when the instance is released for good; after the subscription ran out
    // (IsolatedSource EXPIRE): still the end of the subscription, when it went in. Null otherwise.
    QDateTime expiredTime;
    QString renewFlag; // prepaid only
    QString instanceType = QStringLiteral("S5.MEDIUM4");
    int cpu = 2;
    int memory = 4;
    QString osName;
    QString imageId;
    QStringList privateIpAddresses;
    QStringList publicIpAddresses;
    QList<TencentTag> tags;
    QString latestOperation;
    QString latestOperationState; // SUCCESS, OPERATING, FAILED
    QString latestOperationRequestId;
    QString latestOperationErrorMsg;
    QString uuid;
    int projectId = 0;
    QString vpcId;
    QString subnetId;
    QStringList securityGroupIds;
    QString hostId; // CDHPAID
    QString dedicatedClusterId; // CDCPAID
    QString stopChargingMode = QStringLiteral("NOT_APPLICABLE");

    // Emulator-only facts.
    bool returnable = true; // false: a prepaid instance outside the return policy
    double monthlyPrice = 0; // CNY per month, the base of refund quotes

    bool isPrepaid() const { return instanceChargeType == QLatin1StringView("PREPAID"); }
    // Commercial images cannot be returned (UnsupportedOperation.RedHatInstanceTerminateUnsupported).
    bool hasCommercialOs() const { return osName.contains(QLatin1StringView("Red Hat"), Qt::CaseInsensitive); }
    // When a recycle-bin instance is released for good, with `retentionDays` in the bin after it
    // ran out; null outside the bin.
    QDateTime releasedAt(int retentionDays) const;
    QString tagValue(const QString& key) const;
    bool hasTagKey(const QString& key) const;
};

// True for ins- followed by exactly 8 lower-case letters or digits.
bool isWellFormedInstanceId(QStringView id);

} // namespace emulator

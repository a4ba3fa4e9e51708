#pragma once

#include "ApiCall.h"
#include "Instance.h"
#include "Provider.h"

#include <QJsonArray>
#include <QJsonObject>

// The API 3.0 reply shapes (reference §2 and §3): {"Response": {..., "RequestId"}} with an
// optional "Error": {"Code", "Message"}.
namespace TencentWire {
// The Response object or the error, with its retry class.
ProviderError decode(const WireReply& reply, QJsonObject* response);
Instance parseInstance(const QJsonObject& json, const QString& accountId, const QString& region);
QJsonArray filtersFor(const InstanceQuery& query);

// The response sets both Tencent dialects read (API 3.0 shapes; the legacy host answers the
// 2017-03-12 actions in them too).
QList<RegionInfo> takeRegions(const QJsonObject& response); // DescribeRegions, available ones only
QList<Instance> takeInstances(const QJsonObject& response, const QString& accountId, const QString& region);
void takeStates(const QJsonObject& response, QHash<QString, InstanceState>& states); // DescribeInstancesStatus

struct Page
{
    QList<Instance> instances; // as the page lists them; InstanceListReply::addPage settles repeats
    int next = 0; // the offset after this page
    int total = 0; // TotalCount
    bool more = false; // another page follows
};
// One DescribeInstances page of a listing from `offset`. Both Tencent dialects page this way.
Page readInstancePage(const QJsonObject& response, int offset, const QString& accountId, const QString& region);
} // namespace TencentWire

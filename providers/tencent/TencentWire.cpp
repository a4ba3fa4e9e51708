#include "TencentWire.h"

#include "ClockSkew.h"
#include "TencentStates.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TencentWire {

namespace {

ProviderError::Retry retryFor(const QString& code)
{
    if (code.startsWith(u"RequestLimitExceeded"_s))
        return ProviderError::Retry::Throttled;
    if (code.startsWith(u"InternalError"_s) || code == u"InternalServerError"_s || code == u"ServiceUnavailable"_s)
        return ProviderError::Retry::Transient;
    return ProviderError::Retry::No;
}

ProviderError badReply(const QString& code, const WireReply& reply)
{
    ProviderError e;
    e.kind = ProviderError::Kind::BadReply;
    e.code = code;
    e.httpStatus = reply.httpStatus;
    e.message = QString::fromUtf8(reply.body.left(200)).simplified();
    e.retry = ProviderError::Retry::Transient;
    return e;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

ProviderError decode(const WireReply& reply, QJsonObject* response)
{
    // API errors arrive with HTTP 200; any other status is a gateway or transport failure.
    if (reply.httpStatus != 200) {
        ProviderError e = badReply(u"Reply.HttpStatus"_s, reply);
        if (reply.httpStatus == 429)
            e.retry = ProviderError::Retry::Throttled;
        else if (reply.httpStatus < 500)
            e.retry = ProviderError::Retry::No;
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(u"Response"_s).isObject())
        return badReply(u"Reply.Malformed"_s, reply);

    const QJsonObject body = doc.object().value(u"Response"_s).toObject();
    const QString requestId = body.value(u"RequestId"_s).toString();
    if (body.contains(u"Error"_s)) {
        const QJsonObject error = body.value(u"Error"_s).toObject();
        ProviderError e = ProviderError::api(error.value(u"Code"_s).toString(), error.value(u"Message"_s).toString(),
                                             requestId, reply.httpStatus);
        if (e.code.isEmpty())
            return badReply(u"Reply.Malformed"_s, reply);
        e.retry = retryFor(e.code);
        // The signature's timestamp was too far from the server's time: say by how much.
        if (e.code == u"AuthFailure.SignatureExpire"_s)
            e.context = ClockSkew::explain(reply);
        return e;
    }
    *response = body;
    ProviderError ok;
    ok.requestId = requestId;
    return ok;
}

Instance parseInstance(const QJsonObject& json, const QString& accountId, const QString& region)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = accountId;
    i.region = region;
    i.zone = json.value(u"Placement"_s).toObject().value(u"Zone"_s).toString();
    i.id = json.value(u"InstanceId"_s).toString();
    i.name = json.value(u"InstanceName"_s).toString();
    i.rawState = json.value(u"InstanceState"_s).toString();
    i.lifecycle = TencentStates::lifecycleOf(i.rawState);
    i.rawChargeType = json.value(u"InstanceChargeType"_s).toString();
    i.chargeClass = TencentStates::chargeClassOf(i.rawChargeType);
    i.created = parseWireTime(json.value(u"CreatedTime"_s));
    i.expires = parseWireTime(json.value(u"ExpiredTime"_s));
    i.terminationProtected = json.value(u"DisableApiTermination"_s).toBool();
    const QString restrict = json.value(u"RestrictState"_s).toString();
    i.restriction = restrict == u"NORMAL"_s ? QString() : restrict;
    // Isolated because its subscription ran out: it went into the recycle bin when it expired.
    if (i.rawState == u"SHUTDOWN"_s && json.value(u"IsolatedSource"_s).toString() == u"EXPIRE"_s)
        i.recycleBinEnteredAt = i.expires;
    i.instanceType = json.value(u"InstanceType"_s).toString();
    i.osName = json.value(u"OsName"_s).toString();
    i.privateIps = stringList(json.value(u"PrivateIpAddresses"_s));
    i.publicIps = stringList(json.value(u"PublicIpAddresses"_s));
    for (const QJsonValue& tag : json.value(u"Tags"_s).toArray()) {
        const QJsonObject t = tag.toObject();
        i.tags.append({t.value(u"Key"_s).toString(), t.value(u"Value"_s).toString()});
    }
    i.lastOperation = {json.value(u"LatestOperation"_s).toString(), json.value(u"LatestOperationState"_s).toString(),
                       json.value(u"LatestOperationRequestId"_s).toString()};
    return i;
}

QJsonArray filtersFor(const InstanceQuery& query)
{
    // At most 5 values per filter: wider selections are filtered after listing.
    constexpr int MaxValues = 5;
    QJsonArray filters;
    QStringList states = query.recycleBinOnly ? QStringList{u"SHUTDOWN"_s} : query.states;
    if (!states.isEmpty() && states.size() <= MaxValues)
        filters.append(
            QJsonObject{{u"Name"_s, u"instance-state"_s}, {u"Values"_s, QJsonArray::fromStringList(states)}});
    if (!query.chargeTypes.isEmpty() && query.chargeTypes.size() <= MaxValues)
        filters.append(QJsonObject{{u"Name"_s, u"instance-charge-type"_s},
                                   {u"Values"_s, QJsonArray::fromStringList(query.chargeTypes)}});
    return filters;
}

QList<RegionInfo> takeRegions(const QJsonObject& response)
{
    QList<RegionInfo> regions;
    for (const QJsonValue& v : response.value(u"RegionSet"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"RegionState"_s).toString(u"AVAILABLE"_s) == u"AVAILABLE"_s)
            regions.append({o.value(u"Region"_s).toString(), o.value(u"RegionName"_s).toString()});
    }
    return regions;
}

QList<Instance> takeInstances(const QJsonObject& response, const QString& accountId, const QString& region)
{
    QList<Instance> instances;
    for (const QJsonValue& v : response.value(u"InstanceSet"_s).toArray())
        instances.append(parseInstance(v.toObject(), accountId, region));
    return instances;
}

void takeStates(const QJsonObject& response, QHash<QString, InstanceState>& states)
{
    for (const QJsonValue& v : response.value(u"InstanceStatusSet"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString state = o.value(u"InstanceState"_s).toString();
        states.insert(o.value(u"InstanceId"_s).toString(), {state, TencentStates::lifecycleOf(state)});
    }
}

Page readInstancePage(const QJsonObject& response, int offset, const QString& accountId, const QString& region)
{
    const QJsonArray set = response.value(u"InstanceSet"_s).toArray();
    Page page;
    page.instances.reserve(set.size());
    for (const QJsonValue& v : set)
        page.instances.append(parseInstance(v.toObject(), accountId, region));
    page.next = offset + int(set.size());
    page.total = response.value(u"TotalCount"_s).toInt();
    page.more = !set.isEmpty() && page.next < page.total;
    return page;
}

} // namespace TencentWire

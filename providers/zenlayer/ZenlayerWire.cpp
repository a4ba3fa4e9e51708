#include "ZenlayerWire.h"

#include "ClockSkew.h"
#include "ZenlayerStates.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ZenlayerWire {

namespace {

ProviderError::Retry retryFor(const QString& code, int httpStatus)
{
    if (code == u"REQUEST_LIMIT_EXCEEDED"_s || httpStatus == 429)
        return ProviderError::Retry::Throttled;
    if (code == u"INTERNAL_SERVER_ERROR"_s || code == u"SERVICE_TEMPORARY_UNAVAILABLE"_s
        || code == u"REQUEST_TIMED_OUT"_s)
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
    // A 5xx page or a garbled 200 may pass; other statuses without the envelope (a WAF challenge,
    // a 451 block) will not.
    e.retry = reply.httpStatus == 429                          ? ProviderError::Retry::Throttled
        : (reply.httpStatus >= 500 || reply.httpStatus == 200) ? ProviderError::Retry::Transient
                                                               : ProviderError::Retry::No;
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

QString normalizeCode(const QString& code)
{
    if (!code.contains(u'.'))
        return code;
    QString out;
    for (const QString& part : code.split(u'.', Qt::SkipEmptyParts))
        out += (out.isEmpty() ? QString() : u"_"_s) + part.toUpper();
    return out;
}

ProviderError decode(const WireReply& reply, QJsonObject* response)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject body = doc.object();
    const QString requestId = body.value(u"requestId"_s).toString();

    if (reply.httpStatus != 200) {
        const QString code = normalizeCode(body.value(u"code"_s).toString());
        if (!isObject || code.isEmpty()) {
            // What the SDKs report for the edge's own pages: a 451 block and a 403 challenge.
            if (reply.httpStatus == 451)
                return badReply(u"REQUEST_BLOCKED"_s, reply);
            if (reply.httpStatus == 403)
                return badReply(u"SECURITY_CHALLENGE"_s, reply);
            return badReply(u"Reply.HttpStatus"_s, reply);
        }
        ProviderError e = ProviderError::api(code, body.value(u"message"_s).toString(), requestId, reply.httpStatus);
        e.retry = retryFor(code, reply.httpStatus);
        // The timestamp was more than five minutes from the server's time: say by how much.
        if (code == u"AUTHFAILURE_SIGNATURE_EXPIRED"_s)
            e.context = ClockSkew::explain(reply);
        return e;
    }
    if (!isObject || !body.value(u"response"_s).isObject())
        return badReply(u"Reply.Malformed"_s, reply);
    *response = body.value(u"response"_s).toObject();
    ProviderError ok;
    ok.requestId = requestId.isEmpty() ? response->value(u"requestId"_s).toString() : requestId;
    return ok;
}

Instance parseInstance(const QJsonObject& json, const QString& accountId, const QString& zone)
{
    Instance i;
    i.provider = ProviderId::Zenlayer;
    i.accountId = accountId;
    i.zone = json.value(u"zoneId"_s).toString(zone);
    i.region = i.zone; // a zone is where calls are addressed
    i.id = json.value(u"instanceId"_s).toString();
    i.name = json.value(u"instanceName"_s).toString();
    i.rawState = json.value(u"instanceStatus"_s).toString();
    i.lifecycle = ZenlayerStates::lifecycleOf(i.rawState);
    i.rawChargeType = json.value(u"instanceChargeType"_s).toString();
    i.chargeClass = ZenlayerStates::chargeClassOf(i.rawChargeType);
    i.created = parseWireTime(json.value(u"createTime"_s));
    i.expires = parseWireTime(json.value(u"expiredTime"_s));
    i.instanceType = json.value(u"instanceTypeId"_s).toString();
    i.osName = json.value(u"imageName"_s).toString();
    i.privateIps = stringList(json.value(u"privateIpAddresses"_s));
    i.publicIps = stringList(json.value(u"publicIpAddresses"_s));
    const QString primary = json.value(u"primaryPublicIpAddress"_s).toString();
    if (!primary.isEmpty() && !i.publicIps.contains(primary))
        i.publicIps.prepend(primary);
    // Tags are nested: {"tags": {"tags": [{"key", "value"}]}}.
    for (const QJsonValue& tag : json.value(u"tags"_s).toObject().value(u"tags"_s).toArray()) {
        const QJsonObject t = tag.toObject();
        i.tags.append({t.value(u"key"_s).toString(), t.value(u"value"_s).toString()});
    }
    // A cancelled subscription is the only trace TerminateInstance leaves on a subscription
    // (autoRenew turns false while the status stays): it is what proves a lost reply was applied.
    if (i.rawChargeType == u"PREPAID"_s && json.value(u"autoRenew"_s).isBool() && !json.value(u"autoRenew"_s).toBool())
        i.lastOperation = {u"TerminateInstance"_s, u"SUCCESS"_s, {}};
    return i;
}

} // namespace ZenlayerWire

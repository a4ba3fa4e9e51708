#include "ZenlayerEndpoint.h"

#include "FaultPlan.h"
#include "HttpReply.h"
#include "TokenBuckets.h"
#include "ZenlayerFleet.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QStringList kVersions{u"2022-11-20"_s, u"2026-02-01"_s};
const QStringList kStatuses{u"PENDING"_s, u"CREATING"_s, u"CREATE_FAILED"_s, u"INSTALLING"_s, u"INSTALL_FAILED"_s,
                            u"RUNNING"_s, u"STOPPED"_s,  u"BOOTING"_s,       u"STOPPING"_s,   u"RECYCLE"_s};

ZenlayerError err(int status, const QString& code, const QString& message)
{
    return {status, code, message};
}

ZenlayerError notFound(const QString& id)
{
    return err(404, u"INVALID_INSTANCE_NOT_FOUND"_s, u"Instance `%1` does not exist."_s.arg(id));
}

// Reads an optional array of strings; an error when it is present but of another type.
ZenlayerError stringArray(const QJsonObject& params, const QString& name, QStringList* out)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return err(400, u"INVALID_PARAMETER_TYPE"_s, u"`%1` must be an array of strings."_s.arg(name));
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString())
            return err(400, u"INVALID_PARAMETER_TYPE"_s, u"`%1` must be an array of strings."_s.arg(name));
        *out << item.toString();
    }
    return {};
}

ZenlayerError intParam(const QJsonObject& params, const QString& name, int fallback, int min, int max, int* out)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return {};
    }
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
        return err(400, u"INVALID_PARAMETER_TYPE"_s, u"`%1` must be an integer."_s.arg(name));
    const double d = v.toDouble();
    if (d < min)
        return err(400, u"INVALID_PARAMETER_LESS_MINIMUM"_s, u"`%1` must be at least %2."_s.arg(name).arg(min));
    if (d > max)
        return err(400, u"INVALID_PARAMETER_EXCEED_MAXIMUM"_s, u"`%1` must be at most %2."_s.arg(name).arg(max));
    *out = int(d);
    return {};
}

bool nameMatches(const QString& pattern, const QString& value)
{
    // Exact, or a prefix match with a trailing `*` (reference §3.1).
    if (pattern.endsWith(u'*'))
        return value.startsWith(pattern.chopped(1));
    return value == pattern;
}

} // namespace

struct ZenlayerEndpoint::Exchange
{
    Tc3Inbound inbound;
    QString action;
    QString version;
    CallLogEntry log;
};

ZenlayerEndpoint::ZenlayerEndpoint(EmulatorServices services, ZenlayerFleet& fleet, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_fleet(fleet)
    , m_verifier(
          [this](const QString& keyId) -> std::optional<QString> {
              const auto it = m_keys.constFind(keyId);
              return it == m_keys.cend() ? std::nullopt : std::optional<QString>(*it);
          },
          m_services.clock)
{ }

void ZenlayerEndpoint::addKey(const QString& accessKeyId, const QString& accessKeyPassword)
{
    m_keys.insert(accessKeyId, accessKeyPassword);
}

void ZenlayerEndpoint::installRateLimits(TokenBuckets& limits)
{
    limits.setRate(rateBucket(u"DescribeInstances"_s), 20);
    limits.setRate(rateBucket(u"DescribeZones"_s), 10);
    limits.setRate(rateBucket(u"TerminateInstance"_s), 10);
    limits.setRate(rateBucket(u"ReleaseInstances"_s), 10);
}

QStringList ZenlayerEndpoint::actions()
{
    return {u"DescribeZones"_s, u"DescribeInstances"_s, u"TerminateInstance"_s, u"ReleaseInstances"_s};
}

void ZenlayerEndpoint::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Exchange x;
    x.inbound.method = request.method() == QHttpServerRequest::Method::Post ? "POST"_ba : "OTHER"_ba;
    x.inbound.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    x.inbound.headers = request.headers();
    x.inbound.body = request.body();
    x.action = QString::fromUtf8(x.inbound.header("X-ZC-Action").trimmed());
    x.version = QString::fromUtf8(x.inbound.header("X-ZC-Version").trimmed());
    x.log.action = x.action;
    x.log.body = x.inbound.body;
    x.log.requestId = u"T"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    x.log.at = m_services.clock();

    int delayMs = 0;
    HttpReply reply;
    if (x.inbound.method != "POST") {
        // POST is the only method the API knows (reference §1.1).
        reply = HttpReply::text(405, "POST only\n"_ba);
        x.log.errorCode = u"HTTP 405"_s;
    } else if (ZenlayerError refused = admit(x); refused.isError()) {
        reply = errorReply(x, refused);
    } else {
        const FaultDecision faults = m_services.faults.next(x.action);
        delayMs = faults.delayMs;
        if (faults.outcome && *faults.outcome != FaultKind::DropAfter) {
            x.log.fault = faultKindName(*faults.outcome);
            switch (*faults.outcome) {
            case FaultKind::Throttle:
                reply = errorReply(x, err(429, u"REQUEST_LIMIT_EXCEEDED"_s, u"Request limit exceeded."_s));
                break;
            case FaultKind::Internal:
                reply = errorReply(x, err(500, u"INTERNAL_SERVER_ERROR"_s, u"Internal server error."_s));
                break;
            case FaultKind::Http500:
                reply = HttpReply::http500();
                break;
            case FaultKind::Garbage:
                reply = HttpReply::garbage();
                break;
            default:
                reply = HttpReply::dropped();
                break;
            }
        } else {
            reply = run(x);
            if (faults.outcome) {
                x.log.fault = faultKindName(*faults.outcome);
                reply = HttpReply::dropped();
            }
        }
    }
    m_services.log(x.log);
    sendReply(std::move(responder), reply, delayMs, m_services.clock(), this);
}

ZenlayerError ZenlayerEndpoint::admit(Exchange& x)
{
    const Zc2Verdict verdict = m_verifier.verify(x.inbound);
    x.log.secretId = verdict.keyId;
    if (!verdict.accepted())
        return err(verdict.httpStatus, verdict.code, u"Authentication failed: %1."_s.arg(verdict.detail));
    if (x.action.isEmpty())
        return err(400, u"MISSING_PARAMETER"_s, u"The X-ZC-Action header is missing."_s);
    if (!actions().contains(x.action))
        return err(403, u"AUTHFAILURE_UNAUTHORIZED_OPERATION"_s,
                   u"The action `%1` does not exist in service bmc."_s.arg(x.action));
    if (x.version.isEmpty())
        return err(400, u"MISSING_PARAMETER"_s, u"The X-ZC-Version header is missing."_s);
    if (!kVersions.contains(x.version))
        return err(400, u"INVALID_PARAMETER_VALUE"_s,
                   u"The version `%1` is not supported; use 2026-02-01 or 2022-11-20."_s.arg(x.version));
    if (!m_services.limits.tryTake(verdict.keyId, rateBucket(x.action)))
        return err(429, u"REQUEST_LIMIT_EXCEEDED"_s, u"Request limit exceeded."_s);
    return {};
}

HttpReply ZenlayerEndpoint::run(Exchange& x)
{
    QJsonObject params;
    if (!x.inbound.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(x.inbound.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return errorReply(x, err(400, u"INVALID_PARAMETER_TYPE"_s, u"The request body is not a JSON object."_s));
        params = doc.object();
    }
    m_fleet.releaseExpired(m_services.clock());

    QJsonObject out;
    ZenlayerError error;
    if (x.action == u"DescribeZones"_s)
        error = describeZones(params, &out);
    else if (x.action == u"DescribeInstances"_s)
        error = describeInstances(params, &out);
    else if (x.action == u"TerminateInstance"_s)
        error = terminateInstance(params);
    else
        error = releaseInstances(params);
    if (error.isError())
        return errorReply(x, error);
    out.insert(u"requestId"_s, x.log.requestId);
    return HttpReply::json(QJsonObject{{u"requestId"_s, x.log.requestId}, {u"response"_s, out}});
}

HttpReply ZenlayerEndpoint::errorReply(Exchange& x, const ZenlayerError& error)
{
    x.log.errorCode = error.code;
    HttpReply reply = HttpReply::json(
        QJsonObject{{u"requestId"_s, x.log.requestId}, {u"code"_s, error.code}, {u"message"_s, error.message}});
    reply.status = error.httpStatus;
    return reply;
}

ZenlayerError ZenlayerEndpoint::describeZones(const QJsonObject& params, QJsonObject* out) const
{
    const QString language = params.value(u"acceptLanguage"_s).toString(u"en-US"_s);
    if (language != u"en-US"_s && language != u"zh-CN"_s)
        return err(400, u"INVALID_PARAMETER_VALUE"_s, u"`acceptLanguage` must be zh-CN or en-US."_s);
    const bool chinese = language == u"zh-CN"_s;
    QJsonArray zones;
    for (const QString& id : m_fleet.zones()) {
        const ZenlayerZone* z = ZenlayerFleet::zone(id);
        zones.append(QJsonObject{{u"zoneId"_s, id},
                                 {u"zoneName"_s, z ? (chinese ? z->zoneNameZh : z->zoneName) : id},
                                 {u"cityName"_s, z ? (chinese ? z->cityNameZh : z->cityName) : QString()},
                                 {u"areaName"_s, z ? z->areaName : QString()},
                                 {u"isCloudRouterAvailable"_s, false},
                                 {u"isByoipEnabled"_s, false}});
    }
    out->insert(u"zoneSet"_s, zones);
    return {};
}

ZenlayerError ZenlayerEndpoint::describeInstances(const QJsonObject& params, QJsonObject* out) const
{
    QStringList ids;
    if (ZenlayerError e = stringArray(params, u"instanceIds"_s, &ids); e.isError())
        return e;
    if (ids.size() > MaxIds)
        return err(400, u"INVALID_PARAMETER_EXCEED_LENGTH"_s, u"At most 100 `instanceIds` per request."_s);
    int pageNum = 1, pageSize = 20;
    if (ZenlayerError e = intParam(params, u"pageNum"_s, 1, 1, 1000000, &pageNum); e.isError())
        return e;
    if (ZenlayerError e = intParam(params, u"pageSize"_s, 20, 1, MaxPageSize, &pageSize); e.isError())
        return e;
    const QString zoneId = params.value(u"zoneId"_s).toString();
    if (!zoneId.isEmpty() && !m_fleet.zones().contains(zoneId))
        return err(404, u"INVALID_ZONE_NOT_FOUND"_s, u"The specified zoneId `%1` is not found"_s.arg(zoneId));
    const QString status = params.value(u"instanceStatus"_s).toString();
    if (!status.isEmpty() && !kStatuses.contains(status))
        return err(400, u"INVALID_PARAMETER_VALUE"_s, u"`instanceStatus` `%1` is not a status."_s.arg(status));
    const QString name = params.value(u"instanceName"_s).toString();

    QJsonArray page;
    int total = 0;
    const qint64 first = qint64(pageNum - 1) * pageSize;
    for (const ZenlayerInstance* i : m_fleet.all()) {
        if ((!ids.isEmpty() && !ids.contains(i->instanceId)) || (!zoneId.isEmpty() && i->zoneId != zoneId)
            || (!status.isEmpty() && i->instanceStatus != status)
            || (!name.isEmpty() && !nameMatches(name, i->instanceName)))
            continue;
        if (total >= first && total < first + pageSize)
            page.append(i->toJson());
        ++total;
    }
    out->insert(u"totalCount"_s, total);
    out->insert(u"dataSet"_s, page);
    return {};
}

ZenlayerError ZenlayerEndpoint::terminateInstance(const QJsonObject& params)
{
    const QJsonValue v = params.value(u"instanceId"_s);
    if (v.isUndefined() || v.isNull())
        return err(400, u"MISSING_PARAMETER"_s, u"`instanceId` is required."_s);
    if (!v.isString())
        return err(400, u"INVALID_PARAMETER_TYPE"_s, u"`instanceId` must be a string."_s);
    ZenlayerInstance* i = m_fleet.find(v.toString());
    if (!i)
        return notFound(v.toString());
    // The BMC API page's table of statuses a TerminateInstance refuses.
    const QString& s = i->instanceStatus;
    if (s == u"RECYCLE"_s)
        return err(403, u"OPERATION_DENIED_INSTANCE_RECYCLED"_s,
                   u"Operations on instances in recycle bin are not supported."_s);
    if (s == u"CREATING"_s || s == u"PENDING"_s)
        return err(403, u"OPERATION_DENIED_INSTANCE_CREATING"_s,
                   u"Operations on instances in `CREATING` status are not supported."_s);
    if (s == u"INSTALLING"_s)
        return err(403, u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s,
                   u"Operations on instances in `INSTALLING` status are not supported."_s);
    if (s == u"CREATE_FAILED"_s) {
        // Deleted directly; a subscription is refunded in full.
        m_fleet.remove(i->instanceId);
        return {};
    }
    if (i->instanceChargeType == u"PREPAID"_s) {
        // The subscription is cancelled and the instance is returned when it expires; asking
        // again for a cancelled subscription is refused.
        if (i->subscriptionCancelled)
            return err(403, u"OPERATION_DENIED_INSTANCE_SUBSCRIPTION"_s,
                       u"Operations on subscription instances are not supported."_s);
        i->subscriptionCancelled = true;
        i->autoRenew = false;
        return {};
    }
    i->instanceStatus = u"RECYCLE"_s;
    i->recycledAt = m_services.clock();
    return {};
}

ZenlayerError ZenlayerEndpoint::releaseInstances(const QJsonObject& params)
{
    if (!params.contains(u"instanceIds"_s))
        return err(400, u"MISSING_PARAMETER"_s, u"`instanceIds` is required."_s);
    QStringList ids;
    if (ZenlayerError e = stringArray(params, u"instanceIds"_s, &ids); e.isError())
        return e;
    if (ids.isEmpty())
        return err(400, u"INVALID_PARAMETER_LESS_LENGTH"_s, u"`instanceIds` must not be empty."_s);
    if (ids.size() > MaxIds)
        return err(400, u"INVALID_PARAMETER_EXCEED_LENGTH"_s, u"At most 100 `instanceIds` per request."_s);
    // The batch is refused as a whole, naming the first instance that cannot be released.
    for (const QString& id : std::as_const(ids)) {
        const ZenlayerInstance* i = m_fleet.find(id);
        if (!i)
            return notFound(id);
        if (i->instanceStatus != u"RECYCLE"_s)
            return err(403, u"OPERATION_DENIED_INSTANCE_NOT_RECYCLED"_s,
                       u"Instance `%1`: only operations on instances in recycle bin are supported."_s.arg(id));
    }
    for (const QString& id : std::as_const(ids))
        m_fleet.remove(id);
    return {};
}

} // namespace emulator

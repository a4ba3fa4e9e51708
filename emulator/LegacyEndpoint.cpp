#include "LegacyEndpoint.h"

#include "FaultPlan.h"
#include "HttpReply.h"
#include "LegacyParams.h"
#include "TemporaryKeys.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"
#include "TencentRegions.h"
#include "TokenBuckets.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLegacyEndpoint, "teardown.emulator.legacy", QtInfoMsg)

namespace emulator {

namespace {

const QByteArray kVersion = "2017-03-12"_ba;
const QString kReturnInstance = u"ReturnInstance"_s;
// The public parameters (reference §5.1, §1.9); everything else is the action's.
const QSet<QByteArray> kPublic{"Action",          "Region", "Timestamp", "Nonce",    "SecretId",     "Signature",
                               "SignatureMethod", "Token",  "Version",   "Language", "RequestClient"};

// The API 3.0 code for a refused legacy signature check, for the 2017 actions. 4500 covers a
// Timestamp off the window and a reused Nonce; API 3.0 has only the expired-signature code for it.
QString v3CodeFor(int legacyCode)
{
    switch (legacyCode) {
    case 4100:
        return u"AuthFailure.SignatureFailure"_s;
    case 4104:
        return u"AuthFailure.SecretIdNotFound"_s;
    case 4105:
        return u"AuthFailure.TokenFailure"_s;
    case 4500:
        return u"AuthFailure.SignatureExpire"_s;
    default:
        return u"MissingParameter"_s;
    }
}

} // namespace

struct LegacyEndpoint::Exchange
{
    LegacyInbound inbound;
    QString action;
    QString region;
    Language language = Language::Chinese;
    LegacyVerdict verdict;
    int delayMs = 0;
    CallLogEntry log;
};

LegacyEndpoint::LegacyEndpoint(EmulatorServices services, TencentFleet& fleet, TencentLifecycle& lifecycle,
                               QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_fleet(fleet)
    , m_lifecycle(lifecycle)
    , m_actions(fleet, lifecycle)
    , m_return(fleet, lifecycle)
    , m_verifier(
          [this](const QString& secretId) -> std::optional<QString> {
              if (const auto it = m_keys.constFind(secretId); it != m_keys.cend())
                  return *it;
              return m_temporary ? m_temporary->secretKey(secretId) : std::nullopt;
          },
          m_services.clock)
{ }

void LegacyEndpoint::addKey(const QString& secretId, const QString& secretKey)
{
    m_keys.insert(secretId, secretKey);
}

void LegacyEndpoint::installRateLimits(TokenBuckets& limits)
{
    // No published limit for ReturnInstance: held to TerminateInstances' 10/s.
    limits.setRate(kReturnInstance, 10);
}

void LegacyEndpoint::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Exchange x;
    x.log.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    x.log.at = m_services.clock();
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    x.inbound.method = isGet ? "GET"_ba : "POST"_ba;
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            x.inbound.host = value.trimmed();
            break;
        }
    }
    x.inbound.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    const QByteArray encoded = isGet ? request.url().query(QUrl::FullyEncoded).toUtf8() : request.body();
    x.log.body = encoded;

    HttpReply reply;
    if (!isGet && !isPost) {
        reply = legacyReply(x, LegacyReply::failed(4000, {}, u"GET or POST only"_s));
    } else if (!LegacyVerifier::parseParams(encoded, &x.inbound.params)) {
        reply = legacyReply(x, LegacyReply::failed(4000, {}, u"the parameters could not be read"_s));
    } else {
        x.action = QString::fromUtf8(x.inbound.param("Action"));
        x.region = QString::fromUtf8(x.inbound.param("Region"));
        x.language = languageFromHeader(x.inbound.param("Language"));
        x.log.action = x.action;
        x.log.region = x.region;
        x.verdict = m_verifier.verify(x.inbound);
        if (x.verdict.accepted() && m_temporary) {
            x.verdict.detail = m_temporary->refusal(x.verdict.secretId, x.inbound.param("Token"), m_services.clock());
            if (!x.verdict.detail.isEmpty())
                x.verdict.code = 4105;
        }
        if (x.verdict.accepted() && isReplay(x)) {
            x.verdict.code = 4500;
            x.verdict.detail = u"the Nonce was already used"_s;
        }
        x.log.secretId = x.verdict.secretId;
        if (!x.verdict.accepted())
            qCDebug(lcLegacyEndpoint) << "refused" << x.verdict.code << x.verdict.detail;
        reply = x.inbound.param("Version").isNull() ? handleOldStyle(x) : handleVersioned(x);
    }
    m_services.log(x.log);
    sendReply(std::move(responder), reply, x.delayMs, m_services.clock(), this);
}

bool LegacyEndpoint::isReplay(const Exchange& x)
{
    const QDateTime now = m_services.clock();
    const qint64 window = LegacyVerifier::MaxSkewSeconds;
    // A Nonce older than the window cannot be replayed anyway: its Timestamp has expired. Pruned
    // once a minute, so a busy endpoint does not scan the table on every call.
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) > 60 || now < m_lastPrune) {
        m_nonces.removeIf([&](const auto& entry) { return entry.value().secsTo(now) > 2 * window; });
        m_lastPrune = now;
    }
    const QByteArray key = x.verdict.secretId.toUtf8() + ':' + x.inbound.param("Nonce");
    if (m_nonces.contains(key))
        return true;
    m_nonces.insert(key, now);
    return false;
}

std::optional<HttpReply> LegacyEndpoint::faultReply(Exchange& x, const FaultDecision& faults, bool versioned)
{
    if (!faults.outcome || *faults.outcome == FaultKind::DropAfter || *faults.outcome == FaultKind::Delay)
        return std::nullopt;
    x.log.fault = faultKindName(*faults.outcome);
    switch (*faults.outcome) {
    case FaultKind::Throttle:
        return versioned ? v3Error(x, TencentError::of(u"RequestLimitExceeded"_s))
                         : legacyReply(x, LegacyReply::failed(4400));
    case FaultKind::Internal:
        return versioned ? v3Error(x, TencentError::of(u"InternalError"_s)) : legacyReply(x, LegacyReply::failed(6000));
    case FaultKind::Http500:
        return HttpReply::http500();
    case FaultKind::Garbage:
        return HttpReply::garbage();
    case FaultKind::DropBefore:
    case FaultKind::DropAfter:
    case FaultKind::Delay:
        break;
    }
    return HttpReply::dropped();
}

HttpReply LegacyEndpoint::handleOldStyle(Exchange& x)
{
    if (!x.verdict.accepted())
        return legacyReply(x, LegacyReply::failed(x.verdict.code, {}, x.verdict.detail));
    if (x.action != kReturnInstance)
        return legacyReply(x, LegacyReply::failed(4000, u"InvalidAction.NotFound"_s, x.action));
    if (!m_services.limits.tryTake(x.verdict.secretId, x.action))
        return legacyReply(x, LegacyReply::failed(4400));

    const FaultDecision faults = m_services.faults.next(x.action);
    x.delayMs = faults.delayMs;
    if (std::optional<HttpReply> replaced = faultReply(x, faults, false))
        return *replaced;
    // API 2.0 says MFA with its common code 4106 (MFA check failed).
    if (m_services.requiresMfa(x.verdict.secretId))
        return legacyReply(x, LegacyReply::failed(4106, {}, u"MFA is required for ReturnInstance"_s));
    if (!x.region.isEmpty())
        m_lifecycle.releaseExpired(x.region);
    const LegacyReply result =
        m_return.run(QString::fromUtf8(x.inbound.param("instanceId")), x.region, x.log.requestId);
    HttpReply reply = legacyReply(x, result);
    if (faults.outcome == FaultKind::DropAfter) {
        x.log.fault = faultKindName(FaultKind::DropAfter);
        return HttpReply::dropped();
    }
    return reply;
}

HttpReply LegacyEndpoint::handleVersioned(Exchange& x)
{
    if (!x.verdict.accepted())
        return v3Error(x, TencentError::withDetail(v3CodeFor(x.verdict.code), u"(%1)"_s.arg(x.verdict.detail), {}));
    const QByteArray version = x.inbound.param("Version");
    if (version != kVersion)
        return v3Error(x,
                       TencentError::withDetail(
                           u"NoSuchVersion"_s,
                           u"Version %1 does not exist; CVM uses 2017-03-12."_s.arg(QString::fromUtf8(version)),
                           u"版本 %1 不存在，CVM 使用 2017-03-12。"_s.arg(QString::fromUtf8(version))));
    if (!TencentActions::actions().contains(x.action))
        return v3Error(x,
                       TencentError::withDetail(u"InvalidAction"_s,
                                                u"%1 is not an action of cvm 2017-03-12."_s.arg(x.action),
                                                u"cvm 2017-03-12 没有接口 %1。"_s.arg(x.action)));
    if (x.region.isEmpty() && TencentActions::requiresRegion(x.action))
        return v3Error(x, TencentError::withDetail(u"MissingParameter"_s, u"Region is missing."_s, u"缺少 Region。"_s));
    if (!x.region.isEmpty() && TencentActions::requiresRegion(x.action) && TencentRegions::find(x.region) == nullptr
        && m_fleet.inRegion(x.region).isEmpty())
        return v3Error(x,
                       TencentError::withDetail(u"UnsupportedRegion"_s, u"Unknown region %1."_s.arg(x.region),
                                                u"未知地域 %1。"_s.arg(x.region)));
    QJsonObject params;
    if (!LegacyParams::toJson(x.inbound.params, kPublic, &params))
        return v3Error(
            x, TencentError::withDetail(u"InvalidParameter"_s, u"Conflicting parameter names."_s, u"参数名冲突。"_s));
    if (!m_services.limits.tryTake(x.verdict.secretId, x.action))
        return v3Error(x, TencentError::of(u"RequestLimitExceeded"_s));

    const FaultDecision faults = m_services.faults.next(x.action);
    x.delayMs = faults.delayMs;
    if (std::optional<HttpReply> replaced = faultReply(x, faults, true))
        return *replaced;
    if (TencentActions::requiresMfa(x.action) && m_services.requiresMfa(x.verdict.secretId))
        return v3Error(x, TencentError::of(u"UnauthorizedOperation.MFANotFound"_s));
    TencentCall call{x.action, x.region, x.log.requestId, x.language, params, m_services.clock()};
    if (!call.region.isEmpty())
        m_lifecycle.releaseExpired(call.region);
    const TencentResult result = m_actions.run(call);
    HttpReply reply = result.error.isError()
        ? v3Error(x, result.error)
        : HttpReply::json(TencentErrors::successEnvelope(result.fields, x.log.requestId));
    if (faults.outcome == FaultKind::DropAfter) {
        x.log.fault = faultKindName(FaultKind::DropAfter);
        return HttpReply::dropped();
    }
    return reply;
}

HttpReply LegacyEndpoint::v3Error(Exchange& x, const TencentError& error)
{
    x.log.errorCode = error.code;
    return HttpReply::json(TencentErrors::errorEnvelope(error, x.language, x.log.requestId));
}

HttpReply LegacyEndpoint::legacyReply(Exchange& x, const LegacyReply& reply)
{
    if (reply.isError())
        x.log.errorCode = reply.codeDesc.isEmpty() ? QString::number(reply.code) : reply.codeDesc;
    return HttpReply::json(reply.toJson(x.language));
}

} // namespace emulator

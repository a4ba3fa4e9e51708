#include "TencentEndpoint.h"

#include "FaultPlan.h"
#include "HttpReply.h"
#include "TemporaryKeys.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"
#include "TencentRegions.h"
#include "TokenBuckets.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTencentEndpoint, "teardown.emulator.tencent", QtInfoMsg)

namespace emulator {

namespace {

const QByteArray kVersion = "2017-03-12"_ba;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

TencentError missingHeader(const QString& header)
{
    return TencentError::withDetail(u"MissingParameter"_s, u"The %1 header is missing."_s.arg(header),
                                    u"缺少请求头 %1。"_s.arg(header));
}

} // namespace

struct TencentEndpoint::Exchange
{
    Tc3Inbound inbound;
    QString action;
    QString region;
    QByteArray version;
    Language language = Language::Chinese;
    CallLogEntry log;
};

TencentEndpoint::TencentEndpoint(EmulatorServices services, TencentFleet& fleet, TencentLifecycle& lifecycle,
                                 QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_fleet(fleet)
    , m_lifecycle(lifecycle)
    , m_actions(fleet, lifecycle)
    , m_verifier(
          [this](const QString& secretId) -> std::optional<QString> {
              if (const auto it = m_keys.constFind(secretId); it != m_keys.cend())
                  return *it;
              return m_temporary ? m_temporary->secretKey(secretId) : std::nullopt;
          },
          m_services.clock)
{ }

void TencentEndpoint::addKey(const QString& secretId, const QString& secretKey)
{
    m_keys.insert(secretId, secretKey);
}

void TencentEndpoint::installRateLimits(TokenBuckets& limits)
{
    limits.setRate(u"DescribeInstances"_s, 40);
    limits.setRate(u"DescribeInstancesStatus"_s, 40);
    limits.setRate(u"DescribeRegions"_s, 20);
    limits.setRate(u"TerminateInstances"_s, 10);
    limits.setRate(u"InquiryPriceTerminateInstances"_s, 10);
    limits.setRate(u"ModifyInstancesAttribute"_s, 10);
}

bool TencentEndpoint::isKnownRegion(const QString& region) const
{
    // A fleet file may use regions the table does not list; they are real for this emulator.
    return TencentRegions::find(region) != nullptr || !m_fleet.inRegion(region).isEmpty();
}

void TencentEndpoint::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Exchange x;
    x.inbound.method = methodName(request.method());
    x.inbound.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    if (x.inbound.path.isEmpty())
        x.inbound.path = "/"_ba;
    x.inbound.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    x.inbound.headers = request.headers();
    x.inbound.body = request.body();
    x.action = QString::fromUtf8(x.inbound.header("X-TC-Action").trimmed());
    x.region = QString::fromUtf8(x.inbound.header("X-TC-Region").trimmed());
    x.version = x.inbound.header("X-TC-Version").trimmed();
    x.language = languageFromHeader(x.inbound.header("X-TC-Language"));
    x.log.action = x.action;
    x.log.region = x.region;
    x.log.body = x.inbound.body;
    x.log.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    x.log.at = m_services.clock();

    int delayMs = 0;
    HttpReply reply;
    if (TencentError refused = admit(x); refused.isError()) {
        reply = errorReply(x, refused);
    } else {
        const FaultDecision faults = m_services.faults.next(x.action);
        delayMs = faults.delayMs;
        if (!faults.fired.isEmpty())
            qCDebug(lcTencentEndpoint) << x.action << "faults" << faults.fired;
        if (faults.outcome && *faults.outcome != FaultKind::DropAfter) {
            reply = faultReply(x, faults);
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

TencentError TencentEndpoint::admit(Exchange& x)
{
    if (x.inbound.method != "POST")
        return TencentError::withDetail(u"UnsupportedProtocol"_s, u"This emulator accepts POST with a JSON body."_s,
                                        u"本模拟器仅接受 JSON 请求体的 POST 请求。"_s);
    if (x.inbound.body.size() > MaxBodyBytes)
        return TencentError::of(u"RequestSizeLimitExceeded"_s);

    const Tc3Verdict verdict = m_verifier.verify(x.inbound);
    x.log.secretId = verdict.secretId;
    if (!verdict.accepted()) {
        qCDebug(lcTencentEndpoint) << "refused" << verdict.code << verdict.detail;
        // The detail says which check failed; the API's own message stays first.
        return TencentError::withDetail(verdict.code, u"(%1)"_s.arg(verdict.detail), {});
    }
    if (const QString why = m_temporary
            ? m_temporary->refusal(verdict.secretId, x.inbound.header("X-TC-Token"), m_services.clock())
            : QString();
        !why.isEmpty()) {
        qCDebug(lcTencentEndpoint) << "refused" << why;
        return TencentError::withDetail(u"AuthFailure.TokenFailure"_s, u"(%1)"_s.arg(why), {});
    }

    if (x.action.isEmpty())
        return missingHeader(u"X-TC-Action"_s);
    if (!TencentActions::actions().contains(x.action))
        return TencentError::withDetail(u"InvalidAction"_s, u"%1 is not an action of cvm 2017-03-12."_s.arg(x.action),
                                        u"cvm 2017-03-12 没有接口 %1。"_s.arg(x.action));
    if (x.version.isEmpty())
        return missingHeader(u"X-TC-Version"_s);
    if (x.version != kVersion)
        return TencentError::withDetail(
            u"NoSuchVersion"_s, u"Version %1 does not exist; CVM uses 2017-03-12."_s.arg(QString::fromUtf8(x.version)),
            u"版本 %1 不存在，CVM 使用 2017-03-12。"_s.arg(QString::fromUtf8(x.version)));
    if (x.region.isEmpty() && TencentActions::requiresRegion(x.action))
        return missingHeader(u"X-TC-Region"_s);
    if (!x.region.isEmpty() && TencentActions::requiresRegion(x.action) && !isKnownRegion(x.region))
        return TencentError::withDetail(u"UnsupportedRegion"_s, u"Unknown region %1."_s.arg(x.region),
                                        u"未知地域 %1。"_s.arg(x.region));

    if (!m_services.limits.tryTake(verdict.secretId, x.action))
        return TencentError::of(u"RequestLimitExceeded"_s);
    return {};
}

HttpReply TencentEndpoint::faultReply(Exchange& x, const FaultDecision& faults)
{
    x.log.fault = faultKindName(*faults.outcome);
    switch (*faults.outcome) {
    case FaultKind::Throttle:
        return errorReply(x, TencentError::of(u"RequestLimitExceeded"_s));
    case FaultKind::Internal:
        return errorReply(x, TencentError::of(u"InternalError"_s));
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

HttpReply TencentEndpoint::run(Exchange& x)
{
    QJsonObject params;
    if (!x.inbound.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(x.inbound.body, &parseError);
        // A body that is not a JSON object is a parameter format error (reference §2.3).
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return errorReply(x,
                              TencentError::withDetail(u"InvalidParameter"_s,
                                                       u"The request body is not a JSON object."_s,
                                                       u"请求体不是 JSON 对象。"_s));
        params = doc.object();
    }

    if (TencentActions::requiresMfa(x.action) && m_services.requiresMfa(x.log.secretId))
        return errorReply(x, TencentError::of(u"UnauthorizedOperation.MFANotFound"_s));
    TencentCall call{x.action, x.region, x.log.requestId, x.language, params, m_services.clock()};
    if (!call.region.isEmpty())
        m_lifecycle.releaseExpired(call.region);
    const TencentResult result = m_actions.run(call);
    if (result.error.isError())
        return errorReply(x, result.error);
    return HttpReply::json(TencentErrors::successEnvelope(result.fields, x.log.requestId));
}

HttpReply TencentEndpoint::errorReply(Exchange& x, const TencentError& error)
{
    x.log.errorCode = error.code;
    return HttpReply::json(TencentErrors::errorEnvelope(error, x.language, x.log.requestId));
}

} // namespace emulator

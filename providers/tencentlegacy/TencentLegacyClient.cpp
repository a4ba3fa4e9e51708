#include "TencentLegacyClient.h"

#include "DeferredFinish.h"
#include "HostHeader.h"
#include "LegacyWire.h"
#include "RateLimiter.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVersion = "2017-03-12"_ba;
const QByteArray kPath = "/v2/index.php"_ba;
const QString kReturnInstance = u"ReturnInstance"_s;

} // namespace

TencentLegacyClient::TencentLegacyClient(const Account& account, const Credentials& credentials,
                                         const CallEnvironment& environment, QObject* parent)
    : TencentClientBase(account, credentials, environment, &LegacyWire::decode, parent)
{
    limiter()->setRate(kReturnInstance, ReturnInstanceRate);
}

QUrl TencentLegacyClient::endpoint() const
{
    if (account().endpoint.isEmpty())
        return QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    QUrl url = account().endpoint;
    if (url.path().isEmpty() || url.path() == u"/"_s)
        url.setPath(QString::fromLatin1(kPath));
    return url;
}

LegacyParams TencentLegacyClient::signedParams(const QByteArray& verb, const QString& action, const QString& region,
                                               const LegacyParams& business) const
{
    LegacyParams params{{"Action", action.toUtf8()}};
    if (!region.isEmpty())
        params.append({"Region", region.toUtf8()});
    params.append({"Timestamp", QByteArray::number(now().toSecsSinceEpoch())});
    params.append(
        {"Nonce", QByteArray::number(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()))});
    params.append({"SecretId", credentials().keyId.toUtf8()});
    params.append({"SignatureMethod"_ba, "HmacSHA256"_ba});
    // Temporary credentials only: a public parameter, signed like the others (reference §5.1).
    if (!credentials().sessionToken.isEmpty())
        params.append({"Token"_ba, credentials().sessionToken.toUtf8()});
    // The old-style action has no version; everything else is the 2017 action set.
    if (action != kReturnInstance) {
        params.append({"Version", kVersion});
        params.append({"Language", language().toLatin1()});
    }
    params.append(business);
    const QUrl url = endpoint();
    return LegacySigner::sign(verb, QByteArray(hostHeaderFor(url) + url.path(QUrl::FullyEncoded).toUtf8()), params,
                              credentials().secret);
}

WireRequest TencentLegacyClient::sign(const TencentRequest& request) const
{
    const QByteArray verb = request.destructive ? "POST"_ba : "GET"_ba;
    const QByteArray encoded =
        LegacySigner::encode(signedParams(verb, request.action, request.region, LegacyWire::flatten(request.params)));
    QUrl url = endpoint();
    WireRequest w;
    w.verb = verb;
    if (verb == "GET") {
        // Already percent-encoded; strict mode keeps every escape as it is.
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    } else {
        w.body = encoded;
    }
    w.request = QNetworkRequest(url);
    w.request.setRawHeader("Host", hostHeaderFor(url));
    if (verb == "POST")
        w.request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    return w;
}

RefundQuoteReply* TencentLegacyClient::quoteRefunds(const QString& region, const QStringList& ids)
{
    Q_UNUSED(region);
    Q_UNUSED(ids);
    return finishedLater<RefundQuoteReply>(this);
}

QJsonObject TencentLegacyClient::actionBody(const PlannedCall& call)
{
    if (call.action == kReturnInstance)
        return QJsonObject{{u"instanceId"_s, call.instanceIds.value(0)}};
    return QJsonObject{{u"InstanceIds"_s, QJsonArray::fromStringList(call.instanceIds)}};
}

LegacyParams TencentLegacyClient::actionParams(const PlannedCall& call)
{
    return LegacyWire::flatten(actionBody(call));
}

ActionReply* TencentLegacyClient::execute(const PlannedCall& call)
{
    // ReturnInstance takes exactly one id: a plan that says otherwise is refused here, unsent.
    if (call.action == kReturnInstance && call.instanceIds.size() != 1)
        return finishedLater<ActionReply>(this, ProviderError::local(u"Teardown.InvalidInstanceId"_s));
    // Its rules never plan a lift (TencentLegacyRules::liftProtectionRefusal); nor is one sent.
    if (call.kind == CallKind::LiftProtection)
        return finishedLater<ActionReply>(this, ProviderError::local(rules().liftProtectionRefusal()));
    return send({call.action, call.region, actionBody(call), call.instanceIds, true});
}

QString TencentLegacyClient::describeCall(const PlannedCall& call) const
{
    LegacyParams shown{{"Action", call.action.toUtf8()}, {"Region", call.region.toUtf8()}};
    if (call.action != kReturnInstance)
        shown.append({"Version", kVersion});
    shown.append(actionParams(call));
    return u"POST %1 %2"_s.arg(endpoint().toString(), QString::fromUtf8(LegacySigner::encode(shown)));
}

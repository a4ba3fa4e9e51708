#include "TencentClient.h"

#include "HostHeader.h"
#include "Tc3Signer.h"
#include "TencentWire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVersion = "2017-03-12"_ba;
const QByteArray kContentType = "application/json"_ba;

} // namespace

TencentClient::TencentClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                             QObject* parent)
    : TencentClientBase(account, credentials, environment, &TencentWire::decode, parent)
{ }

QUrl TencentClient::endpointFor(const QString& region) const
{
    if (!account().endpoint.isEmpty())
        return account().endpoint;
    return QUrl(region.isEmpty() ? u"https://cvm.tencentcloudapi.com/"_s
                                 : u"https://cvm.%1.tencentcloudapi.com/"_s.arg(region));
}

WireRequest TencentClient::sign(const TencentRequest& request) const
{
    const QUrl url = endpointFor(request.region);
    const QByteArray host = hostHeaderFor(url);

    Tc3Request toSign;
    toSign.payload = QJsonDocument(request.params).toJson(QJsonDocument::Compact);
    toSign.timestamp = now().toSecsSinceEpoch();
    toSign.signedHeaders = {{"content-type"_ba, kContentType}, {"host"_ba, host}};
    const Tc3Signature signature = Tc3Signer::sign(toSign, credentials().keyId, credentials().secret);

    WireRequest w;
    w.body = toSign.payload;
    w.request = QNetworkRequest(url);
    w.request.setRawHeader("Host", host);
    w.request.setHeader(QNetworkRequest::ContentTypeHeader, kContentType);
    w.request.setRawHeader("X-TC-Action", request.action.toLatin1());
    w.request.setRawHeader("X-TC-Version", kVersion);
    w.request.setRawHeader("X-TC-Timestamp", QByteArray::number(toSign.timestamp));
    if (!request.region.isEmpty())
        w.request.setRawHeader("X-TC-Region", request.region.toUtf8());
    w.request.setRawHeader("X-TC-Language", language().toLatin1());
    // Temporary credentials only; the header is not signed (reference §1.3, SDK behaviour).
    if (!credentials().sessionToken.isEmpty())
        w.request.setRawHeader("X-TC-Token", credentials().sessionToken.toUtf8());
    w.request.setRawHeader("Authorization", signature.authorization);
    return w;
}

QJsonObject TencentClient::terminateBody(const PlannedCall& call)
{
    QJsonObject body{{u"InstanceIds"_s, QJsonArray::fromStringList(call.instanceIds)}};
    if (call.options.releaseAddress)
        body.insert(u"ReleaseAddress"_s, true);
    if (call.options.releasePrepaidDataDisks)
        body.insert(u"ReleasePrepaidDataDisks"_s, true);
    return body;
}

QJsonObject TencentClient::callBody(const PlannedCall& call)
{
    return call.kind == CallKind::LiftProtection ? liftProtectionBody(call) : terminateBody(call);
}

ActionReply* TencentClient::execute(const PlannedCall& call)
{
    return send({call.action, call.region, callBody(call), call.instanceIds, true});
}

QString TencentClient::describeCall(const PlannedCall& call) const
{
    return u"POST %1 X-TC-Action: %2 X-TC-Region: %3 %4"_s.arg(
        endpointFor(call.region).toString(), call.action, call.region,
        QString::fromUtf8(QJsonDocument(callBody(call)).toJson(QJsonDocument::Compact)));
}

#include "TencentTestClient.h"

#include "OneShotUploadDevice.h"
#include "Tc3Signer.h"

#include <QJsonDocument>
#include <QSignalSpy>


using namespace Qt::StringLiterals;

TencentTestClient::TencentTestClient(const QUrl& endpoint, QString secretId, QString secretKey)
    : m_endpoint(endpoint)
    , m_secretId(std::move(secretId))
    , m_secretKey(std::move(secretKey))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void TencentTestClient::setCredentials(const QString& secretId, const QString& secretKey)
{
    m_secretId = secretId;
    m_secretKey = secretKey;
}

RawRequest TencentTestClient::build(const QString& action, const QString& region, const QJsonObject& params) const
{
    return build(action, region, QJsonDocument(params).toJson(QJsonDocument::Compact));
}

RawRequest TencentTestClient::build(const QString& action, const QString& region, const QByteArray& body) const
{
    const QByteArray host = m_endpoint.host().toUtf8() + ':' + QByteArray::number(m_endpoint.port());
    Tc3Request toSign;
    toSign.payload = body;
    toSign.timestamp = m_clock().toSecsSinceEpoch();
    toSign.signedHeaders = {{"content-type"_ba, "application/json"_ba}, {"host"_ba, host}};
    const Tc3Signature signature = Tc3Signer::sign(toSign, m_secretId, m_secretKey);

    RawRequest r;
    r.body = body;
    r.headers = {{"Host"_ba, host},
                 {"Content-Type"_ba, "application/json"_ba},
                 {"X-TC-Action"_ba, action.toUtf8()},
                 {"X-TC-Version"_ba, "2017-03-12"_ba},
                 {"X-TC-Timestamp"_ba, QByteArray::number(toSign.timestamp)},
                 {"Authorization"_ba, signature.authorization}};
    if (!region.isEmpty())
        r.headers.append({"X-TC-Region"_ba, region.toUtf8()});
    if (!m_language.isEmpty())
        r.headers.append({"X-TC-Language"_ba, m_language});
    return r;
}

QNetworkReply* TencentTestClient::start(const RawRequest& request)
{
    QNetworkRequest q(m_endpoint);
    for (const auto& [name, value] : request.headers)
        q.setRawHeader(name, value);
    if (!request.oneShotBody)
        return m_network.post(q, request.body);
    q.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    q.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    auto* body = new OneShotUploadDevice(request.body, nullptr);
    QNetworkReply* reply = m_network.post(q, body);
    body->setParent(reply);
    return reply;
}

ApiReply TencentTestClient::readReply(QNetworkReply* reply)
{
    ApiReply r;
    r.networkError = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.response = doc.object().value(u"Response"_s).toObject();
    const QJsonObject error = r.response.value(u"Error"_s).toObject();
    r.errorCode = error.value(u"Code"_s).toString();
    r.errorMessage = error.value(u"Message"_s).toString();
    r.requestId = r.response.value(u"RequestId"_s).toString();
    return r;
}

ApiReply TencentTestClient::send(const RawRequest& request)
{
    QNetworkReply* reply = start(request);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
    }
    ApiReply r = readReply(reply);
    reply->deleteLater();
    return r;
}

ApiReply TencentTestClient::call(const QString& action, const QString& region, const QJsonObject& params)
{
    return send(build(action, region, params));
}

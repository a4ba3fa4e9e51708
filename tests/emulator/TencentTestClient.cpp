#include "TencentTestClient.h"

#include "Tc3Signer.h"

#include <QJsonDocument>
#include <QSignalSpy>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// An upload that can be read exactly once: after a dropped connection Qt reports an error
// (ContentReSendError) instead of silently sending the request again, so a test sees one attempt.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

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
    auto* body = new OneShotBody(request.body, nullptr);
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

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <utility>

// What came back from the emulator, read the way an API 3.0 client reads it.
struct ApiReply
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    bool isJson = false;
    QJsonObject response; // the "Response" object
    QString errorCode;
    QString errorMessage;
    QString requestId;

    bool succeeded() const
    {
        return networkError == QNetworkReply::NoError && httpStatus == 200 && isJson && errorCode.isEmpty();
    }
};

// A raw API 3.0 request: exactly these headers and bytes go on the wire.
struct RawRequest
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool oneShotBody = false; // an upload Qt cannot resend after a dropped connection
};

// A small signed client for the emulator tests. It signs with the product's Tc3Signer (itself
// tested on the official vectors), so the tests exercise the emulator's independent verifier.
class TencentTestClient
{
public:
    explicit TencentTestClient(const QUrl& endpoint, QString secretId = QStringLiteral("AKIDSANDBOX"),
                               QString secretKey = QStringLiteral("sandbox-secret-key"));

    void setLanguage(const QByteArray& language) { m_language = language; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setCredentials(const QString& secretId, const QString& secretKey);
    QUrl endpoint() const { return m_endpoint; }

    // A signed request as the product's client builds it (content-type;host signed).
    RawRequest build(const QString& action, const QString& region, const QJsonObject& params) const;
    RawRequest build(const QString& action, const QString& region, const QByteArray& body) const;

    ApiReply call(const QString& action, const QString& region, const QJsonObject& params = {});
    ApiReply send(const RawRequest& request);
    // Starts a request without waiting; read the result with readReply() once it finished.
    QNetworkReply* start(const RawRequest& request);
    static ApiReply readReply(QNetworkReply* reply);

    QNetworkAccessManager& network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QByteArray m_language;
    std::function<QDateTime()> m_clock;
};

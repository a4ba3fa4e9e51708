#pragma once

#include "Account.h"
#include "CallRecorder.h"
#include "Clock.h"
#include "ProviderError.h"
#include "RateLimiter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// The bytes of one HTTP request, built afresh for every attempt (signatures carry a timestamp).
struct WireRequest
{
    QByteArray verb = QByteArrayLiteral("POST");
    QNetworkRequest request;
    QByteArray body;
};

// What came back, before any dialect looked at it.
struct WireReply
{
    int httpStatus = 0; // 0: no HTTP reply at all
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    QDateTime serverDate; // the reply's Date header, in UTC; invalid when absent
    QDateTime receivedAt; // this machine's clock (CallEnvironment::clock) when the reply arrived
    QList<QSslError> sslErrors; // why the server's certificate was not trusted, if it was not
    QUrl url = {}; // where the request went (to name the proxy it went through)
};

// An HTTP Date header (IMF-fixdate), in UTC; invalid when absent or malformed.
QDateTime parseHttpDate(const QByteArray& value);

// A time as the providers' JSON gives it (ISO 8601), in UTC; invalid when absent or malformed.
QDateTime parseWireTime(const QJsonValue& value);

// What a call is: for the rate limiter, the history and the retry policy.
struct CallDescription
{
    QString action;
    QString region;
    QStringList instanceIds;
    bool destructive = false;
    QString rateBucket; // empty: not rate limited
};

// What every call of one account shares. The network, limiter and recorder outlive the calls.
struct CallEnvironment
{
    // ProviderFactory::create: null gives the account a network of its own (AccountNetwork).
    QNetworkAccessManager* network = nullptr;
    RateLimiter* limiter = nullptr;
    CallRecorder* recorder = nullptr; // may be null (no history)
    Clock clock = systemClock();
    Account account;
    int timeoutMs = 30000;
    int maxAttempts = 5; // for reads, and for destructive calls the provider throttled
    int backoffBaseMs = 250;
    int backoffMaxMs = 4000;
    // The CAs the account trusts (TlsTrust: the system's plus its extra CA); unset: Qt's default.
    std::optional<QSslConfiguration> tls = std::nullopt;
};

// One logical API call: waits for the rate limiter, records the call in the history before and
// after sending, enforces a timeout, and retries what may be retried.
//
// The retry policy is the product's core promise. Reads are retried after transient failures and
// throttling. A destructive call is retried only when the reply proves nothing happened
// (throttled); when its reply is lost or ambiguous the outcome is reported as unknown and the call
// is never sent again. Destructive bodies go through a one-shot upload device so that Qt's HTTP
// stack cannot resend them on its own either (Qt 6.4 resends a POST when a connection closes
// before the reply; with an unrepeatable body it reports ContentReSendError instead).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Build = std::function<WireRequest()>;
    // Turns a reply into the dialect's result object or an error and sets the error's retry class.
    // It fills requestId whenever the reply carries one, on success too (the history keeps it).
    // A pure function of the reply: a read's reply is decoded on a thread of its own (ReplyDecoder).
    using Decode = std::function<ProviderError(const WireReply&, QJsonObject* result)>;

    ApiCall(const CallEnvironment& environment, CallDescription description, Build build, Decode decode,
            QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    int attempts() const { return m_attempt; }

signals:
    // Emitted once; the call deletes itself afterwards.
    void finished(const ProviderError& error, const QJsonObject& result);

private:
    void waitForToken();
    void send(); // records the call, then transmits it
    void transmit();
    void onReplyFinished();
    // What follows the reply's decoding: the history, a retry or the end.
    void settle(ProviderError error, const QJsonObject& result, const QByteArray& retryAfter);
    void onTimeout();
    void conclude(const ProviderError& error, const QJsonObject& result);
    ProviderError transportError(const WireReply& reply) const;
    QString proxyContext(const WireReply& reply) const; // names the proxy, never its password
    bool shouldRetry(const ProviderError& error) const;
    int backoffMs(const ProviderError& error, const QByteArray& retryAfter) const; // retryAfter: the reply's header
    void recordFinished(const ProviderError& error);

    CallEnvironment m_env;
    CallDescription m_description;
    Build m_build;
    Decode m_decode;
    QPointer<QNetworkReply> m_reply;
    RateLimiter::Pass m_pass; // the current attempt's token, until the provider has surely counted it
    QList<QSslError> m_sslErrors; // of the current attempt
    QTimer m_timeout;
    CallRecord m_record;
    CallRecorder::Ticket m_ticket = -1; // the current attempt's row, until it is completed
    bool m_awaitingRow = false; // a destructive call waits for its row to be on disk
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

#include "ApiCall.h"

#include "AccountNetwork.h"
#include "OneShotUploadDevice.h"
#include "RateLimiter.h"
#include "ReplyDecoder.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApiCall, "teardown.call", QtInfoMsg)

namespace {

CallStatus statusFor(const ProviderError& error)
{
    if (!error.isError())
        return CallStatus::Succeeded;
    return error.outcomeKnown ? CallStatus::Failed : CallStatus::Unknown;
}

} // namespace

QDateTime parseHttpDate(const QByteArray& value)
{
    // IMF-fixdate, the form RFC 9110 requires servers to send: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return {};
    QDateTime t = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QDateTime parseWireTime(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

ApiCall::ApiCall(const CallEnvironment& environment, CallDescription description, Build build, Decode decode,
                 QObject* parent)
    : QObject(parent)
    , m_env(environment)
    , m_description(std::move(description))
    , m_build(std::move(build))
    , m_decode(std::move(decode))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);

    m_record.accountId = m_env.account.id;
    m_record.accountName = m_env.account.name;
    m_record.dialect = dialectKey(m_env.account.dialect);
    m_record.region = m_description.region;
    m_record.action = m_description.action;
    m_record.instanceIds = m_description.instanceIds;
    m_record.destructive = m_description.destructive;
}

ApiCall::~ApiCall()
{
    // Gone while its row was being written: the call never left, and its row says so.
    if (m_awaitingRow)
        recordFinished(ProviderError::local(u"Teardown.Canceled"_s));
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    waitForToken();
}

void ApiCall::waitForToken()
{
    ++m_attempt;
    if (m_env.limiter && !m_description.rateBucket.isEmpty())
        m_env.limiter->acquire(m_description.rateBucket, this, [this](RateLimiter::Pass pass) {
            m_pass = std::move(pass);
            send();
        });
    else
        QMetaObject::invokeMethod(this, &ApiCall::send, Qt::QueuedConnection);
}

void ApiCall::send()
{
    m_record.id = -1;
    m_record.attempt = m_attempt;
    m_record.sentAt = m_env.clock();
    m_record.status = CallStatus::Sent;
    m_record.errorCode.clear();
    m_record.errorMessage.clear();
    m_record.requestId.clear();
    m_record.httpStatus = 0;
    if (!m_env.recorder) {
        transmit();
        return;
    }
    if (!m_description.destructive) {
        // A read leaves at once; its row is written meanwhile and completed after it.
        m_ticket = m_env.recorder->queueSent(m_record, this, [](bool) {});
        transmit();
        return;
    }
    // A destructive call leaves only once its row is on disk, and not at all when it cannot be.
    m_awaitingRow = true;
    m_ticket = m_env.recorder->queueSent(m_record, this, [this](bool written) {
        m_awaitingRow = false;
        if (written)
            transmit();
        else
            conclude(ProviderError::local(u"Teardown.HistoryUnavailable"_s), {});
    });
}

void ApiCall::transmit()
{
    WireRequest wire = m_build();
    QNetworkRequest request = wire.request;
    // A signed API call never follows a redirect: it would carry the signature somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_env.tls)
        request.setSslConfiguration(*m_env.tls);

    QIODevice* body = nullptr;
    if (m_description.destructive) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentLengthHeader, wire.body.size());
        body = new OneShotUploadDevice(wire.body, this);
    }

    m_timedOut = false;
    qCDebug(lcApiCall) << m_description.action << m_description.region << "attempt" << m_attempt;
    if (body)
        m_reply = m_env.network->sendCustomRequest(request, wire.verb, body);
    else
        m_reply = m_env.network->sendCustomRequest(request, wire.verb, wire.body);
    if (body)
        body->setParent(m_reply);
    m_sslErrors.clear();
    // Only noted, never ignored: the handshake fails and the errors say why.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start(m_env.timeoutMs);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    m_pass.reset(); // the provider has answered, so it has counted the request
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    WireReply wire;
    wire.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    wire.body = reply->readAll();
    wire.retryAfter = reply->rawHeader("Retry-After");
    wire.networkError = reply->error();
    // Qt names the URL in some messages; a GET's query carries the signature and, with temporary
    // credentials, the session token, and the message is kept in the history.
    wire.networkErrorText = reply->errorString();
    for (const QUrl::ComponentFormattingOptions format : {QUrl::PrettyDecoded, QUrl::FullyEncoded}) {
        if (const QString query = reply->url().query(format); !query.isEmpty())
            wire.networkErrorText.replace(query, u"…"_s);
    }
    wire.timedOut = m_timedOut;
    wire.serverDate = parseHttpDate(reply->rawHeader("Date"));
    wire.receivedAt = m_env.clock();
    wire.sslErrors = m_sslErrors;
    wire.url = reply->url();

    // A 407 is the proxy's answer, not the provider's (plain http through a proxy has a status).
    const bool proxyRefused =
        wire.httpStatus == 407 || wire.networkError == QNetworkReply::ProxyAuthenticationRequiredError;
    if (wire.httpStatus <= 0 || wire.timedOut || proxyRefused) {
        settle(transportError(wire), {}, wire.retryAfter);
        return;
    }
    // A read's reply is decoded on the network's decoder thread; a destructive call's here, so that
    // its outcome is recorded whatever becomes of the call meanwhile.
    if (!m_description.destructive && m_env.network) {
        const QByteArray retryAfter = wire.retryAfter;
        ReplyDecoder::of(*m_env.network)
            ->decode(m_decode, std::move(wire), this,
                     [this, retryAfter](const ProviderError& error, const QJsonObject& result) {
                         settle(error, result, retryAfter);
                     });
        return;
    }
    QJsonObject result;
    const ProviderError error = m_decode(wire, &result);
    settle(error, result, wire.retryAfter);
}

void ApiCall::settle(ProviderError error, const QJsonObject& result, const QByteArray& retryAfter)
{
    // A destructive call whose reply does not prove what happened has an unknown outcome: a
    // server-side internal error or a reply that is not the provider's envelope. (Transport
    // failures were judged in transportError().)
    const bool ambiguousReply =
        (error.kind == ProviderError::Kind::Api && error.retry == ProviderError::Retry::Transient)
        || error.kind == ProviderError::Kind::BadReply;
    if (m_description.destructive && ambiguousReply)
        error.outcomeKnown = false;

    recordFinished(error);

    if (shouldRetry(error)) {
        if (error.retry == ProviderError::Retry::Throttled && m_env.limiter && !m_description.rateBucket.isEmpty())
            m_env.limiter->drain(m_description.rateBucket);
        const int delay = backoffMs(error, retryAfter);
        qCDebug(lcApiCall) << m_description.action << "retrying after" << delay << "ms:" << error.code;
        QTimer::singleShot(delay, this, &ApiCall::waitForToken);
        return;
    }
    conclude(error, result);
}

QString ApiCall::proxyContext(const WireReply& reply) const
{
    const QString proxy = proxyInUse(m_env.network, reply.url);
    return proxy.isEmpty() ? QString() : QCoreApplication::translate("Network", "Proxy: %1").arg(proxy);
}

ProviderError ApiCall::transportError(const WireReply& reply) const
{
    ProviderError e;
    e.message = reply.networkErrorText;
    e.retry = ProviderError::Retry::Transient;
    // Failures before the request left this machine prove nothing was applied.
    bool nothingSent = false;
    if (reply.timedOut) {
        e.kind = ProviderError::Kind::Timeout;
        e.code = u"Network.Timeout"_s;
    } else {
        e.kind = ProviderError::Kind::Network;
        QNetworkReply::NetworkError networkError = reply.networkError;
        // Through a proxy the only connection this machine makes is to the proxy (plain http
        // requests report its refusal without the Proxy prefix); a 407 is the proxy's too.
        const bool viaProxy = !proxyInUse(m_env.network, reply.url).isEmpty();
        if (viaProxy && networkError == QNetworkReply::ConnectionRefusedError)
            networkError = QNetworkReply::ProxyConnectionRefusedError;
        else if (viaProxy && networkError == QNetworkReply::HostNotFoundError)
            networkError = QNetworkReply::ProxyNotFoundError;
        else if (reply.httpStatus == 407)
            networkError = QNetworkReply::ProxyAuthenticationRequiredError;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            e.code = u"Network.ConnectionRefused"_s;
            nothingSent = true;
            break;
        case QNetworkReply::HostNotFoundError:
            e.code = u"Network.HostNotFound"_s;
            nothingSent = true;
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            // The certificate was refused: nothing was sent, and asking again gets the same one.
            const TlsTrust::Refusal refusal = TlsTrust::refusalFor(reply.sslErrors);
            e.code = refusal.code;
            e.context = refusal.context;
            if (e.code != u"Network.Tls"_s)
                e.retry = ProviderError::Retry::No;
            nothingSent = true;
            break;
        }
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
            // The proxy never took the request: nothing reached the provider.
            e.code = u"Network.ProxyUnreachable"_s;
            e.context = proxyContext(reply);
            nothingSent = true;
            break;
        case QNetworkReply::ProxyAuthenticationRequiredError:
            e.code = u"Network.ProxyAuthentication"_s;
            e.context = proxyContext(reply);
            e.retry = ProviderError::Retry::No; // the same credentials fail the same way
            nothingSent = true;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            e.code = u"Network.ConnectionClosed"_s;
            break;
        default:
            e.code = u"Network.Other"_s;
            break;
        }
    }
    e.outcomeKnown = !m_description.destructive || nothingSent;
    if (nothingSent && m_description.destructive)
        e.retry = ProviderError::Retry::No; // the operator sees it at once; nothing to reconcile
    return e;
}

bool ApiCall::shouldRetry(const ProviderError& error) const
{
    if (!error.isError() || m_attempt >= m_env.maxAttempts)
        return false;
    if (error.retry == ProviderError::Retry::Throttled)
        return true;
    return !m_description.destructive && error.retry == ProviderError::Retry::Transient;
}

int ApiCall::backoffMs(const ProviderError& error, const QByteArray& retryAfter) const
{
    bool ok = false;
    const int retryAfterSecs = retryAfter.trimmed().toInt(&ok);
    if (ok && retryAfterSecs > 0 && error.retry == ProviderError::Retry::Throttled)
        return std::min(retryAfterSecs * 1000, m_env.backoffMaxMs * 4);
    const int exponential = std::min(m_env.backoffMaxMs, m_env.backoffBaseMs << std::min(m_attempt - 1, 10));
    // Jitter keeps parallel lanes from retrying in lockstep.
    return exponential / 2 + int(QRandomGenerator::global()->bounded(exponential / 2 + 1));
}

void ApiCall::recordFinished(const ProviderError& error)
{
    if (!m_env.recorder || m_ticket < 0)
        return;
    m_record.finishedAt = m_env.clock();
    m_record.status = statusFor(error);
    m_record.errorCode = error.code;
    m_record.errorMessage = error.message;
    m_record.requestId = error.requestId;
    m_record.httpStatus = error.httpStatus;
    m_env.recorder->queueFinished(m_ticket, m_record);
    m_ticket = -1;
}

void ApiCall::conclude(const ProviderError& error, const QJsonObject& result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error, result);
    deleteLater();
}

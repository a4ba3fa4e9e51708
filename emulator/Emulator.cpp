#include "Emulator.h"

#include "FaultPlan.h"
#include "FleetSource.h"
#include "HttpReply.h"
#include "LegacyEndpoint.h"
#include "TemporaryKeys.h"
#include "TencentEndpoint.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"
#include "TokenBuckets.h"
#include "ZenlayerEndpoint.h"
#include "ZenlayerFleet.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace emulator {

Emulator::Emulator(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_fleet(std::make_unique<TencentFleet>())
    , m_faults(std::make_unique<FaultPlan>(m_options.seed))
    , m_limits(std::make_unique<TokenBuckets>(m_options.rateLimitNanoseconds))
    , m_temporaryKeys(std::make_unique<TemporaryKeys>())
    , m_zenlayerFleet(std::make_unique<ZenlayerFleet>())
    , m_server(new QHttpServer(this))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    auto clock = [this] { return now(); };

    QString error;
    if (!FleetSource::populate(m_options, now(), m_fleet.get(), &error))
        m_setupError = error;
    else if (!m_faults->add(m_options.faults, &error))
        m_setupError = error;
    m_temporaryKeys->add(SandboxTempSecretId, {SandboxTempSecretKey, SandboxSessionToken, {}});
    for (const QString& spec : std::as_const(m_options.temporaryCredentials)) {
        QString secretId;
        TemporaryKeys::Key key;
        if (TemporaryKeys::parse(spec, &secretId, &key, &error))
            m_temporaryKeys->add(secretId, key);
        else if (m_setupError.isEmpty())
            m_setupError = error;
    }

    m_limits->setEnabled(m_options.rateLimits);
    TencentEndpoint::installRateLimits(*m_limits);
    LegacyEndpoint::installRateLimits(*m_limits);
    ZenlayerEndpoint::installRateLimits(*m_limits);
    // Zenlayer machines join the generated fleets; a fleet file describes Tencent instances only.
    if (m_options.fleet.isEmpty() || m_options.fleet == u"sandbox"_s) {
        const QList<ZenlayerInstance> machines = m_options.scale > 0
            ? ZenlayerFleet::scaled(m_options.seed, now(), m_options.scale)
            : ZenlayerFleet::sandbox(m_options.seed, now());
        for (const ZenlayerInstance& machine : machines)
            m_zenlayerFleet->add(machine);
    }

    const TencentLifecycle::Timing timing{m_options.terminatingMs, m_options.prepaidIsolationMs,
                                          m_options.recycleRetentionDays};
    m_tencentLifecycle = new TencentLifecycle(*m_fleet, timing, clock, this);
    EmulatorServices services{*m_limits, *m_faults, clock,
                              [this](const CallLogEntry& entry) {
                                  m_log.append(entry);
                                  emit callLogged(entry);
                              },
                              m_options.mfaRequiredKeys};
    m_tencent = new TencentEndpoint(services, *m_fleet, *m_tencentLifecycle, this);
    m_tencent->addKey(SandboxSecretId, SandboxSecretKey);
    m_legacy = new LegacyEndpoint(services, *m_fleet, *m_tencentLifecycle, this);
    m_legacy->addKey(SandboxSecretId, SandboxSecretKey);
    m_tencent->setTemporaryKeys(m_temporaryKeys.get());
    m_legacy->setTemporaryKeys(m_temporaryKeys.get());
    m_zenlayer = new ZenlayerEndpoint(services, *m_zenlayerFleet, this);
    m_zenlayer->addKey(SandboxAccessKeyId, SandboxAccessKeyPassword);
    registerRoutes();
}

Emulator::~Emulator()
{
    // The server, the endpoint and the lifecycle use the fleet, the faults and the limits, which
    // are members and would otherwise be destroyed before these children.
    delete m_server;
    delete m_tencent;
    delete m_legacy;
    delete m_tencentLifecycle;
    delete m_zenlayer;
}

void Emulator::registerRoutes()
{
    // Tencent API 2.0 (legacy), GET and POST; other methods get the legacy 4000 reply.
    m_server->route(u"/v2/index.php"_s, QHttpServerRequest::Method::AnyKnown,
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        m_legacy->handle(request, std::move(responder));
                    });
    // Tencent Cloud API 3.0. Every method reaches the endpoint, which answers anything but POST
    // with the API's UnsupportedProtocol error.
    m_server->route(u"/"_s, QHttpServerRequest::Method::AnyKnown,
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        m_tencent->handle(request, std::move(responder));
                    });
    // Zenlayer BMC. Every method reaches the endpoint, which answers anything but POST itself.
    m_server->route(u"/api/v2/bmc"_s, QHttpServerRequest::Method::AnyKnown,
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        m_zenlayer->handle(request, std::move(responder));
                    });
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QByteArray body = "no such route: " + request.url().path().toUtf8() + '\n';
        sendReply(std::move(responder), HttpReply::text(404, body), 0, now(), this);
    });
}

bool Emulator::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_setupError.isEmpty()) {
        if (error)
            *error = m_setupError;
        return false;
    }
    if (m_tcp) {
        if (error)
            *error = u"the emulator is already listening on port %1"_s.arg(m_tcp->serverPort());
        return false;
    }
    QTcpServer* tcp = nullptr;
    if (tlsEnabled()) {
        // QAbstractHttpServer::bind() takes any QTcpServer: a QSslServer hands it connections
        // only once their handshake has succeeded.
        auto* ssl = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_options.tls.certificate);
        configuration.setPrivateKey(m_options.tls.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        ssl->setSslConfiguration(configuration);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    if (!tcp->listen(address, port)) {
        if (error)
            *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_server->bind(m_tcp);
    return true;
}

quint16 Emulator::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl Emulator::url() const
{
    QHostAddress host = m_tcp ? m_tcp->serverAddress() : QHostAddress(QHostAddress::LocalHost);
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(tlsEnabled() ? u"https"_s : u"http"_s);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void Emulator::addTencentKey(const QString& secretId, const QString& secretKey)
{
    m_tencent->addKey(secretId, secretKey);
    m_legacy->addKey(secretId, secretKey);
}

void Emulator::addTemporaryCredentials(const QString& secretId, const QString& secretKey, const QString& token,
                                       const QDateTime& expires)
{
    m_temporaryKeys->add(secretId, {secretKey, token, expires});
}

TencentFleet& Emulator::tencentFleet()
{
    return *m_fleet;
}

FaultPlan& Emulator::faults()
{
    return *m_faults;
}

void Emulator::addZenlayerKey(const QString& accessKeyId, const QString& accessKeyPassword)
{
    m_zenlayer->addKey(accessKeyId, accessKeyPassword);
}

ZenlayerFleet& Emulator::zenlayerFleet()
{
    return *m_zenlayerFleet;
}

QList<CallLogEntry> Emulator::callLog() const
{
    return m_log.entries();
}

int Emulator::callCount(const QString& action) const
{
    return m_log.count(action);
}

void Emulator::clearCallLog()
{
    m_log.clear();
}

QDateTime Emulator::now() const
{
    // The offset moves everything the server dates, the Date header and the signature checks included.
    return m_options.clock().toUTC().addSecs(m_options.clockOffsetSeconds);
}

} // namespace emulator

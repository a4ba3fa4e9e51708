#pragma once

#include "CallLog.h"
#include "EmulatorOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QTcpServer;

namespace emulator {

class FaultPlan;
class LegacyEndpoint;
class TencentEndpoint;
class TencentFleet;
class TemporaryKeys;
class TencentLifecycle;
class TokenBuckets;
class ZenlayerEndpoint;
class ZenlayerFleet;

// The local cloud: real HTTP on loopback in front of emulated accounts, for the console's
// sandbox, the integration tests and the benchmarks. Tencent Cloud API 3.0 is served on `POST /`
// and Tencent API 2.0 (legacy) on `GET|POST /v2/index.php`, both on the Tencent fleet; Zenlayer
// BMC on `POST /api/v2/bmc`, on the Zenlayer fleet. Any other path gets a plain-text 404.
// See README.md for what is emulated and what is not.
class Emulator : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView SandboxSecretId{"AKIDSANDBOX"};
    static constexpr QLatin1StringView SandboxSecretKey{"sandbox-secret-key"};
    // Temporary credentials (STS): accepted by both Tencent dialects with this session token only.
    static constexpr QLatin1StringView SandboxTempSecretId{"AKIDSANDBOXTEMP"};
    static constexpr QLatin1StringView SandboxTempSecretKey{"sandbox-temp-key"};
    static constexpr QLatin1StringView SandboxSessionToken{"sandbox-session-token"};
    static constexpr QLatin1StringView SandboxAccessKeyId{"SANDBOXKEY"};
    static constexpr QLatin1StringView SandboxAccessKeyPassword{"sandbox-key-password"};

    explicit Emulator(Options options = {}, QObject* parent = nullptr);
    ~Emulator() override;

    // Fails when the address is taken or the options could not be used (setupError()).
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0, QString* error = nullptr);
    quint16 port() const;
    // http://HOST:PORT (https:// with Options::tls) of the bound address; an any-address is given
    // as loopback.
    QUrl url() const;
    bool tlsEnabled() const { return !m_options.tls.isNull(); }

    // Tencent key pairs are accepted by both Tencent dialects.
    void addTencentKey(const QString& secretId, const QString& secretKey);
    // Temporary credentials for both Tencent dialects: refused (AuthFailure.TokenFailure, legacy 4105)
    // without this token, with another one, and from `expires` on (invalid: never).
    void addTemporaryCredentials(const QString& secretId, const QString& secretKey, const QString& token,
                                 const QDateTime& expires = {});
    TencentFleet& tencentFleet();
    FaultPlan& faults();
    // Zenlayer BMC on POST /api/v2/bmc.
    void addZenlayerKey(const QString& accessKeyId, const QString& accessKeyPassword);
    ZenlayerFleet& zenlayerFleet();

    QList<CallLogEntry> callLog() const;
    int callCount(const QString& action) const;
    void clearCallLog();

    const Options& options() const { return m_options; }
    // Why the fleet or the fault SPEC of the options could not be used; empty when all is well.
    QString setupError() const { return m_setupError; }
    // The server's time: Options::clock plus Options::clockOffsetSeconds.
    QDateTime now() const;

signals:
    void callLogged(const emulator::CallLogEntry& entry);

private:
    void registerRoutes();

    Options m_options;
    QString m_setupError;
    std::unique_ptr<TencentFleet> m_fleet;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<TokenBuckets> m_limits;
    std::unique_ptr<TemporaryKeys> m_temporaryKeys;
    std::unique_ptr<ZenlayerFleet> m_zenlayerFleet;
    CallLog m_log;
    QHttpServer* m_server = nullptr;
    QTcpServer* m_tcp = nullptr;
    TencentLifecycle* m_tencentLifecycle = nullptr;
    TencentEndpoint* m_tencent = nullptr;
    LegacyEndpoint* m_legacy = nullptr;
    ZenlayerEndpoint* m_zenlayer = nullptr;
};

} // namespace emulator

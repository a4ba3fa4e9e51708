#pragma once

#include "EmulatorServices.h"
#include "LegacyReturn.h"
#include "LegacyVerifier.h"
#include "TencentActions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace emulator {

class TemporaryKeys;

class TencentFleet;
class TencentLifecycle;
struct HttpReply;
struct FaultDecision;

// Tencent Cloud API 2.0 on GET|POST /v2/index.php (reference §5): the public parameters and the
// query signature of both methods, then either ReturnInstance with the old {code, message}
// replies, or — with Version=2017-03-12 — the API 3.0 actions on the same fleet and lifecycle as
// POST /, answering in the API 3.0 shape. An instance returned through one dialect is gone in the
// other. Rate limits, faults and the call log are the shared services.
class LegacyEndpoint : public QObject
{
    Q_OBJECT

public:
    LegacyEndpoint(EmulatorServices services, TencentFleet& fleet, TencentLifecycle& lifecycle,
                   QObject* parent = nullptr);

    void addKey(const QString& secretId, const QString& secretKey);
    // Temporary credentials, accepted with their session token only; owned by the Emulator.
    void setTemporaryKeys(const TemporaryKeys* keys) { m_temporary = keys; }
    static void installRateLimits(TokenBuckets& limits);

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

private:
    struct Exchange;

    // A Nonce seen again from the same SecretId within the replay window (reference §5.6, 4500).
    bool isReplay(const Exchange& exchange);
    HttpReply handleVersioned(Exchange& exchange);
    HttpReply handleOldStyle(Exchange& exchange);
    // The faults that replace a reply, in the dialect's shape; null when the call goes through.
    std::optional<HttpReply> faultReply(Exchange& exchange, const FaultDecision& faults, bool versioned);
    HttpReply v3Error(Exchange& exchange, const TencentError& error);
    HttpReply legacyReply(Exchange& exchange, const LegacyReply& reply);

    EmulatorServices m_services;
    TencentFleet& m_fleet;
    TencentLifecycle& m_lifecycle;
    TencentActions m_actions;
    LegacyReturn m_return;
    QHash<QString, QString> m_keys;
    const TemporaryKeys* m_temporary = nullptr;
    QHash<QByteArray, QDateTime> m_nonces; // SecretId:Nonce -> when it was first accepted
    QDateTime m_lastPrune;
    LegacyVerifier m_verifier;
};

} // namespace emulator

#pragma once

#include "EmulatorServices.h"
#include "Tc3Verifier.h"
#include "TencentActions.h"

#include <QHash>
#include <QObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace emulator {

class TemporaryKeys;

class TencentFleet;
class TencentLifecycle;
struct HttpReply;
struct FaultDecision;

// Tencent Cloud API 3.0 on `POST /`: the common headers, the TC3 signature, the version and
// region checks, the rate limits and the faults, then the action; every request ends in the
// call log, whatever became of it.
class TencentEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 10 * 1024 * 1024; // TC3 POST limit, reference §1.1

    TencentEndpoint(EmulatorServices services, TencentFleet& fleet, TencentLifecycle& lifecycle,
                    QObject* parent = nullptr);

    void addKey(const QString& secretId, const QString& secretKey);
    // Temporary credentials, accepted with their session token only; owned by the Emulator.
    void setTemporaryKeys(const TemporaryKeys* keys) { m_temporary = keys; }
    // The API's default limits per action (reference §3.1, §3.5, §4.1, §4.2, §6), applied per
    // SecretId.
    static void installRateLimits(TokenBuckets& limits);

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

private:
    struct Exchange; // one request on its way through the checks

    // Everything up to the action: an error when the call must not reach the service.
    TencentError admit(Exchange& exchange);
    HttpReply faultReply(Exchange& exchange, const FaultDecision& faults);
    HttpReply run(Exchange& exchange);
    HttpReply errorReply(Exchange& exchange, const TencentError& error);
    bool isKnownRegion(const QString& region) const;

    EmulatorServices m_services;
    TencentFleet& m_fleet;
    TencentLifecycle& m_lifecycle;
    TencentActions m_actions;
    QHash<QString, QString> m_keys;
    const TemporaryKeys* m_temporary = nullptr;
    Tc3Verifier m_verifier;
};

} // namespace emulator

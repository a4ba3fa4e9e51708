#pragma once

#include "EmulatorServices.h"
#include "Zc2Verifier.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace emulator {

class ZenlayerFleet;
struct HttpReply;
class TokenBuckets;

// An error as the Zenlayer API answers it: HTTP status, UPPER_SNAKE code and message.
struct ZenlayerError
{
    int httpStatus = 200;
    QString code;
    QString message;
    bool isError() const { return !code.isEmpty(); }
};

// Zenlayer Bare Metal Cloud on `POST /api/v2/bmc`: the ZC2 signature, the version and action
// headers, the rate limits (429 REQUEST_LIMIT_EXCEEDED) and the faults, then DescribeZones,
// DescribeInstances, TerminateInstance and ReleaseInstances on the fleet, with the 24-hour
// recycle bin. Every request ends in the call log, whatever became of it.
class ZenlayerEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPageSize = 1000;
    static constexpr int MaxIds = 100;

    ZenlayerEndpoint(EmulatorServices services, ZenlayerFleet& fleet, QObject* parent = nullptr);

    void addKey(const QString& accessKeyId, const QString& accessKeyPassword);
    // Limits per key and action; the real thresholds are not published (reference §6).
    static void installRateLimits(TokenBuckets& limits);
    static QString rateBucket(const QString& action) { return QStringLiteral("bmc:") + action; }
    static QStringList actions();

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

private:
    struct Exchange;

    ZenlayerError admit(Exchange& exchange);
    HttpReply run(Exchange& exchange);
    HttpReply errorReply(Exchange& exchange, const ZenlayerError& error);

    ZenlayerError describeZones(const QJsonObject& params, QJsonObject* out) const;
    ZenlayerError describeInstances(const QJsonObject& params, QJsonObject* out) const;
    ZenlayerError terminateInstance(const QJsonObject& params);
    ZenlayerError releaseInstances(const QJsonObject& params);

    EmulatorServices m_services;
    ZenlayerFleet& m_fleet;
    QHash<QString, QString> m_keys;
    Zc2Verifier m_verifier;
};

} // namespace emulator

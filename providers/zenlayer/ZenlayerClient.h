#pragma once

#include "ApiCall.h"
#include "Provider.h"
#include "ZenlayerRules.h"

#include <QJsonObject>

class RateLimiter;

// Zenlayer Bare Metal Cloud (service bmc, POST /api/v2/bmc) for one account: ZC2-signed requests
// on the injected QNetworkAccessManager, replies turned into Instances and ProviderErrors. Zones
// play the part of regions: listRegions() is DescribeZones and calls are addressed per zone.
class ZenlayerClient : public Provider
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100; // what the official CLI's pager uses; the API allows 1000
    static constexpr int MaxIdsPerRequest = 100;
    static inline const QString DefaultApiVersion = QStringLiteral("2026-02-01");

    ZenlayerClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                   QObject* parent = nullptr);

    const Account& account() const override { return m_env.account; }
    const TeardownRules& rules() const override { return m_rules; }
    void setLanguage(const QString& languageTag) override { m_language = languageTag; }

    RegionListReply* listRegions() override;
    InstanceListReply* listInstances(const QString& zone, const InstanceQuery& query) override;
    InstanceListReply* readInstances(const QString& zone, const QStringList& ids) override;
    StateReadReply* readStates(const QString& zone, const QStringList& ids) override;
    RefundQuoteReply* quoteRefunds(const QString& zone, const QStringList& ids) override;
    ActionReply* execute(const PlannedCall& call) override;
    QString describeCall(const PlannedCall& call) const override;

    QUrl endpoint() const;
    QString apiVersion() const;
    static QJsonObject actionBody(const PlannedCall& call);

private:
    using Take = std::function<void(const QJsonObject& response)>;
    ApiCall* call(const QString& action, const QString& zone, const QJsonObject& body, const QStringList& ids,
                  bool destructive = false);
    WireRequest buildRequest(const QString& action, const QByteArray& body) const;
    void runSequence(ProviderReply* reply, const QString& action, const QString& zone,
                     const QList<std::pair<QJsonObject, QStringList>>& bodies, Take take);
    Instance parse(const QJsonObject& json, const QString& zone) const;

    CallEnvironment m_env;
    Credentials m_credentials;
    ZenlayerRules m_rules;
    RateLimiter* m_limiter;
    QString m_language = QStringLiteral("en-US");
};

#pragma once

#include "ApiCall.h"
#include "Provider.h"
#include "TencentRules.h"

#include <QJsonObject>

class RateLimiter;

// Tencent Cloud API 3.0 (cvm, version 2017-03-12) for one account: signed TC3 requests on the
// injected QNetworkAccessManager, replies turned into Instances and ProviderErrors.
class TencentClient : public Provider
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxIdsPerRequest = 100;

    // `environment.account` is replaced by `account`; the client owns its rate limiter.
    TencentClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                  QObject* parent = nullptr);

    const Account& account() const override { return m_env.account; }
    const TeardownRules& rules() const override { return m_rules; }
    void setLanguage(const QString& languageTag) override { m_language = languageTag; }

    RegionListReply* listRegions() override;
    InstanceListReply* listInstances(const QString& region, const InstanceQuery& query) override;
    InstanceListReply* readInstances(const QString& region, const QStringList& ids) override;
    StateReadReply* readStates(const QString& region, const QStringList& ids) override;
    RefundQuoteReply* quoteRefunds(const QString& region, const QStringList& ids) override;
    ActionReply* execute(const PlannedCall& call) override;
    QString describeCall(const PlannedCall& call) const override;

    // The URL a call to a region goes to: the account's endpoint override, or the regional one.
    QUrl endpointFor(const QString& region) const;
    static QJsonObject terminateBody(const PlannedCall& call);

private:
    using Take = std::function<void(const QJsonObject& response)>;
    ApiCall* call(const QString& action, const QString& region, const QJsonObject& body, const QStringList& ids,
                  bool destructive = false);
    WireRequest buildRequest(const QString& action, const QString& region, const QByteArray& body) const;
    // Sends the bodies one after another and hands each response to `take`; finishes `reply`
    // after the last one, or at the first error.
    void runSequence(ProviderReply* reply, const QString& action, const QString& region,
                     const QList<std::pair<QJsonObject, QStringList>>& bodies, Take take);
    void fetchPage(InstanceListReply* reply, const QString& region, const InstanceQuery& query, int offset);

    CallEnvironment m_env;
    Credentials m_credentials;
    TencentRules m_rules;
    RateLimiter* m_limiter;
    QString m_language = QStringLiteral("en-US");
};

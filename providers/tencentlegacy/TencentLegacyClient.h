#pragma once

#include "ApiCall.h"
#include "LegacySigner.h"
#include "Provider.h"
#include "TencentLegacyRules.h"

class RateLimiter;

// A Tencent account on the legacy API 2.0 host (cvm.api.qcloud.com/v2/index.php), with the API 2.0
// query signature (HmacSHA256). Reads use the 2017-03-12 actions served there (reference §5.1,
// §5.4) with GET and answer in the API 3.0 shape; ReturnInstance and TerminateInstances are sent
// with POST through ApiCall's one-shot body, so they are never resent.
class TencentLegacyClient : public Provider
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxIdsPerRequest = 100;

    TencentLegacyClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
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

    // The account's endpoint override (its path becomes /v2/index.php when it has none), or the
    // public legacy host.
    QUrl endpoint() const;
    // The business parameters of a planned call: instanceId for ReturnInstance, InstanceIds.N for
    // TerminateInstances.
    static LegacyParams actionParams(const PlannedCall& call);
    // The complete signed parameters of a request, in sending order (public ones first).
    LegacyParams signedParams(const QByteArray& verb, const QString& action, const QString& region,
                              const LegacyParams& business) const;

private:
    using Take = std::function<void(const QJsonObject& response)>;
    ApiCall* call(const QString& action, const QString& region, const LegacyParams& params, const QStringList& ids,
                  bool destructive = false);
    WireRequest buildRequest(const QByteArray& verb, const QString& action, const QString& region,
                             const LegacyParams& business) const;
    void runSequence(ProviderReply* reply, const QString& action, const QString& region,
                     const QList<std::pair<LegacyParams, QStringList>>& requests, Take take);
    void fetchPage(InstanceListReply* reply, const QString& region, const InstanceQuery& query, int offset);
    QByteArray signedHost() const;

    CallEnvironment m_env;
    Credentials m_credentials;
    TencentLegacyRules m_rules;
    RateLimiter* m_limiter;
    QString m_language = QStringLiteral("en-US");
};

#pragma once

#include "LegacySigner.h"
#include "TencentClientBase.h"
#include "TencentLegacyRules.h"

// A Tencent account on the legacy API 2.0 host (cvm.api.qcloud.com/v2/index.php), with the API 2.0
// query signature (HmacSHA256). Reads use the 2017-03-12 actions served there (reference §5.1,
// §5.4) with GET and answer in the API 3.0 shape; ReturnInstance and TerminateInstances are sent
// with POST through ApiCall's one-shot body, so they are never resent.
class TencentLegacyClient : public TencentClientBase
{
    Q_OBJECT

public:
    // ReturnInstance has no published limit and is held to TerminateInstances' rate.
    static constexpr double ReturnInstanceRate = TencentTransport::TerminateInstancesRate;

    TencentLegacyClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                        QObject* parent = nullptr);

    const TeardownRules& rules() const override { return m_rules; }
    // The rules never ask (nothing a legacy account sends refunds a subscription): no quotes.
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

protected:
    // Reads as a signed GET query; destructive calls as a signed POST form, whose one-shot body Qt
    // cannot resend.
    WireRequest sign(const TencentRequest& request) const override;

private:
    static QJsonObject actionBody(const PlannedCall& call);

    TencentLegacyRules m_rules;
};

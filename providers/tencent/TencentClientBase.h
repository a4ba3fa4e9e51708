#pragma once

#include "Provider.h"
#include "TencentTransport.h"

#include <QJsonObject>

#include <functional>

// What the clients of both Tencent dialects do the same way: the regions, every page of
// DescribeInstances, instances and states by id in chunks, refund quotes and sending one planned
// call, all over the account's TencentTransport. A dialect derives from it and supplies the
// signing and encoding (sign()), its rule table and its planned calls.
class TencentClientBase : public Provider
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxIdsPerRequest = 100;

    const Account& account() const override { return m_transport.account(); }
    void setLanguage(const QString& languageTag) override { m_language = languageTag; }

    RegionListReply* listRegions() override;
    InstanceListReply* listInstances(const QString& region, const InstanceQuery& query) override;
    InstanceListReply* readInstances(const QString& region, const QStringList& ids) override;
    StateReadReply* readStates(const QString& region, const QStringList& ids) override;
    // InquiryPriceTerminateInstances, in chunks.
    RefundQuoteReply* quoteRefunds(const QString& region, const QStringList& ids) override;

protected:
    // `environment.account` is replaced by `account`; the client owns its rate limiter. `decode`
    // reads the dialect's reply shape.
    TencentClientBase(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                      ApiCall::Decode decode, QObject* parent);

    // The bytes of one attempt of `request`, signed: called afresh for every attempt.
    virtual WireRequest sign(const TencentRequest& request) const = 0;

    // Sends one destructive request; its outcome and the provider's request id finish the reply.
    ActionReply* send(const TencentRequest& request);
    // The parameters of a planned call that lifts termination protection (CallKind::LiftProtection):
    // ModifyInstancesAttribute {"InstanceIds": [...], "DisableApiTermination": false}. It changes
    // the instances, so it is sent as a destructive request: once, and never again blind.
    static QJsonObject liftProtectionBody(const PlannedCall& call);

    const Credentials& credentials() const { return m_credentials; }
    const QString& language() const { return m_language; } // "en-US" or "zh-CN"
    QDateTime now() const { return m_transport.now(); }
    RateLimiter* limiter() const { return m_transport.limiter(); }

private:
    using Take = std::function<void(const QJsonObject& response)>;
    // Sends the requests one after another and hands each response to `take`; finishes `reply`
    // after the last one, or at the first error.
    void runSequence(ProviderReply* reply, const QList<TencentRequest>& requests, Take take) const;
    // The same action for each chunk of `ids`, with `params` added to the ids.
    static QList<TencentRequest> byIds(const QString& action, const QString& region, const QStringList& ids,
                                       const QJsonObject& params = {});

    Credentials m_credentials;
    QString m_language = QStringLiteral("en-US");
    TencentTransport m_transport;
};

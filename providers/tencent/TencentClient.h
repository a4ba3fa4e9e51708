#pragma once

#include "TencentClientBase.h"
#include "TencentRules.h"

#include <QJsonObject>

// Tencent Cloud API 3.0 (cvm, version 2017-03-12) for one account: TC3-signed JSON requests on the
// injected QNetworkAccessManager, replies turned into Instances and ProviderErrors.
class TencentClient : public TencentClientBase
{
    Q_OBJECT

public:
    // `environment.account` is replaced by `account`; the client owns its rate limiter.
    TencentClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                  QObject* parent = nullptr);

    const TeardownRules& rules() const override { return m_rules; }
    ActionReply* execute(const PlannedCall& call) override;
    QString describeCall(const PlannedCall& call) const override;

    // The URL a call to a region goes to: the account's endpoint override, or the regional one.
    QUrl endpointFor(const QString& region) const;
    static QJsonObject terminateBody(const PlannedCall& call);
    // What a planned call sends: the lift's parameters or the destructive call's.
    static QJsonObject callBody(const PlannedCall& call);

protected:
    // A POST of the JSON parameters with the X-TC-* headers and the TC3 signature.
    WireRequest sign(const TencentRequest& request) const override;

private:
    TencentRules m_rules;
};

#pragma once

#include "TeardownPlan.h"

#include <QHash>
#include <QObject>

class ProviderDirectory;

// Asks each provider for the refunds of the plan's instances that its rules say are quoted
// (Tencent: prepaid instances moving to the recycle bin), one request per account and region. When
// the provider refuses a batch, each instance is asked alone; one the provider says cannot be
// returned is blocked in the plan with the provider's reason, before anything is sent.
class RefundQuoter : public QObject
{
    Q_OBJECT

public:
    explicit RefundQuoter(ProviderDirectory& providers, QObject* parent = nullptr);

    // Emits finished() with the plan, its refunds filled in (and quoteError set if a quote failed).
    void quote(const TeardownPlan& plan);

signals:
    void finished(const TeardownPlan& plan);

private:
    void request(const QString& accountId, const QString& region, const QStringList& ids);
    void onReplyFinished();

    ProviderDirectory& m_providers;
    TeardownPlan m_plan;
    QHash<QString, ProviderError> m_refusals; // by instance key: the provider says it cannot be returned
    int m_pending = 0;
};

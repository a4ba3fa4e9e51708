#pragma once

#include "TeardownPlan.h"

#include <QObject>

class ProviderDirectory;

// Asks each provider for the refunds of the plan's instances that its rules say are quoted
// (Tencent: prepaid instances moving to the recycle bin), one request per account and region.
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
    void onReplyFinished();

    ProviderDirectory& m_providers;
    TeardownPlan m_plan;
    int m_pending = 0;
};

#include "RefundQuoter.h"

#include "ProviderDirectory.h"

RefundQuoter::RefundQuoter(ProviderDirectory& providers, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
{
}

void RefundQuoter::quote(const TeardownPlan& plan)
{
    m_plan = plan;
    m_plan.refunds.clear();
    m_plan.quoteError = {};

    QHash<QString, QStringList> idsByAccountRegion;
    QList<QString> order;
    for (const PlanItem& item : std::as_const(m_plan.items)) {
        const Provider* p = m_providers.provider(item.instance.accountId);
        if (!p || !item.decision.isAllowed() || !p->rules().quotesRefund(item.instance, item.decision))
            continue;
        const QString key = item.instance.accountId + u'\n' + item.instance.region;
        if (!idsByAccountRegion.contains(key))
            order.append(key);
        idsByAccountRegion[key].append(item.instance.id);
    }

    m_pending = int(order.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, [this] { emit finished(m_plan); }, Qt::QueuedConnection);
        return;
    }
    for (const QString& key : std::as_const(order)) {
        const QString accountId = key.section(u'\n', 0, 0);
        const QString region = key.section(u'\n', 1);
        RefundQuoteReply* reply = m_providers.provider(accountId)->quoteRefunds(region, idsByAccountRegion[key]);
        connect(reply, &ProviderReply::finished, this, [this, reply, accountId] {
            if (reply->error().isError()) {
                m_plan.quoteError = reply->error();
            } else {
                for (RefundQuote q : reply->quotes) {
                    q.accountId = accountId;
                    m_plan.refunds.insert(Instance::keyFor(accountId, q.instanceId), q);
                }
            }
            onReplyFinished();
        });
    }
}

void RefundQuoter::onReplyFinished()
{
    if (--m_pending == 0)
        emit finished(m_plan);
}

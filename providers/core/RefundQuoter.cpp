#include "RefundQuoter.h"

#include "ProviderDirectory.h"
#include "TeardownPlanner.h"

RefundQuoter::RefundQuoter(ProviderDirectory& providers, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
{ }

void RefundQuoter::quote(const TeardownPlan& plan)
{
    m_plan = plan;
    m_plan.refunds.clear();
    m_plan.quoteError = {};
    m_refusals.clear();

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
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_plan); }, Qt::QueuedConnection);
        return;
    }
    for (const QString& key : std::as_const(order))
        request(key.section(u'\n', 0, 0), key.section(u'\n', 1), idsByAccountRegion[key]);
}

void RefundQuoter::request(const QString& accountId, const QString& region, const QStringList& ids)
{
    Provider* provider = m_providers.provider(accountId);
    RefundQuoteReply* reply = provider->quoteRefunds(region, ids);
    connect(reply, &ProviderReply::finished, this, [this, reply, provider, accountId, region, ids] {
        const ProviderError& error = reply->error();
        if (!error.isError()) {
            // The replies carry no currency: the dialect's rules know which one its quotes are in.
            const QString currency = provider->rules().refundCurrency();
            for (RefundQuote q : reply->quotes) {
                q.accountId = accountId;
                q.currency = currency;
                m_plan.refunds.insert(Instance::keyFor(accountId, q.instanceId), q);
            }
        } else if (ids.size() > 1 && error.kind == ProviderError::Kind::Api) {
            // The provider refuses a quote for the whole batch when one instance cannot be
            // returned: ask for each one, so the others get their quote and the offender its reason.
            m_pending += int(ids.size());
            for (const QString& id : ids)
                request(accountId, region, {id});
        } else if (ids.size() == 1 && provider->rules().quoteRefusesReturn(error)) {
            m_refusals.insert(Instance::keyFor(accountId, ids.first()), error);
        } else {
            m_plan.quoteError = error;
        }
        onReplyFinished();
    });
}

void RefundQuoter::onReplyFinished()
{
    if (--m_pending > 0)
        return;
    if (!m_refusals.isEmpty())
        m_plan = TeardownPlanner(m_providers.plannerLookup()).withRefusals(m_plan, m_refusals);
    emit finished(m_plan);
}

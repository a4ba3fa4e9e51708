#include "TeardownPlan.h"

#include <algorithm>

const PlanItem* TeardownPlan::item(const QString& key) const
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&](const PlanItem& i) { return i.instance.key() == key; });
    return it == items.cend() ? nullptr : &*it;
}

int TeardownPlan::allowedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem& i) { return i.decision.isAllowed(); }));
}

int TeardownPlan::blockedCount() const
{
    return int(items.size()) - allowedCount();
}

int TeardownPlan::count(Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const PlanItem& i) {
        return i.decision.isAllowed() && i.decision.outcome == outcome;
    }));
}

int TeardownPlan::irreversibleCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem& i) {
        return i.decision.isAllowed() && isIrreversible(i.decision.outcome);
    }));
}

int TeardownPlan::keptActedOnCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const PlanItem& i) { return i.decision.isAllowed() && i.keptByTag; }));
}

int TeardownPlan::liftedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const PlanItem& i) { return i.decision.isAllowed() && i.decision.liftsProtection; }));
}

QMap<QString, double> TeardownPlan::refundTotals() const
{
    QMap<QString, double> totals;
    for (const RefundQuote& q : refunds)
        totals[q.currency] += q.amount;
    return totals;
}

bool TeardownPlan::requiresTypedConfirmation() const
{
    return allowedCount() > 0
        && (irreversibleCount() > 0 || !productionAccounts.isEmpty() || keptActedOnCount() > 0 || liftedCount() > 0);
}

QString TeardownPlan::confirmationPhrase() const
{
    return QString::number(allowedCount());
}

#include "TeardownPlanner.h"

#include "KeepTags.h"
#include "TokenExpiry.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

TeardownPlanner::TeardownPlanner(Lookup lookup, Clock clock)
    : m_lookup(std::move(lookup))
    , m_clock(std::move(clock))
{ }

Decision TeardownPlanner::decide(const Instance& instance, Intent intent, const PlanOptions& options) const
{
    const AccountRules found = m_lookup(instance.accountId);
    if (!found.account || !found.rules)
        return Decision::blocked(u"Teardown.UnknownAccount"_s);
    if (found.account->readOnly)
        return Decision::blocked(u"Teardown.AccountReadOnly"_s);
    if (!found.rules->isWellFormedId(instance.id))
        return Decision::blocked(u"Teardown.InvalidInstanceId"_s);
    // The operator's own mark wins over whatever the provider would allow, unless overridden.
    if (!options.ignoreKeepTags) {
        if (const KeepTags::Verdict kept = KeepTags::verdict(instance, m_clock()); kept.keeps())
            return Decision::blocked(kept.blockedCode(), kept.detail);
    }
    return found.rules->decide(instance, intent);
}

TeardownPlan TeardownPlanner::plan(const QList<Instance>& selection, Intent intent, const PlanOptions& options) const
{
    TeardownPlan plan;
    plan.intent = intent;
    plan.options = options;

    QSet<QString> seen;
    const QDateTime now = m_clock();
    for (const Instance& instance : selection) {
        if (seen.contains(instance.key()))
            continue;
        seen.insert(instance.key());
        PlanItem item{instance, decide(instance, intent, options), {}};
        item.keptByTag = KeepTags::verdict(instance, now).keeps();
        if (item.decision.isAllowed() && item.decision.outcome == Outcome::MovedToRecycleBin)
            item.recoverableUntil = m_lookup(instance.accountId).rules->recoverableUntil(instance, now);
        plan.items.append(item);
    }
    groupCalls(plan);
    return plan;
}

TeardownPlan TeardownPlanner::withRefusals(TeardownPlan plan, const QHash<QString, ProviderError>& refusals) const
{
    for (PlanItem& item : plan.items) {
        const auto it = refusals.constFind(item.instance.key());
        if (it != refusals.cend() && item.decision.isAllowed()) {
            item.decision = Decision::blocked(it->code);
            item.recoverableUntil = {};
        }
    }
    groupCalls(plan);
    return plan;
}

void TeardownPlanner::groupCalls(TeardownPlan& plan) const
{
    const PlanOptions options = plan.options;
    plan.calls.clear();
    plan.productionAccounts.clear();
    plan.expiringCredentials.clear();
    const QDateTime now = m_clock();
    plan.offersReleaseAddress = false;
    plan.offersReleasePrepaidDataDisks = false;
    plan.offersIgnoreKeepTags =
        std::any_of(plan.items.cbegin(), plan.items.cend(), [](const PlanItem& item) { return item.keptByTag; });
    // Group the allowed instances into calls, keeping the selection order, then cut each group at
    // the provider's limit of ids per call.
    struct Group
    {
        PlannedCall call;
        int maxPerCall = 1;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupIndex;
    for (const PlanItem& item : std::as_const(plan.items)) {
        const Decision& d = item.decision;
        if (!d.isAllowed())
            continue;
        const AccountRules found = m_lookup(item.instance.accountId);
        if (found.account->production && !plan.productionAccounts.contains(found.account->name))
            plan.productionAccounts.append(found.account->name);
        const ExpiringCredentials expiring{found.account->name, found.account->tokenExpires};
        if (TokenExpiry::needsWarning(expiring.expires, now) && !plan.expiringCredentials.contains(expiring))
            plan.expiringCredentials.append(expiring);
        // An option is offered when an account that acts in the plan understands it.
        plan.offersReleaseAddress = plan.offersReleaseAddress || found.rules->offersReleaseAddress();
        plan.offersReleasePrepaidDataDisks =
            plan.offersReleasePrepaidDataDisks || found.rules->offersReleasePrepaidDataDisks();
        const QString key =
            item.instance.accountId + u'\n' + item.instance.region + u'\n' + d.action + u'\n' + d.batchKey;
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.cend()) {
            Group g;
            g.call.accountId = item.instance.accountId;
            g.call.region = item.instance.region;
            g.call.action = d.action;
            g.call.batchKey = d.batchKey;
            g.call.outcome = d.outcome;
            g.call.expectedEnd = d.expectedEnd;
            g.call.options.releaseAddress = options.releaseAddress && found.rules->offersReleaseAddress();
            g.call.options.releasePrepaidDataDisks =
                options.releasePrepaidDataDisks && found.rules->offersReleasePrepaidDataDisks();
            // The runner's re-check decides with the call's options: kept instances stay planned.
            g.call.options.ignoreKeepTags = options.ignoreKeepTags;
            g.maxPerCall = std::max(1, d.maxPerCall);
            it = groupIndex.insert(key, groups.size());
            groups.append(g);
        }
        groups[*it].call.instanceIds.append(item.instance.id);
    }
    for (const Group& g : std::as_const(groups)) {
        for (qsizetype start = 0; start < g.call.instanceIds.size(); start += g.maxPerCall) {
            PlannedCall call = g.call;
            call.instanceIds = g.call.instanceIds.mid(start, g.maxPerCall);
            plan.calls.append(call);
        }
    }
}

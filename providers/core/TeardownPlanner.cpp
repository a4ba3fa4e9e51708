#include "TeardownPlanner.h"

#include "KeepTags.h"
#include "ProtectionLift.h"
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
    return decideAt(instance, intent, options, KeepTags::verdict(instance, m_clock()));
}

Decision TeardownPlanner::decideAt(const Instance& instance, Intent intent, const PlanOptions& options,
                                   const KeepTags::Verdict& kept) const
{
    const AccountRules found = m_lookup(instance.accountId);
    if (!found.account || !found.rules)
        return Decision::blocked(u"Teardown.UnknownAccount"_s);
    if (found.account->readOnly)
        return Decision::blocked(u"Teardown.AccountReadOnly"_s);
    if (!found.rules->isWellFormedId(instance.id))
        return Decision::blocked(u"Teardown.InvalidInstanceId"_s);
    // The operator's own mark wins over whatever the provider would allow, unless overridden.
    if (!options.ignoreKeepTags && kept.keeps())
        return Decision::blocked(kept.blockedCode(), kept.detail);
    return ProtectionLift::decide(instance, intent, found.rules->decide(instance, intent), options, *found.account,
                                  *found.rules);
}

TeardownPlan TeardownPlanner::plan(const QList<Instance>& selection, Intent intent, const PlanOptions& options) const
{
    TeardownPlan plan;
    plan.intent = intent;
    plan.options = options;

    QSet<QString> seen;
    seen.reserve(selection.size());
    plan.items.reserve(selection.size());
    const QDateTime now = m_clock();
    for (const Instance& instance : selection) {
        const QString key = instance.key();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const KeepTags::Verdict kept = KeepTags::verdict(instance, now);
        PlanItem& item = plan.items.emplaceBack(PlanItem{instance, decideAt(instance, intent, options, kept), {}});
        item.keptByTag = kept.keeps();
        if (item.decision.isAllowed() && item.decision.outcome == Outcome::MovedToRecycleBin)
            item.recoverableUntil = m_lookup(instance.accountId).rules->recoverableUntil(instance, now);
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

void TeardownPlanner::markOffers(TeardownPlan& plan) const
{
    plan.offersReleaseAddress = false;
    plan.offersReleasePrepaidDataDisks = false;
    plan.offersIgnoreKeepTags =
        std::any_of(plan.items.cbegin(), plan.items.cend(), [](const PlanItem& item) { return item.keptByTag; });
    plan.liftableCount = 0;
    plan.liftableOnProductionCount = 0;
    plan.liftProtectionRefusals.clear();
    const PlanOptions liftAll = ProtectionLift::everything(plan.options);
    for (const PlanItem& item : std::as_const(plan.items)) {
        const AccountRules found = m_lookup(item.instance.accountId);
        if (!found.account || !found.rules)
            continue;
        if (item.decision.isAllowed()) {
            // An option is offered when an account that acts in the plan understands it.
            plan.offersReleaseAddress = plan.offersReleaseAddress || found.rules->offersReleaseAddress();
            plan.offersReleasePrepaidDataDisks =
                plan.offersReleasePrepaidDataDisks || found.rules->offersReleasePrepaidDataDisks();
        }
        if (!item.instance.terminationProtected || found.account->readOnly)
            continue;
        if (!found.rules->offersLiftProtection()) {
            // Said only where the protection is in the way (Zenlayer, for one, has none to honour).
            if (item.decision.isAllowed())
                continue;
            if (!plan.liftProtectionRefusals.contains(found.rules->liftProtectionRefusal()))
                plan.liftProtectionRefusals << found.rules->liftProtectionRefusal();
            continue;
        }
        // Offered where turning it on lifts something, and so also while it is on.
        const bool liftable =
            item.decision.liftsProtection || decide(item.instance, plan.intent, liftAll).liftsProtection;
        if (liftable)
            ++(found.account->production ? plan.liftableOnProductionCount : plan.liftableCount);
    }
    plan.offersLiftProtection = plan.liftableCount + plan.liftableOnProductionCount > 0;
    plan.offersLiftProtectionOnProduction = plan.liftableOnProductionCount > 0;
}

void TeardownPlanner::groupCalls(TeardownPlan& plan) const
{
    const PlanOptions options = plan.options;
    plan.calls.clear();
    plan.productionAccounts.clear();
    plan.expiringCredentials.clear();
    const QDateTime now = m_clock();
    markOffers(plan);
    // Group the allowed instances into calls, keeping the selection order, then cut each group at
    // the provider's limit of ids per call. Instances whose protection is lifted get their own
    // calls: one lift group per account and region, and their destructive calls apart from the rest.
    struct Group
    {
        PlannedCall call;
        int maxPerCall = 1;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupIndex;
    // A group's call is made with its first instance: the key alone finds it for the others.
    const auto addTo = [&](const QString& key, int maxPerCall, const QString& id, const auto& makeCall) {
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            it = groupIndex.insert(key, groups.size());
            groups.append({makeCall(), std::max(1, maxPerCall)});
        }
        groups[*it].call.instanceIds.append(id);
    };
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

        const auto baseCall = [&] {
            PlannedCall call;
            call.accountId = item.instance.accountId;
            call.region = item.instance.region;
            call.options.releaseAddress = options.releaseAddress && found.rules->offersReleaseAddress();
            call.options.releasePrepaidDataDisks =
                options.releasePrepaidDataDisks && found.rules->offersReleasePrepaidDataDisks();
            // The runner's re-check decides with the call's options: kept and lifted instances stay planned.
            call.options.ignoreKeepTags = options.ignoreKeepTags;
            call.options.liftProtection = options.liftProtection;
            call.options.liftProtectionOnProduction = options.liftProtectionOnProduction;
            return call;
        };
        const QString where = item.instance.accountId + u'\n' + item.instance.region + u'\n';
        if (d.liftsProtection) {
            const Decision lift = found.rules->liftProtection(item.instance);
            addTo(u"lift\n"_s + where + lift.action, lift.maxPerCall, item.instance.id, [&] {
                PlannedCall liftCall = baseCall();
                liftCall.kind = CallKind::LiftProtection;
                liftCall.action = lift.action;
                liftCall.expectedEnd = ExpectedEnd::Unchanged;
                return liftCall;
            });
        }
        const CallKind kind = d.liftsProtection ? CallKind::TeardownAfterLift : CallKind::Teardown;
        addTo(ProtectionLift::callKindKey(kind) + u'\n' + where + d.action + u'\n' + d.batchKey, d.maxPerCall,
              item.instance.id, [&] {
                  PlannedCall call = baseCall();
                  call.kind = kind;
                  call.action = d.action;
                  call.batchKey = d.batchKey;
                  call.outcome = d.outcome;
                  call.expectedEnd = d.expectedEnd;
                  return call;
              });
    }
    // Lifts first, then the returns that wait for them, then the rest: a lane sends in this order,
    // so an instance's protection is off for as short a time as can be.
    for (const CallKind kind : {CallKind::LiftProtection, CallKind::TeardownAfterLift, CallKind::Teardown}) {
        for (const Group& g : std::as_const(groups)) {
            if (g.call.kind != kind)
                continue;
            for (qsizetype start = 0; start < g.call.instanceIds.size(); start += g.maxPerCall) {
                PlannedCall call = g.call;
                call.instanceIds = g.call.instanceIds.mid(start, g.maxPerCall);
                plan.calls.append(call);
            }
        }
    }
}

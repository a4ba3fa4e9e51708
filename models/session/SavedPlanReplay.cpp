#include "SavedPlanReplay.h"

#include "PlanFacts.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool sameDecision(const Decision& saved, const Decision& now)
{
    // How many ids one call takes is the rules' business, not the plan's.
    return saved.blockedCode == now.blockedCode && saved.outcome == now.outcome && saved.expectedEnd == now.expectedEnd
        && saved.action == now.action && saved.batchKey == now.batchKey && saved.liftsProtection == now.liftsProtection;
}

} // namespace

SavedPlanReplay::SavedPlanReplay(const PlanFile& file, const QHash<QString, QString>& accountIds)
{
    const auto here = [&](const QString& accountId) { return accountIds.value(accountId, accountId); };
    m_saved.intent = file.plan.intent;
    m_saved.options = file.plan.options;
    m_saved.quoteError = file.plan.quoteError;
    for (PlanItem item : file.plan.items) {
        const QString savedKey = item.instance.key();
        item.instance.accountId = here(item.instance.accountId);
        if (const auto refund = file.plan.refunds.constFind(savedKey); refund != file.plan.refunds.cend()) {
            RefundQuote quote = *refund;
            quote.accountId = item.instance.accountId;
            m_saved.refunds.insert(item.instance.key(), quote);
        }
        m_saved.items << item;
    }
    for (PlannedCall call : file.plan.calls) {
        call.accountId = here(call.accountId);
        m_saved.calls << call;
    }
}

QList<InstanceRecheck::Read> SavedPlanReplay::reads() const
{
    QList<Instance> allowed;
    for (const PlanItem& item : m_saved.items) {
        if (item.decision.isAllowed())
            allowed << item.instance;
    }
    return InstanceRecheck::readsOf(allowed);
}

TeardownPlan SavedPlanReplay::replay(const QHash<QString, Instance>& fresh,
                                     const QHash<QString, ProviderError>& readErrors,
                                     const TeardownPlanner::Lookup& lookup, const QDateTime& now,
                                     const std::function<bool(const QString&)>& inActiveRun) const
{
    const TeardownPlanner planner(lookup, [now] { return now; });
    TeardownPlan plan = m_saved;
    QHash<QString, ProviderError> refusals;
    const auto refuse = [&](const PlanItem& item, const QString& code, const QString& detail) {
        refusals.insert(item.instance.key(), ProviderError::local(code, detail));
    };
    for (PlanItem& item : plan.items) {
        if (!item.decision.isAllowed())
            continue; // blocked when it was saved: shown as it was, never sent
        const QString key = item.instance.key();
        if (const auto error = readErrors.constFind(key); error != readErrors.cend()) {
            refuse(item, error->code, error->message);
            continue;
        }
        const auto current = fresh.constFind(key);
        if (current == fresh.cend()) {
            refuse(item, u"Teardown.ChangedSinceSaved"_s, PlanFacts::gone());
            continue;
        }
        if (const QStringList changes = PlanFacts::changes(item.instance, *current); !changes.isEmpty()) {
            refuse(item, u"Teardown.ChangedSinceSaved"_s, changes.join(u"; "_s));
            continue;
        }
        const Decision decision = planner.decide(*current, plan.intent, plan.options);
        if (!decision.isAllowed()) {
            refuse(item, decision.blockedCode, decision.blockedDetail); // e.g. the account is read-only now
            continue;
        }
        if (!sameDecision(item.decision, decision)) {
            refuse(item, u"Teardown.ChangedSinceSaved"_s, PlanFacts::otherOutcome(decision.outcome));
            continue;
        }
        if (inActiveRun && inActiveRun(key)) {
            refuse(item, u"Teardown.InActiveRun"_s, {});
            continue;
        }
        item.instance = *current;
        item.decision = decision;
        if (decision.outcome == Outcome::MovedToRecycleBin)
            item.recoverableUntil = lookup(current->accountId).rules->recoverableUntil(*current, now);
    }

    // Blocked, and the plan's marks (production accounts, expiring credentials, options offered)
    // worked out for the accounts as they are here.
    plan = planner.withRefusals(plan, refusals);
    QSet<QString> sendable;
    for (PlanItem& item : plan.items) {
        if (const auto refused = refusals.constFind(item.instance.key()); refused != refusals.cend())
            item.decision.blockedDetail = refused->message;
        if (item.decision.isAllowed())
            sendable.insert(item.instance.key());
    }
    // The saved calls, less what is blocked now: the batches are those that were reviewed.
    plan.calls.clear();
    for (PlannedCall call : m_saved.calls) {
        call.instanceIds.removeIf(
            [&](const QString& id) { return !sendable.contains(Instance::keyFor(call.accountId, id)); });
        if (!call.instanceIds.isEmpty())
            plan.calls << call;
    }
    for (auto it = plan.refunds.begin(); it != plan.refunds.end();) {
        if (sendable.contains(it.key()))
            ++it;
        else
            it = plan.refunds.erase(it);
    }
    return plan;
}

#pragma once

#include "Account.h"
#include "Clock.h"
#include "KeepTags.h"
#include "ProviderError.h"
#include "TeardownPlan.h"

#include <QHash>

#include <functional>

// Turns a selection and an intent into a TeardownPlan. Pure and synchronous: the account marks, the
// id check and the keep tags (KeepTags, dated by the injected clock) here, everything
// provider-specific in the provider's TeardownRules. The runner uses decide() again just before
// sending, with the options of the call it sends, so a plan and its re-check never disagree on rules.
class TeardownPlanner
{
public:
    struct AccountRules
    {
        const Account* account = nullptr;
        const TeardownRules* rules = nullptr;
    };
    using Lookup = std::function<AccountRules(const QString& accountId)>;

    explicit TeardownPlanner(Lookup lookup, Clock clock = systemClock());

    TeardownPlan plan(const QList<Instance>& selection, Intent intent, const PlanOptions& options = {}) const;
    Decision decide(const Instance& instance, Intent intent, const PlanOptions& options = {}) const;
    // The plan with instances the provider already refused (e.g. a refund quote that says the
    // instance cannot be returned) blocked with the provider's code, and the calls regrouped.
    TeardownPlan withRefusals(TeardownPlan plan, const QHash<QString, ProviderError>& refusals) const;

private:
    // decide() at that time, with the instance's keep-tag verdict at that time.
    Decision decideAt(const Instance& instance, Intent intent, const PlanOptions& options,
                      const KeepTags::Verdict& kept) const;
    void groupCalls(TeardownPlan& plan) const;
    // Which options the plan offers: those an account acting in it understands, ignoring keep
    // tags when something is kept, lifting protection when turning it on would lift something.
    void markOffers(TeardownPlan& plan) const;

    Lookup m_lookup;
    Clock m_clock;
};

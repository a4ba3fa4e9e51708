#pragma once

#include "Account.h"
#include "Clock.h"
#include "TeardownPlan.h"

#include <functional>

// Turns a selection and an intent into a TeardownPlan. Pure and synchronous: the account marks and
// the id check here, everything provider-specific in the provider's TeardownRules. The runner
// uses decide() again just before sending, so a plan and its re-check can never disagree on rules.
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
    Decision decide(const Instance& instance, Intent intent) const;

private:
    Lookup m_lookup;
    Clock m_clock;
};

#pragma once

#include "Account.h"
#include "TeardownPlan.h"
#include "TeardownRules.h"

#include <QString>

// Lifting termination protection before a return (PlanOptions::liftProtection): the one rule of
// which instances get it, and how a plan and a run say so. An instance is planned with a lift when
// its dialect offers one (TeardownRules::offersLiftProtection), its protection is the only thing in
// the way (the rules allow it once unprotected), the rules can lift it in its state, and the
// options ask for it — for a production account both options. Read-only accounts never get here:
// the planner blocks them before asking.
namespace ProtectionLift {

// `protectedDecision` is the rules' decision on the instance as it is. Returns the decision with the
// lift when the options and the rules allow one; otherwise `protectedDecision` unchanged.
Decision decide(const Instance& instance, Intent intent, const Decision& protectedDecision, const PlanOptions& options,
                const Account& account, const TeardownRules& rules);

// The options that would lift every protection that can be lifted: what a plan offers is judged with them.
PlanOptions everything(PlanOptions options);

// Stable keys, for plan files and JSON output: "teardown", "lift-protection", "teardown-after-lift".
QString callKindKey(CallKind kind);
// Translated, what a call of this kind does: for the plan's list of calls.
QString callKindLabel(CallKind kind);

// Translated, the reason a plan that lifts protection needs the typed confirmation.
QString confirmationReason(int liftedInstances);

} // namespace ProtectionLift

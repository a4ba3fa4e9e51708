#pragma once

#include "Instance.h"
#include "TeardownRules.h"

#include <QStringList>

// The facts a plan relies on about an instance, and how they changed since: its state, charge
// type, termination protection, provider restriction, latest operation (with its request id),
// expiry and tags (keep tags included). Everything else about an instance (name, addresses,
// lifecycle as the console classified it) is for people and may change without consequence.
namespace PlanFacts {
// What changed from `planned` to `now`, one translated phrase each ("state RUNNING → STOPPED",
// "termination protection switched on"); empty when nothing the plan relied on changed.
QStringList changes(const Instance& planned, const Instance& now);
// The phrase for an instance the provider no longer lists.
QString gone();
// The phrase for an instance whose facts are as planned but for which the rules now give another outcome.
QString otherOutcome(Outcome now);
} // namespace PlanFacts

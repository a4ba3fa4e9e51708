#pragma once

#include "CallRecorder.h"
#include "Clock.h"
#include "Instance.h"

#include <QList>

#include <functional>

class ProviderDirectory;
class TeardownRules;

// When the provider will release an instance from its recycle bin for good: when it entered the bin
// plus the dialect's retention (TeardownRules::recoverableUntil). Neither Tencent nor Zenlayer says
// when an instance entered the bin, but for two cases: the console dates what it moved there itself,
// from the latest successful call of the dialect's entry action on the instance
// (TeardownRules::recycleBinEntryAction, read through CallRecorder::lastSucceeded), and a listing may
// say it (Instance::recycleBinEnteredAt: a Tencent subscription that ran out went in when it
// expired). The later of the two is the stay the instance is in now.
//
// Which calls count: only the action that moves an instance into the bin (Tencent
// TerminateInstances, Zenlayer TerminateInstance), never a release. Tencent sends the same action
// twice to a prepaid instance: the first moves it, the second destroys it, after which it leaves
// the bin within moments; the latest accepted call is taken, which also dates an instance that
// was renewed and returned again from its latest return. A date already past belongs to an earlier
// stay in the bin (renewed since, or a Zenlayer subscription that ran out long after it was
// cancelled) and is not used: such an instance, and one returned outside the console, shows "not
// known". The console and teardownctl both date through this class, so they agree.
class AutoReleaseEstimator
{
public:
    // The rules of an account, or null when the account is not open.
    using RulesLookup = std::function<const TeardownRules*(const QString& accountId)>;

    // `history` may be null: then only what the listings say is dated.
    AutoReleaseEstimator(const CallRecorder* history, RulesLookup rules, Clock clock = systemClock());

    // The rules of the providers open in `providers`.
    static RulesLookup rulesOf(const ProviderDirectory& providers);

    // When `instance` leaves the recycle bin for good; invalid when not known or not in the bin.
    QDateTime autoRelease(const Instance& instance) const;
    // Fills Instance::autoRelease of every recycle-bin instance the listing left undated.
    void estimate(QList<Instance>& instances) const;

private:
    // The release given the time of the console's own entry call (invalid: none recorded).
    QDateTime releaseAfter(const Instance& instance, const TeardownRules& rules, const QDateTime& called) const;

    const CallRecorder* m_history;
    RulesLookup m_rules;
    Clock m_clock;
};

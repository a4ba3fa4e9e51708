#pragma once

#include "InstanceRecheck.h"
#include "PlanFile.h"
#include "TeardownPlanner.h"

#include <QDateTime>
#include <QHash>

#include <functional>

// A saved plan made into the plan to confirm here: its instances in this session's accounts, each
// compared with what its provider says now. An instance whose facts changed (PlanFacts), that is
// gone, that could not be read, or whose rules now give another decision is blocked, with what
// changed; the others keep the saved decision, the saved calls (without the blocked ones) and the
// saved options. Nothing that the file does not name can get into the plan.
class SavedPlanReplay
{
public:
    // `accountIds` maps the file's account ids to the accounts here (SavedPlanGate::check).
    SavedPlanReplay(const PlanFile& file, const QHash<QString, QString>& accountIds);

    // The saved plan in this session's accounts, as it was saved: what is shown while its instances
    // are read again.
    const TeardownPlan& saved() const { return m_saved; }
    // The instances to read again: the allowed ones, by account and region.
    QList<InstanceRecheck::Read> reads() const;
    // The plan to confirm, from what the providers answered: `fresh` by instance key (an absent
    // one is gone), `readErrors` for instances that could not be read. `inActiveRun` says whether
    // a run is still acting on an instance.
    TeardownPlan replay(const QHash<QString, Instance>& fresh, const QHash<QString, ProviderError>& readErrors,
                        const TeardownPlanner::Lookup& lookup, const QDateTime& now,
                        const std::function<bool(const QString& key)>& inActiveRun) const;

private:
    TeardownPlan m_saved;
};

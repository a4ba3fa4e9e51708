#include "SavedPlanGate.h"

#include "DisplayFormat.h"
#include "DurationText.h"
#include "ProviderDirectory.h"
#include "TeardownPlanner.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

class SavedPlanText
{
    Q_DECLARE_TR_FUNCTIONS(SavedPlanGate)
};

ProviderError refusal(const QString& code, const QString& context)
{
    ProviderError error = ProviderError::local(code);
    error.context = context;
    return error;
}

QString accountText(const PlanFileAccount& a)
{
    return SavedPlanText::tr("%1 (%2, key id %3)")
        .arg(a.name.isEmpty() ? a.id : a.name, dialectDisplayName(a.dialect), a.keyId);
}

// The configured account that stands for the plan's account, or the reason there is none.
ProviderError resolve(const PlanFileAccount& planned, const ProviderDirectory& providers, QString* accountId)
{
    if (const Provider* p = providers.provider(planned.id)) {
        const Account& here = p->account();
        if (here.dialect != planned.dialect)
            return refusal(u"Teardown.PlanFileUnknownAccount"_s, accountText(planned));
        if (here.keyId != planned.keyId)
            return refusal(u"Teardown.PlanFileOtherKey"_s,
                           SavedPlanText::tr("%1 was planned with key id %2; here it uses %3.")
                               .arg(planned.name, planned.keyId, here.keyId));
        *accountId = here.id;
        return {};
    }
    const Account* sameName = nullptr;
    for (const Provider* p : providers.providers()) {
        const Account& here = p->account();
        if (here.dialect != planned.dialect)
            continue;
        if (!planned.keyId.isEmpty() && here.keyId == planned.keyId) {
            *accountId = here.id;
            return {};
        }
        if (here.name == planned.name)
            sameName = &here;
    }
    if (sameName)
        return refusal(u"Teardown.PlanFileOtherKey"_s,
                       SavedPlanText::tr("%1 was planned with key id %2; here it uses %3.")
                           .arg(planned.name, planned.keyId, sameName->keyId));
    return refusal(u"Teardown.PlanFileUnknownAccount"_s, accountText(planned));
}

// A call may carry no more instances than the provider takes in one.
ProviderError checkCallSizes(const PlanFile& file, const ProviderDirectory& providers,
                             const QHash<QString, QString>& accountIds)
{
    const TeardownPlanner planner(providers.plannerLookup());
    for (qsizetype n = 0; n < file.plan.calls.size(); ++n) {
        const PlannedCall& call = file.plan.calls[n];
        const PlanItem* item = nullptr;
        for (const PlanItem& i : file.plan.items) {
            if (!call.instanceIds.isEmpty() && i.instance.accountId == call.accountId
                && i.instance.id == call.instanceIds.first())
                item = &i;
        }
        if (!item) // PlanFileReader refuses such a file; a plan made in code might still say so
            return refusal(u"Teardown.PlanFileMalformed"_s,
                           SavedPlanText::tr("calls[%1] names an instance the plan does not list.").arg(n));
        Instance here = item->instance;
        here.accountId = accountIds.value(call.accountId, call.accountId);
        Decision decision = planner.decide(here, file.plan.intent, file.plan.options);
        if (call.kind == CallKind::LiftProtection) {
            const TeardownPlanner::AccountRules found = providers.plannerLookup()(here.accountId);
            decision =
                found.rules ? found.rules->liftProtection(here) : Decision::blocked(u"Teardown.UnknownAccount"_s);
        }
        if (decision.isAllowed() && call.instanceIds.size() > decision.maxPerCall)
            return refusal(u"Teardown.PlanFileMalformed"_s,
                           SavedPlanText::tr("calls[%1]: %2 instances in one %3 call; the provider takes at most %4.")
                               .arg(n)
                               .arg(call.instanceIds.size())
                               .arg(call.action)
                               .arg(decision.maxPerCall));
    }
    return {};
}

} // namespace

namespace SavedPlanGate {

ProviderError checkAge(const PlanOrigin& origin, const QDateTime& now, qint64 maxAgeSeconds)
{
    const qint64 age = origin.ageSeconds(now);
    if (age < -PlanFile::ClockToleranceSeconds)
        return refusal(u"Teardown.PlanFileFuture"_s,
                       SavedPlanText::tr("It says it was saved at %1, %2 from now.")
                           .arg(DisplayFormat::timeWithZone(origin.savedAt), DurationText::format(-age)));
    if (age > maxAgeSeconds)
        return refusal(u"Teardown.PlanFileTooOld"_s,
                       SavedPlanText::tr("It was saved %1 ago, at %2; the maximum age is %3.")
                           .arg(DurationText::format(age), DisplayFormat::timeWithZone(origin.savedAt),
                                DurationText::format(maxAgeSeconds)));
    return {};
}

ProviderError check(const PlanFile& file, const ProviderDirectory& providers, const QDateTime& now,
                    qint64 maxAgeSeconds, QHash<QString, QString>* accountIds)
{
    if (const ProviderError age = checkAge(file.origin, now, maxAgeSeconds); age.isError())
        return age;

    QSet<QString> acting; // accounts with something to send
    for (const PlanItem& item : file.plan.items) {
        if (item.decision.isAllowed())
            acting.insert(item.instance.accountId);
    }
    QHash<QString, QString> map;
    QHash<QString, QString> plannedFor; // which of the plan's accounts each account here stands for
    for (const PlanFileAccount& planned : file.accounts) {
        QString here;
        const ProviderError unresolved = resolve(planned, providers, &here);
        if (unresolved.isError()) {
            if (acting.contains(planned.id))
                return unresolved;
            here = planned.id; // only blocked instances: shown as saved, never sent
        } else if (plannedFor.contains(here)) {
            return refusal(
                u"Teardown.PlanFileUnknownAccount"_s,
                SavedPlanText::tr("%1 and %2 are the same account here.").arg(plannedFor.value(here), planned.name));
        }
        plannedFor.insert(here, planned.name);
        map.insert(planned.id, here);
    }
    if (const ProviderError sizes = checkCallSizes(file, providers, map); sizes.isError())
        return sizes;
    *accountIds = map;
    return {};
}

} // namespace SavedPlanGate

#include "Campaign.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace campaign {

namespace {

QString truthName(Truth truth)
{
    switch (truth) {
    case Truth::Untouched:
        return u"untouched"_s;
    case Truth::Destroyed:
        return u"destroyed"_s;
    case Truth::InRecycleBin:
        return u"in the recycle bin"_s;
    }
    return {};
}

// What a successful call of this outcome leaves.
Truth applied(Outcome outcome)
{
    return outcome == Outcome::MovedToRecycleBin ? Truth::InRecycleBin : Truth::Destroyed;
}

} // namespace

Tally compare(const TeardownPlan& plan, const RunReport& report, const QHash<QString, Truth>& before,
              const QHash<QString, Truth>& after)
{
    Tally t;
    for (const PlanItem& item : plan.items) {
        const QString id = item.instance.id;
        const InstanceResult* r = report.result(item.instance.key());
        if (!r) {
            t.wrongClaims << id + u" has no result"_s;
            continue;
        }
        const Truth was = before.value(id);
        const Truth now = after.value(id);
        const QString claim = id + u" reported "_s + runStateKey(r->state) + u", but it is "_s + truthName(now);
        switch (r->state) {
        case RunState::Done:
            ++t.done;
            if (now != applied(r->outcome))
                t.wrongClaims << claim;
            break;
        case RunState::Failed:
        case RunState::Skipped:
        case RunState::Blocked:
            ++(r->state == RunState::Failed ? t.failed : r->state == RunState::Skipped ? t.skipped : t.blocked);
            if (now != was)
                t.wrongClaims << claim;
            break;
        case RunState::Unknown:
            ++t.unknown;
            break;
        default:
            t.wrongClaims << id + u" never finished: "_s + runStateKey(r->state);
        }
    }
    return t;
}

QStringList unrecorded(const QStringList& received, const History& history)
{
    HistoryFilter destructive;
    destructive.destructiveOnly = true;
    destructive.limit = 1000000;
    QHash<QString, int> rows;
    for (const CallRecord& r : history.calls(destructive)) {
        QStringList ids = r.instanceIds;
        std::sort(ids.begin(), ids.end());
        ++rows[(QStringList{r.action} + ids).join(u' ')];
    }
    QStringList missing;
    for (const QString& request : received) {
        if (rows.value(request) > 0)
            --rows[request];
        else
            missing << request;
    }
    return missing;
}

QString describe(const Tally& t)
{
    return u"done %1, failed %2, unknown %3, skipped %4, blocked %5, wrong claims %6"_s.arg(t.done)
        .arg(t.failed)
        .arg(t.unknown)
        .arg(t.skipped)
        .arg(t.blocked)
        .arg(t.wrongClaims.size());
}

} // namespace campaign

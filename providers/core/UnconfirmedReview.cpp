#include "UnconfirmedReview.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Sighting sightingOf(const Instance& instance)
{
    switch (instance.lifecycle) {
    case Lifecycle::Terminating:
        return Sighting::Terminating;
    case Lifecycle::RecycleBin:
        return Sighting::InRecycleBin;
    case Lifecycle::Gone:
        return Sighting::Gone;
    default:
        break;
    }
    return Sighting::StillThere;
}

} // namespace

QString CallFinding::note() const
{
    if (!readable)
        return problem;
    QStringList parts;
    for (const InstanceSighting& s : sightings) {
        QString part;
        switch (s.sighting) {
        case Sighting::Gone:
            part = UnconfirmedReview::tr("%1 is gone").arg(s.instanceId);
            break;
        case Sighting::Terminating:
            part = UnconfirmedReview::tr("%1 is being destroyed (%2)").arg(s.instanceId, s.rawState);
            break;
        case Sighting::InRecycleBin:
            part = UnconfirmedReview::tr("%1 is in the recycle bin (%2)").arg(s.instanceId, s.rawState);
            break;
        case Sighting::StillThere:
            part = UnconfirmedReview::tr("%1 is still there (%2)").arg(s.instanceId, s.rawState);
            break;
        }
        if (!s.operation.action.isEmpty())
            part +=
                UnconfirmedReview::tr(", its latest operation is %1 (%2)").arg(s.operation.action, s.operation.state);
        parts << part;
    }
    return UnconfirmedReview::tr("Verified: %1").arg(parts.join(u"; "_s));
}

UnconfirmedReview::UnconfirmedReview(History& history)
    : m_history(history)
    , m_calls(history.unconfirmedCalls())
{ }

QStringList UnconfirmedReview::instanceIds() const
{
    QStringList ids;
    for (const CallRecord& r : m_calls)
        for (const QString& id : r.instanceIds)
            if (!ids.contains(id))
                ids << id;
    return ids;
}

CallFinding UnconfirmedReview::find(const CallRecord& call, const QList<Instance>& read)
{
    QHash<QString, Instance> byId;
    for (const Instance& instance : read)
        byId.insert(instance.id, instance);
    CallFinding finding;
    finding.readable = true;
    for (const QString& id : call.instanceIds) {
        InstanceSighting s;
        s.instanceId = id;
        const auto it = byId.constFind(id);
        if (it != byId.cend()) {
            s.sighting = sightingOf(*it);
            s.rawState = it->rawState;
            // Evidence that this call reached the provider, where the dialect reports it (a Zenlayer
            // subscription cancelled leaves the state as it was).
            if (it->lastOperation.action == call.action)
                s.operation = it->lastOperation;
        }
        finding.sightings << s;
    }
    return finding;
}

CallFinding UnconfirmedReview::unreadable(const QString& problem)
{
    CallFinding finding;
    finding.problem = problem;
    return finding;
}

bool UnconfirmedReview::markReviewed(const QHash<qint64, QString>& notes)
{
    for (const CallRecord& r : std::as_const(m_calls)) {
        // No reply ever said what became of the call: its outcome is unknown, whatever was found.
        if (const auto note = notes.constFind(r.id); note != notes.cend())
            m_history.resolveUnconfirmed(r.id, CallStatus::Unknown, *note);
    }
    // A call another console resolved meanwhile is no longer "sent": only a write error keeps a
    // reviewed call listed.
    QSet<qint64> stillSent;
    for (const CallRecord& r : m_history.unconfirmedCalls())
        stillSent.insert(r.id);
    QList<CallRecord> remaining;
    bool written = true;
    for (const CallRecord& r : std::as_const(m_calls)) {
        if (!stillSent.contains(r.id))
            continue;
        remaining << r;
        if (notes.contains(r.id))
            written = false;
    }
    m_calls = remaining;
    return written;
}

bool UnconfirmedReview::markAllReviewed()
{
    QHash<qint64, QString> notes;
    for (const CallRecord& r : std::as_const(m_calls))
        notes.insert(r.id, tr("Reviewed after restart"));
    return markReviewed(notes);
}

#include "Provider.h"

bool InstanceQuery::matches(const Instance& instance) const
{
    if (recycleBinOnly && instance.lifecycle != Lifecycle::RecycleBin)
        return false;
    if (!states.isEmpty() && !states.contains(instance.rawState))
        return false;
    return chargeTypes.isEmpty() || chargeTypes.contains(instance.rawChargeType);
}

QList<QStringList> chunked(const QStringList& ids, int size)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < ids.size(); i += size)
        out << ids.mid(i, size);
    return out;
}

QList<Instance> InstanceListReply::addPage(const QList<Instance>& page, const InstanceQuery& query)
{
    QList<Instance> added;
    for (const Instance& instance : page) {
        // Ids are remembered whether or not the query wants them: a listed id is settled.
        if (m_listedIds.contains(instance.id))
            continue;
        m_listedIds.insert(instance.id);
        if (query.matches(instance))
            added.append(instance);
    }
    if (m_keepsInstances)
        instances += added;
    if (!added.isEmpty())
        emit instancesListed(added);
    return added;
}

void ProviderReply::finish(const ProviderError& error, const QString& requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_requestId = requestId.isEmpty() ? error.requestId : requestId;
    emit finished();
    deleteLater();
}

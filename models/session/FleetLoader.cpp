#include "FleetLoader.h"

#include "ProviderDirectory.h"

FleetLoader::FleetLoader(ProviderDirectory& providers, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
{ }

void FleetLoader::refresh()
{
    cancel();
    const QList<Provider*> providers = m_providers.providers();
    if (providers.isEmpty()) {
        emit started();
        emit finished();
        return;
    }
    emit started();
    for (Provider* p : providers)
        listRegions(p->account().id);
}

void FleetLoader::refreshAccount(const QString& accountId)
{
    if (!m_providers.provider(accountId))
        return;
    if (!isLoading()) {
        ++m_generation;
        m_done = m_total = 0;
        emit started();
    }
    listRegions(accountId);
}

void FleetLoader::cancel()
{
    ++m_generation;
    const bool wasLoading = isLoading();
    m_pending = m_done = m_total = 0;
    m_pendingPerAccount.clear();
    m_firstError.clear();
    if (wasLoading)
        emit finished();
}

void FleetLoader::addPending(int count)
{
    m_pending += count;
    m_total += count;
    emit progress(m_done, m_total);
}

void FleetLoader::finishOne()
{
    --m_pending;
    ++m_done;
    emit progress(m_done, m_total);
    if (m_pending == 0)
        emit finished();
}

void FleetLoader::listRegions(const QString& accountId)
{
    Provider* provider = m_providers.provider(accountId);
    m_pendingPerAccount[accountId] += 1;
    m_firstError.remove(accountId);
    addPending(1);
    const QStringList configured = provider->account().regions;
    if (!configured.isEmpty()) {
        // The account names its regions: no need to ask.
        QMetaObject::invokeMethod(
            this,
            [this, accountId, configured, generation = m_generation] {
                if (generation != m_generation)
                    return;
                listInstances(accountId, configured);
                onListingDone(accountId, {});
            },
            Qt::QueuedConnection);
        return;
    }
    RegionListReply* reply = provider->listRegions();
    connect(reply, &ProviderReply::finished, this, [this, reply, accountId, generation = m_generation] {
        if (generation != m_generation)
            return;
        QStringList regions;
        for (const RegionInfo& r : std::as_const(reply->regions))
            regions << r.id;
        if (!reply->error().isError())
            listInstances(accountId, regions);
        onListingDone(accountId, reply->error());
    });
}

void FleetLoader::listInstances(const QString& accountId, const QStringList& regions)
{
    Provider* provider = m_providers.provider(accountId);
    if (!provider)
        return;
    m_pendingPerAccount[accountId] += int(regions.size());
    addPending(int(regions.size()));
    for (const QString& region : regions) {
        InstanceListReply* reply = provider->listInstances(region, {});
        connect(reply, &InstanceListReply::instancesListed, this,
                [this, accountId, region, generation = m_generation](const QList<Instance>& added) {
                    if (generation == m_generation)
                        emit pageLoaded(accountId, region, added);
                });
        connect(reply, &ProviderReply::finished, this, [this, reply, accountId, region, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (!reply->error().isError())
                emit sliceLoaded(accountId, region, reply->instances);
            onListingDone(accountId, reply->error());
        });
    }
}

void FleetLoader::onListingDone(const QString& accountId, const ProviderError& error)
{
    if (error.isError() && !m_firstError.contains(accountId))
        m_firstError.insert(accountId, error);
    if (--m_pendingPerAccount[accountId] == 0) {
        m_pendingPerAccount.remove(accountId);
        if (const auto it = m_firstError.constFind(accountId); it != m_firstError.cend())
            emit accountFailed(accountId, *it);
        else
            emit accountLoaded(accountId);
        m_firstError.remove(accountId);
    }
    finishOne();
}

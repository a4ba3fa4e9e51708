#include "TencentFleet.h"

#include <algorithm>

namespace emulator {

TencentFleet::TencentFleet() = default;
TencentFleet::~TencentFleet() = default;

bool TencentFleet::add(TencentInstance instance)
{
    if (!isWellFormedInstanceId(instance.instanceId) || instance.region.isEmpty() || contains(instance.instanceId))
        return false;
    auto owned = std::make_unique<TencentInstance>(std::move(instance));
    TencentInstance* raw = owned.get();
    auto regionIt = m_byRegion.find(raw->region);
    if (regionIt == m_byRegion.end()) {
        regionIt = m_byRegion.insert(raw->region, {});
        m_regionOrder.append(raw->region);
    }
    regionIt->append(raw);
    m_byId.emplace(raw->instanceId, std::move(owned));
    return true;
}

bool TencentFleet::remove(const QString& instanceId)
{
    const auto it = m_byId.find(instanceId);
    if (it == m_byId.end())
        return false;
    TencentInstance* raw = it->second.get();
    QList<TencentInstance*>& list = m_byRegion[raw->region];
    list.removeOne(raw);
    m_byId.erase(it);
    return true;
}

void TencentFleet::clear()
{
    m_byRegion.clear();
    m_regionOrder.clear();
    m_byId.clear();
}

TencentInstance* TencentFleet::find(const QString& instanceId)
{
    const auto it = m_byId.find(instanceId);
    return it == m_byId.end() ? nullptr : it->second.get();
}

const TencentInstance* TencentFleet::find(const QString& instanceId) const
{
    const auto it = m_byId.find(instanceId);
    return it == m_byId.end() ? nullptr : it->second.get();
}

bool TencentFleet::setProtected(const QString& instanceId, bool disableApiTermination)
{
    TencentInstance* i = find(instanceId);
    if (!i)
        return false;
    i->disableApiTermination = disableApiTermination;
    return true;
}

bool TencentFleet::setState(const QString& instanceId, const QString& instanceState)
{
    TencentInstance* i = find(instanceId);
    if (!i)
        return false;
    i->instanceState = instanceState;
    return true;
}

QStringList TencentFleet::ids() const
{
    return idsWhere({});
}

QStringList TencentFleet::idsWhere(const Predicate& predicate) const
{
    QStringList out;
    for (const QString& region : m_regionOrder) {
        for (const TencentInstance* i : m_byRegion.value(region)) {
            if (!predicate || predicate(*i))
                out.append(i->instanceId);
        }
    }
    return out;
}

QStringList TencentFleet::regions() const
{
    QStringList out;
    for (const QString& region : m_regionOrder) {
        if (!m_byRegion.value(region).isEmpty())
            out.append(region);
    }
    out.sort();
    return out;
}

const QList<TencentInstance*>& TencentFleet::inRegion(const QString& region) const
{
    static const QList<TencentInstance*> empty;
    const auto it = m_byRegion.constFind(region);
    return it == m_byRegion.cend() ? empty : *it;
}

} // namespace emulator

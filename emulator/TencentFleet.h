#pragma once

#include "TencentInstance.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace emulator {

// The instances of the emulated account, indexed by id and, in listing order, by region, so that
// one region's page costs the size of that region and not of the fleet (100k instances at scale).
//
// find() hands out a mutable record so tests can arrange any situation; its id and region are
// the index keys and must only change through remove() and add().
class TencentFleet
{
public:
    using Predicate = std::function<bool(const TencentInstance&)>;

    TencentFleet();
    ~TencentFleet();
    TencentFleet(const TencentFleet&) = delete;
    TencentFleet& operator=(const TencentFleet&) = delete;

    // False when the id is malformed, already present, or the region is empty.
    bool add(TencentInstance instance);
    bool remove(const QString& instanceId);
    void clear();

    TencentInstance* find(const QString& instanceId);
    const TencentInstance* find(const QString& instanceId) const;
    bool contains(const QString& instanceId) const { return find(instanceId) != nullptr; }

    bool setProtected(const QString& instanceId, bool disableApiTermination);
    bool setState(const QString& instanceId, const QString& instanceState);

    int size() const { return int(m_byId.size()); }
    QStringList ids() const; // region by region, each in listing order
    QStringList idsWhere(const Predicate& predicate) const;
    QStringList regions() const; // regions that hold instances, sorted
    // One region's instances in listing order; the pointers stay valid until that instance is removed.
    const QList<TencentInstance*>& inRegion(const QString& region) const;

private:
    std::unordered_map<QString, std::unique_ptr<TencentInstance>> m_byId;
    QHash<QString, QList<TencentInstance*>> m_byRegion;
    QStringList m_regionOrder;
};

} // namespace emulator

#include "DialectRegistry.h"

#include <QHash>
#include <QReadWriteLock>

#include <memory>
#include <vector>

namespace {

struct Registry
{
    QReadWriteLock lock;
    std::vector<std::unique_ptr<const DialectInfo>> dialects; // never removed: callers keep pointers
    QHash<QString, const ErrorCatalogEntry*> errors; // by code, over every registered table
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

namespace DialectRegistry {

bool add(const DialectInfo& info)
{
    Registry& r = registry();
    QWriteLocker locker(&r.lock);
    for (const auto& known : r.dialects) {
        if (known->dialect == info.dialect)
            return false;
    }
    r.dialects.push_back(std::make_unique<const DialectInfo>(info));
    // Tables shared by two dialects (API 3.0 codes on the legacy host) are indexed once.
    for (const ErrorTable& table : info.errorTables) {
        for (const ErrorCatalogEntry& entry : table)
            r.errors.insert(QString::fromLatin1(entry.code), &entry);
    }
    return true;
}

const DialectInfo* find(Dialect dialect)
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    for (const auto& known : r.dialects) {
        if (known->dialect == dialect)
            return known.get();
    }
    return nullptr;
}

QList<const DialectInfo*> all()
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    QList<const DialectInfo*> out;
    for (const auto& known : r.dialects)
        out << known.get();
    return out;
}

const ErrorCatalogEntry* findError(QStringView code)
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    return r.errors.value(code.toString(), nullptr);
}

} // namespace DialectRegistry

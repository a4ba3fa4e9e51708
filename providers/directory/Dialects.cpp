#include "Dialects.h"

#include "DialectRegistry.h"
#include "TencentDialect.h"
#include "TencentLegacyDialect.h"
#include "ZenlayerDialect.h"

#include <mutex>

namespace Dialects {

void registerAll()
{
    static std::once_flag once;
    std::call_once(once, [] {
        DialectRegistry::add(TencentDialect::info());
        DialectRegistry::add(TencentLegacyDialect::info());
        DialectRegistry::add(ZenlayerDialect::info());
    });
}

QList<Dialect> supported()
{
    registerAll();
    return {Dialect::TencentApi3, Dialect::TencentLegacy, Dialect::Zenlayer};
}

const DialectInfo& info(Dialect dialect)
{
    registerAll();
    // Every supported dialect is registered by now: the registry's copy is the one descriptor.
    const DialectInfo* registered = DialectRegistry::find(dialect);
    Q_ASSERT(registered);
    return registered ? *registered : TencentDialect::info();
}

} // namespace Dialects

#include "TencentLegacyDialect.h"

#include "TencentDialect.h"
#include "TencentErrors.h"
#include "TencentLegacyErrors.h"

#include <algorithm>

namespace TencentLegacyDialect {

const DialectInfo& info()
{
    static const DialectInfo legacy = [] {
        DialectInfo d = TencentDialect::accountTerms(Dialect::TencentLegacy);
        d.errorTables = {TencentLegacyErrors::table(), TencentErrors::table()};
        return d;
    }();
    return legacy;
}

bool knowsCode(QStringView code)
{
    for (const ErrorTable& table : info().errorTables) {
        if (std::any_of(table.begin(), table.end(),
                        [code](const ErrorCatalogEntry& e) { return code == QLatin1StringView(e.code); }))
            return true;
    }
    return false;
}

} // namespace TencentLegacyDialect

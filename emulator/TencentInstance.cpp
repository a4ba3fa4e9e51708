#include "TencentInstance.h"

#include <algorithm>

namespace emulator {

QString TencentInstance::tagValue(const QString& key) const
{
    for (const TencentTag& t : tags) {
        if (t.key == key)
            return t.value;
    }
    return {};
}

QDateTime TencentInstance::releasedAt(int retentionDays) const
{
    if (instanceState != QLatin1StringView("SHUTDOWN") || !expiredTime.isValid())
        return {};
    return isolatedSource == QLatin1StringView("EXPIRE") ? expiredTime.addDays(retentionDays) : expiredTime;
}

bool TencentInstance::hasTagKey(const QString& key) const
{
    return std::any_of(tags.cbegin(), tags.cend(), [&key](const TencentTag& t) { return t.key == key; });
}

bool isWellFormedInstanceId(QStringView id)
{
    if (id.size() != 12 || !id.startsWith(QLatin1StringView("ins-")))
        return false;
    return std::all_of(id.begin() + 4, id.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

} // namespace emulator

#include "CallLog.h"

#include <algorithm>

namespace emulator {

int CallLog::count(const QString& action) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&action](const CallLogEntry& e) { return e.action == action; }));
}

} // namespace emulator

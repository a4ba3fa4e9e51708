#include "SortRankBuilder.h"

#include <algorithm>

std::vector<int> SortRankBuilder::ranks()
{
    const char16_t* text = m_text.data();
    std::sort(m_entries.begin(), m_entries.end(), [text](const Entry& a, const Entry& b) {
        if (a.primary != b.primary)
            return a.primary < b.primary;
        if (a.prefix0 != b.prefix0)
            return a.prefix0 < b.prefix0;
        if (a.prefix1 != b.prefix1)
            return a.prefix1 < b.prefix1;
        // Equal prefixes: texts of up to eight units are equal unless their lengths differ (a
        // trailing U+0000 packs like a missing unit).
        if (a.length > 8 || b.length > 8 || a.length != b.length) {
            const int c = QStringView(text + a.offset, a.length).compare(QStringView(text + b.offset, b.length));
            if (c != 0)
                return c < 0;
        }
        return a.tie < b.tie;
    });
    std::vector<int> ranks(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        ranks[size_t(m_entries[i].row)] = int(i);
    return ranks;
}

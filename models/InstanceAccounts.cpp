#include "InstanceAccounts.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

int compareStrings(const QString& left, const QString& right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
}

} // namespace

void InstanceAccounts::setNames(const QHash<QString, QString>& namesById)
{
    m_names = namesById;
    for (Entry& entry : m_entries)
        setLabel(entry);
    refreshOrders();
}

int InstanceAccounts::findOrAdd(const QString& accountId)
{
    const auto it = m_slots.constFind(accountId);
    if (it != m_slots.constEnd())
        return it.value();
    Entry entry{accountId, {}, {}};
    setLabel(entry);
    m_entries.append(entry);
    const int slot = int(m_entries.size() - 1);
    m_slots.insert(accountId, slot);
    refreshOrders();
    return slot;
}

void InstanceAccounts::setLabel(Entry& entry) const
{
    const QString name = m_names.value(entry.id);
    entry.label = name.isEmpty() ? entry.id : name;
    entry.foldedLabel = entry.label.toCaseFolded();
}

void InstanceAccounts::refreshOrders()
{
    std::vector<int> bySlot(size_t(m_entries.size()));
    std::iota(bySlot.begin(), bySlot.end(), 0);
    std::sort(bySlot.begin(), bySlot.end(), [this](int a, int b) {
        const Entry& l = m_entries.at(a);
        const Entry& r = m_entries.at(b);
        const int c = compareStrings(l.foldedLabel, r.foldedLabel);
        return c != 0 ? c < 0 : compareStrings(l.id, r.id) < 0;
    });
    for (size_t i = 0; i < bySlot.size(); ++i)
        m_entries[bySlot[i]].labelOrder = quint32(i);
    std::sort(bySlot.begin(), bySlot.end(),
              [this](int a, int b) { return compareStrings(m_entries.at(a).id, m_entries.at(b).id) < 0; });
    for (size_t i = 0; i < bySlot.size(); ++i)
        m_entries[bySlot[i]].idOrder = quint32(i);
}

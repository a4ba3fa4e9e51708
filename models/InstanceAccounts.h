#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The accounts the table's rows belong to, each in a slot that rows refer to by number: the label the
// Account column shows (the name people gave the account, or its id), and the account's place in the
// two orders sorting needs: by label (the Account column) and by id (every column's tie-break).
// Slots are never given back, so a row's slot stays valid while accounts come and go.
class InstanceAccounts
{
public:
    // The account's slot; a new account gets one (and the orders are worked out again).
    int slotOf(const QString& accountId)
    {
        // Rows arrive grouped by account: most lookups are for the account of the row before.
        if (m_lastSlot >= 0 && m_entries.at(m_lastSlot).id == accountId)
            return m_lastSlot;
        return m_lastSlot = findOrAdd(accountId);
    }
    // Names people gave their accounts (account id -> name); an account without one is labelled by its id.
    void setNames(const QHash<QString, QString>& namesById);

    qsizetype size() const { return m_entries.size(); }
    const QString& id(int slot) const { return m_entries.at(slot).id; }
    const QString& label(int slot) const { return m_entries.at(slot).label; }
    // Position by case-folded label, then id, among all accounts.
    quint32 labelOrder(int slot) const { return m_entries.at(slot).labelOrder; }
    // Position by id among all accounts.
    quint32 idOrder(int slot) const { return m_entries.at(slot).idOrder; }

private:
    struct Entry
    {
        QString id;
        QString label;
        QString foldedLabel;
        quint32 labelOrder = 0;
        quint32 idOrder = 0;
    };

    int findOrAdd(const QString& accountId);
    void setLabel(Entry& entry) const;
    void refreshOrders();

    QList<Entry> m_entries;
    QHash<QString, int> m_slots;
    QHash<QString, QString> m_names;
    int m_lastSlot = -1;
};

#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

// Rows by instance key, for InstanceRowStore: open addressing on the key's hash, kept next to
// the row pointer, so that neither a lookup nor growing the table reads the keys of other rows.
// (QHash<QString, ...> compares the keys it probes and hashes every key again when it grows; with
// 100k keys scattered through the heap that was half the time of loading a slice.)
// Row is any type with a QString `key`; the index does not own the rows.
template<typename Row>
class InstanceKeyIndex
{
public:
    static size_t hashOf(QStringView key) { return qHash(key, QHashSeed::globalSeed()); }

    Row* find(QStringView key, size_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask; m_slots[i].row; i = (i + 1) & mask) {
            if (m_slots[i].hash == hash && m_slots[i].row->key == key)
                return m_slots[i].row;
        }
        return nullptr;
    }

    // False, and nothing inserted, when a row with the same key is there already.
    bool insert(Row* row, size_t hash)
    {
        if (size_t(m_size + 1) * 2 > m_slots.size())
            rehash(std::max<size_t>(64, m_slots.size() * 2));
        const size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        for (; m_slots[i].row; i = (i + 1) & mask) {
            if (m_slots[i].hash == hash && m_slots[i].row->key == row->key)
                return false;
        }
        m_slots[i] = {hash, row};
        ++m_size;
        return true;
    }

    void remove(QStringView key)
    {
        if (m_slots.empty())
            return;
        const size_t mask = m_slots.size() - 1;
        const size_t hash = hashOf(key);
        size_t i = hash & mask;
        while (m_slots[i].row && !(m_slots[i].hash == hash && m_slots[i].row->key == key))
            i = (i + 1) & mask;
        if (!m_slots[i].row)
            return;
        // Backward shift: later entries of the probe run move into the hole, so that lookups
        // never need tombstones.
        for (size_t j = (i + 1) & mask; m_slots[j].row; j = (j + 1) & mask) {
            const size_t home = m_slots[j].hash & mask;
            const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i] = {};
        --m_size;
    }

    void reserve(qsizetype rows)
    {
        size_t slotCount = m_slots.empty() ? 64 : m_slots.size();
        while (slotCount < size_t(rows) * 2)
            slotCount *= 2;
        if (slotCount > m_slots.size())
            rehash(slotCount);
    }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }

    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        size_t hash = 0;
        Row* row = nullptr; // null: empty
    };

    void rehash(size_t slotCount)
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
        const size_t mask = slotCount - 1;
        for (const Slot& slot : old) {
            if (!slot.row)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].row)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots; // a power of two long, at most half full
    qsizetype m_size = 0;
};

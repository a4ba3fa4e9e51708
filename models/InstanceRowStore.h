#pragma once

#include "InstanceAccounts.h"
#include "InstanceKeyIndex.h"
#include "InstanceRow.h"
#include "SearchTextArena.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// The rows of the instance table, grouped by slice (account + region) in the order slices first
// appear, so that a refresh of one slice touches only that slice's rows; with the index by key, the
// accounts the rows refer to and the rows' search texts.
//
// It tells what a refresh of one slice changes (diffSlice()) and applies that in steps, so that
// InstanceTableModel can announce each step to views before and after it happens. It emits nothing.
class InstanceRowStore
{
public:
    struct RowRange
    {
        int first = 0;
        int last = -1; // inclusive

        friend bool operator==(const RowRange&, const RowRange&) = default;
    };
    // Neighbouring rows whose instances changed in the same columns.
    struct ChangedRows
    {
        int first = 0;
        int last = -1; // inclusive
        int columns = 0; // a bit per InstanceTableModel::Column

        friend bool operator==(const ChangedRows&, const ChangedRows&) = default;
    };
    struct Slice
    {
        QString accountId;
        QString region;
        int count = 0;
    };

    // What a refresh of one slice changes. Apply it, with replaceSliceRows() or with applyChanges(),
    // removeRows() for each removed() range and insertNew(), before anything else changes the store
    // and while the refresh's instances are still alive. Its new rows are in the key index already
    // (so that the refresh's duplicates are found); a diff dropped unapplied takes them out again.
    class SliceDiff
    {
    public:
        SliceDiff(SliceDiff&&) = default;
        SliceDiff& operator=(SliceDiff&&) = delete;
        ~SliceDiff();

        // An unknown slice and nothing listed for it: there is nothing to do.
        bool isEmpty() const { return m_slice < 0 && m_order.empty(); }
        // Rows whose instance changed, numbered as before anything is removed or inserted.
        const QList<ChangedRows>& changed() const { return m_changed; }
        // Rows the refresh no longer lists, as runs of neighbouring rows, the bottom run first so that
        // removing one run leaves the rows of the others where they are.
        const QList<RowRange>& removed() const { return m_removed; }
        qsizetype removedCount() const { return m_removedCount; }
        qsizetype insertedCount() const { return qsizetype(m_fresh.size()); }

    private:
        friend class InstanceRowStore;
        SliceDiff(InstanceRowStore* store, const QString& accountId, const QString& region)
            : m_store(store)
            , m_accountId(accountId)
            , m_region(region)
        { }

        struct Update
        {
            InstanceRow* row;
            const Instance* instance;
        };

        InstanceRowStore* m_store;
        QString m_accountId;
        QString m_region;
        int m_slice = -1; // -1: a slice not known yet
        std::vector<Update> m_updates; // rows whose instance changed
        std::vector<std::unique_ptr<InstanceRow>> m_fresh; // new rows, not in the table yet
        std::vector<InstanceRow*> m_order; // every row the refresh lists, in its order
        QList<ChangedRows> m_changed;
        QList<RowRange> m_removed;
        qsizetype m_removedCount = 0;
    };

    InstanceRowStore() = default;
    InstanceRowStore(const InstanceRowStore&) = delete;
    InstanceRowStore& operator=(const InstanceRowStore&) = delete;
    ~InstanceRowStore();

    int size() const { return int(m_slots.size()); }
    const InstanceRow& at(int row) const { return *m_slots[size_t(row)].row; }
    const InstanceRow* find(QStringView key) const { return m_byKey.find(key, KeyIndex::hashOf(key)); }
    QStringView searchText(int row) const
    {
        const Slot& slot = m_slots[size_t(row)];
        return m_text.text(slot.textOffset, slot.textLength);
    }
    QStringView nameText(const InstanceRow& row) const { return m_text.name(row.text); }
    const InstanceAccounts& accounts() const { return m_accounts; }
    const QList<Slice>& slices() const { return m_slices; }
    const SearchTextArena& searchTexts() const { return m_text; }
    // Increases whenever rows are inserted, removed or replaced wholesale.
    quint64 generation() const { return m_generation; }

    void setAccountNames(const QHash<QString, QString>& namesById) { m_accounts.setNames(namesById); }

    // Replaces every row. Instances listed twice keep the first.
    void load(const QList<Instance>& instances);

    // What a listing does to rows of the slice it does not name: a whole listing removes them, a
    // page of one leaves them for the pages to come.
    enum class Unlisted { Remove, Keep };
    // Instances of another account or region, or listed twice, are left out (with a warning). A
    // listing other than 0 marks the rows of the instances listed as named by it (InstanceRow::listing).
    SliceDiff diffSlice(const QString& accountId, const QString& region, const QList<Instance>& instances,
                        Unlisted unlisted = Unlisted::Remove, quint32 listing = 0);
    // The whole diff at once: the slice's rows become the refresh's, in its order.
    void replaceSliceRows(SliceDiff diff);
    // The diff in steps. 1: changed rows take their new instance.
    void applyChanges(const SliceDiff& diff);
    // 2: removeRows() for each of diff.removed(). 3: the new rows, appended to the slice.
    RowRange insertionRange(const SliceDiff& diff) const;
    void insertNew(SliceDiff& diff);

    // Rows of one slice. The slice stays, even when empty, until dropEmptySlices(): a refresh that
    // removes all its rows and adds new ones keeps its place.
    void removeRows(RowRange range);
    // Several ranges (none overlapping) at once, in one pass over the rows.
    void removeRanges(const QList<RowRange>& ranges);
    void dropEmptySlices();
    // The slices of one account, the bottom one first.
    QList<RowRange> accountRanges(const QString& accountId) const;
    // The rows of one slice; empty (last < first) when it has none.
    RowRange sliceRows(const QString& accountId, const QString& region) const;

    // The row changed, or -1 (unknown key, or nothing different). autoRelease: as in
    // InstanceTableModel::updateState().
    int updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                    const std::optional<QDateTime>& autoRelease);

    // Gives back the room of replaced and removed search texts once it is more than half.
    void compactText();

    // A bit per InstanceTableModel::Column whose text or sort value differs.
    static int changedColumns(const Instance& before, const Instance& after);

private:
    using KeyIndex = InstanceKeyIndex<InstanceRow>;

    // An owning pointer to a row that also keeps where the row's search text is: the filter reads it
    // for every row on every keystroke, and an array of these spares it a visit to every row.
    struct Slot
    {
        Slot() = default;
        Slot(std::unique_ptr<InstanceRow> owned)
            : row(std::move(owned))
        {
            syncText();
        }
        void syncText()
        {
            textOffset = row->text.offset;
            textLength = row->text.length;
        }

        std::unique_ptr<InstanceRow> row;
        quint32 textOffset = 0;
        quint32 textLength = 0;
    };

    std::unique_ptr<InstanceRow> makeRow(const Instance& instance, QString key);
    void forget(const std::vector<std::unique_ptr<InstanceRow>>& unplaced);
    void setInstance(InstanceRow& row, const Instance& instance);
    void clear();
    int sliceIndex(const QString& accountId, const QString& region) const;
    int sliceStart(int sliceIndex) const;
    int sliceOfRow(int row) const;
    void renumberFrom(int firstRow);
    void forceCompactText();

    std::vector<Slot> m_slots;
    SearchTextArena m_text;
    KeyIndex m_byKey;
    QList<Slice> m_slices;
    InstanceAccounts m_accounts;
    quint64 m_generation = 0;
};

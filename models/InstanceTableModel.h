#pragma once

#include "Instance.h"
#include "InstanceColumnText.h"
#include "InstanceMarkers.h"
#include "InstanceRowStore.h"
#include "InstanceSortOrder.h"
#include "LifecyclePalette.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <QHash>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// The instance table: every instance the console knows, across accounts, regions and providers.
//
// Rows are kept grouped by slice (account + region), in the order slices first appear, so that a
// refresh of one slice touches only that slice's rows. Each row carries what sorting and searching
// need precomputed (a lowercase search text, dates as numbers, IPv4 addresses as numbers), so that
// InstanceFilterProxy can sort and filter 100k rows without building a QVariant per comparison.
//
// The model itself only speaks Qt's model protocol: InstanceRowStore keeps the rows and says what a
// refresh changes, InstanceSortOrder sorts, InstanceColumnText says what a cell shows, and
// LifecyclePalette and InstanceMarkers colour the status and mark it and the charge type with a shape,
// for the palette the view draws with (setViewPalette()).
class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        AccountColumn,
        RegionColumn,
        ZoneColumn,
        IdColumn,
        NameColumn,
        StatusColumn,
        ChargeTypeColumn,
        ProtectionColumn,
        TypeColumn,
        PrivateIpColumn,
        PublicIpColumn,
        CreatedColumn,
        ExpiresColumn, // when a subscription ends
        ReleaseColumn, // when the provider releases an instance in its recycle bin for good
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts by (compareRows() compares the same fields)
        KeyRole, // Instance::key(): accountId/instanceId
    };

    explicit InstanceTableModel(QObject* parent = nullptr);
    ~InstanceTableModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Names people gave their accounts (account id -> name); the Account column shows the name.
    void setAccountNames(const QHash<QString, QString>& namesById);

    // Replaces everything (a model reset).
    void setInstances(const QList<Instance>& instances);
    // A refresh of one account + region: rows of other slices are not touched. Rows whose instance is
    // unchanged emit nothing, changed rows one dataChanged() over the span from the first to the last,
    // vanished rows are removed (removeInstances()) and new ones appended to the slice. Instances of
    // another account or region are ignored.
    void replaceSlice(const QString& accountId, const QString& region, const QList<Instance>& instances);
    // One page of a slice's listing: its instances change their rows in place or join the slice;
    // rows the page does not name stay (replaceSlice() with the whole listing settles them). A
    // listing other than 0 marks the rows the page names as named by that listing (settleSlice()).
    void mergeIntoSlice(const QString& accountId, const QString& region, const QList<Instance>& page,
                        quint32 listing = 0);
    // The end of a slice's listing all of whose pages were merged with its mark: the slice's rows no
    // page of it named leave, and the slice is no longer shown from a kept listing. What
    // replaceSlice() does, without comparing every row with the listing again.
    void settleSlice(const QString& accountId, const QString& region, quint32 listing);
    void removeAccount(const QString& accountId);
    // The instances of one account, slice by slice.
    QList<Instance> accountInstances(const QString& accountId) const;

    // Rows shown from a listing kept from an earlier session, not listed again yet: they are drawn in
    // italics and their tooltip says when they were listed. replaceSlice() of the slice (its new
    // listing) or removeAccount() ends it.
    void markCached(const QString& accountId, const QString& region, const QDateTime& listedAt);
    // When the slice's kept listing was made, while its rows are shown from it; invalid otherwise.
    QDateTime cachedSince(const QString& accountId, const QString& region) const;
    // The account's regions still shown from a kept listing.
    QStringList cachedRegions(const QString& accountId) const;
    // Accounts some of whose rows are shown from a kept listing: when the earliest was made.
    QHash<QString, QDateTime> cachedListings() const;
    // When the row's instance was listed, for a row shown from a kept listing; invalid otherwise.
    QDateTime cachedListingTime(int row) const;
    // autoRelease: when the provider releases it from the recycle bin (invalid: not known);
    // without it the time already known is kept.
    void updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                     const std::optional<QDateTime>& autoRelease = std::nullopt);
    void removeInstance(const QString& key);
    // Many at once: rows next to each other are one removal; scattered ones are one layout change
    // (VerticalSortHint) whose rowRenumbering() says where each row goes.
    void removeInstances(const QStringList& keys);
    // While a layout change of removeInstances() is announced (from layoutAboutToBeChanged() to
    // layoutChanged()): each row's number before it -> after it, -1 for a row that goes. Rows only
    // go in such a change. Empty at any other time.
    const std::vector<int>& rowRenumbering() const { return m_renumbering; }

    int rowOf(const QString& key) const; // -1 when unknown; O(1)
    const Instance& instanceAt(int row) const;
    QList<Instance> instances() const;

    // The UI language changed: headers and every cell's text. The dataChanged() it emits names
    // DisplayRole and ToolTipRole only, which tells proxies that no instance changed; every other
    // dataChanged() names no roles, except setViewPalette()'s.
    void retranslate();

    // Sorting support for InstanceFilterProxy: <0, 0 or >0 as the column's value of leftRow sorts
    // before, with or after rightRow's. Ties are broken on the account id, then the instance id, so
    // only a row compares equal to itself.
    int compareRows(int column, int leftRow, int rightRow) const;
    // The position of every row in the ascending order of compareRows(column): the same order,
    // computed on compact copies of the sort keys (a sort that chases every row's strings through
    // the heap is several times slower on 100k rows).
    std::vector<int> sortRanks(int column) const;
    // Lowercase text searched by the filter: name, id, IPs, tags (key=value). Valid until the
    // model changes.
    QStringView searchText(int row) const;

    // The palette of the views: the status colours and the markers follow the tone of its Base, and
    // markers on a selected row take its HighlightedText. When either changes, the dataChanged() it
    // emits names ForegroundRole and DecorationRole only, which tells proxies that no instance changed.
    void setViewPalette(const QPalette& palette);
    LifecyclePalette::Tone tone() const { return m_tone; }

private:
    // Ranges from the bottom up (see removeInstances()). A refresh keeps a slice it empties, in
    // case it adds rows to it.
    enum EmptySlices { DropEmptySlices, KeepEmptySlices };
    void removeRanges(const QList<InstanceRowStore::RowRange>& bottomFirst, EmptySlices emptySlices = DropEmptySlices);
    void applyDiff(InstanceRowStore::SliceDiff diff);
    void endCached(const QString& accountId, const QString& region);

    InstanceRowStore m_rows;
    InstanceSortOrder m_sortOrder{m_rows};
    InstanceColumnText m_text{m_rows.accounts()};
    InstanceMarkers m_markers;
    LifecyclePalette::Tone m_tone = LifecyclePalette::Tone::Light;
    std::vector<int> m_renumbering; // see rowRenumbering()
    QHash<QString, QHash<QString, QDateTime>> m_cached; // account -> region -> when the kept listing was made
};

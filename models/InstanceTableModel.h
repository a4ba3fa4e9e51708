#pragma once

#include "Instance.h"
#include "InstanceKeyIndex.h"

#include <QAbstractTableModel>

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

#include <memory>
#include <optional>
#include <vector>

// The instance table: every instance the console knows, across accounts, regions and providers.
//
// Rows are kept grouped by slice (account + region), in the order slices first appear, so that a
// refresh of one slice touches only that slice's rows. Each row carries what sorting and searching
// need precomputed (a lowercase search text, dates as numbers, IPv4 addresses as numbers), so that
// InstanceFilterProxy can sort and filter 100k rows without building a QVariant per comparison.
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
        ExpiresColumn,
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
    // unchanged emit nothing, changed rows emit dataChanged for the changed columns, vanished rows are
    // removed and new ones appended to the slice. When more than resetThreshold() rows would be
    // inserted or removed, the model resets instead (cheaper for sorted proxies and views).
    // Instances of another account or region are ignored.
    void replaceSlice(const QString& accountId, const QString& region, const QList<Instance>& instances);
    void removeAccount(const QString& accountId);
    // autoRelease: when the provider releases it from the recycle bin (invalid: not known);
    // without it the time already known is kept.
    void updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                     const std::optional<QDateTime>& autoRelease = std::nullopt);
    void removeInstance(const QString& key);

    int rowOf(const QString& key) const; // -1 when unknown; O(1)
    const Instance& instanceAt(int row) const;
    QList<Instance> instances() const;

    // The UI language changed: headers and every cell's text. The dataChanged() it emits names
    // DisplayRole and ToolTipRole only, which tells proxies that no instance changed; every other
    // dataChanged() names no roles.
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

    int resetThreshold() const { return m_resetThreshold; }
    void setResetThreshold(int rows) { m_resetThreshold = rows; }

    static QColor lifecycleColor(Lifecycle lifecycle);

private:
    struct Row;
    struct RowSlot;
    struct Slice
    {
        QString accountId;
        QString region;
        int count = 0;
    };
    struct AccountEntry
    {
        QString id;
        QString label; // the name people gave it, or the id
        QString sortKey; // label, case-folded
        quint32 order = 0; // position by (sortKey, id) among all accounts
        quint32 idOrder = 0; // position by id among all accounts
    };

    struct SortKey
    {
        quint64 primary = 0; // numbers, enums, dates; 0 for plain text columns
        QStringView text; // compared after primary, by UTF-16 code unit
    };
    SortKey sortKey(const Row& row, int column, QString& scratch) const;
    const std::vector<int>& tieRanks() const;
    void refreshAccountOrder();

    QString displayText(const Row& row, int column) const;
    QString toolTipText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    std::unique_ptr<Row> makeRow(const Instance& instance, QString key);
    void refreshDerived(Row& row);
    void refreshText(Row& row);
    void refreshKeys(Row& row) const;
    void compactText(bool force = false);
    QStringView nameText(const Row& row) const;
    int accountSlot(const QString& accountId);
    int sliceIndex(const QString& accountId, const QString& region) const;
    int sliceStart(int sliceIndex) const;
    void renumberFrom(int firstRow);
    void removeRowRange(int first, int last); // no signals
    void clearRows();
    void loadRows(const QList<Instance>& instances); // into an empty model, no signals; slices contiguous
    static int changedColumns(const Instance& before, const Instance& after); // bit per column

    std::vector<RowSlot> m_rows; // each owns its row and keeps where its search text is, for a fast scan
    std::vector<char16_t> m_text; // every row's search text, back to back
    qsizetype m_deadText = 0; // units in m_text that no row uses any more
    InstanceKeyIndex<Row> m_byKey;
    QList<Slice> m_slices;
    QList<AccountEntry> m_accounts;
    QHash<QString, int> m_accountSlots;
    QHash<QString, QString> m_accountNames;
    quint64 m_structureGeneration = 0; // increases whenever rows are inserted, removed or reset
    mutable std::vector<int> m_tieRanks; // row -> position by (account id, instance id)
    mutable quint64 m_tieRanksGeneration = ~quint64(0);
    int m_lastAccountSlot = -1; // loads come grouped by account: skip the hash lookup
    int m_resetThreshold = 1000; // bench_instance_model: row signals and a reset cost the same near 1,000 new rows
};

#pragma once

#include "Clock.h"
#include "Instance.h"
#include "InstanceFilterCriteria.h"
#include "InstanceRowOrder.h"
#include "SelectionFilter.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QStringList>

#include <vector>

class InstanceTableModel;

// Filters and sorts an InstanceTableModel for the instance view.
//
// Filters combine (all must accept, InstanceFilterCriteria): a search text (case-insensitive
// substring of the id, name, an IP or a tag; several words must all match), statuses, charge
// classes, accounts, regions, "recycle bin only" and a SelectionFilter (tags, age: the rule
// teardownctl selects by). An empty list means "any". An age is measured against the injected clock
// when rows are filtered. Sorting compares the model's fields directly
// (InstanceTableModel::compareRows), ties broken on the account id, then the instance id.
//
// Every change, of the model or of a filter or the sort, reaches the views as one announcement: the
// rows shown or hidden as one block of adjacent rows when they are, otherwise one layout change
// (VerticalSortHint: rows come, go and move, each with all its columns). A sorted proxy that
// announces each scattered row on its own (QSortFilterProxyModel) costs each view a pass over every
// row per announcement: seconds for a few thousand rows among 100,000.
class InstanceFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject* parent = nullptr);
    ~InstanceFilterProxy() override;

    // Shows an InstanceTableModel; any other model is shown as empty.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    InstanceTableModel* instanceModel() const { return m_model; }

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    QList<Lifecycle> statusFilter() const { return m_statuses; }
    void setStatusFilter(const QList<Lifecycle>& lifecycles);
    QList<ChargeClass> chargeFilter() const { return m_charges; }
    void setChargeFilter(const QList<ChargeClass>& charges);
    QStringList accountFilter() const { return m_accounts; }
    void setAccountFilter(const QStringList& accountIds);
    QStringList regionFilter() const { return m_regions; }
    void setRegionFilter(const QStringList& regions);
    bool recycleBinOnly() const { return m_criteria.recycleBinOnly; }
    void setRecycleBinOnly(bool on);
    const SelectionFilter& selectionFilter() const { return m_criteria.selection; }
    void setSelectionFilter(const SelectionFilter& filter);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Column -1: the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_order.column(); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    // The rows the view shows, in its order (for exporting the visible list).
    QList<Instance> visibleInstances() const;
    // The instances behind indexes of this proxy (e.g. a view's selection), each once, in view order.
    QList<Instance> instancesForRows(const QModelIndexList& proxyIndexes) const;

private:
    // Which source rows are shown, in the view's order.
    struct Shown
    {
        std::vector<int> rows; // proxy row -> source row
        std::vector<int> proxyRowOf; // source row -> proxy row, -1 when hidden
    };

    void apply(InstanceFilterCriteria criteria);
    bool accepts(int sourceRow) const { return m_criteria.accepts(*m_model, sourceRow, m_clock); }
    // What the order and the verdicts show now.
    Shown computeShown() const;
    // Announces the change from what is shown to next (numbered as the model is now) as one block
    // inserted or removed, or as one layout change.
    void show(Shown next);
    void rebuild();

    // The model's signals.
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsInserted(int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceDestroyed();
    // After rows came or went in the model without changing what is shown.
    void renumberShown(const std::vector<int>& newRowOf);

    InstanceTableModel* m_model = nullptr;
    std::vector<QMetaObject::Connection> m_connections;
    InstanceFilterCriteria m_criteria;
    QString m_searchText;
    QList<Lifecycle> m_statuses;
    QList<ChargeClass> m_charges;
    QStringList m_accounts;
    QStringList m_regions;
    Clock m_clock = systemClock();
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<quint8> m_verdicts; // source row -> accepted by m_criteria
    InstanceRowOrder m_order;
    Shown m_shown;
    // Across a layout change of the model that says nothing of how its rows moved: the persistent
    // indexes of this proxy and the source rows they showed.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSources;
};

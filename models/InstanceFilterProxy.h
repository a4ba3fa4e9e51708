#pragma once

#include "Clock.h"
#include "Instance.h"
#include "SelectionFilter.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

class InstanceTableModel;

// Filters and sorts an InstanceTableModel for the instance view.
//
// Filters combine (all must accept): a search text (case-insensitive substring of the id, name, an
// IP or a tag; several words must all match), statuses, charge classes, accounts, regions,
// "recycle bin only" and a SelectionFilter (tags, age: the rule teardownctl selects by). An empty
// list means "any". An age is measured against the injected clock when rows are filtered. Sorting compares the model's
// fields directly (InstanceTableModel::compareRows), ties broken on the account id, then the instance id.
//
// A filter change that shows or hides many scattered rows is applied as one layout change instead
// of QSortFilterProxyModel's per-interval row signals (which cost O(rows) each); the full sort order
// of the current column is kept so that re-sorting the rows a filter lets through is cheap.
class InstanceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject* parent = nullptr);
    ~InstanceFilterProxy() override;

    // Expects an InstanceTableModel; any other model is shown unfiltered and sorted by the base class.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    InstanceTableModel* instanceModel() const;

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

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The rows the view shows, in its order (for exporting the visible list).
    QList<Instance> visibleInstances() const;
    // The instances behind indexes of this proxy (e.g. a view's selection), each once, in view order.
    QList<Instance> instancesForRows(const QModelIndexList& proxyIndexes) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& sourceLeft, const QModelIndex& sourceRight) const override;

private:
    struct Criteria
    {
        QStringList terms; // lowercase
        quint32 lifecycles = 0; // bit per Lifecycle; 0 = any
        quint32 charges = 0; // bit per ChargeClass; 0 = any
        QSet<QString> accounts;
        QSet<QString> regions;
        bool recycleBinOnly = false;
        SelectionFilter selection;
        friend bool operator==(const Criteria&, const Criteria&) = default;
    };

    bool accepts(const Criteria& criteria, int sourceRow) const;
    static bool isSubset(const Criteria& narrow, const Criteria& wide); // narrow accepts nothing wide rejects
    void apply(Criteria criteria);

    // Source signals, handled before the base class handles them.
    void sourceAboutToChangeLayout();
    void sourceReset();
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    void ensureRank(int column);
    void dropRank();

    InstanceTableModel* m_model = nullptr; // the source, when it is an InstanceTableModel
    std::vector<QMetaObject::Connection> m_connections;
    Criteria m_criteria;
    QString m_searchText;
    QList<Lifecycle> m_statuses;
    QList<ChargeClass> m_charges;
    QStringList m_accounts;
    QStringList m_regions;
    Clock m_clock = systemClock();

    // accepts(m_criteria, row) for every source row, kept in step with the model's signals: the
    // base class reads it instead of evaluating the filter again, and a narrowing search only
    // re-examines the rows it showed.
    std::vector<quint8> m_verdicts;
    bool m_verdictsValid = false;

    // Position of every source row in the ascending order of m_rankColumn
    // (InstanceTableModel::sortRanks), kept in step with the model's signals; -1 for a row whose
    // data changed since, which is compared directly.
    std::vector<int> m_rank;
    int m_rankStale = 0; // rows at -1
    int m_rankColumn = -1;
    bool m_rankValid = false;
};

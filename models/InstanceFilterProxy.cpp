#include "InstanceFilterProxy.h"

#include "InstanceTableModel.h"

#include <algorithm>
#include <numeric>

namespace {

// Up to this many rows shown or hidden by one filter change, QSortFilterProxyModel's incremental
// update (row signals per interval, O(rows) each) is cheaper than a layout change; beyond it the
// layout change wins (bench_instance_model, "filter keystroke").
constexpr int kIncrementalLimit = 64;

template<typename Enum>
quint32 bitsOf(const QList<Enum>& values)
{
    quint32 bits = 0;
    for (Enum value : values)
        bits |= 1u << unsigned(value);
    return bits;
}

} // namespace

InstanceFilterProxy::InstanceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

InstanceFilterProxy::~InstanceFilterProxy() = default;

void InstanceFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_model = qobject_cast<InstanceTableModel*>(sourceModel);
    m_rank.clear();
    m_rankColumn = -1;
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

InstanceTableModel* InstanceFilterProxy::instanceModel() const
{
    return m_model.data();
}

void InstanceFilterProxy::setSearchText(const QString& text)
{
    m_searchText = text;
    Criteria criteria = m_criteria;
    criteria.terms = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setStatusFilter(const QList<Lifecycle>& lifecycles)
{
    m_statuses = lifecycles;
    Criteria criteria = m_criteria;
    criteria.lifecycles = bitsOf(lifecycles);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setChargeFilter(const QList<ChargeClass>& charges)
{
    m_charges = charges;
    Criteria criteria = m_criteria;
    criteria.charges = bitsOf(charges);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setAccountFilter(const QStringList& accountIds)
{
    m_accounts = accountIds;
    Criteria criteria = m_criteria;
    criteria.accounts = QSet<QString>(accountIds.begin(), accountIds.end());
    apply(std::move(criteria));
}

void InstanceFilterProxy::setRegionFilter(const QStringList& regions)
{
    m_regions = regions;
    Criteria criteria = m_criteria;
    criteria.regions = QSet<QString>(regions.begin(), regions.end());
    apply(std::move(criteria));
}

void InstanceFilterProxy::setRecycleBinOnly(bool on)
{
    Criteria criteria = m_criteria;
    criteria.recycleBinOnly = on;
    apply(std::move(criteria));
}

bool InstanceFilterProxy::accepts(const Criteria& criteria, int sourceRow) const
{
    const Instance& in = m_model->instanceAt(sourceRow);
    if (criteria.recycleBinOnly && in.lifecycle != Lifecycle::RecycleBin)
        return false;
    if (criteria.lifecycles && !(criteria.lifecycles & (1u << unsigned(in.lifecycle))))
        return false;
    if (criteria.charges && !(criteria.charges & (1u << unsigned(in.chargeClass))))
        return false;
    if (!criteria.accounts.isEmpty() && !criteria.accounts.contains(in.accountId))
        return false;
    if (!criteria.regions.isEmpty() && !criteria.regions.contains(in.region))
        return false;
    if (!criteria.terms.isEmpty()) {
        const QStringView haystack = m_model->searchText(sourceRow);
        for (const QString& term : criteria.terms) {
            if (!haystack.contains(term))
                return false;
        }
    }
    return true;
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_useVerdicts && size_t(sourceRow) < m_verdicts.size())
        return m_verdicts[size_t(sourceRow)];
    return accepts(m_criteria, sourceRow);
}

void InstanceFilterProxy::apply(Criteria criteria)
{
    if (criteria == m_criteria)
        return;
    if (!m_model) {
        m_criteria = std::move(criteria);
        invalidateRowsFilter();
        return;
    }

    // Which rows are shown now, and which will be: evaluate the new filter once per row.
    const int rows = m_model->rowCount();
    std::vector<quint8> shown(size_t(rows), 0);
    const int visible = rowCount();
    for (int p = 0; p < visible; ++p)
        shown[size_t(mapToSource(index(p, 0)).row())] = 1;

    m_criteria = std::move(criteria);
    m_verdicts.assign(size_t(rows), 0);
    int changes = 0;
    for (int r = 0; r < rows; ++r) {
        const bool accepted = accepts(m_criteria, r);
        m_verdicts[size_t(r)] = accepted;
        changes += accepted != bool(shown[size_t(r)]);
    }

    if (changes > 0) {
        m_useVerdicts = true;
        if (changes <= kIncrementalLimit) {
            invalidateRowsFilter();
        } else {
            // One layout change. The base class re-sorts whatever passes; with the column's full
            // order at hand, that is a comparison of two integers.
            if (sortColumn() >= 0 && !rankUsable(sortColumn()))
                buildRank(sortColumn());
            invalidate();
            rowCount(); // map (and sort) now, while the verdicts are at hand
        }
        m_useVerdicts = false;
    }
    m_verdicts.clear();
    m_verdicts.shrink_to_fit();
}

void InstanceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0 && !(dynamicSortFilter() && column == sortColumn() && order == sortOrder()))
        buildRank(column);
    QSortFilterProxyModel::sort(column, order);
}

void InstanceFilterProxy::buildRank(int column)
{
    const int rows = m_model->rowCount();
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    const InstanceTableModel* model = m_model.data();
    std::sort(order.begin(), order.end(), [model, column](int a, int b) { return model->compareRows(column, a, b) < 0; });
    m_rank.resize(size_t(rows));
    for (int i = 0; i < rows; ++i)
        m_rank[size_t(order[size_t(i)])] = i;
    m_rankColumn = column;
    m_rankGeneration = m_model->generation();
}

bool InstanceFilterProxy::rankUsable(int column) const
{
    return m_model && column == m_rankColumn && m_rankGeneration == m_model->generation()
        && m_rank.size() == size_t(m_model->rowCount());
}

bool InstanceFilterProxy::lessThan(const QModelIndex& sourceLeft, const QModelIndex& sourceRight) const
{
    if (!m_model || sourceLeft.parent().isValid())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int column = sourceLeft.column();
    if (rankUsable(column))
        return m_rank[size_t(sourceLeft.row())] < m_rank[size_t(sourceRight.row())];
    return m_model->compareRows(column, sourceLeft.row(), sourceRight.row()) < 0;
}

QList<Instance> InstanceFilterProxy::visibleInstances() const
{
    QList<Instance> visible;
    if (!m_model)
        return visible;
    const int rows = rowCount();
    visible.reserve(rows);
    for (int p = 0; p < rows; ++p)
        visible.append(m_model->instanceAt(mapToSource(index(p, 0)).row()));
    return visible;
}

QList<Instance> InstanceFilterProxy::instancesForRows(const QModelIndexList& proxyIndexes) const
{
    QList<Instance> result;
    if (!m_model)
        return result;
    QList<int> rows;
    rows.reserve(proxyIndexes.size());
    for (const QModelIndex& index : proxyIndexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    result.reserve(rows.size());
    for (int row : std::as_const(rows))
        result.append(m_model->instanceAt(mapToSource(index(row, 0)).row()));
    return result;
}

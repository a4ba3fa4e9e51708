#include "InstanceFilterProxy.h"

#include "InstanceTableModel.h"

#include <algorithm>

namespace {

// Up to this many rows shown or hidden by one filter change, QSortFilterProxyModel's incremental
// update (row signals per interval, each O(rows)) is cheaper than one layout change; beyond it the
// layout change wins by far (bench_instance_model, "Typing a search").
constexpr int kIncrementalLimit = 64;

// Rows with changed data that may be compared outside the ranks before these are recomputed.
constexpr int kMaxStaleRanks = 500;

template<typename Enum>
quint32 bitsOf(const QList<Enum>& values)
{
    quint32 bits = 0;
    for (Enum value : values)
        bits |= 1u << unsigned(value);
    return bits;
}

// Whether a dataChanged() may change what a row sorts or filters by: the model leaves SortRole out
// only when nothing but the text for people changed (retranslate()).
bool touchesInstance(const QList<int>& roles)
{
    return roles.isEmpty() || roles.contains(InstanceTableModel::SortRole);
}

// Whether text contains term (non-empty): candidates by the term's first character (a vectorised
// scan), then a comparison. On the short search texts of a row this beats QStringView::contains(),
// which hashes every position.
bool containsTerm(QStringView text, QStringView term)
{
    const QChar first = term.front();
    const qsizetype last = text.size() - term.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (text.sliced(at, term.size()) == term)
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

InstanceFilterProxy::InstanceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

InstanceFilterProxy::~InstanceFilterProxy() = default;

void InstanceFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = qobject_cast<InstanceTableModel*>(sourceModel);
    dropRank();
    m_verdicts.clear();
    m_verdictsValid = false;
    if (m_model) {
        // Connected before the base class connects its own slots, so these run first: the caches
        // are right whenever the base class filters or compares rows for the same signal.
        using Model = QAbstractItemModel;
        using Self = InstanceFilterProxy;
        m_connections = {
            connect(m_model, &Model::modelAboutToBeReset, this, &Self::sourceAboutToChangeLayout),
            connect(m_model, &Model::layoutAboutToBeChanged, this, &Self::sourceAboutToChangeLayout),
            connect(m_model, &Model::rowsAboutToBeMoved, this, &Self::sourceAboutToChangeLayout),
            connect(m_model, &Model::modelReset, this, &Self::sourceReset),
            connect(m_model, &Model::layoutChanged, this, &Self::sourceReset),
            connect(m_model, &Model::rowsMoved, this, &Self::sourceReset),
            connect(m_model, &Model::rowsInserted, this,
                    [this](const QModelIndex&, int first, int last) { sourceRowsInserted(first, last); }),
            connect(m_model, &Model::rowsRemoved, this,
                    [this](const QModelIndex&, int first, int last) { sourceRowsRemoved(first, last); }),
            connect(m_model, &Model::dataChanged, this, &Self::sourceDataChanged),
            connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; }),
        };
        sourceReset();
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

InstanceTableModel* InstanceFilterProxy::instanceModel() const
{
    return m_model;
}

void InstanceFilterProxy::sourceAboutToChangeLayout()
{
    m_verdictsValid = false;
    dropRank();
}

void InstanceFilterProxy::sourceReset()
{
    // The base class is about to filter and sort every row again: have the answers ready.
    m_verdicts.resize(size_t(m_model->rowCount()));
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_verdicts[size_t(r)] = accepts(m_criteria, r);
    m_verdictsValid = true;
    if (sortColumn() >= 0)
        ensureRank(sortColumn());
}

void InstanceFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (m_verdictsValid) {
        m_verdicts.insert(m_verdicts.begin() + first, size_t(count), 0);
        for (int r = first; r <= last; ++r)
            m_verdicts[size_t(r)] = accepts(m_criteria, r);
    }
    if (m_rankValid) {
        m_rank.insert(m_rank.begin() + first, size_t(count), -1);
        m_rankStale += count;
        if (m_rankStale > kMaxStaleRanks)
            dropRank();
    }
}

void InstanceFilterProxy::sourceRowsRemoved(int first, int last)
{
    if (m_verdictsValid)
        m_verdicts.erase(m_verdicts.begin() + first, m_verdicts.begin() + last + 1);
    if (m_rankValid) {
        m_rankStale -= int(std::count(m_rank.begin() + first, m_rank.begin() + last + 1, -1));
        m_rank.erase(m_rank.begin() + first, m_rank.begin() + last + 1);
    }
}

void InstanceFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                            const QList<int>& roles)
{
    if (!touchesInstance(roles) || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    if (m_verdictsValid) {
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            m_verdicts[size_t(r)] = accepts(m_criteria, r);
    }
    if (m_rankValid && topLeft.column() <= m_rankColumn && m_rankColumn <= bottomRight.column()) {
        // The other rows keep their relative order; these compare directly until the next rebuild.
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            m_rankStale += m_rank[size_t(r)] >= 0;
            m_rank[size_t(r)] = -1;
        }
        if (m_rankStale > kMaxStaleRanks)
            dropRank();
    }
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

void InstanceFilterProxy::setSelectionFilter(const SelectionFilter& filter)
{
    Criteria criteria = m_criteria;
    criteria.selection = filter;
    apply(std::move(criteria));
}

bool InstanceFilterProxy::accepts(const Criteria& criteria, int sourceRow) const
{
    if (criteria.recycleBinOnly || criteria.lifecycles || criteria.charges || !criteria.accounts.isEmpty()
        || !criteria.regions.isEmpty()) {
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
    }
    if (!criteria.selection.isEmpty()) {
        const QDateTime now = criteria.selection.dependsOnNow() ? m_clock() : QDateTime();
        if (!criteria.selection.matches(m_model->instanceAt(sourceRow), now))
            return false;
    }
    if (!criteria.terms.isEmpty()) {
        const QStringView haystack = m_model->searchText(sourceRow);
        for (const QString& term : criteria.terms) {
            if (!containsTerm(haystack, term))
                return false;
        }
    }
    return true;
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_verdictsValid && size_t(sourceRow) < m_verdicts.size())
        return m_verdicts[size_t(sourceRow)];
    return accepts(m_criteria, sourceRow);
}

bool InstanceFilterProxy::isSubset(const Criteria& narrow, const Criteria& wide)
{
    if (wide.recycleBinOnly && !narrow.recycleBinOnly)
        return false;
    auto bitsWithin = [](quint32 n, quint32 w) { return w == 0 || (n != 0 && (n & ~w) == 0); };
    auto setWithin = [](const QSet<QString>& n, const QSet<QString>& w) {
        return w.isEmpty() || (!n.isEmpty() && w.contains(n));
    };
    if (!bitsWithin(narrow.lifecycles, wide.lifecycles) || !bitsWithin(narrow.charges, wide.charges)
        || !setWithin(narrow.accounts, wide.accounts) || !setWithin(narrow.regions, wide.regions))
        return false;
    // An age measured now may differ from the one measured when the rows were last filtered.
    if (!wide.selection.isEmpty() && (narrow.selection != wide.selection || wide.selection.dependsOnNow()))
        return false;
    // A text that contains a longer term contains every part of it.
    for (const QString& term : wide.terms) {
        if (std::none_of(narrow.terms.begin(), narrow.terms.end(),
                         [&term](const QString& t) { return t.contains(term); }))
            return false;
    }
    return true;
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

    // While the verdicts mirror what the base class shows, typing (which narrows) only re-examines
    // the rows shown, and erasing (which widens) only the rows hidden.
    const int rows = m_model->rowCount();
    const bool mirrored = m_verdictsValid && dynamicSortFilter() && m_verdicts.size() == size_t(rows);
    const bool narrowing = mirrored && isSubset(criteria, m_criteria);
    const bool widening = mirrored && !narrowing && isSubset(m_criteria, criteria);
    m_criteria = std::move(criteria);
    if (!mirrored)
        m_verdicts.assign(size_t(rows), 0);
    int changes = 0;
    for (int r = 0; r < rows; ++r) {
        quint8& verdict = m_verdicts[size_t(r)];
        if ((narrowing && !verdict) || (widening && verdict))
            continue;
        const quint8 accepted = accepts(m_criteria, r);
        changes += accepted != verdict;
        verdict = accepted;
    }
    m_verdictsValid = true;

    if (!mirrored || changes > kIncrementalLimit) {
        // One layout change. The base class sorts whatever passes again; with the column's ranks
        // at hand, each comparison is one of two integers.
        if (sortColumn() >= 0)
            ensureRank(sortColumn());
        invalidate();
    } else if (changes > 0) {
        invalidateRowsFilter();
    }
}

void InstanceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0 && !(dynamicSortFilter() && column == sortColumn() && order == sortOrder()))
        ensureRank(column);
    QSortFilterProxyModel::sort(column, order);
}

void InstanceFilterProxy::ensureRank(int column)
{
    if (m_rankValid && column == m_rankColumn)
        return;
    m_rank = m_model->sortRanks(column);
    m_rankStale = 0;
    m_rankColumn = column;
    m_rankValid = true;
}

void InstanceFilterProxy::dropRank()
{
    m_rankValid = false;
    m_rankColumn = -1;
    m_rankStale = 0;
    m_rank.clear();
    m_rank.shrink_to_fit();
}

bool InstanceFilterProxy::lessThan(const QModelIndex& sourceLeft, const QModelIndex& sourceRight) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int column = sourceLeft.column();
    if (m_rankValid && column == m_rankColumn) {
        const int left = m_rank[size_t(sourceLeft.row())];
        const int right = m_rank[size_t(sourceRight.row())];
        if (left >= 0 && right >= 0)
            return left < right;
    }
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

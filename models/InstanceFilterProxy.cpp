#include "InstanceFilterProxy.h"

#include "InstanceTableModel.h"

#include <algorithm>
#include <climits>

namespace {

template<typename Enum>
quint32 bitsOf(const QList<Enum>& values)
{
    quint32 bits = 0;
    for (Enum value : values)
        bits |= 1u << unsigned(value);
    return bits;
}

// Whether a dataChanged() may change what a row sorts or filters by: the model leaves SortRole out
// only when nothing but how a row looks changed (retranslate(), the palette, the kept-listing mark).
bool touchesInstance(const QList<int>& roles)
{
    return roles.isEmpty() || roles.contains(InstanceTableModel::SortRole);
}

} // namespace

InstanceFilterProxy::InstanceFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

InstanceFilterProxy::~InstanceFilterProxy() = default;

void InstanceFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_model = qobject_cast<InstanceTableModel*>(sourceModel);
    if (m_model) {
        using Model = QAbstractItemModel;
        using Self = InstanceFilterProxy;
        m_connections = {
            connect(m_model, &Model::modelAboutToBeReset, this, &Self::sourceAboutToBeReset),
            connect(m_model, &Model::modelReset, this, &Self::sourceReset),
            connect(m_model, &Model::layoutAboutToBeChanged, this, &Self::sourceLayoutAboutToBeChanged),
            connect(m_model, &Model::layoutChanged, this, &Self::sourceLayoutChanged),
            connect(m_model, &Model::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex&, int first, int last) { sourceRowsAboutToBeRemoved(first, last); }),
            connect(m_model, &Model::rowsRemoved, this,
                    [this](const QModelIndex&, int first, int last) { sourceRowsRemoved(first, last); }),
            connect(m_model, &Model::rowsInserted, this,
                    [this](const QModelIndex&, int first, int last) { sourceRowsInserted(first, last); }),
            connect(m_model, &Model::dataChanged, this, &Self::sourceDataChanged),
            connect(m_model, &Model::headerDataChanged, this, &Model::headerDataChanged),
            connect(m_model, &QObject::destroyed, this, &Self::sourceDestroyed),
        };
    }
    rebuild();
    endResetModel();
}

QModelIndex InstanceFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InstanceFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex InstanceFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int InstanceFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.rows.size());
}

int InstanceFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool InstanceFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0 && columnCount(parent) > 0;
}

QVariant InstanceFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The base class finds a column's header through the first row, which an empty view lacks.
    if (orientation == Qt::Horizontal)
        return m_model ? m_model->headerData(section, orientation, role) : QVariant();
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex InstanceFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_shown.rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex InstanceFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model
        || size_t(sourceIndex.row()) >= m_shown.proxyRowOf.size())
        return {};
    const int row = m_shown.proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

InstanceFilterProxy::Shown InstanceFilterProxy::computeShown() const
{
    Shown next;
    next.proxyRowOf.assign(m_verdicts.size(), -1);
    auto take = [&next, this](int row) {
        if (m_verdicts[size_t(row)]) {
            next.proxyRowOf[size_t(row)] = int(next.rows.size());
            next.rows.push_back(row);
        }
    };
    const std::vector<int>& order = m_order.rows();
    if (m_sortOrder == Qt::AscendingOrder)
        std::for_each(order.cbegin(), order.cend(), take);
    else
        std::for_each(order.crbegin(), order.crend(), take);
    return next;
}

void InstanceFilterProxy::show(Shown next)
{
    const std::vector<int>& now = m_shown.rows;
    const std::vector<int>& then = next.rows;
    const auto [nowDiffers, thenDiffers] = std::mismatch(now.cbegin(), now.cend(), then.cbegin(), then.cend());
    if (nowDiffers == now.cend() && thenDiffers == then.cend()) {
        m_shown = std::move(next);
        return;
    }
    const int at = int(nowDiffers - now.cbegin());
    if (then.size() > now.size()
        && std::equal(nowDiffers, now.cend(), thenDiffers + qsizetype(then.size() - now.size()))) {
        beginInsertRows({}, at, at + int(then.size() - now.size()) - 1);
        m_shown = std::move(next);
        endInsertRows();
        return;
    }
    if (now.size() > then.size()
        && std::equal(thenDiffers, then.cend(), nowDiffers + qsizetype(now.size() - then.size()))) {
        beginRemoveRows({}, at, at + int(now.size() - then.size()) - 1);
        m_shown = std::move(next);
        endRemoveRows();
        return;
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const int row = next.proxyRowOf[size_t(now[size_t(index.row())])];
        to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_shown = std::move(next);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InstanceFilterProxy::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_verdicts.resize(size_t(rows));
    for (int r = 0; r < rows; ++r)
        m_verdicts[size_t(r)] = accepts(r);
    m_order.reset(m_model, m_order.column());
    m_shown = computeShown();
}

void InstanceFilterProxy::renumberShown(const std::vector<int>& newRowOf)
{
    for (int& row : m_shown.rows)
        row = newRowOf[size_t(row)];
    m_shown.proxyRowOf.assign(m_verdicts.size(), -1);
    for (size_t p = 0; p < m_shown.rows.size(); ++p)
        m_shown.proxyRowOf[size_t(m_shown.rows[p])] = int(p);
}

void InstanceFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void InstanceFilterProxy::sourceReset()
{
    rebuild();
    endResetModel();
}

void InstanceFilterProxy::sourceLayoutAboutToBeChanged()
{
    if (!m_model->rowRenumbering().empty()) {
        // Rows leave the model (and nothing else changes): they leave the view now, while the model
        // still has them; the rest are numbered again when it is done.
        const std::vector<int>& newRowOf = m_model->rowRenumbering();
        bool shownLeave = false;
        for (size_t r = 0; r < newRowOf.size(); ++r) {
            if (newRowOf[r] < 0) {
                shownLeave = shownLeave || m_verdicts[r];
                m_verdicts[r] = 0;
            }
        }
        if (shownLeave)
            show(computeShown());
        return;
    }
    // Any other layout change: every row is filtered and sorted again; the persistent indexes follow
    // the source rows they showed.
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(m_layoutFrom.size());
    for (const QModelIndex& index : std::as_const(m_layoutFrom))
        m_layoutSources.append(mapToSource(index));
}

void InstanceFilterProxy::sourceLayoutChanged()
{
    const std::vector<int>& newRowOf = m_model->rowRenumbering();
    if (!newRowOf.empty()) {
        std::vector<quint8> verdicts(size_t(m_model->rowCount()), 0);
        for (size_t r = 0; r < newRowOf.size(); ++r) {
            if (newRowOf[r] >= 0)
                verdicts[size_t(newRowOf[r])] = m_verdicts[r];
        }
        m_verdicts = std::move(verdicts);
        m_order.renumber(newRowOf);
        renumberShown(newRowOf);
        return;
    }
    rebuild();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSources))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void InstanceFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    bool shownLeave = false;
    for (int r = first; r <= last; ++r) {
        shownLeave = shownLeave || m_verdicts[size_t(r)];
        m_verdicts[size_t(r)] = 0;
    }
    if (shownLeave)
        show(computeShown());
}

void InstanceFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    std::vector<int> newRowOf(m_verdicts.size());
    for (int r = 0; r < int(newRowOf.size()); ++r)
        newRowOf[size_t(r)] = r < first ? r : r > last ? r - count : -1;
    m_verdicts.erase(m_verdicts.begin() + first, m_verdicts.begin() + last + 1);
    m_order.removeRows(first, count);
    renumberShown(newRowOf);
}

void InstanceFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    std::vector<int> newRowOf(m_verdicts.size());
    for (int r = 0; r < int(newRowOf.size()); ++r)
        newRowOf[size_t(r)] = r < first ? r : r + count;
    m_verdicts.insert(m_verdicts.begin() + first, size_t(count), 0);
    renumberShown(newRowOf);
    bool shownCome = false;
    for (int r = first; r <= last; ++r) {
        m_verdicts[size_t(r)] = accepts(r);
        shownCome = shownCome || m_verdicts[size_t(r)];
    }
    m_order.insertRows(first, count);
    if (shownCome)
        show(computeShown());
}

void InstanceFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                            const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (touchesInstance(roles)) {
        bool moved = false;
        for (int r = first; r <= last; ++r) {
            const quint8 verdict = accepts(r);
            moved = moved || verdict != m_verdicts[size_t(r)];
            m_verdicts[size_t(r)] = verdict;
        }
        if (topLeft.column() <= m_order.column() && m_order.column() <= bottomRight.column())
            moved = m_order.reposition(first, last) || moved;
        if (moved)
            show(computeShown());
    }
    // The rows still shown, as one span of the view.
    int top = INT_MAX;
    int bottom = -1;
    for (int r = first; r <= last; ++r) {
        const int row = m_shown.proxyRowOf[size_t(r)];
        if (row >= 0) {
            top = std::min(top, row);
            bottom = std::max(bottom, row);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void InstanceFilterProxy::sourceDestroyed()
{
    // The model is gone (its destructor runs): nothing of it may be read any more.
    beginResetModel();
    m_connections.clear();
    m_model = nullptr;
    m_verdicts.clear();
    m_order.reset(nullptr, m_order.column());
    m_shown = {};
    endResetModel();
}

void InstanceFilterProxy::setSearchText(const QString& text)
{
    m_searchText = text;
    InstanceFilterCriteria criteria = m_criteria;
    criteria.terms = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setStatusFilter(const QList<Lifecycle>& lifecycles)
{
    m_statuses = lifecycles;
    InstanceFilterCriteria criteria = m_criteria;
    criteria.lifecycles = bitsOf(lifecycles);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setChargeFilter(const QList<ChargeClass>& charges)
{
    m_charges = charges;
    InstanceFilterCriteria criteria = m_criteria;
    criteria.charges = bitsOf(charges);
    apply(std::move(criteria));
}

void InstanceFilterProxy::setAccountFilter(const QStringList& accountIds)
{
    m_accounts = accountIds;
    InstanceFilterCriteria criteria = m_criteria;
    criteria.accounts = QSet<QString>(accountIds.begin(), accountIds.end());
    apply(std::move(criteria));
}

void InstanceFilterProxy::setRegionFilter(const QStringList& regions)
{
    m_regions = regions;
    InstanceFilterCriteria criteria = m_criteria;
    criteria.regions = QSet<QString>(regions.begin(), regions.end());
    apply(std::move(criteria));
}

void InstanceFilterProxy::setRecycleBinOnly(bool on)
{
    InstanceFilterCriteria criteria = m_criteria;
    criteria.recycleBinOnly = on;
    apply(std::move(criteria));
}

void InstanceFilterProxy::setSelectionFilter(const SelectionFilter& filter)
{
    InstanceFilterCriteria criteria = m_criteria;
    criteria.selection = filter;
    apply(std::move(criteria));
}

void InstanceFilterProxy::apply(InstanceFilterCriteria criteria)
{
    if (criteria == m_criteria)
        return;
    // Typing (which narrows) only re-examines the rows shown, and erasing (which widens) only the
    // rows hidden.
    const bool narrowing = criteria.isWithin(m_criteria);
    const bool widening = !narrowing && m_criteria.isWithin(criteria);
    m_criteria = std::move(criteria);
    bool changed = false;
    for (size_t r = 0; r < m_verdicts.size(); ++r) {
        quint8& verdict = m_verdicts[r];
        if ((narrowing && !verdict) || (widening && verdict))
            continue;
        const quint8 accepted = accepts(int(r));
        changed = changed || accepted != verdict;
        verdict = accepted;
    }
    if (changed)
        show(computeShown());
}

void InstanceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_order.column() && order == m_sortOrder)
        return;
    if (column != m_order.column())
        m_order.reset(m_model, column);
    m_sortOrder = order;
    show(computeShown());
}

QList<Instance> InstanceFilterProxy::visibleInstances() const
{
    QList<Instance> visible;
    visible.reserve(qsizetype(m_shown.rows.size()));
    for (int row : m_shown.rows)
        visible.append(m_model->instanceAt(row));
    return visible;
}

QList<Instance> InstanceFilterProxy::instancesForRows(const QModelIndexList& proxyIndexes) const
{
    QList<int> rows;
    rows.reserve(proxyIndexes.size());
    for (const QModelIndex& index : proxyIndexes) {
        if (index.isValid() && index.model() == this && index.row() < rowCount())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Instance> result;
    result.reserve(rows.size());
    for (int row : std::as_const(rows))
        result.append(m_model->instanceAt(m_shown.rows[size_t(row)]));
    return result;
}

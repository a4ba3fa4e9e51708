#include "InstanceTableModel.h"

#include "DisplayFormat.h"
#include "DurationText.h"

#include <QFont>

#include <algorithm>
#include <bit>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString cachedNote(const QDateTime& listedAt)
{
    const qint64 age = std::max<qint64>(0, listedAt.secsTo(QDateTime::currentDateTimeUtc()));
    return InstanceTableModel::tr("Listed %1 ago (%2), not refreshed yet.")
        .arg(DurationText::format(age), DisplayFormat::time(listedAt));
}

} // namespace

InstanceTableModel::InstanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

InstanceTableModel::~InstanceTableModel() = default;

QModelIndex InstanceTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // No virtual rowCount()/columnCount() calls as in QAbstractTableModel: the proxy asks for two
    // indexes per comparison while it sorts.
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int InstanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int InstanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_text.display(row, column);
    case Qt::ToolTipRole: {
        QString tip = m_text.toolTip(row, column);
        if (const QDateTime listedAt = cachedListingTime(index.row()); listedAt.isValid())
            tip = cachedNote(listedAt) + (tip.isEmpty() ? QString() : u"\n"_s + tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (cachedListingTime(index.row()).isValid()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        // The colour repeats what the status text says; it never stands alone.
        if (column == StatusColumn)
            return LifecyclePalette::color(row.instance.lifecycle, m_tone);
        return {};
    case Qt::DecorationRole:
        // A shape per state and per charge class, beside the words: readable without the colour.
        if (column == StatusColumn)
            return m_markers.lifecycle(row.instance.lifecycle, m_tone);
        if (column == ChargeTypeColumn) {
            const QIcon& marker = m_markers.charge(row.instance.chargeClass, m_tone);
            return marker.isNull() ? QVariant() : QVariant(marker);
        }
        return {};
    case SortRole:
        return m_text.sortValue(row, column);
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return InstanceColumnText::title(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = InstanceColumnText::titleToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(KeyRole, "key");
    return names;
}

void InstanceTableModel::setViewPalette(const QPalette& palette)
{
    const LifecyclePalette::Tone tone = LifecyclePalette::toneFor(palette.color(QPalette::Base));
    const QColor selected = palette.color(QPalette::HighlightedText);
    if (tone == m_tone && selected == m_markers.selectedColor())
        return;
    m_tone = tone;
    m_markers.setSelectedColor(selected);
    static_assert(StatusColumn + 1 == ChargeTypeColumn, "one dataChanged() covers both marked columns");
    if (m_rows.size() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, ChargeTypeColumn),
                         {Qt::ForegroundRole, Qt::DecorationRole});
}

void InstanceTableModel::setAccountNames(const QHash<QString, QString>& namesById)
{
    m_rows.setAccountNames(namesById);
    if (m_rows.size() > 0)
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void InstanceTableModel::setInstances(const QList<Instance>& instances)
{
    beginResetModel();
    m_cached.clear();
    m_rows.load(instances);
    endResetModel();
}

void InstanceTableModel::replaceSlice(const QString& accountId, const QString& region, const QList<Instance>& instances)
{
    endCached(accountId, region);
    applyDiff(m_rows.diffSlice(accountId, region, instances));
}

void InstanceTableModel::mergeIntoSlice(const QString& accountId, const QString& region, const QList<Instance>& page,
                                        quint32 listing)
{
    applyDiff(m_rows.diffSlice(accountId, region, page, InstanceRowStore::Unlisted::Keep, listing));
}

void InstanceTableModel::settleSlice(const QString& accountId, const QString& region, quint32 listing)
{
    endCached(accountId, region);
    const InstanceRowStore::RowRange rows = m_rows.sliceRows(accountId, region);
    QList<InstanceRowStore::RowRange> unlisted; // runs of adjacent rows, the bottom one first
    for (int row = rows.last; row >= rows.first; --row) {
        if (m_rows.at(row).listing == listing)
            continue;
        if (!unlisted.isEmpty() && unlisted.last().first == row + 1)
            unlisted.last().first = row;
        else
            unlisted.append({row, row});
    }
    removeRanges(unlisted, DropEmptySlices);
}

void InstanceTableModel::applyDiff(InstanceRowStore::SliceDiff diff)
{
    if (diff.isEmpty())
        return;

    // Changed rows first, as the diff numbers them, in one span (a proxy looks at each row of it
    // once, rather than once per run of changed rows).
    m_rows.applyChanges(diff);
    if (!diff.changed().isEmpty()) {
        int top = rowCount();
        int bottom = -1;
        int columns = 0;
        for (const InstanceRowStore::ChangedRows& run : diff.changed()) {
            top = std::min(top, run.first);
            bottom = std::max(bottom, run.last);
            columns |= run.columns;
        }
        const int first = std::countr_zero(unsigned(columns));
        const int last = 31 - std::countl_zero(unsigned(columns));
        emit dataChanged(index(top, first), index(bottom, last));
    }
    removeRanges(diff.removed(), KeepEmptySlices);
    if (diff.insertedCount() > 0) {
        const InstanceRowStore::RowRange range = m_rows.insertionRange(diff);
        beginInsertRows({}, range.first, range.last);
        m_rows.insertNew(diff);
        endInsertRows();
    }
    m_rows.dropEmptySlices();
    m_rows.compactText();
}

void InstanceTableModel::markCached(const QString& accountId, const QString& region, const QDateTime& listedAt)
{
    const InstanceRowStore::RowRange rows = m_rows.sliceRows(accountId, region);
    if (rows.last < rows.first)
        return;
    m_cached[accountId].insert(region, listedAt);
    emit dataChanged(index(rows.first, 0), index(rows.last, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

void InstanceTableModel::endCached(const QString& accountId, const QString& region)
{
    const auto account = m_cached.find(accountId);
    if (account == m_cached.end() || account->remove(region) == 0)
        return;
    if (account->isEmpty())
        m_cached.remove(accountId);
    const InstanceRowStore::RowRange rows = m_rows.sliceRows(accountId, region);
    if (rows.last >= rows.first)
        emit dataChanged(index(rows.first, 0), index(rows.last, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

QDateTime InstanceTableModel::cachedSince(const QString& accountId, const QString& region) const
{
    const auto account = m_cached.constFind(accountId);
    return account == m_cached.cend() ? QDateTime() : account->value(region);
}

QStringList InstanceTableModel::cachedRegions(const QString& accountId) const
{
    return m_cached.value(accountId).keys();
}

QHash<QString, QDateTime> InstanceTableModel::cachedListings() const
{
    QHash<QString, QDateTime> earliest;
    for (auto account = m_cached.cbegin(); account != m_cached.cend(); ++account) {
        for (const QDateTime& listedAt : account.value()) {
            QDateTime& known = earliest[account.key()];
            if (!known.isValid() || listedAt < known)
                known = listedAt;
        }
    }
    return earliest;
}

QDateTime InstanceTableModel::cachedListingTime(int row) const
{
    if (m_cached.isEmpty() || row < 0 || row >= m_rows.size())
        return {};
    const Instance& instance = m_rows.at(row).instance;
    return cachedSince(instance.accountId, instance.region);
}

QList<Instance> InstanceTableModel::accountInstances(const QString& accountId) const
{
    QList<Instance> instances;
    const QList<InstanceRowStore::RowRange> bottomFirst = m_rows.accountRanges(accountId);
    for (auto range = bottomFirst.crbegin(); range != bottomFirst.crend(); ++range) {
        for (int r = range->first; r <= range->last; ++r)
            instances.append(m_rows.at(r).instance);
    }
    return instances;
}

void InstanceTableModel::removeAccount(const QString& accountId)
{
    m_cached.remove(accountId);
    removeRanges(m_rows.accountRanges(accountId), DropEmptySlices);
}

void InstanceTableModel::removeRanges(const QList<InstanceRowStore::RowRange>& bottomFirst, EmptySlices emptySlices)
{
    if (bottomFirst.isEmpty())
        return;
    auto remove = [&] {
        m_rows.removeRanges(bottomFirst);
        if (emptySlices == DropEmptySlices)
            m_rows.dropEmptySlices();
    };
    if (bottomFirst.size() == 1) {
        beginRemoveRows({}, bottomFirst.constFirst().first, bottomFirst.constFirst().last);
        remove();
        endRemoveRows();
    } else {
        // Scattered rows: one layout change that says where every row goes (rowRenumbering()), so
        // that a proxy and its views handle them at once, where a removal per run costs each of them
        // a pass over every row.
        m_renumbering.assign(size_t(rowCount()), 0);
        for (const InstanceRowStore::RowRange& range : bottomFirst)
            std::fill(m_renumbering.begin() + range.first, m_renumbering.begin() + range.last + 1, -1);
        int next = 0;
        for (int& row : m_renumbering)
            row = row < 0 ? -1 : next++;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        remove();
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& before : from) {
            const int row = m_renumbering[size_t(before.row())];
            to.append(row < 0 ? QModelIndex() : index(row, before.column()));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        m_renumbering.clear();
    }
    if (emptySlices == DropEmptySlices)
        m_rows.compactText();
}

void InstanceTableModel::updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                                     const std::optional<QDateTime>& autoRelease)
{
    const int row = m_rows.updateState(key, rawState, lifecycle, autoRelease);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InstanceTableModel::removeInstance(const QString& key)
{
    removeInstances({key});
}

void InstanceTableModel::removeInstances(const QStringList& keys)
{
    QList<int> rows;
    for (const QString& key : keys) {
        if (const InstanceRow* row = m_rows.find(key))
            rows << row->row;
    }
    // Runs of adjacent rows, the bottom one first.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<InstanceRowStore::RowRange> ranges;
    for (const int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().first <= row + 1)
            ranges.last().first = std::min(ranges.last().first, row); // adjacent, or the same key twice
        else
            ranges.append({row, row});
    }
    removeRanges(ranges);
}

int InstanceTableModel::rowOf(const QString& key) const
{
    const InstanceRow* row = m_rows.find(key);
    return row ? row->row : -1;
}

const Instance& InstanceTableModel::instanceAt(int row) const
{
    static const Instance none;
    if (row < 0 || row >= m_rows.size())
        return none;
    return m_rows.at(row).instance;
}

QList<Instance> InstanceTableModel::instances() const
{
    QList<Instance> all;
    all.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        all.append(m_rows.at(r).instance);
    return all;
}

void InstanceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows.size() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int InstanceTableModel::compareRows(int column, int leftRow, int rightRow) const
{
    return m_sortOrder.compare(column, leftRow, rightRow);
}

std::vector<int> InstanceTableModel::sortRanks(int column) const
{
    return m_sortOrder.ranks(column);
}

QStringView InstanceTableModel::searchText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.searchText(row);
}

#include "InstanceTableView.h"

#include "CachedTextDelegate.h"
#include "ColumnFit.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QEvent>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace {

// The columns an operator decides by come first; the rest follow in the model's order.
const QList<int> kLeadingColumns{InstanceTableModel::IdColumn,      InstanceTableModel::NameColumn,
                                 InstanceTableModel::StatusColumn,  InstanceTableModel::ChargeTypeColumn,
                                 InstanceTableModel::AccountColumn, InstanceTableModel::RegionColumn};

} // namespace

InstanceTableView::InstanceTableView(InstanceFilterProxy& proxy, QWidget* parent)
    : QTableView(parent)
    , m_proxy(proxy)
{
    setObjectName(u"instanceTable"_s);
    setModel(&m_proxy);
    setSortingEnabled(true);
    sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setItemDelegate(new CachedTextDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(120);
    for (int i = 0; i < kLeadingColumns.size(); ++i)
        header->moveSection(header->visualIndex(kLeadingColumns[i]), i);

    tellModelThePalette();

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &InstanceTableView::selectionOrRowsChanged);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const std::optional<Instance> current = currentInstance();
        m_currentKey = current ? current->key() : QString();
        emit currentInstanceChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(&m_proxy, signal, this, &InstanceTableView::selectionOrRowsChanged);
    const auto rearranged = [this] {
        emit selectionOrRowsChanged();
        // Rows that come, go or move keep the current row on its instance: the details change only
        // when it went. (Pages arrive several times a second while a fleet is listed.)
        const std::optional<Instance> current = currentInstance();
        const QString key = current ? current->key() : QString();
        if (key != m_currentKey) {
            m_currentKey = key;
            emit currentInstanceChanged();
        }
    };
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, rearranged);
    connect(&m_proxy, &QAbstractItemModel::layoutChanged, this, rearranged);
    connect(&m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = selectionModel()->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            emit currentInstanceChanged();
    });
}

QList<Instance> InstanceTableView::selectedInstances() const
{
    return m_proxy.instancesForRows(selectionModel()->selectedRows());
}

std::optional<Instance> InstanceTableView::currentInstance() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_proxy.instanceModel()->instanceAt(m_proxy.mapToSource(current).row());
}

void InstanceTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        tellModelThePalette();
    QTableView::changeEvent(event);
}

void InstanceTableView::tellModelThePalette()
{
    if (InstanceTableModel* model = m_proxy.instanceModel())
        model->setViewPalette(palette());
}

void InstanceTableView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    header->setResizeContentsPrecision(ColumnFit::SampledRows);
    resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), MaxFittedColumnWidth));
}

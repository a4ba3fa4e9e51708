#include "RecycleBinDialog.h"

#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "ProviderFactory.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRefreshIntervalMs = 60 * 1000;

// An InstanceFilterProxy plus one column after the instance model's own: the time left until the
// provider releases the instance (Instance::autoRelease). A flat table, like its source.
class TimeLeftProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    static int extraColumn() { return InstanceTableModel::ColumnCount; }

    void setSourceModel(QAbstractItemModel* source) override
    {
        if (sourceModel())
            disconnect(sourceModel(), nullptr, this, nullptr);
        QIdentityProxyModel::setSourceModel(source);
        m_filter = qobject_cast<InstanceFilterProxy*>(source);
        if (!source)
            return;
        // After the base class has forwarded the change: the time left follows the instance.
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (topLeft.isValid() && bottomRight.isValid())
                        emit dataChanged(index(topLeft.row(), extraColumn()), index(bottomRight.row(), extraColumn()));
                });
    }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !sourceModel() ? 0 : extraColumn() + 1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : QIdentityProxyModel::rowCount(parent);
    }

    bool hasChildren(const QModelIndex& parent = {}) const override { return !parent.isValid() && rowCount() > 0; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
            return {};
        if (column == extraColumn())
            return createIndex(row, column);
        return QIdentityProxyModel::index(row, column, parent);
    }

    QModelIndex parent(const QModelIndex&) const override { return {}; }

    QModelIndex sibling(int row, int column, const QModelIndex&) const override { return index(row, column); }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override
    {
        if (proxyIndex.isValid() && proxyIndex.column() == extraColumn())
            return {};
        return QIdentityProxyModel::mapToSource(proxyIndex);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (index.isValid() && index.column() == extraColumn())
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
        return QIdentityProxyModel::flags(index);
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.column() != extraColumn())
            return QIdentityProxyModel::data(index, role);
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_filter || !m_filter->instanceModel())
            return {};
        const QModelIndex source = m_filter->mapToSource(m_filter->index(index.row(), 0));
        if (!source.isValid())
            return {};
        const Instance& instance = m_filter->instanceModel()->instanceAt(source.row());
        switch (role) {
        case Qt::DisplayRole:
            if (!instance.autoRelease.isValid())
                return RecycleBinDialog::tr("not known");
            return RecycleBinDialog::timeLeftText(instance.autoRelease, QDateTime::currentDateTimeUtc());
        case Qt::ToolTipRole:
            if (!instance.autoRelease.isValid())
                return RecycleBinDialog::tr("The provider does not say when it releases this instance, and it was "
                                            "not returned through this console.");
            return m_filter->index(index.row(), InstanceTableModel::ReleaseColumn).data(Qt::ToolTipRole);
        case InstanceTableModel::SortRole:
            return instance.autoRelease;
        case InstanceTableModel::KeyRole:
            return instance.key();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && section == extraColumn()) {
            if (role == Qt::DisplayRole)
                return RecycleBinDialog::tr("Time left");
            if (role == Qt::ToolTipRole)
                return RecycleBinDialog::tr("Until the provider releases the instance for good");
            return {};
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

    // The time left sorts as the auto-release time does.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        QIdentityProxyModel::sort(column == extraColumn() ? int(InstanceTableModel::ReleaseColumn) : column, order);
    }

    // The clock moved, or the language changed: every time-left text.
    void refreshTimeLeft()
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, extraColumn()), index(rowCount() - 1, extraColumn()),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    }

    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, extraColumn(), extraColumn());
        refreshTimeLeft();
    }

private:
    InstanceFilterProxy* m_filter = nullptr;
};

TimeLeftProxy* timeLeftProxy(QAbstractItemModel* model)
{
    return static_cast<TimeLeftProxy*>(model);
}

} // namespace

RecycleBinDialog::RecycleBinDialog(InstanceTableModel& model, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"recycleBinDialog"_s);
    setWindowFlag(Qt::Window);
    setModal(false);

    m_filter = new InstanceFilterProxy(this);
    m_filter->setObjectName(u"recycleBinFilter"_s);
    m_filter->setSourceModel(&model);
    m_filter->setRecycleBinOnly(true);
    auto* timeLeft = new TimeLeftProxy(this);
    timeLeft->setObjectName(u"recycleBinModel"_s);
    timeLeft->setSourceModel(m_filter);
    m_timeLeft = timeLeft;

    m_table = new QTableView;
    m_table->setObjectName(u"recycleBinTable"_s);
    m_table->setModel(m_timeLeft);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Columns fit their contents (the header samples at most 1000 rows); the time left takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> shown = {
        InstanceTableModel::ProviderColumn, InstanceTableModel::AccountColumn, InstanceTableModel::RegionColumn,
        InstanceTableModel::IdColumn,       InstanceTableModel::NameColumn,    InstanceTableModel::ChargeTypeColumn,
        InstanceTableModel::ReleaseColumn,  TimeLeftProxy::extraColumn(),      InstanceTableModel::ExpiresColumn};
    for (int c = 0; c < m_timeLeft->columnCount(); ++c)
        m_table->setColumnHidden(c, !shown.contains(c));
    // Soonest auto-release first.
    m_table->sortByColumn(InstanceTableModel::ReleaseColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_count = new QLabel;
    m_count->setObjectName(u"count"_s);
    m_help = new QLabel;
    m_help->setObjectName(u"recoverHelp"_s);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);

    m_release = new QPushButton;
    m_release->setObjectName(u"release"_s);
    m_copy = new QPushButton;
    m_copy->setObjectName(u"copyIds"_s);
    m_close = new QPushButton;
    m_close->setObjectName(u"close"_s);
    connect(m_release, &QPushButton::clicked, this, &RecycleBinDialog::requestRelease);
    connect(m_copy, &QPushButton::clicked, this, &RecycleBinDialog::copyIds);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_release);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_help);
    layout->addLayout(buttons);

    // Connected after the view's selection model, so it has caught up when these run.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecycleBinDialog::updateState);
    connect(m_timeLeft, &QAbstractItemModel::rowsInserted, this, &RecycleBinDialog::updateState);
    connect(m_timeLeft, &QAbstractItemModel::rowsRemoved, this, &RecycleBinDialog::updateState);
    connect(m_timeLeft, &QAbstractItemModel::modelReset, this, &RecycleBinDialog::updateState);
    connect(m_timeLeft, &QAbstractItemModel::layoutChanged, this, &RecycleBinDialog::updateState);

    m_timer = new QTimer(this);
    m_timer->setObjectName(u"timeLeftTimer"_s);
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RecycleBinDialog::refreshTimeLeft);
    m_timer->start();

    retranslateUi();
    resize(1200, 560);
}

RecycleBinDialog::~RecycleBinDialog() = default;

int RecycleBinDialog::timeLeftColumn()
{
    return TimeLeftProxy::extraColumn();
}

QString RecycleBinDialog::timeLeftText(const QDateTime& autoRelease, const QDateTime& now)
{
    if (!autoRelease.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(autoRelease);
    if (seconds <= 0)
        return tr("released any moment");
    const qint64 minutes = seconds / 60;
    if (minutes == 0)
        return tr("less than a minute");
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h", "time left: days and hours").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min", "time left: hours and minutes").arg(hours).arg(minutes % 60);
    return tr("%n min", "time left: minutes", int(minutes));
}

void RecycleBinDialog::retranslateUi()
{
    setWindowTitle(tr("Recycle bin"));
    m_release->setText(tr("&Release permanently…"));
    m_release->setToolTip(tr("Destroy the selected instances for good. You confirm the plan first."));
    m_copy->setText(tr("&Copy ids"));
    m_copy->setToolTip(tr("Copy the ids of the selected instances, or of all listed instances"));
    m_close->setText(tr("Close"));
    timeLeftProxy(m_timeLeft)->retranslate();
    updateState();
}

void RecycleBinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecycleBinDialog::refreshTimeLeft()
{
    timeLeftProxy(m_timeLeft)->refreshTimeLeft();
}

QList<Instance> RecycleBinDialog::visibleInstances() const
{
    return m_filter->visibleInstances();
}

QList<Instance> RecycleBinDialog::selectedInstances() const
{
    // Rows from any selected cell: a layout change can drop the time-left cell of a selected row.
    QSet<int> rows;
    QModelIndexList indexes;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            indexes << m_filter->index(index.row(), 0);
        }
    }
    return m_filter->instancesForRows(indexes);
}

void RecycleBinDialog::updateState()
{
    const QList<Instance> listed = visibleInstances();
    m_count->setText(tr("%n instance(s) in the recycle bin", nullptr, int(listed.size())));

    // Recovery is done in the provider's own console: say how, for the providers present.
    QList<ProviderId> providers;
    for (const Instance& instance : listed) {
        if (!providers.contains(instance.provider))
            providers << instance.provider;
    }
    std::sort(providers.begin(), providers.end());
    QStringList help;
    for (ProviderId provider : std::as_const(providers)) {
        help << tr("%1: %2", "provider: recovery help")
                    .arg(providerDisplayName(provider), ProviderCatalog::recoveryAdvice(provider));
    }
    m_help->setText(help.join(u'\n'));
    m_help->setHidden(help.isEmpty());

    m_release->setEnabled(m_table->selectionModel()->hasSelection());
    m_copy->setEnabled(!listed.isEmpty());
}

void RecycleBinDialog::requestRelease()
{
    const QList<Instance> selected = selectedInstances();
    if (!selected.isEmpty())
        emit releaseRequested(selected);
}

void RecycleBinDialog::copyIds()
{
    QList<Instance> instances = selectedInstances();
    if (instances.isEmpty())
        instances = visibleInstances();
    QStringList ids;
    for (const Instance& instance : std::as_const(instances))
        ids << instance.id;
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u'\n'));
}

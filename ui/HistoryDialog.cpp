#include "HistoryDialog.h"

#include "Csv.h"
#include "FileExport.h"
#include "HistoryTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int AllStatuses = -1;
}

HistoryDialog::HistoryDialog(History& history, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
{
    setObjectName(u"historyDialog"_s);
    m_model = new HistoryTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryTableModel::SortRole);

    m_instanceLabel = new QLabel;
    m_instanceFilter = new QLineEdit;
    m_instanceFilter->setObjectName(u"instanceFilter"_s);
    m_instanceFilter->setClearButtonEnabled(true);
    m_instanceLabel->setBuddy(m_instanceFilter);
    m_accountLabel = new QLabel;
    m_accountFilter = new QComboBox;
    m_accountFilter->setObjectName(u"accountFilter"_s);
    m_accountFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountLabel->setBuddy(m_accountFilter);
    m_dateRange = new QCheckBox;
    m_dateRange->setObjectName(u"dateRange"_s);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_fromDate = new QDateEdit(today);
    m_fromDate->setObjectName(u"fromDate"_s);
    m_toDate = new QDateEdit(today);
    m_toDate->setObjectName(u"toDate"_s);
    for (QDateEdit* edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_toLabel = new QLabel;
    m_toLabel->setBuddy(m_toDate);
    m_statusLabel = new QLabel;
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusLabel->setBuddy(m_statusFilter);
    m_statusFilter->addItem(QString(), AllStatuses);
    for (CallStatus s : {CallStatus::Succeeded, CallStatus::Failed, CallStatus::Unknown, CallStatus::Sent})
        m_statusFilter->addItem(QString(), int(s));
    m_destructiveOnly = new QCheckBox;
    m_destructiveOnly->setObjectName(u"destructiveOnly"_s);
    m_showListings = new QCheckBox;
    m_showListings->setObjectName(u"showListings"_s);

    m_table = new QTableView;
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::SentColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Columns fit their contents (the header samples at most 1000 rows), so times and ids show whole.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The instance ids can be long lists: they go last and take the room that is left.
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(HistoryTableModel::InstancesColumn),
        m_table->horizontalHeader()->count() - 1);

    m_count = new QLabel;
    m_count->setObjectName(u"count"_s);
    m_refresh = new QPushButton;
    m_refresh->setObjectName(u"refresh"_s);
    m_export = new QPushButton;
    m_export->setObjectName(u"exportCsv"_s);
    m_close = new QPushButton;
    m_close->setObjectName(u"close"_s);
    m_close->setAutoDefault(false);
    m_refresh->setAutoDefault(false);
    m_export->setAutoDefault(false);

    auto* filters = new QGridLayout;
    filters->addWidget(m_instanceLabel, 0, 0);
    filters->addWidget(m_instanceFilter, 0, 1);
    filters->addWidget(m_accountLabel, 0, 2);
    filters->addWidget(m_accountFilter, 0, 3);
    filters->addWidget(m_statusLabel, 0, 4);
    filters->addWidget(m_statusFilter, 0, 5);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateRange);
    dates->addWidget(m_fromDate);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_toDate);
    dates->addSpacing(16);
    dates->addWidget(m_destructiveOnly);
    dates->addWidget(m_showListings);
    dates->addStretch();
    filters->addLayout(dates, 1, 0, 1, 6);
    filters->setColumnStretch(1, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_export);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_instanceFilter, &QLineEdit::textChanged, this, &HistoryDialog::requery);
    connect(m_accountFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::requery);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::requery);
    connect(m_destructiveOnly, &QCheckBox::toggled, this, &HistoryDialog::requery);
    connect(m_showListings, &QCheckBox::toggled, this, &HistoryDialog::requery);
    connect(m_dateRange, &QCheckBox::toggled, this, &HistoryDialog::updateDateEnabled);
    connect(m_dateRange, &QCheckBox::toggled, this, &HistoryDialog::requery);
    connect(m_fromDate, &QDateEdit::dateChanged, this, [this] {
        if (m_dateRange->isChecked())
            requery();
    });
    connect(m_toDate, &QDateEdit::dateChanged, this, [this] {
        if (m_dateRange->isChecked())
            requery();
    });
    connect(m_refresh, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::exportCsv);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryDialog::updateCount);

    updateDateEnabled();
    retranslateUi();
    refresh();
    resize(1300, 640);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Call history"));
    m_instanceLabel->setText(tr("&Instance id:"));
    m_instanceFilter->setPlaceholderText(tr("any instance"));
    m_accountLabel->setText(tr("A&ccount:"));
    if (m_accountFilter->count() > 0)
        m_accountFilter->setItemText(0, tr("All accounts"));
    m_dateRange->setText(tr("Sent &from"));
    m_dateRange->setToolTip(tr("Unchecked: calls of any date. Days are counted in UTC."));
    m_toLabel->setText(tr("to"));
    m_statusLabel->setText(tr("&Outcome:"));
    for (int i = 0; i < m_statusFilter->count(); ++i) {
        const int value = m_statusFilter->itemData(i).toInt();
        m_statusFilter->setItemText(i, value == AllStatuses ? tr("All outcomes") : callStatusLabel(CallStatus(value)));
        m_statusFilter->setItemData(i, value == AllStatuses ? QString() : callStatusDescription(CallStatus(value)),
                                    Qt::ToolTipRole);
    }
    m_destructiveOnly->setText(tr("&Destructive calls only"));
    m_showListings->setText(tr("Show &listing calls"));
    m_showListings->setToolTip(tr("Reads of whole regions made to list the fleet: every refresh makes many. "
                                  "Reads of named instances, which check and verify returns, are always shown."));
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("&Export to CSV…"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateCount();
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDialog::updateDateEnabled()
{
    m_fromDate->setEnabled(m_dateRange->isChecked());
    m_toDate->setEnabled(m_dateRange->isChecked());
    m_toLabel->setEnabled(m_dateRange->isChecked());
}

void HistoryDialog::reloadAccounts()
{
    // Every account that appears in the history, by name (the id when two share a name).
    QMap<QString, QString> idByLabel;
    QHash<QString, QString> nameById;
    for (const CallRecord& r : m_history.calls())
        if (!nameById.contains(r.accountId))
            nameById.insert(r.accountId, r.accountName.isEmpty() ? r.accountId : r.accountName);
    QHash<QString, int> nameUses;
    for (const QString& name : std::as_const(nameById))
        ++nameUses[name];
    for (auto it = nameById.cbegin(); it != nameById.cend(); ++it) {
        const QString label = nameUses.value(it.value()) > 1 ? u"%1 (%2)"_s.arg(it.value(), it.key()) : it.value();
        idByLabel.insert(label, it.key());
    }

    const QString current = m_accountFilter->currentData().toString();
    const QSignalBlocker blocker(m_accountFilter);
    m_accountFilter->clear();
    m_accountFilter->addItem(tr("All accounts"), QString());
    for (auto it = idByLabel.cbegin(); it != idByLabel.cend(); ++it)
        m_accountFilter->addItem(it.key(), it.value());
    const int index = m_accountFilter->findData(current);
    m_accountFilter->setCurrentIndex(index < 0 ? 0 : index);
}

HistoryFilter HistoryDialog::currentFilter() const
{
    HistoryFilter filter;
    filter.instanceId = m_instanceFilter->text().trimmed();
    filter.accountId = m_accountFilter->currentData().toString();
    if (m_dateRange->isChecked()) {
        filter.from = m_fromDate->date();
        filter.to = m_toDate->date();
    }
    const int status = m_statusFilter->currentData().toInt();
    if (status != AllStatuses)
        filter.status = CallStatus(status);
    filter.destructiveOnly = m_destructiveOnly->isChecked();
    filter.listings = m_showListings->isChecked();
    return filter;
}

void HistoryDialog::refresh()
{
    reloadAccounts();
    requery();
}

void HistoryDialog::requery()
{
    m_model->setRecords(m_history.calls(currentFilter()));
    updateCount();
}

void HistoryDialog::showUnconfirmedOnly()
{
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(int(CallStatus::Sent)));
}

int HistoryDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

void HistoryDialog::updateCount()
{
    m_count->setText(tr("%n call(s)", nullptr, visibleCount()));
}

QByteArray HistoryDialog::visibleCsv() const
{
    CsvWriter csv;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        const QString title = m_proxy->headerData(c, Qt::Horizontal).toString();
        const bool time = c == HistoryTableModel::SentColumn || c == HistoryTableModel::FinishedColumn;
        header << (time ? tr("%1 (UTC)", "a time column of the exported history").arg(title) : title);
    }
    csv.addRow(header);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            row << m_proxy->index(r, c).data(HistoryTableModel::ExportRole).toString();
        csv.addRow(row);
    }
    return csv.data();
}

void HistoryDialog::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u"/teardown-history-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    const QByteArray csv = visibleCsv(); // the rows shown when Export is pressed
    FileExport::ask(this,
                    {u"exportHistoryChooser"_s, tr("Export call history"), suggested, tr("CSV files (*.csv)"), u"csv"_s,
                     tr("The history could not be written to %1: %2")},
                    [csv](const QString&) { return csv; });
}

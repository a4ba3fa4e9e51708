#include "RunView.h"

#include "ErrorCatalog.h"
#include "ProviderDirectory.h"
#include "TeardownRunner.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum ResultColumn { IdColumn, NameColumn, AccountColumn, RegionColumn, StateColumn, DetailColumn, ColumnCount };

// A problem reads as a problem in words; the colour only repeats it.
QColor colorFor(RunState state)
{
    switch (state) {
    case RunState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case RunState::Failed:
    case RunState::Unknown:
        return QColor(0xc6, 0x28, 0x28);
    case RunState::Skipped:
    case RunState::Blocked:
    case RunState::Canceled:
        return QColor(0x8d, 0x6e, 0x00);
    case RunState::Pending:
    case RunState::Sending:
    case RunState::Verifying:
        break;
    }
    return {};
}

} // namespace

RunView::RunView(ProviderDirectory& providers, const TeardownPlan& plan, const RunnerSettings& settings,
                 QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(u"runView"_s);
    setWindowFlag(Qt::Window);
    m_runner = new TeardownRunner(providers, settings, systemClock(), this);
    connect(m_runner, &TeardownRunner::instanceUpdated, this, &RunView::onInstanceUpdated);
    connect(m_runner, &TeardownRunner::logged, this, &RunView::onLogged);
    connect(m_runner, &TeardownRunner::finished, this, &RunView::onFinished);

    m_headline = new QLabel;
    m_headline->setObjectName(u"headline"_s);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progress"_s);
    m_counts = new QLabel;
    m_counts->setObjectName(u"counts"_s);
    m_results = new QTreeWidget;
    m_results->setObjectName(u"results"_s);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"log"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(u"cancelRun"_s);
    m_export = new QPushButton;
    m_export->setObjectName(u"exportReport"_s);
    m_retry = new QPushButton;
    m_retry->setObjectName(u"retryFailed"_s);
    m_retry->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(failedKeys()); });
    m_close = new QPushButton;
    m_close->setObjectName(u"close"_s);
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancelRun);
    connect(m_export, &QPushButton::clicked, this, &RunView::exportReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_results);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // One row per instance of the plan, in plan order, before anything is sent.
    for (const PlanItem& item : std::as_const(m_plan.items)) {
        auto* row = new QTreeWidgetItem(m_results);
        row->setText(IdColumn, item.instance.id);
        row->setText(NameColumn, item.instance.name);
        const Provider* p = providers.provider(item.instance.accountId);
        row->setText(AccountColumn, p ? p->account().name : item.instance.accountId);
        row->setText(RegionColumn, item.instance.region);
        m_rows.insert(item.instance.key(), row);
    }
    m_progress->setRange(0, int(m_plan.items.size()));
    retranslateUi();
    resize(980, 620);
}

RunView::~RunView() = default;

void RunView::retranslateUi()
{
    setWindowTitle(tr("Run"));
    m_headline->setText(m_plan.intent == Intent::Release ? tr("Releasing from the recycle bin")
                                                         : tr("Returning instances"));
    m_results->setHeaderLabels(
        {tr("Instance ID"), tr("Name"), tr("Account"), tr("Region"), tr("State"), tr("Details")});
    m_cancel->setText(tr("&Cancel run"));
    m_cancel->setToolTip(tr("No new calls are sent; calls already sent are still verified and reported."));
    m_export->setText(tr("&Export report…"));
    m_retry->setText(tr("&Retry failed…"));
    m_retry->setToolTip(tr("Plan the instances the provider refused again. Instances with an unknown outcome are "
                           "not included: refresh and check them first."));
    m_close->setText(tr("Close"));
    for (const InstanceResult& r : m_runner->report().results) {
        if (QTreeWidgetItem* row = m_rows.value(r.key))
            fillRow(row, r);
    }
    updateCounts();
}

void RunView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RunView::start()
{
    m_runner->start(m_plan);
    for (const InstanceResult& r : m_runner->report().results) {
        if (QTreeWidgetItem* row = m_rows.value(r.key))
            fillRow(row, r);
    }
    updateCounts();
}

bool RunView::isRunning() const
{
    return m_runner->isRunning();
}

const RunReport& RunView::report() const
{
    return m_runner->report();
}

void RunView::fillRow(QTreeWidgetItem* row, const InstanceResult& r)
{
    row->setText(StateColumn, runStateLabel(r.state));
    QString detail;
    if (r.error.isError())
        detail = ErrorCatalog::describe(r.error);
    else if (!r.requestId.isEmpty())
        detail = tr("RequestId %1").arg(r.requestId);
    row->setText(DetailColumn, detail);
    row->setToolTip(DetailColumn, detail);
    const QColor color = colorFor(r.state);
    for (int c = 0; c < ColumnCount; ++c)
        row->setForeground(c, color.isValid() ? QBrush(color) : QBrush());
}

void RunView::onInstanceUpdated(const InstanceResult& result)
{
    if (QTreeWidgetItem* row = m_rows.value(result.key))
        fillRow(row, result);
    updateCounts();
    emit instanceUpdated(result);
}

void RunView::onLogged(const RunLogEntry& entry)
{
    QString where = entry.accountName;
    if (!entry.region.isEmpty())
        where += (where.isEmpty() ? QString() : u"/"_s) + entry.region;
    const QString line = entry.time.toLocalTime().toString(u"HH:mm:ss"_s) + u"  "_s
        + (where.isEmpty() ? QString() : where + u": "_s) + entry.text;
    m_log->appendPlainText(entry.problem ? u"⚠ "_s + line : line);
}

QString RunView::countsText() const
{
    const RunReport& r = m_runner->report();
    const int pending = int(r.results.size()) - r.finishedCount();
    return tr("Done %1 · Failed %2 · Unknown %3 · Skipped or blocked %4 · Not sent %5 · In progress %6")
        .arg(r.count(RunState::Done))
        .arg(r.count(RunState::Failed))
        .arg(r.count(RunState::Unknown))
        .arg(r.count(RunState::Skipped) + r.count(RunState::Blocked))
        .arg(r.count(RunState::Canceled))
        .arg(pending);
}

void RunView::updateCounts()
{
    m_progress->setValue(m_runner->report().finishedCount());
    m_counts->setText(countsText());
}

void RunView::onFinished()
{
    m_finished = true;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_retry->setEnabled(!failedKeys().isEmpty());
    updateCounts();
    const RunReport& r = m_runner->report();
    if (r.count(RunState::Unknown) > 0) {
        m_log->appendPlainText(u"⚠ "_s
                               + tr("Instances marked Unknown were not resent: their calls may have been applied. "
                                    "Refresh and check them before acting again."));
    }
    emit runFinished(r);
}

QStringList RunView::failedKeys() const
{
    QStringList keys;
    for (const InstanceResult& r : m_runner->report().results) {
        if (r.state == RunState::Failed)
            keys << r.key;
    }
    return keys;
}

void RunView::cancelRun()
{
    if (!m_runner->isRunning())
        return;
    m_cancel->setEnabled(false);
    m_runner->cancel();
}

void RunView::exportReport()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/teardown-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export run report"), suggested,
                                                      tr("CSV files (*.csv);;JSON files (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const QByteArray bytes = json ? report().toJson() : report().toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export run report"),
                             tr("The report could not be written to %1: %2").arg(path, file.errorString()));
}

void RunView::closeEvent(QCloseEvent* event)
{
    // A run is never abandoned by closing its window: cancel first, then close once it is over.
    if (m_runner->isRunning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RunView::reject()
{
    if (!m_runner->isRunning())
        QDialog::reject();
}

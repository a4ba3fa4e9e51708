#include "RunView.h"

#include "ColumnFit.h"
#include "DisplayFormat.h"
#include "FileExport.h"
#include "LifecyclePalette.h"
#include "RunResultsModel.h"
#include "TeardownRun.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The order the counts line names what happened.
constexpr std::array kCounted{Happened::Destroyed,
                              Happened::InRecycleBin,
                              Happened::SubscriptionCancelled,
                              Happened::DeletedCreationFailed,
                              Happened::Failed,
                              Happened::Unknown,
                              Happened::Blocked,
                              Happened::NotSent,
                              Happened::InProgress};

} // namespace

RunView::RunView(TeardownRun& run, AccountNames names, QWidget* parent)
    : QDialog(parent)
    , m_run(run)
    , m_names(std::move(names))
{
    setObjectName(u"runView"_s);
    setWindowFlag(Qt::Window);
    connect(&m_run, &TeardownRun::instanceUpdated, this, &RunView::onInstanceUpdated);
    connect(&m_run, &TeardownRun::progressChanged, this, &RunView::updateCounts);
    connect(&m_run, &TeardownRun::logged, this, &RunView::appendLog);
    connect(&m_run, &TeardownRun::finished, this, &RunView::onFinished);

    m_headline = new QLabel;
    m_headline->setObjectName(u"headline"_s);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progress"_s);
    m_counts = new QLabel;
    m_counts->setObjectName(u"counts"_s);
    m_counts->setWordWrap(true);
    m_model = new RunResultsModel(m_run.report(), m_names, this);
    m_results = new QTreeView;
    m_results->setObjectName(u"results"_s);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setResizeContentsPrecision(ColumnFit::SampledRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"log"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(TeardownRun::MaxLogEntries);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(u"cancelRun"_s);
    m_export = new QPushButton;
    m_export->setObjectName(u"exportReport"_s);
    m_retry = new QPushButton;
    m_retry->setObjectName(u"retryFailed"_s);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(&m_run); });
    m_close = new QPushButton;
    m_close->setObjectName(u"close"_s);
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancelRun);
    connect(m_export, &QPushButton::clicked, this, &RunView::exportReport);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

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

    // One row per instance of the plan, in plan order; the run may be far along already.
    m_model->setTone(LifecyclePalette::toneFor(m_results->palette().color(QPalette::Base)));
    for (const RunLogEntry& entry : m_run.log())
        appendLog(entry);
    retranslateUi();
    updateCounts();
    for (int c = RunResultsModel::IdColumn; c < RunResultsModel::ResultColumn; ++c)
        m_results->resizeColumnToContents(c);
    if (!m_run.isRunning())
        onFinished();
    resize(980, 620);
}

RunView::~RunView() = default;

void RunView::retranslateUi()
{
    setWindowTitle(tr("Run %1").arg(m_run.number()));
    m_headline->setText(m_run.plan().intent == Intent::Release ? tr("Releasing from the recycle bin")
                                                               : tr("Returning instances"));
    m_cancel->setText(tr("&Cancel run"));
    m_cancel->setToolTip(tr("No new calls are sent; calls already sent are still verified and reported."));
    m_export->setText(tr("&Export report…"));
    m_retry->setText(tr("&Retry failed…"));
    m_retry->setToolTip(tr("Plan the instances the provider refused again. Instances with an unknown outcome are "
                           "not included: refresh and check them first."));
    m_close->setText(tr("Close"));
    m_close->setToolTip(m_run.isRunning() ? tr("The run goes on without this window; View → Runs opens it again.")
                                          : QString());
}

void RunView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        updateCounts();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setTone(LifecyclePalette::toneFor(m_results->palette().color(QPalette::Base)));
    }
    QDialog::changeEvent(event);
}

bool RunView::isRunning() const
{
    return m_run.isRunning();
}

const RunReport& RunView::report() const
{
    return m_run.report();
}

void RunView::onInstanceUpdated(const InstanceResult& result)
{
    m_model->resultChanged(result.key); // the counts follow progressChanged()
}

void RunView::appendLog(const RunLogEntry& entry)
{
    QString where = entry.accountName;
    if (!entry.region.isEmpty())
        where += (where.isEmpty() ? QString() : u"/"_s) + entry.region;
    const QString line = DisplayFormat::timeWithSeconds(entry.time) + u"  "_s
        + (where.isEmpty() ? QString() : where + u": "_s) + entry.text;
    m_log->appendPlainText(entry.problem ? u"⚠ "_s + line : line);
}

QString RunView::countsText() const
{
    const RunReport& r = m_run.report();
    QStringList parts;
    for (const Happened happened : kCounted) {
        if (const int n = r.count(happened))
            parts << tr("%1 %2", "what happened, then how many instances").arg(happenedLabel(happened)).arg(n);
    }
    return parts.join(u" · "_s);
}

void RunView::updateCounts()
{
    // Progress is what is to be sent and has settled; blocked instances were never to be sent.
    const RunProgress progress = m_run.report().progress();
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.total == 0 ? 1 : progress.settled);
    m_progress->setFormat(tr("%1 of %2 settled").arg(progress.settled).arg(progress.total));
    m_counts->setText(countsText());
}

void RunView::onFinished()
{
    m_cancel->setEnabled(false);
    m_close->setDefault(true);
    m_close->setToolTip(QString());
    m_retry->setEnabled(!m_run.failedKeys().isEmpty());
    updateCounts();
    if (m_run.report().count(RunState::Unknown) > 0) {
        m_log->appendPlainText(u"⚠ "_s
                               + tr("Instances marked Unknown were not resent: their calls may have been applied. "
                                    "Refresh and check them before acting again."));
    }
}

void RunView::cancelRun()
{
    if (!m_run.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_run.cancel();
}

void RunView::exportReport()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/teardown-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    // The report as it stands when the file is chosen: a run may have gone on meanwhile.
    FileExport::ask(this,
                    {u"exportReportChooser"_s, tr("Export run report"), suggested,
                     tr("CSV files (*.csv);;JSON files (*.json)"), u"csv"_s,
                     tr("The report could not be written to %1: %2")},
                    [this](const QString& path) {
                        return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? report().toJson() : report().toCsv();
                    });
}

void RunView::done(int result)
{
    // Closing the window (Close, Escape, the title bar) never stops the run; whoever shows the
    // window says where it went.
    const bool wasShown = isVisible();
    QDialog::done(result);
    if (wasShown && m_run.isRunning())
        emit closedWhileRunning(&m_run);
}

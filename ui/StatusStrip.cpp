#include "StatusStrip.h"

#include "ConsoleFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "TeardownController.h"
#include "TeardownRun.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Keeps a status item at a fixed size that fits its text. An item whose size hint changes makes
// the status bar lay out again, and with it the whole main window (25–53 ms with 100,000 rows in
// the table: bench_console), at every new count; a widget of fixed size changes nothing around it.
// The width grows in steps to fit a longer text and shrinks only when the language changes.
void fitFixed(QWidget& item, bool mayShrink = false)
{
    constexpr int Step = 24;
    const QSize hint = item.sizeHint();
    const int width = (hint.width() + Step - 1) / Step * Step;
    const bool fixed = item.minimumSize() == item.maximumSize();
    if (!fixed || width > item.maximumWidth() || (mayShrink && width < item.maximumWidth())
        || hint.height() != item.maximumHeight())
        item.setFixedSize(width, hint.height());
}

} // namespace

StatusStrip::StatusStrip(QStatusBar& bar, ConsoleFleet& fleet, InstanceFilterProxy& proxy, TeardownController& teardown)
    : QObject(&bar)
    , m_fleet(fleet)
    , m_proxy(proxy)
    , m_teardown(teardown)
{
    m_selection = new QLabel;
    m_selection->setObjectName(u"selectionSummary"_s);
    m_runIndicator = new QToolButton;
    m_runIndicator->setObjectName(u"runIndicator"_s);
    m_runIndicator->setAutoRaise(true);
    m_runIndicator->hide();
    connect(m_runIndicator, &QToolButton::clicked, this, &StatusStrip::runsRequested);
    m_count = new QLabel;
    m_count->setObjectName(u"instanceCount"_s);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"listingProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    bar.addWidget(m_selection, 1);
    bar.addPermanentWidget(m_runIndicator);
    bar.addPermanentWidget(m_progress);
    bar.addPermanentWidget(m_count);

    connect(&m_fleet, &ConsoleFleet::loadProgress, this, &StatusStrip::onLoadProgress);
    connect(&m_fleet, &ConsoleFleet::loadFinished, this, [this] {
        m_progress->hide();
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(&m_proxy, signal, this, &StatusStrip::updateCount);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &StatusStrip::updateCount);
    connect(&m_proxy, &QAbstractItemModel::layoutChanged, this, &StatusStrip::updateCount);
    connect(&m_teardown, &TeardownController::runStarted, this, [this](TeardownRun* run) {
        connect(run, &TeardownRun::progressChanged, this, &StatusStrip::updateRunIndicator);
        connect(run, &TeardownRun::finished, this, &StatusStrip::updateRunIndicator);
        updateRunIndicator();
    });
}

void StatusStrip::setSelectionText(const QString& text)
{
    m_selection->setText(text);
}

QString StatusStrip::selectionText() const
{
    return m_selection->text();
}

void StatusStrip::retranslate()
{
    updateCount();
    fitFixed(*m_count, true);
    updateRunIndicator();
    fitFixed(*m_runIndicator, true);
    m_runIndicator->setToolTip(tr("Show every run (Ctrl+Shift+R)"));
}

void StatusStrip::updateCount()
{
    m_count->setText(tr("%1 of %n instance(s) shown", nullptr, m_fleet.model().rowCount()).arg(m_proxy.rowCount()));
    fitFixed(*m_count);
}

void StatusStrip::onLoadProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setMaximum(std::max(1, total));
    // A progress bar repaints at once when its value changes, and with it the window behind it (the
    // table of 100,000 rows: 16 ms at each step); with updates held it is painted with the rest.
    m_progress->setUpdatesEnabled(false);
    m_progress->setValue(done);
    m_progress->setUpdatesEnabled(true);
    const QString format = tr("Listing %v of %m");
    m_progress->setFormat(format);
    // Wide enough for the text at its longest, so it never reads "Listing 26 of 2…".
    QString longest = format;
    longest.replace(u"%v"_s, QString::number(total)).replace(u"%m"_s, QString::number(total));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(longest) + 40);
}

void StatusStrip::updateRunIndicator()
{
    // The newest run still going, else nothing: a closed run window is one click away.
    const QList<TeardownRun*> runs = m_teardown.runs();
    const auto running =
        std::find_if(runs.crbegin(), runs.crend(), [](const TeardownRun* r) { return r->isRunning(); });
    if (running == runs.crend()) {
        m_runIndicator->hide();
        return;
    }
    const RunProgress progress = (*running)->report().progress();
    m_runIndicator->setText(
        tr("Run %1: %2 of %3 settled").arg((*running)->number()).arg(progress.settled).arg(progress.total));
    fitFixed(*m_runIndicator);
    m_runIndicator->show();
}

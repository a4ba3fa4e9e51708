#include "RunsDialog.h"

#include "DisplayFormat.h"
#include "TeardownController.h"
#include "TeardownRun.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { NumberColumn, StartedColumn, WhatColumn, StateColumn, ProgressColumn, ColumnCount };
constexpr int kRunRole = Qt::UserRole;

TeardownRun* runOf(const QTreeWidgetItem* item)
{
    return item ? static_cast<TeardownRun*>(item->data(NumberColumn, kRunRole).value<QObject*>()) : nullptr;
}

} // namespace

RunsDialog::RunsDialog(TeardownController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"runsDialog"_s);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"runs"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, &RunsDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current != nullptr); });

    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openRun"_s);
    m_open->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_open, &QPushButton::clicked, this, &RunsDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    for (TeardownRun* run : m_controller.runs())
        addRun(run);
    connect(&m_controller, &TeardownController::runStarted, this, &RunsDialog::addRun);
    retranslateUi();
    resize(760, 360);
}

int RunsDialog::runCount() const
{
    return m_list->topLevelItemCount();
}

void RunsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RunsDialog::retranslateUi()
{
    setWindowTitle(tr("Runs"));
    m_intro->setText(tr("Every run since the console started. A run goes on when its window is closed; open it "
                        "here to follow it or export its report."));
    m_list->setHeaderLabels({tr("Run"), tr("Started"), tr("What"), tr("State"), tr("Progress")});
    m_open->setText(tr("&Open"));
    for (TeardownRun* run : m_controller.runs())
        updateRun(run);
    for (int c = 0; c < ProgressColumn; ++c)
        m_list->resizeColumnToContents(c);
}

void RunsDialog::addRun(TeardownRun* run)
{
    auto* item = new QTreeWidgetItem(m_list);
    item->setData(NumberColumn, kRunRole, QVariant::fromValue<QObject*>(run));
    connect(run, &TeardownRun::progressChanged, this, [this, run] { updateRun(run); });
    connect(run, &TeardownRun::finished, this, [this, run] { updateRun(run); });
    updateRun(run);
}

void RunsDialog::updateRun(TeardownRun* run)
{
    QTreeWidgetItem* item = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !item; ++i) {
        if (runOf(m_list->topLevelItem(i)) == run)
            item = m_list->topLevelItem(i);
    }
    if (!item)
        return;
    const RunReport& report = run->report();
    const int allowed = run->plan().allowedCount();
    item->setText(NumberColumn, QString::number(run->number()));
    item->setText(StartedColumn, DisplayFormat::timeWithSeconds(report.startedAt));
    item->setText(WhatColumn,
                  run->plan().intent == Intent::Release
                      ? tr("Release %n instance(s) from the recycle bin", nullptr, allowed)
                      : tr("Return %n instance(s)", nullptr, allowed));
    QString state;
    if (run->isRunning())
        state = run->isCancelRequested() ? tr("Canceling") : tr("Running");
    else
        state = report.canceled ? tr("Canceled") : tr("Finished");
    item->setText(StateColumn, state);
    const RunProgress progress = report.progress();
    QString counts = tr("%1 of %2 settled").arg(progress.settled).arg(progress.total);
    if (const int unknown = report.count(Happened::Unknown))
        counts += u" · "_s + tr("%n unknown", nullptr, unknown);
    if (const int failed = report.count(Happened::Failed))
        counts += u" · "_s + tr("%n failed", nullptr, failed);
    item->setText(ProgressColumn, counts);
}

void RunsDialog::openCurrent()
{
    if (TeardownRun* run = runOf(m_list->currentItem()))
        emit openRequested(run);
}

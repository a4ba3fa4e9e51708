#include "TeardownWindows.h"

#include "ErrorCatalog.h"
#include "RunView.h"
#include "RunsDialog.h"
#include "TeardownController.h"
#include "TeardownDialog.h"
#include "TeardownRun.h"

#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

TeardownWindows::TeardownWindows(TeardownController& controller, AccountNames names, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_names(std::move(names))
    , m_window(window)
{
    connect(&m_controller, &TeardownController::requested, this, &TeardownWindows::openConfirmation);
    connect(&m_controller, &TeardownController::confirmationPending, this, [this] {
        if (m_confirmation) {
            m_confirmation->raise();
            m_confirmation->activateWindow();
        }
    });
    connect(&m_controller, &TeardownController::planChanged, this, [this](const TeardownPlan& plan, int revision) {
        if (m_confirmation) {
            m_confirmation->setReadingKeptAgain(m_controller.isReadingKeptAgain());
            m_confirmation->setOrigin(m_controller.savedOrigin());
            m_confirmation->setPlan(plan, revision, m_controller.isPlanFinal());
        }
    });
    connect(&m_controller, &TeardownController::stageChanged, this, &TeardownWindows::onStageChanged);
    connect(&m_controller, &TeardownController::runStarted, this, &TeardownWindows::onRunStarted);
}

TeardownWindows::~TeardownWindows() = default;

void TeardownWindows::request(Intent intent, const QList<Instance>& selection)
{
    explain(m_controller.request(intent, selection));
}

void TeardownWindows::openPlan(const QString& path)
{
    ProviderError refusal;
    const TeardownController::RequestResult result = m_controller.requestSavedFile(path, &refusal);
    if (result == TeardownController::RequestResult::PlanFileRefused)
        warn(tr("Plan not opened"), ErrorCatalog::describe(refusal));
    else
        explain(result);
}

void TeardownWindows::savePlan(const QString& path, int revision)
{
    const ProviderError error = m_controller.savePlan(path, revision);
    if (error.isError())
        warn(tr("Plan not saved"), ErrorCatalog::describe(error));
    else
        emit message(tr("Plan saved to %1. Open it with File → Open plan…, or run teardownctl apply %1.").arg(path));
}

void TeardownWindows::explain(TeardownController::RequestResult result)
{
    switch (result) {
    case TeardownController::RequestResult::Started:
    case TeardownController::RequestResult::ConfirmationOpen: // brought forward by the controller's signal
    case TeardownController::RequestResult::PlanFileRefused: // said by openPlan(), with the file's reason
        return;
    case TeardownController::RequestResult::NothingSelected:
        emit message(tr("Select the instances to act on first."));
        return;
    case TeardownController::RequestResult::HistoryUnavailable:
        warn(tr("History unavailable"), ErrorCatalog::describe(ProviderError::local(u"Teardown.HistoryUnavailable"_s)));
        return;
    }
}

void TeardownWindows::warn(const QString& title, const QString& text)
{
    // Shown without waiting on it: nothing here depends on the answer.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TeardownWindows::openConfirmation()
{
    if (!m_confirmation) {
        m_confirmation = new TeardownDialog(m_names, m_window);
        m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_confirmation, &TeardownDialog::optionsChanged, &m_controller, &TeardownController::setOptions);
        connect(m_confirmation, &TeardownDialog::confirmed, &m_controller,
                [this](int revision) { m_controller.confirm(revision); });
        connect(m_confirmation, &QDialog::rejected, &m_controller, &TeardownController::dismiss);
        connect(m_confirmation, &TeardownDialog::saveRequested, this, &TeardownWindows::savePlan);
    }
    m_confirmation->setReadingKeptAgain(m_controller.isReadingKeptAgain());
    m_confirmation->setOrigin(m_controller.savedOrigin());
    // Window-modal and without a local event loop: the window behind cannot start another plan.
    m_confirmation->open();
}

void TeardownWindows::onStageChanged()
{
    if (m_controller.stage() != TeardownController::Stage::Idle || !m_confirmation)
        return;
    // Confirmed or dismissed: either way the plan is no longer open. The dialog is deleted later;
    // let go of it now, so that a request right after this one gets a dialog of its own.
    QPointer<TeardownDialog> closing = m_confirmation;
    m_confirmation.clear();
    closing->close();
}

void TeardownWindows::onRunStarted(TeardownRun* run)
{
    showRun(run);
    emit message(tr("Run %1 started.").arg(run->number()));
}

TeardownDialog* TeardownWindows::confirmation() const
{
    return m_confirmation;
}

RunsDialog* TeardownWindows::runsDialog() const
{
    return m_runs;
}

RunView* TeardownWindows::runView(const TeardownRun* run) const
{
    return m_runViews.value(run);
}

RunView* TeardownWindows::latestRunView() const
{
    const QList<TeardownRun*> runs = m_controller.runs();
    return runs.isEmpty() ? nullptr : runView(runs.last());
}

void TeardownWindows::showRun(TeardownRun* run)
{
    QPointer<RunView>& view = m_runViews[run];
    if (!view) {
        view = new RunView(*run, m_names, m_window);
        connect(view, &RunView::retryRequested, this,
                [this](const TeardownRun* failed) { explain(m_controller.retryFailed(failed)); });
        connect(view, &RunView::closedWhileRunning, this, [this](const TeardownRun* running) {
            emit message(tr("Run %1 goes on without its window. View → Runs opens it again.").arg(running->number()));
        });
    }
    view->show();
    view->raise();
    view->activateWindow();
}

void TeardownWindows::showRuns()
{
    if (!m_runs) {
        m_runs = new RunsDialog(m_controller, m_window);
        connect(m_runs, &RunsDialog::openRequested, this, &TeardownWindows::showRun);
    }
    m_runs->show();
    m_runs->raise();
    m_runs->activateWindow();
}

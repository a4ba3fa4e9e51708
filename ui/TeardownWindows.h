#pragma once

#include "AccountNames.h"
#include "Instance.h"
#include "TeardownController.h"
#include "TeardownRules.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;
class RunView;
class RunsDialog;
class TeardownDialog;
class TeardownRun;

// The windows of the teardown flow: the one confirmation dialog, a window per run, and the list of
// runs. They follow the TeardownController: its plan is shown as it changes, the operator's
// decision goes back to it, and a run's window can be closed and opened again while it goes on.
class TeardownWindows : public QObject
{
    Q_OBJECT

public:
    TeardownWindows(TeardownController& controller, AccountNames names, QWidget* window);
    ~TeardownWindows() override;

    // Asks the controller for a plan; says in plain words why when it cannot make one.
    void request(Intent intent, const QList<Instance>& selection);
    // Opens a saved plan in the confirmation; says why when the file is refused.
    void openPlan(const QString& path);

    TeardownController& controller() const { return m_controller; }
    TeardownDialog* confirmation() const;
    RunView* latestRunView() const; // the window of the newest run, if it was ever opened
    RunView* runView(const TeardownRun* run) const;
    RunsDialog* runsDialog() const;
    void showRun(TeardownRun* run);
    void showRuns();

signals:
    // Something to tell the operator in the status bar.
    void message(const QString& text);

private:
    void explain(TeardownController::RequestResult result);
    void openConfirmation();
    void savePlan(const QString& path, int revision);
    void onStageChanged();
    void onRunStarted(TeardownRun* run);
    void warn(const QString& title, const QString& text);

    TeardownController& m_controller;
    AccountNames m_names;
    QWidget* m_window;
    QPointer<TeardownDialog> m_confirmation;
    QHash<const TeardownRun*, QPointer<RunView>> m_runViews;
    QPointer<RunsDialog> m_runs;
};

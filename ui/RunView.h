#pragma once

#include "AccountNames.h"
#include "RunLane.h"
#include "RunReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;
class RunResultsModel;
class TeardownRun;

// One run's window: what happened to every instance, the progress of what is to be sent, the
// whole log, cancel, retry and the report export. It shows a TeardownRun and decides nothing. It can
// be closed at any time: the run goes on, and View → Runs opens its window again.
class RunView : public QDialog
{
    Q_OBJECT

public:
    RunView(TeardownRun& run, AccountNames names, QWidget* parent = nullptr);
    ~RunView() override;

    TeardownRun& run() const { return m_run; }
    bool isRunning() const;
    const RunReport& report() const;
    QString countsText() const; // for tests and the window title

signals:
    void retryRequested(const TeardownRun* run);
    // Closed while its run goes on: whoever shows it says where it can be found again.
    void closedWhileRunning(const TeardownRun* run);

public slots:
    void cancelRun();
    void exportReport();
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onInstanceUpdated(const InstanceResult& result);
    void appendLog(const RunLogEntry& entry);
    void onFinished();
    void updateCounts();

    TeardownRun& m_run;
    AccountNames m_names;
    QLabel* m_headline = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_counts = nullptr;
    RunResultsModel* m_model = nullptr;
    QTreeView* m_results = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_close = nullptr;
};

#pragma once

#include "RunLane.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QDialog>
#include <QHash>

class ProviderDirectory;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class TeardownRunner;

// One confirmed run: progress per instance and overall, the live log, cancel, and the report
// export. It starts the engine's runner and shows what it reports; it decides nothing itself.
class RunView : public QDialog
{
    Q_OBJECT

public:
    RunView(ProviderDirectory& providers, const TeardownPlan& plan, const RunnerSettings& settings,
            QWidget* parent = nullptr);
    ~RunView() override;

    void start();
    bool isRunning() const;
    const RunReport& report() const;
    QString countsText() const; // for tests and the window title

    // Instances whose call the provider refused: safe to plan again. Unknown outcomes are not here:
    // they are checked first, never retried blind.
    QStringList failedKeys() const;

signals:
    void instanceUpdated(const InstanceResult& result);
    void retryRequested(const QStringList& instanceKeys);
    void runFinished(const RunReport& report);

public slots:
    void cancelRun();
    void exportReport();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void onInstanceUpdated(const InstanceResult& result);
    void onLogged(const RunLogEntry& entry);
    void onFinished();
    void updateCounts();
    void fillRow(QTreeWidgetItem* row, const InstanceResult& result);

    TeardownPlan m_plan;
    TeardownRunner* m_runner = nullptr;
    QLabel* m_headline = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_counts = nullptr;
    QTreeWidget* m_results = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_close = nullptr;
    QHash<QString, QTreeWidgetItem*> m_rows; // by instance key
    bool m_finished = false;
};

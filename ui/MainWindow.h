#pragma once

#include "Instance.h"

#include <QMainWindow>

class AboutDialog;
class AccountBrowser;
class ConsoleFleet;
class ConsoleSession;
class FilterBar;
class HistoryDialog;
class InstanceDetailsPane;
class InstanceFilterProxy;
class InstanceTableModel;
class InstanceTableView;
class QLabel;
class QSplitter;
class QTableView;
class RecycleBinDialog;
class RunView;
class StatusStrip;
class TeardownWindows;
class TranslationLoader;
class WindowActions;

// The console's main window: accounts and regions to browse, the instance table with its filters,
// the details of the current instance, and the actions on what is selected and shown. It renders
// the session (its fleet and its teardown flow) and sends it intents; it plans nothing, opens no
// provider and runs nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConsoleSession& session, TranslationLoader& translations, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the status bar.
    InstanceTableModel& instanceModel() const;
    InstanceFilterProxy& instanceProxy() const { return *m_proxy; }
    QTableView& instanceView() const;
    AccountBrowser& browser() const { return *m_browser; }
    InstanceDetailsPane& detailsPane() const { return *m_details; }
    TeardownWindows& teardownWindows() const { return *m_teardown; }
    QString selectionSummaryText() const;
    QString accountProblemsText() const;
    bool isRefreshing() const;
    RunView* currentRun() const; // the newest run's window
    // What the actions act on: the selected rows the filters let through.
    QList<Instance> selectedInstances() const;

public slots:
    void refresh();
    // Plan the selection and show the confirmation; the teardown controller runs what is confirmed.
    void returnSelected();
    void releaseSelected();
    void showRecycleBin();
    void showHistory();
    void showRuns();
    // After a crash: calls that were sent but never confirmed are shown, with a way to verify them.
    void checkUnconfirmedCalls();
    void switchLanguage(const QString& language);
    // Selects every row the filters let through, and no other.
    void selectAllShown();
    void copySelectedIds();
    void exportVisibleList();
    // Chooses a saved plan (without waiting on the chooser) and shows it in the confirmation.
    void openPlan();
    void manageAccounts();
    void showAbout();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createWidgets();
    void connectActions();
    void retranslateUi();
    void onScopeChanged(const QString& accountId, const QString& region);
    void onSelectionChanged();
    void updateDetails();
    void onLoadFinished();
    void updateBanners();
    void restoreState();
    void setDetailsShown(bool shown);

    ConsoleSession& m_session;
    ConsoleFleet& m_fleet;
    TranslationLoader& m_translations;
    InstanceFilterProxy* m_proxy = nullptr;
    TeardownWindows* m_teardown = nullptr;

    AccountBrowser* m_browser = nullptr;
    FilterBar* m_filters = nullptr;
    QLabel* m_sandboxBanner = nullptr;
    QLabel* m_problemBanner = nullptr;
    InstanceTableView* m_table = nullptr;
    InstanceDetailsPane* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    StatusStrip* m_status = nullptr;

    WindowActions* m_actions = nullptr;

    bool m_columnsSized = false; // fitted once, or restored from the last session
    bool m_closeWhileRunning = false; // the operator chose to close with a run going on
    RecycleBinDialog* m_recycleBin = nullptr;
    HistoryDialog* m_history = nullptr;
    AboutDialog* m_about = nullptr;
};

#pragma once

#include "Instance.h"

#include <QMainWindow>

class AccountBrowser;
class ConsoleFleet;
class ConsoleSession;
class FilterBar;
class HistoryDialog;
class InstanceDetailsPane;
class InstanceFilterProxy;
class InstanceTableModel;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;
class RecycleBinDialog;
class RunView;
class TeardownWindows;
class TranslationLoader;

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
    QTableView& instanceView() const { return *m_table; }
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
    void copySelectedIds();
    void exportVisibleList();
    void manageAccounts();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void createStatusBar();
    void retranslateUi();
    void onScopeChanged(const QString& accountId, const QString& region);
    void onSelectionChanged();
    void updateDetails();
    void onLoadProgress(int done, int total);
    void onLoadFinished();
    void updateBanners();
    void updateCountLabel();
    void updateRunIndicator();
    void restoreState();
    void fitColumns();
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
    QTableView* m_table = nullptr;
    InstanceDetailsPane* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QToolButton* m_runIndicator = nullptr;
    QLabel* m_countLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_accountsMenu = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_returnAction = nullptr;
    QAction* m_releaseAction = nullptr;
    QAction* m_recycleBinAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_runsAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_sandboxAction = nullptr;
    QAction* m_quitAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    bool m_columnsSized = false; // fitted once, or restored from the last session
    bool m_closeWhileRunning = false; // the operator chose to close with a run going on
    RecycleBinDialog* m_recycleBin = nullptr;
    HistoryDialog* m_history = nullptr;
};

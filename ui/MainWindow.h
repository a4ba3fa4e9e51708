#pragma once

#include "Instance.h"
#include "ProviderError.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class ConsoleSession;
class FleetLoader;
class InstanceDetailsPane;
class InstanceFilterProxy;
class InstanceTableModel;
class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class HistoryDialog;
class RecycleBinDialog;
class RunView;
class TranslationLoader;

// The console's main window: accounts and regions to browse, the instance table with search and
// filters, the details of the current instance, and the actions on the selection. It renders the
// session and the models; it never talks to a provider itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConsoleSession& session, TranslationLoader& translations, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the status bar.
    InstanceTableModel& instanceModel() const { return *m_model; }
    InstanceFilterProxy& instanceProxy() const { return *m_proxy; }
    QTableView& instanceView() const { return *m_table; }
    QString selectionSummaryText() const;
    QString accountProblemsText() const;
    bool isRefreshing() const;

    RunView* currentRun() const { return m_run; }
    // The plan for the current selection with its refund quotes (waits on the event loop).
    TeardownPlan planSelection(Intent intent, const PlanOptions& options = {});
    TeardownPlan planFor(const QList<Instance>& selection, Intent intent, const PlanOptions& options = {});

public slots:
    void refresh();
    // Plan the selection, show the confirmation dialog, and run what the operator confirms.
    void returnSelected();
    void releaseSelected();
    void showRecycleBin();
    void showHistory();
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
    void retranslateUi();
    void rebuildAccountTree();
    void onBrowseChanged();
    void onFiltersChanged();
    void onSelectionChanged();
    void onCurrentChanged();
    void onSliceLoaded(const QString& accountId, const QString& region, QList<Instance> instances);
    void onAccountFailed(const QString& accountId, const ProviderError& error);
    void onAccountLoaded(const QString& accountId);
    void onLoadProgress(int done, int total);
    void onLoadFinished();
    void updateAccountNames();
    void updateBanners();
    void updateCountLabel();
    void restoreState();
    void teardown(Intent intent);
    void teardown(Intent intent, const QList<Instance>& selection);
    void retryFailed(Intent intent, const QStringList& instanceKeys);
    TeardownPlan withQuotes(const TeardownPlan& plan);
    void onRunInstanceUpdated(const InstanceResult& result);
    QList<Instance> selectedInstances() const;
    QString accountName(const QString& accountId) const;

    ConsoleSession& m_session;
    TranslationLoader& m_translations;
    FleetLoader* m_loader = nullptr;
    InstanceTableModel* m_model = nullptr;
    InstanceFilterProxy* m_proxy = nullptr;

    QTreeWidget* m_browse = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_chargeFilter = nullptr;
    QCheckBox* m_recycleOnly = nullptr;
    QLabel* m_sandboxBanner = nullptr;
    QLabel* m_problemBanner = nullptr;
    QTableView* m_table = nullptr;
    InstanceDetailsPane* m_details = nullptr;
    QLabel* m_selectionLabel = nullptr;
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
    QAction* m_copyAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_sandboxAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    bool m_columnsSized = false; // fitted once, or restored from the last session
    RunView* m_run = nullptr; // the current or last run's window
    RecycleBinDialog* m_recycleBin = nullptr;
    HistoryDialog* m_history = nullptr;
    QHash<QString, ProviderError> m_accountErrors; // by account id, from the last refresh
    QHash<QString, QSet<QString>> m_regionsByAccount; // regions with instances, for the browse tree
};

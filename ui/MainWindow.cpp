#include "MainWindow.h"

#include "AccountBrowser.h"
#include "AccountsDialog.h"
#include "ConsoleFleet.h"
#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "FilterBar.h"
#include "HistoryDialog.h"
#include "InstanceDetailsPane.h"
#include "InstanceExport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "RecycleBinDialog.h"
#include "RunView.h"
#include "SelectionSummary.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TeardownWindows.h"
#include "TranslationLoader.h"
#include "UnconfirmedCallsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The columns an operator decides by come first; the rest follow in the model's order.
const QList<int> kLeadingColumns{InstanceTableModel::IdColumn,      InstanceTableModel::NameColumn,
                                 InstanceTableModel::StatusColumn,  InstanceTableModel::ChargeTypeColumn,
                                 InstanceTableModel::AccountColumn, InstanceTableModel::RegionColumn};
constexpr int kMaxFittedColumnWidth = 240; // longer texts elide; the tooltip has them whole

QLabel* bannerLabel(const QString& objectName, const QString& style)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    return label;
}

} // namespace

MainWindow::MainWindow(ConsoleSession& session, TranslationLoader& translations, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_fleet(session.fleet())
    , m_translations(translations)
{
    setObjectName(u"mainWindow"_s);
    m_proxy = new InstanceFilterProxy(this);
    m_proxy->setSourceModel(&m_fleet.model());
    m_teardown = new TeardownWindows(
        m_session.teardown(), [this](const QString& accountId) { return m_session.accountName(accountId); }, this);
    connect(m_teardown, &TeardownWindows::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    createActions();
    createMenus();
    createWidgets();
    createStatusBar();

    connect(&m_fleet, &ConsoleFleet::loadProgress, this, &MainWindow::onLoadProgress);
    connect(&m_fleet, &ConsoleFleet::loadFinished, this, &MainWindow::onLoadFinished);
    connect(&m_fleet, &ConsoleFleet::listingErrorsChanged, this, &MainWindow::updateBanners);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &MainWindow::updateBanners);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &MainWindow::updateDetails);
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, &MainWindow::updateBanners);
    TeardownController& teardown = m_session.teardown();
    connect(&teardown, &TeardownController::runStarted, this, [this](TeardownRun* run) {
        connect(run, &TeardownRun::instanceUpdated, this, &MainWindow::updateRunIndicator);
        connect(run, &TeardownRun::finished, this, &MainWindow::updateRunIndicator);
        updateRunIndicator();
    });

    retranslateUi();
    restoreState();
}

MainWindow::~MainWindow() = default;

InstanceTableModel& MainWindow::instanceModel() const
{
    return m_fleet.model();
}

void MainWindow::createActions()
{
    auto action = [this](const QString& name, const QKeySequence& shortcut, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_refreshAction = action(u"refresh"_s, QKeySequence::Refresh, &MainWindow::refresh);
    m_returnAction = action(u"returnInstances"_s, QKeySequence::Delete, &MainWindow::returnSelected);
    m_releaseAction =
        action(u"releaseInstances"_s, QKeySequence(Qt::SHIFT | Qt::Key_Delete), &MainWindow::releaseSelected);
    m_recycleBinAction = action(u"recycleBin"_s, QKeySequence(Qt::CTRL | Qt::Key_B), &MainWindow::showRecycleBin);
    m_historyAction = action(u"history"_s, QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::showHistory);
    m_runsAction = action(u"runs"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::showRuns);
    m_copyAction = action(u"copyIds"_s, QKeySequence::Copy, &MainWindow::copySelectedIds);
    m_exportAction = action(u"exportCsv"_s, QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportVisibleList);
    m_findAction = action(u"find"_s, QKeySequence::Find, [this] { m_filters->focusSearch(); });
    m_accountsAction =
        action(u"accounts"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MainWindow::manageAccounts);
    m_quitAction = action(u"quit"_s, QKeySequence::Quit, &QWidget::close);
    // Delete, Shift+Delete and Ctrl+C act on the table, not on text being edited elsewhere.
    for (QAction* a : {m_returnAction, m_releaseAction, m_copyAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_detailsAction = new QAction(this);
    m_detailsAction->setObjectName(u"showDetails"_s);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailsAction, &QAction::toggled, this, &MainWindow::setDetailsShown);

    m_sandboxAction = new QAction(this);
    m_sandboxAction->setObjectName(u"showSandbox"_s);
    m_sandboxAction->setCheckable(true);
    connect(m_sandboxAction, &QAction::toggled, &m_session, &ConsoleSession::setSandboxEnabled);

    m_languageGroup = new QActionGroup(this);
    for (const auto& [name, language] : {std::pair{u"English"_s, u"en"_s}, std::pair{u"简体中文"_s, u"zh_CN"_s}}) {
        auto* a = new QAction(name, m_languageGroup); // each language names itself
        a->setData(language);
        a->setCheckable(true);
        a->setChecked(language == m_translations.language());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { switchLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_returnAction, m_releaseAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_copyAction, m_findAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_refreshAction, m_recycleBinAction, m_historyAction, m_runsAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailsAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_accountsMenu = menuBar()->addMenu(QString());
    m_accountsMenu->addAction(m_accountsAction);
    m_accountsMenu->addAction(m_sandboxAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_returnAction, m_releaseAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_copyAction, m_exportAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_recycleBinAction, m_historyAction, m_runsAction, m_accountsAction});
}

void MainWindow::createWidgets()
{
    m_browser = new AccountBrowser(m_session, m_fleet);
    connect(m_browser, &AccountBrowser::scopeChanged, this, &MainWindow::onScopeChanged);
    m_filters = new FilterBar(*m_proxy);
    m_filters->setWindowShortcuts({m_exportAction->shortcut(), m_refreshAction->shortcut(),
                                   m_recycleBinAction->shortcut(), m_historyAction->shortcut(),
                                   m_runsAction->shortcut(), m_accountsAction->shortcut()});
    connect(m_filters, &FilterBar::filtersChanged, this, &MainWindow::updateCountLabel);

    m_sandboxBanner =
        bannerLabel(u"sandboxBanner"_s,
                    u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; }"_s);
    m_problemBanner =
        bannerLabel(u"problemBanner"_s,
                    u"QLabel { background: #fde7e9; color: #5c0b13; border: 1px solid #e8a0a8; padding: 6px; }"_s);

    m_table = new QTableView;
    m_table->setObjectName(u"instanceTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(120);
    for (int i = 0; i < kLeadingColumns.size(); ++i)
        header->moveSection(header->visualIndex(kLeadingColumns[i]), i);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_returnAction, m_releaseAction, m_copyAction, m_exportAction});
    // The selection is what the filters let through: follow rows leaving the view as well.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_proxy, signal, this, [this] {
            updateCountLabel();
            onSelectionChanged();
        });
    const auto afterRearranging = [this] {
        updateCountLabel();
        onSelectionChanged();
        updateDetails();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, afterRearranging);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, afterRearranging);
    // A run or a refresh changes the current instance: its details follow.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_table->selectionModel()->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            updateDetails();
    });

    m_details = new InstanceDetailsPane;

    auto* center = new QWidget;
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_sandboxBanner);
    centerLayout->addWidget(m_filters);
    centerLayout->addWidget(m_table, 1);
    // Below the table: when it comes or goes, the rows under the pointer stay where they are.
    centerLayout->addWidget(m_problemBanner);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker block(m_detailsAction);
        m_detailsAction->setChecked(m_splitter->sizes().value(2) > 0);
    });
    setCentralWidget(m_splitter);
}

void MainWindow::createStatusBar()
{
    m_selectionLabel = new QLabel;
    m_selectionLabel->setObjectName(u"selectionSummary"_s);
    m_runIndicator = new QToolButton;
    m_runIndicator->setObjectName(u"runIndicator"_s);
    m_runIndicator->setAutoRaise(true);
    m_runIndicator->hide();
    connect(m_runIndicator, &QToolButton::clicked, this, &MainWindow::showRuns);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"instanceCount"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"listingProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_runIndicator);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Teardown Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_accountsMenu->setTitle(tr("&Accounts"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("List every instance of every account again (F5)"));
    m_returnAction->setText(tr("&Return…"));
    m_returnAction->setToolTip(tr("Return the selected instances: shows the plan first (Delete)"));
    m_releaseAction->setText(tr("Re&lease from recycle bin…"));
    m_releaseAction->setToolTip(tr("Destroy the selected recycle-bin instances for good: shows the plan first "
                                   "(Shift+Delete)"));
    m_recycleBinAction->setText(tr("Recycle &bin…"));
    m_recycleBinAction->setToolTip(tr("Instances in the recycle bin across all accounts, with the time left (Ctrl+B)"));
    m_historyAction->setText(tr("&History…"));
    m_historyAction->setToolTip(tr("Every call the console made (Ctrl+H)"));
    m_runsAction->setText(tr("R&uns…"));
    m_runsAction->setToolTip(tr("Every run since the console started; open a run's window again (Ctrl+Shift+R)"));
    m_detailsAction->setText(tr("&Details pane"));
    m_copyAction->setText(tr("&Copy instance ids"));
    m_exportAction->setText(tr("&Export visible list to CSV…"));
    m_findAction->setText(tr("&Find"));
    m_accountsAction->setText(tr("&Manage accounts…"));
    m_sandboxAction->setText(tr("Show the &sandbox"));
    m_sandboxAction->setToolTip(tr("The emulated sample fleet, next to your own accounts"));
    m_quitAction->setText(tr("&Quit"));
    m_sandboxBanner->setText(tr("Sandbox: these instances live in a local emulator with a sample fleet. Nothing "
                                "done here touches a real cloud. Add your accounts under Accounts."));
    updateBanners();
    updateCountLabel();
    onSelectionChanged();
    updateDetails();
    updateRunIndicator();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray()))
        resize(1440, 860); // first start: room for the table's main columns and the details
    m_columnsSized = m_table->horizontalHeader()->restoreState(settings.value(u"ui/tableHeader"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"ui/splitter"_s).toByteArray())) {
        // The table gets the room; the details pane opens where there is room to spare for it.
        const int wide = width() >= 1280;
        m_splitter->setSizes({200, width() - 200 - (wide ? 320 : 0), wide ? 320 : 0});
    }
    const QSignalBlocker block(m_detailsAction);
    m_detailsAction->setChecked(m_splitter->sizes().value(2) > 0);
}

void MainWindow::setDetailsShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    const int details = shown ? std::max(260, width() / 5) : 0;
    sizes[1] = std::max(200, sizes[1] + sizes[2] - details);
    sizes[2] = details;
    m_splitter->setSizes(sizes);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session.teardown().hasActiveRun() && !m_closeWhileRunning) {
        // Closing now would leave calls sent and not verified; it is the operator's decision, made
        // without waiting on a local event loop.
        event->ignore();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("A run is in progress"),
                                    tr("Calls of a run are still on their way or being verified. If the console "
                                       "closes now, they are listed as sent but not confirmed at the next start."),
                                    QMessageBox::NoButton, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* quit = box->addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
        box->setDefaultButton(box->addButton(tr("Keep running"), QMessageBox::RejectRole));
        connect(box, &QMessageBox::finished, this, [this, box, quit] {
            if (box->clickedButton() != static_cast<QAbstractButton*>(quit))
                return;
            for (TeardownRun* run : m_session.teardown().runs())
                run->cancel();
            m_closeWhileRunning = true;
            close();
        });
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/tableHeader"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"ui/splitter"_s, m_splitter->saveState());
    m_fleet.cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::onScopeChanged(const QString& accountId, const QString& region)
{
    m_proxy->setAccountFilter(accountId.isEmpty() ? QStringList() : QStringList{accountId});
    m_proxy->setRegionFilter(region.isEmpty() ? QStringList() : QStringList{region});
    updateCountLabel();
    updateBanners();
}

QList<Instance> MainWindow::selectedInstances() const
{
    return m_proxy->instancesForRows(m_table->selectionModel()->selectedRows());
}

void MainWindow::onSelectionChanged()
{
    // Only rows the filters let through can be selected: what is counted is what is acted on.
    const QList<Instance> selected = selectedInstances();
    m_selectionLabel->setText(selected.isEmpty() ? tr("Nothing selected") : SelectionSummary(selected).text());
    for (QAction* a : {m_copyAction, m_returnAction, m_releaseAction})
        a->setEnabled(!selected.isEmpty());
}

QString MainWindow::selectionSummaryText() const
{
    return m_selectionLabel->text();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->showInstance(std::nullopt);
        return;
    }
    const Instance& instance = m_fleet.model().instanceAt(m_proxy->mapToSource(current).row());
    m_details->showInstance(instance, m_session.accountName(instance.accountId));
}

void MainWindow::updateCountLabel()
{
    m_countLabel->setText(
        tr("%1 of %n instance(s) shown", nullptr, m_fleet.model().rowCount()).arg(m_proxy->rowCount()));
}

void MainWindow::refresh()
{
    m_fleet.refresh();
}

bool MainWindow::isRefreshing() const
{
    return m_fleet.isLoading();
}

void MainWindow::onLoadProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Listing %v of %m"));
    // Wide enough for the text at its longest, so it never reads "Listing 26 of 2…".
    const QString longest =
        tr("Listing %v of %m").replace(u"%v"_s, QString::number(total)).replace(u"%m"_s, QString::number(total));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(longest) + 40);
    m_refreshAction->setEnabled(done >= total);
}

void MainWindow::onLoadFinished()
{
    if (!m_columnsSized && m_fleet.model().rowCount() > 0) {
        m_columnsSized = true;
        fitColumns();
    }
    m_progress->hide();
    m_refreshAction->setEnabled(true);
    updateCountLabel();
}

void MainWindow::fitColumns()
{
    // Once, on the first fleet: to a sample of rows and the headers (all rows would be slow at 100k).
    QHeaderView* header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), kMaxFittedColumnWidth));
}

QString MainWindow::accountProblemsText() const
{
    QStringList lines;
    const QHash<QString, ProviderError>& listing = m_fleet.listingErrors();
    for (const Account& a : m_session.accounts()) {
        const AccountStatus status = m_session.status(a.id);
        if (status.isProblem())
            lines << tr("%1: %2").arg(a.name, status.message());
        else if (const auto it = listing.constFind(a.id); it != listing.cend())
            lines << tr("%1: listing failed: %2").arg(a.name, ErrorCatalog::describe(*it));
    }
    if (!m_session.sandboxProblem().isEmpty())
        lines << tr("The sandbox could not start: %1").arg(m_session.sandboxProblem());
    return lines.join(u'\n');
}

void MainWindow::updateBanners()
{
    // The sandbox notice is about what is browsed: all accounts with the sandbox among them, or a
    // sandbox account itself.
    bool sandboxInView = false;
    for (const Account& a : m_session.accounts()) {
        if (a.sandbox && (m_browser->accountId().isEmpty() || m_browser->accountId() == a.id))
            sandboxInView = true;
    }
    m_sandboxBanner->setVisible(sandboxInView);
    const QString problems = accountProblemsText();
    if (m_problemBanner->text() != problems)
        m_problemBanner->setText(problems);
    m_problemBanner->setVisible(!problems.isEmpty());

    const QSignalBlocker block(m_sandboxAction);
    m_sandboxAction->setChecked(m_session.isSandboxShown());
    m_sandboxAction->setEnabled(m_session.hasStoredAccounts()); // with no account, the sandbox is all there is
}

void MainWindow::updateRunIndicator()
{
    // The newest run that is still going, else nothing: closed run windows are one click away.
    const QList<TeardownRun*> runs = m_session.teardown().runs();
    const auto running =
        std::find_if(runs.crbegin(), runs.crend(), [](const TeardownRun* r) { return r->isRunning(); });
    if (running == runs.crend()) {
        m_runIndicator->hide();
        return;
    }
    const RunProgress progress = (*running)->report().progress();
    m_runIndicator->setText(
        tr("Run %1: %2 of %3 settled").arg((*running)->number()).arg(progress.settled).arg(progress.total));
    m_runIndicator->setToolTip(tr("Show every run (Ctrl+Shift+R)"));
    m_runIndicator->show();
}

RunView* MainWindow::currentRun() const
{
    return m_teardown->latestRunView();
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    for (const Instance& i : selectedInstances())
        ids << i.id;
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n instance id(s).", nullptr, int(ids.size())), 4000);
}

void MainWindow::exportVisibleList()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/instances-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".csv"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export visible list"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QList<Instance> visible = m_proxy->visibleInstances();
    if (!file.open(QIODevice::WriteOnly) || file.write(InstanceExport::toCsv(visible)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export visible list"),
                             tr("The list could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n instance(s) to %1.", nullptr, int(visible.size())).arg(path), 6000);
}

void MainWindow::manageAccounts()
{
    auto* dialog = new AccountsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::switchLanguage(const QString& language)
{
    if (!m_translations.apply(language))
        return;
    QSettings().setValue(u"ui/language"_s, language);
    m_session.setApiLanguage(TranslationLoader::apiLanguageTag(language));
    m_fleet.model().retranslate();
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
    // Widgets retranslate on the LanguageChange event that installing the translator posts.
}

void MainWindow::returnSelected()
{
    m_teardown->request(Intent::Return, selectedInstances());
}

void MainWindow::releaseSelected()
{
    m_teardown->request(Intent::Release, selectedInstances());
}

void MainWindow::showRuns()
{
    m_teardown->showRuns();
}

void MainWindow::showRecycleBin()
{
    if (!m_recycleBin) {
        m_recycleBin = new RecycleBinDialog(m_fleet.model(), this);
        connect(m_recycleBin, &RecycleBinDialog::releaseRequested, this,
                [this](const QList<Instance>& instances) { m_teardown->request(Intent::Release, instances); });
    }
    m_recycleBin->show();
    m_recycleBin->raise();
    m_recycleBin->activateWindow();
}

void MainWindow::showHistory()
{
    if (!m_history)
        m_history = new HistoryDialog(m_session.history(), this);
    else
        m_history->refresh();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::checkUnconfirmedCalls()
{
    if (!m_session.history().isOpen() || !UnconfirmedCallsDialog::hasUnconfirmed(m_session.history()))
        return;
    auto* dialog = new UnconfirmedCallsDialog(m_session.history(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnconfirmedCallsDialog::verifyRequested, this, [this](const QStringList& ids) {
        // Their state is what tells: list everything again and show just these instances.
        m_filters->searchBox()->setText(ids.size() == 1 ? ids.first() : QString());
        refresh();
        statusBar()->showMessage(
            tr("Listing again to check %n instance(s) whose calls were not confirmed.", nullptr, int(ids.size())),
            8000);
    });
    dialog->open();
}

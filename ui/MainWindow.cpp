#include "MainWindow.h"

#include "AccountsDialog.h"
#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "FleetLoader.h"
#include "HistoryDialog.h"
#include "InstanceDetailsPane.h"
#include "InstanceExport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "ProviderFactory.h"
#include "RecycleBinDialog.h"
#include "RefundQuoter.h"
#include "RunView.h"
#include "SelectionSummary.h"
#include "TeardownDialog.h"
#include "TeardownPlanner.h"
#include "TranslationLoader.h"
#include "UnconfirmedCallsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kAccountRole = Qt::UserRole;
constexpr int kRegionRole = Qt::UserRole + 1;

const QList<Lifecycle> kFilterableLifecycles{Lifecycle::Running,    Lifecycle::Stopped,      Lifecycle::Transitioning,
                                             Lifecycle::Creating,   Lifecycle::CreateFailed, Lifecycle::RecycleBin,
                                             Lifecycle::Terminating};
const QList<ChargeClass> kFilterableCharges{ChargeClass::Postpaid, ChargeClass::Prepaid, ChargeClass::Spot,
                                            ChargeClass::DedicatedHost, ChargeClass::Other};

} // namespace

MainWindow::MainWindow(ConsoleSession& session, TranslationLoader& translations, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_translations(translations)
{
    setObjectName(u"mainWindow"_s);
    m_loader = new FleetLoader(m_session.directory(), this);
    m_model = new InstanceTableModel(this);
    m_proxy = new InstanceFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    createActions();
    createMenus();
    createWidgets();

    connect(m_loader, &FleetLoader::sliceLoaded, this, &MainWindow::onSliceLoaded);
    connect(m_loader, &FleetLoader::accountFailed, this, &MainWindow::onAccountFailed);
    connect(m_loader, &FleetLoader::accountLoaded, this, &MainWindow::onAccountLoaded);
    connect(m_loader, &FleetLoader::progress, this, &MainWindow::onLoadProgress);
    connect(m_loader, &FleetLoader::finished, this, &MainWindow::onLoadFinished);
    connect(&m_session, &ConsoleSession::accountsChanged, this, [this] {
        // Instances of accounts that are gone leave the table.
        QSet<QString> known;
        for (const Account& a : m_session.accounts())
            known.insert(a.id);
        const QStringList listed = m_regionsByAccount.keys();
        for (const QString& accountId : listed) {
            if (!known.contains(accountId)) {
                m_model->removeAccount(accountId);
                m_regionsByAccount.remove(accountId);
                m_accountErrors.remove(accountId);
            }
        }
        updateAccountNames();
        rebuildAccountTree();
        updateBanners();
    });
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, [this] {
        rebuildAccountTree();
        updateBanners();
    });
    connect(&m_session, &ConsoleSession::accountOpened, this, [this](const QString& accountId) {
        m_accountErrors.remove(accountId);
        updateAccountNames();
        m_loader->refreshAccount(accountId);
    });

    retranslateUi();
    restoreState();
    updateBanners();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(u"refresh"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_returnAction = new QAction(this);
    m_returnAction->setObjectName(u"returnInstances"_s);
    m_returnAction->setShortcut(QKeySequence::Delete);
    m_returnAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_returnAction, &QAction::triggered, this, &MainWindow::returnSelected);

    m_releaseAction = new QAction(this);
    m_releaseAction->setObjectName(u"releaseInstances"_s);
    m_releaseAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_releaseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_releaseAction, &QAction::triggered, this, &MainWindow::releaseSelected);

    m_recycleBinAction = new QAction(this);
    m_recycleBinAction->setObjectName(u"recycleBin"_s);
    m_recycleBinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_recycleBinAction, &QAction::triggered, this, &MainWindow::showRecycleBin);

    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(u"history"_s);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(u"copyIds"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelectedIds);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportCsv"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportVisibleList);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_accountsAction = new QAction(this);
    m_accountsAction->setObjectName(u"accounts"_s);
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::manageAccounts);

    m_sandboxAction = new QAction(this);
    m_sandboxAction->setObjectName(u"showSandbox"_s);
    m_sandboxAction->setCheckable(true);
    connect(m_sandboxAction, &QAction::toggled, this, [this](bool on) {
        if (on != m_session.isSandboxEnabled())
            m_session.setSandboxEnabled(on);
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(u"English"_s, m_languageGroup); // each language names itself
    m_englishAction->setData(u"en"_s);
    m_chineseAction = new QAction(u"简体中文"_s, m_languageGroup);
    m_chineseAction->setData(u"zh_CN"_s);
    for (QAction* a : {m_englishAction, m_chineseAction}) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == m_translations.language());
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
    m_editMenu->addAction(m_returnAction);
    m_editMenu->addAction(m_releaseAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_recycleBinAction);
    m_viewMenu->addAction(m_historyAction);
    m_viewMenu->addAction(m_sandboxAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_accountsMenu = menuBar()->addMenu(QString());
    m_accountsMenu->addAction(m_accountsAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_returnAction);
    m_toolBar->addAction(m_releaseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_recycleBinAction);
    m_toolBar->addAction(m_historyAction);
    m_toolBar->addAction(m_accountsAction);
}

void MainWindow::createWidgets()
{
    m_browse = new QTreeWidget;
    m_browse->setObjectName(u"browseTree"_s);
    m_browse->setHeaderHidden(true);
    m_browse->setMinimumWidth(180);
    connect(m_browse, &QTreeWidget::currentItemChanged, this, &MainWindow::onBrowseChanged);

    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onFiltersChanged);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_chargeFilter = new QComboBox;
    m_chargeFilter->setObjectName(u"chargeFilter"_s);
    m_recycleOnly = new QCheckBox;
    m_recycleOnly->setObjectName(u"recycleBinOnly"_s);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::onFiltersChanged);
    connect(m_chargeFilter, &QComboBox::currentIndexChanged, this, &MainWindow::onFiltersChanged);
    connect(m_recycleOnly, &QCheckBox::toggled, this, &MainWindow::onFiltersChanged);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 3);
    filterBar->addWidget(m_stateFilter, 1);
    filterBar->addWidget(m_chargeFilter, 1);
    filterBar->addWidget(m_recycleOnly);

    m_sandboxBanner = new QLabel;
    m_sandboxBanner->setObjectName(u"sandboxBanner"_s);
    m_sandboxBanner->setWordWrap(true);
    m_sandboxBanner->setStyleSheet(
        u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; }"_s);
    m_problemBanner = new QLabel;
    m_problemBanner->setObjectName(u"problemBanner"_s);
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBanner->setStyleSheet(
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
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_returnAction);
    m_table->addAction(m_releaseAction);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_exportAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCountLabel);

    m_details = new InstanceDetailsPane;

    auto* center = new QWidget;
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_sandboxBanner);
    centerLayout->addWidget(m_problemBanner);
    centerLayout->addLayout(filterBar);
    centerLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_browse);
    splitter->addWidget(center);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({220, 900, 320});
    setCentralWidget(splitter);

    m_selectionLabel = new QLabel;
    m_selectionLabel->setObjectName(u"selectionSummary"_s);
    m_countLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_selectionLabel, 1);
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
    m_copyAction->setText(tr("&Copy instance ids"));
    m_exportAction->setText(tr("&Export visible list to CSV…"));
    m_findAction->setText(tr("&Find"));
    m_accountsAction->setText(tr("&Manage accounts…"));
    m_sandboxAction->setText(tr("Show the &sandbox"));
    m_quitAction->setText(tr("&Quit"));
    m_search->setPlaceholderText(tr("Search id, name, IP or tag (Ctrl+F)"));
    m_recycleOnly->setText(tr("Recycle bin only"));

    const QSignalBlocker blockState(m_stateFilter);
    const QSignalBlocker blockCharge(m_chargeFilter);
    const int stateIndex = std::max(0, m_stateFilter->currentIndex());
    const int chargeIndex = std::max(0, m_chargeFilter->currentIndex());
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All states"), -1);
    for (const Lifecycle l : kFilterableLifecycles)
        m_stateFilter->addItem(lifecycleLabel(l), int(l));
    m_chargeFilter->clear();
    m_chargeFilter->addItem(tr("All charge types"), -1);
    for (const ChargeClass c : kFilterableCharges)
        m_chargeFilter->addItem(chargeClassLabel(c), int(c));
    m_stateFilter->setCurrentIndex(stateIndex);
    m_chargeFilter->setCurrentIndex(chargeIndex);

    rebuildAccountTree();
    updateBanners();
    updateCountLabel();
    onSelectionChanged();
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
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/tableHeader"_s, m_table->horizontalHeader()->saveState());
    m_loader->cancel();
    QMainWindow::closeEvent(event);
}

QString MainWindow::accountName(const QString& accountId) const
{
    const auto account = m_session.account(accountId);
    return account ? account->name : accountId;
}

void MainWindow::updateAccountNames()
{
    QHash<QString, QString> names;
    for (const Account& a : m_session.accounts())
        names.insert(a.id, a.name);
    m_model->setAccountNames(names);
}

void MainWindow::rebuildAccountTree()
{
    // Keep what the operator is browsing across rebuilds.
    QString currentAccount;
    QString currentRegion;
    if (const QTreeWidgetItem* item = m_browse->currentItem()) {
        currentAccount = item->data(0, kAccountRole).toString();
        currentRegion = item->data(0, kRegionRole).toString();
    }
    const QSignalBlocker block(m_browse);
    m_browse->clear();
    auto* all = new QTreeWidgetItem(m_browse, {tr("All accounts")});
    QTreeWidgetItem* current = all;
    for (const Account& a : m_session.accounts()) {
        QString label = a.name;
        const AccountStatus status = m_session.status(a.id);
        if (status.state != AccountStatus::State::Open)
            label += u"  ⚠"_s;
        auto* accountItem = new QTreeWidgetItem(all, {label});
        accountItem->setData(0, kAccountRole, a.id);
        accountItem->setToolTip(0, status.message.isEmpty() ? dialectDisplayName(a.dialect) : status.message);
        if (a.id == currentAccount && currentRegion.isEmpty())
            current = accountItem;
        QStringList sorted = m_regionsByAccount.value(a.id).values();
        sorted.sort();
        for (const QString& region : std::as_const(sorted)) {
            auto* regionItem = new QTreeWidgetItem(accountItem, {region});
            regionItem->setData(0, kAccountRole, a.id);
            regionItem->setData(0, kRegionRole, region);
            if (a.id == currentAccount && region == currentRegion)
                current = regionItem;
        }
    }
    m_browse->expandToDepth(0);
    m_browse->setCurrentItem(current);
}

void MainWindow::onBrowseChanged()
{
    const QTreeWidgetItem* item = m_browse->currentItem();
    const QString account = item ? item->data(0, kAccountRole).toString() : QString();
    const QString region = item ? item->data(0, kRegionRole).toString() : QString();
    m_proxy->setAccountFilter(account.isEmpty() ? QStringList() : QStringList{account});
    m_proxy->setRegionFilter(region.isEmpty() ? QStringList() : QStringList{region});
    updateCountLabel();
}

void MainWindow::onFiltersChanged()
{
    m_proxy->setSearchText(m_search->text());
    const int state = m_stateFilter->currentData().toInt();
    m_proxy->setStatusFilter(state < 0 ? QList<Lifecycle>() : QList<Lifecycle>{Lifecycle(state)});
    const int charge = m_chargeFilter->currentData().toInt();
    m_proxy->setChargeFilter(charge < 0 ? QList<ChargeClass>() : QList<ChargeClass>{ChargeClass(charge)});
    m_proxy->setRecycleBinOnly(m_recycleOnly->isChecked());
    updateCountLabel();
}

void MainWindow::onSelectionChanged()
{
    m_selectionLabel->setText(selectionSummaryText());
    const bool any = m_table->selectionModel()->hasSelection();
    m_copyAction->setEnabled(any);
    m_returnAction->setEnabled(any);
    m_releaseAction->setEnabled(any);
}

QString MainWindow::selectionSummaryText() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return tr("Nothing selected");
    return SelectionSummary(m_proxy->instancesForRows(rows)).text();
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->showInstance(std::nullopt);
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const Instance& instance = m_model->instanceAt(source.row());
    m_details->showInstance(instance, accountName(instance.accountId));
}

void MainWindow::updateCountLabel()
{
    if (!m_countLabel)
        return;
    m_countLabel->setText(tr("%1 of %n instance(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void MainWindow::refresh()
{
    m_accountErrors.clear();
    updateBanners();
    m_loader->refresh();
}

bool MainWindow::isRefreshing() const
{
    return m_loader->isLoading();
}

void MainWindow::onSliceLoaded(const QString& accountId, const QString& region, QList<Instance> instances)
{
    m_session.estimateAutoRelease(instances);
    m_model->replaceSlice(accountId, region, instances);
    QSet<QString>& regions = m_regionsByAccount[accountId];
    const bool known = regions.contains(region);
    if (instances.isEmpty())
        regions.remove(region);
    else
        regions.insert(region);
    if (known == instances.isEmpty())
        rebuildAccountTree(); // a region appeared or emptied
}

void MainWindow::onAccountFailed(const QString& accountId, const ProviderError& error)
{
    m_accountErrors.insert(accountId, error);
    updateBanners();
}

void MainWindow::onAccountLoaded(const QString& accountId)
{
    m_accountErrors.remove(accountId);
    updateBanners();
}

void MainWindow::onLoadProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Listing %v of %m"));
    m_refreshAction->setEnabled(done >= total);
}

void MainWindow::onLoadFinished()
{
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, on the first fleet: fit the columns to a sample of rows (all rows would be slow at 100k).
        m_columnsSized = true;
        m_table->horizontalHeader()->setResizeContentsPrecision(200);
        m_table->resizeColumnsToContents();
        QHeaderView* header = m_table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::min(header->sectionSize(column), 260)); // long labels elide
    }
    m_progress->hide();
    m_refreshAction->setEnabled(true);
    rebuildAccountTree();
    updateCountLabel();
}

QString MainWindow::accountProblemsText() const
{
    QStringList lines;
    for (const Account& a : m_session.accounts()) {
        const AccountStatus status = m_session.status(a.id);
        if (status.state != AccountStatus::State::Open && status.state != AccountStatus::State::Opening)
            lines << tr("%1: %2").arg(a.name, status.message);
        else if (const auto it = m_accountErrors.constFind(a.id); it != m_accountErrors.cend())
            lines << tr("%1: listing failed: %2").arg(a.name, ErrorCatalog::describe(*it));
    }
    if (!m_session.sandboxProblem().isEmpty())
        lines << tr("The sandbox could not start: %1").arg(m_session.sandboxProblem());
    return lines.join(u'\n');
}

void MainWindow::updateBanners()
{
    const QList<Account> accounts = m_session.accounts();
    const bool sandbox = std::any_of(accounts.cbegin(), accounts.cend(), [](const Account& a) { return a.sandbox; });
    m_sandboxBanner->setText(tr("Sandbox: these instances live in a local emulator with a sample fleet. Nothing "
                                "done here touches a real cloud. Add your accounts under Accounts."));
    m_sandboxBanner->setVisible(sandbox);
    const QString problems = accountProblemsText();
    m_problemBanner->setText(problems);
    m_problemBanner->setVisible(!problems.isEmpty());

    const QSignalBlocker block(m_sandboxAction);
    m_sandboxAction->setChecked(m_session.isSandboxShown());
    m_sandboxAction->setEnabled(m_session.hasStoredAccounts()); // with no account, the sandbox is all there is
}

void MainWindow::copySelectedIds()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QStringList ids;
    for (const Instance& i : m_proxy->instancesForRows(rows))
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
    AccountsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::switchLanguage(const QString& language)
{
    if (!m_translations.apply(language))
        return;
    QSettings().setValue(u"ui/language"_s, language);
    m_session.setApiLanguage(TranslationLoader::apiLanguageTag(language));
    m_model->retranslate();
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
    // Widgets retranslate on the LanguageChange event that installing the translator posts.
}

QList<Instance> MainWindow::selectedInstances() const
{
    return m_proxy->instancesForRows(m_table->selectionModel()->selectedRows());
}

void MainWindow::returnSelected()
{
    teardown(Intent::Return);
}

void MainWindow::releaseSelected()
{
    teardown(Intent::Release);
}

TeardownPlan MainWindow::withQuotes(const TeardownPlan& plan)
{
    // Quotes take a round trip; the window stays live meanwhile (a local loop, not a blocking wait).
    RefundQuoter quoter(m_session.directory());
    TeardownPlan quoted = plan;
    QEventLoop loop;
    connect(&quoter, &RefundQuoter::finished, &loop, [&quoted, &loop](const TeardownPlan& p) {
        quoted = p;
        loop.quit();
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    statusBar()->showMessage(tr("Asking the providers for refund quotes…"));
    quoter.quote(plan);
    loop.exec();
    statusBar()->clearMessage();
    QApplication::restoreOverrideCursor();
    return quoted;
}

TeardownPlan MainWindow::planSelection(Intent intent, const PlanOptions& options)
{
    return planFor(selectedInstances(), intent, options);
}

TeardownPlan MainWindow::planFor(const QList<Instance>& selection, Intent intent, const PlanOptions& options)
{
    const TeardownPlanner planner(m_session.directory().plannerLookup());
    return withQuotes(planner.plan(selection, intent, options));
}

void MainWindow::teardown(Intent intent)
{
    teardown(intent, selectedInstances());
}

void MainWindow::retryFailed(Intent intent, const QStringList& instanceKeys)
{
    // Planned again from what the table knows now; the runner re-reads each one before sending.
    QList<Instance> selection;
    for (const QString& key : instanceKeys) {
        if (const int row = m_model->rowOf(key); row >= 0)
            selection << m_model->instanceAt(row);
    }
    if (m_run)
        m_run->accept();
    teardown(intent, selection);
}

void MainWindow::teardown(Intent intent, const QList<Instance>& selection)
{
    if (selection.isEmpty())
        return;
    if (m_run && m_run->isRunning()) {
        QMessageBox::information(this, tr("A run is in progress"),
                                 tr("Wait for the current run to finish, or cancel it, before starting another."));
        m_run->raise();
        return;
    }
    if (!m_session.history().isOpen()) {
        // Every destructive call is recorded before it is sent; without the history nothing is.
        QMessageBox::warning(this, tr("History unavailable"),
                             ErrorCatalog::describe(ProviderError::local(u"Teardown.HistoryUnavailable"_s)) + u"\n"_s
                                 + m_session.history().errorString());
        return;
    }
    TeardownDialog dialog(planFor(selection, intent), m_session.directory(), this);
    connect(&dialog, &TeardownDialog::optionsChanged, this, [this, &dialog, &selection, intent](const PlanOptions& o) {
        const TeardownPlanner planner(m_session.directory().plannerLookup());
        dialog.setPlan(withQuotes(planner.plan(selection, intent, o)));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;

    if (m_run)
        m_run->deleteLater(); // it may be the sender of a retry
    m_run = new RunView(m_session.directory(), dialog.plan(), RunnerSettings(), this);
    connect(m_run, &RunView::instanceUpdated, this, &MainWindow::onRunInstanceUpdated);
    connect(m_run, &RunView::runFinished, this, [this] { m_loader->refresh(); });
    connect(m_run, &RunView::retryRequested, this,
            [this, intent](const QStringList& keys) { retryFailed(intent, keys); });
    m_run->show();
    m_run->start();
}

void MainWindow::onRunInstanceUpdated(const InstanceResult& result)
{
    // The table follows the run; a refresh at the end settles everything else.
    if (result.state != RunState::Done)
        return;
    const int row = m_model->rowOf(result.key);
    if (row < 0)
        return;
    if (result.outcome == Outcome::MovedToRecycleBin && !result.observedState.isEmpty()) {
        QList<Instance> moved{m_model->instanceAt(row)};
        moved.first().rawState = result.observedState;
        moved.first().lifecycle = ProviderCatalog::lifecycleOf(moved.first().provider, result.observedState);
        moved.first().autoRelease = {};
        m_session.estimateAutoRelease(moved); // the call that moved it is in the history now
        m_model->updateState(result.key, moved.first().rawState, moved.first().lifecycle, moved.first().autoRelease);
    } else if (result.outcome == Outcome::DestroyedNow || result.outcome == Outcome::DeletedCreationFailed)
        m_model->removeInstance(result.key);
}

void MainWindow::showRecycleBin()
{
    if (!m_recycleBin) {
        m_recycleBin = new RecycleBinDialog(*m_model, this);
        connect(m_recycleBin, &RecycleBinDialog::releaseRequested, this,
                [this](const QList<Instance>& instances) { teardown(Intent::Release, instances); });
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
    UnconfirmedCallsDialog dialog(m_session.history(), this);
    connect(&dialog, &UnconfirmedCallsDialog::verifyRequested, this, [this](const QStringList& ids) {
        // Their state is what tells: list everything again and show just these instances.
        m_search->setText(ids.size() == 1 ? ids.first() : QString());
        refresh();
        statusBar()->showMessage(
            tr("Listing again to check %n instance(s) whose calls were not confirmed.", nullptr, int(ids.size())),
            8000);
    });
    dialog.exec();
}

#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountBrowser.h"
#include "AccountsDialog.h"
#include "ConsoleFleet.h"
#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "FileExport.h"
#include "FilterBar.h"
#include "HistoryDialog.h"
#include "InstanceDetailsPane.h"
#include "InstanceExport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "InstanceTableView.h"
#include "KeptListingNotice.h"
#include "RecycleBinDialog.h"
#include "RunView.h"
#include "SelectionSummary.h"
#include "StatusStrip.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TeardownWindows.h"
#include "TranslationLoader.h"
#include "UnconfirmedCallsDialog.h"
#include "UnconfirmedVerification.h"
#include "WindowActions.h"

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
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The columns an operator decides by come first; the rest follow in the model's order.
const QList<int> kLeadingColumns{InstanceTableModel::IdColumn,      InstanceTableModel::NameColumn,
                                 InstanceTableModel::StatusColumn,  InstanceTableModel::ChargeTypeColumn,
                                 InstanceTableModel::AccountColumn, InstanceTableModel::RegionColumn};

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

    createWidgets();
    connectActions();
    m_filters->setWindowShortcuts(m_actions->windowShortcuts());
    m_table->addActions({m_actions->returnInstances, m_actions->releaseInstances, m_actions->selectAllShown,
                         m_actions->copyIds, m_actions->exportCsv});
    m_status = new StatusStrip(*statusBar(), m_fleet, *m_proxy, m_session.teardown());
    connect(m_status, &StatusStrip::runsRequested, this, &MainWindow::showRuns);

    connect(&m_fleet, &ConsoleFleet::loadFinished, this, &MainWindow::onLoadFinished);
    connect(&m_fleet, &ConsoleFleet::listingErrorsChanged, this, &MainWindow::updateBanners);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &MainWindow::updateBanners);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &MainWindow::updateDetails);
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, &MainWindow::updateBanners);

    retranslateUi();
    restoreState();
}

MainWindow::~MainWindow() = default;

InstanceTableModel& MainWindow::instanceModel() const
{
    return m_fleet.model();
}

QTableView& MainWindow::instanceView() const
{
    return *m_table;
}

void MainWindow::connectActions()
{
    m_actions = new WindowActions(*this, m_translations.language());
    m_actions->install();
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->returnInstances, &QAction::triggered, this, &MainWindow::returnSelected);
    connect(m_actions->releaseInstances, &QAction::triggered, this, &MainWindow::releaseSelected);
    connect(m_actions->recycleBin, &QAction::triggered, this, &MainWindow::showRecycleBin);
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->runs, &QAction::triggered, this, &MainWindow::showRuns);
    connect(m_actions->selectAllShown, &QAction::triggered, this, &MainWindow::selectAllShown);
    connect(m_actions->copyIds, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::exportVisibleList);
    connect(m_actions->openPlan, &QAction::triggered, this, &MainWindow::openPlan);
    connect(m_actions->find, &QAction::triggered, this, [this] { m_filters->focusSearch(); });
    connect(m_actions->accounts, &QAction::triggered, this, &MainWindow::manageAccounts);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->details, &QAction::toggled, this, &MainWindow::setDetailsShown);
    connect(m_actions->sandbox, &QAction::toggled, &m_session, &ConsoleSession::setSandboxEnabled);
    connect(m_actions->languages, &QActionGroup::triggered, this,
            [this](QAction* a) { switchLanguage(a->data().toString()); });
    // Listing again while a listing is on its way would only start it over.
    connect(&m_fleet, &ConsoleFleet::loadProgress, m_actions->refresh,
            [this](int done, int total) { m_actions->refresh->setEnabled(done >= total); });
    connect(&m_fleet, &ConsoleFleet::loadFinished, m_actions->refresh,
            [this] { m_actions->refresh->setEnabled(true); });
}

void MainWindow::createWidgets()
{
    m_browser = new AccountBrowser(m_session, m_fleet);
    connect(m_browser, &AccountBrowser::scopeChanged, this, &MainWindow::onScopeChanged);
    m_filters = new FilterBar(*m_proxy);
    connect(m_filters, &FilterBar::filtersChanged, this, [this] { m_status->updateCount(); });

    m_sandboxBanner =
        bannerLabel(u"sandboxBanner"_s,
                    u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; }"_s);
    m_problemBanner =
        bannerLabel(u"problemBanner"_s,
                    u"QLabel { background: #fde7e9; color: #5c0b13; border: 1px solid #e8a0a8; padding: 6px; }"_s);

    m_table = new InstanceTableView(*m_proxy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &InstanceTableView::selectionOrRowsChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table, &InstanceTableView::currentInstanceChanged, this, &MainWindow::updateDetails);

    m_details = new InstanceDetailsPane;

    auto* center = new QWidget;
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_sandboxBanner);
    centerLayout->addWidget(m_filters);
    centerLayout->addWidget(m_table, 1);
    // Below the table: when they come or go, the rows under the pointer stay where they are.
    centerLayout->addWidget(
        new KeptListingNotice(m_fleet, [this](const QString& accountId) { return m_session.accountName(accountId); }));
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
        const QSignalBlocker block(m_actions->details);
        m_actions->details->setChecked(m_splitter->sizes().value(2) > 0);
    });
    setCentralWidget(m_splitter);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Teardown Console"));
    m_actions->retranslate();
    m_sandboxBanner->setText(tr("Sandbox: these instances live in a local emulator with a sample fleet. Nothing "
                                "done here touches a real cloud. Add your accounts under Accounts."));
    updateBanners();
    m_status->retranslate();
    onSelectionChanged();
    updateDetails();
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
    if (!restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray())) {
        // First start: room for the table's main columns and the details, within the screen.
        QSize size(1440, 860);
        if (const QScreen* where = screen())
            size = size.boundedTo(where->availableSize());
        resize(size);
    }
    m_columnsSized = m_table->horizontalHeader()->restoreState(settings.value(u"ui/tableHeader"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"ui/splitter"_s).toByteArray())) {
        // The table gets the room; the details pane opens where there is room to spare for it.
        const bool wide = width() >= 1280;
        m_splitter->setSizes({200, width() - 200 - (wide ? 320 : 0), wide ? 320 : 0});
    }
    const QSignalBlocker block(m_actions->details);
    m_actions->details->setChecked(m_splitter->sizes().value(2) > 0);
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
    m_status->updateCount();
    updateBanners();
}

QList<Instance> MainWindow::selectedInstances() const
{
    return m_table->selectedInstances();
}

void MainWindow::onSelectionChanged()
{
    // Only rows the filters let through can be selected: what is counted is what is acted on.
    const QList<Instance> selected = selectedInstances();
    m_status->setSelectionText(selected.isEmpty() ? tr("Nothing selected") : SelectionSummary(selected).text());
    for (QAction* a : {m_actions->copyIds, m_actions->returnInstances, m_actions->releaseInstances})
        a->setEnabled(!selected.isEmpty());
}

QString MainWindow::selectionSummaryText() const
{
    return m_status->selectionText();
}

void MainWindow::updateDetails()
{
    const std::optional<Instance> current = m_table->currentInstance();
    m_details->showInstance(current, current ? m_session.accountName(current->accountId) : QString());
}

void MainWindow::refresh()
{
    m_fleet.refresh();
}

bool MainWindow::isRefreshing() const
{
    return m_fleet.isLoading();
}

void MainWindow::onLoadFinished()
{
    if (!m_columnsSized && m_fleet.model().rowCount() > 0) {
        m_columnsSized = true; // once, on the first fleet, unless the last session's widths came back
        m_table->fitColumns();
    }
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

    const QSignalBlocker block(m_actions->sandbox);
    m_actions->sandbox->setChecked(m_session.isSandboxShown());
    m_actions->sandbox->setEnabled(m_session.hasStoredAccounts()); // with no account, the sandbox is all there is
}

RunView* MainWindow::currentRun() const
{
    return m_teardown->latestRunView();
}

void MainWindow::selectAllShown()
{
    // The view's rows are the proxy's: what the filters hide cannot be selected.
    m_table->selectAll();
    m_table->setFocus(Qt::ShortcutFocusReason);
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
    // What is visible when Export is pressed is what the file holds.
    const QList<Instance> visible = m_proxy->visibleInstances();
    FileExport::ask(
        this,
        {u"exportListChooser"_s, tr("Export visible list"), suggested, tr("CSV files (*.csv)"), u"csv"_s,
         tr("The list could not be written to %1: %2")},
        [visible](const QString&) { return InstanceExport::toCsv(visible); },
        [this, count = int(visible.size())](const QString& path) {
            statusBar()->showMessage(tr("Exported %n instance(s) to %1.", nullptr, count).arg(path), 6000);
        });
}

void MainWindow::openPlan()
{
    auto* chooser =
        new QFileDialog(this, tr("Open plan"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Teardown plans (*.json);;All files (*)"));
    chooser->setObjectName(u"openPlanChooser"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) { m_teardown->openPlan(path); });
    chooser->open();
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
    for (QAction* a : m_actions->languages->actions())
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

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog({m_session.history().path(), m_session.settingsPath()}, this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::checkUnconfirmedCalls()
{
    if (!m_session.history().isOpen() || !UnconfirmedCallsDialog::hasUnconfirmed(m_session.history()))
        return;
    auto* dialog = new UnconfirmedCallsDialog(m_session.history(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnconfirmedCallsDialog::verifyRequested, this, [this, dialog](const QStringList& ids) {
        auto* verification = new UnconfirmedVerification(m_session, dialog);
        connect(verification, &UnconfirmedVerification::finished, dialog, [this, dialog, verification, ids] {
            dialog->showFindings(verification->findings(), verification->remainingCount(),
                                 verification->recordingProblem());
            verification->deleteLater();
            // The window's rows follow the provider too: list again, showing just these instances.
            m_filters->searchBox()->setText(ids.size() == 1 ? ids.first() : QString());
            refresh();
        });
        dialog->showVerifying();
        verification->start();
    });
    dialog->open();
}

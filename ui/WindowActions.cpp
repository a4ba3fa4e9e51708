#include "WindowActions.h"

#include "Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

WindowActions::WindowActions(QMainWindow& window, const QString& language)
    : QObject(&window)
    , m_window(window)
{
    refresh = add(u"refresh"_s, QKeySequence::Refresh);
    returnInstances = add(u"returnInstances"_s, QKeySequence::Delete);
    releaseInstances = add(u"releaseInstances"_s, QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    recycleBin = add(u"recycleBin"_s, QKeySequence(Qt::CTRL | Qt::Key_B));
    history = add(u"history"_s, QKeySequence(Qt::CTRL | Qt::Key_H));
    runs = add(u"runs"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Ctrl+A: a text field with the focus keeps it for its own text.
    selectAllShown = add(u"selectAllShown"_s, QKeySequence::SelectAll);
    copyIds = add(u"copyIds"_s, QKeySequence::Copy);
    exportCsv = add(u"exportCsv"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    openPlan = add(u"openPlan"_s, QKeySequence::Open);
    find = add(u"find"_s, QKeySequence::Find);
    accounts = add(u"accounts"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    quit = add(u"quit"_s, QKeySequence::Quit);
    // Delete, Shift+Delete and Ctrl+C act on the table, not on text being edited elsewhere.
    for (QAction* a : {returnInstances, releaseInstances, copyIds})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    details = add(u"showDetails"_s, QKeySequence(Qt::Key_F9));
    details->setCheckable(true);
    details->setChecked(true);
    sandbox = add(u"showSandbox"_s, {});
    sandbox->setCheckable(true);
    about = add(u"about"_s, {});
    about->setMenuRole(QAction::AboutRole);
    setIcons();

    languages = new QActionGroup(this);
    for (const auto& [name, key] : {std::pair{u"English"_s, u"en"_s}, std::pair{u"简体中文"_s, u"zh_CN"_s}}) {
        auto* a = new QAction(name, languages); // each language names itself
        a->setData(key);
        a->setCheckable(true);
        a->setChecked(key == language);
    }
}

QAction* WindowActions::add(const QString& name, const QKeySequence& shortcut)
{
    auto* a = new QAction(&m_window);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    return a;
}

void WindowActions::setIcons()
{
    using Icon = Icons::Action;
    const std::pair<QAction*, Icon> icons[] = {
        {refresh, Icon::Refresh},
        {returnInstances, Icon::Return},
        {releaseInstances, Icon::Release},
        {recycleBin, Icon::RecycleBin},
        {history, Icon::History},
        {runs, Icon::Runs},
        {copyIds, Icon::CopyIds},
        {exportCsv, Icon::ExportCsv},
        {openPlan, Icon::OpenPlan},
        {find, Icon::Find},
        {selectAllShown, Icon::SelectAll},
        {accounts, Icon::Accounts},
        {quit, Icon::Quit},
        {about, Icon::About},
    };
    for (const auto& [action, icon] : icons)
        action->setIcon(Icons::action(icon));
}

QList<QKeySequence> WindowActions::windowShortcuts() const
{
    return {exportCsv->shortcut(), refresh->shortcut(),  recycleBin->shortcut(), history->shortcut(),
            runs->shortcut(),      accounts->shortcut(), openPlan->shortcut()};
}

void WindowActions::install()
{
    QMenuBar* bar = m_window.menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(openPlan);
    m_fileMenu->addAction(exportCsv);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    m_editMenu = bar->addMenu(QString());
    m_editMenu->addActions({returnInstances, releaseInstances});
    m_editMenu->addSeparator();
    m_editMenu->addActions({selectAllShown, copyIds, find});
    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions({refresh, recycleBin, history, runs});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(details);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_accountsMenu = bar->addMenu(QString());
    m_accountsMenu->addActions({accounts, sandbox});
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    m_toolBar = m_window.addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    fitToolBar();
    m_window.installEventFilter(this);
    m_toolBar->addAction(refresh);
    m_toolBar->addSeparator();
    m_toolBar->addActions({returnInstances, releaseInstances});
    m_toolBar->addSeparator();
    m_toolBar->addActions({copyIds, exportCsv});
    m_toolBar->addSeparator();
    m_toolBar->addActions({recycleBin, history, runs, accounts});
}

bool WindowActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Resize)
        fitToolBar();
    return QObject::eventFilter(watched, event);
}

void WindowActions::fitToolBar()
{
    m_toolBar->setToolButtonStyle(m_window.width() < kIconsOnlyBelowWidth ? Qt::ToolButtonIconOnly
                                                                          : Qt::ToolButtonTextBesideIcon);
}

void WindowActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_accountsMenu->setTitle(tr("&Accounts"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("List every instance of every account again (F5)"));
    returnInstances->setText(tr("&Return…"));
    returnInstances->setToolTip(tr("Return the selected instances: shows the plan first (Delete)"));
    releaseInstances->setText(tr("Re&lease from recycle bin…"));
    releaseInstances->setToolTip(
        tr("Destroy the selected recycle-bin instances for good: shows the plan first (Shift+Delete)"));
    recycleBin->setText(tr("Recycle &bin…"));
    recycleBin->setToolTip(tr("Instances in the recycle bin across all accounts, with the time left (Ctrl+B)"));
    history->setText(tr("&History…"));
    history->setToolTip(tr("Every call the console made (Ctrl+H)"));
    runs->setText(tr("R&uns…"));
    runs->setToolTip(tr("Every run since the console started; open a run's window again (Ctrl+Shift+R)"));
    details->setText(tr("&Details pane"));
    selectAllShown->setText(tr("Select &all shown"));
    selectAllShown->setToolTip(tr("Select every instance the filters show, and only those (Ctrl+A)"));
    copyIds->setText(tr("&Copy instance ids"));
    exportCsv->setText(tr("&Export visible list to CSV…"));
    openPlan->setText(tr("&Open plan…"));
    openPlan->setToolTip(tr("Review and execute a plan saved in the console or by teardownctl plan --out (Ctrl+O)"));
    find->setText(tr("&Find"));
    accounts->setText(tr("&Manage accounts…"));
    sandbox->setText(tr("Show the &sandbox"));
    sandbox->setToolTip(tr("The emulated sample fleet, next to your own accounts"));
    quit->setText(tr("&Quit"));
    about->setText(tr("&About Teardown Console"));
}

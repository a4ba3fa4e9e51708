#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

// The main window's actions with their shortcuts and icons, its menus and its toolbar. Whoever owns
// the window connects the actions to what they do; this class only names, places and translates them.
// The toolbar shows icons and text on a wide window, icons only (text in the tooltips) on a narrow one.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    WindowActions(QMainWindow& window, const QString& language);

    // Puts the menus and the toolbar on the window.
    void install();
    void retranslate();
    // Keys the window acts on wherever the focus is (a line edit must not swallow them).
    QList<QKeySequence> windowShortcuts() const;
    QToolBar* toolBar() const { return m_toolBar; }

    QAction* refresh = nullptr;
    QAction* returnInstances = nullptr;
    QAction* releaseInstances = nullptr;
    QAction* recycleBin = nullptr;
    QAction* history = nullptr;
    QAction* runs = nullptr;
    QAction* details = nullptr;
    QAction* selectAllShown = nullptr;
    QAction* copyIds = nullptr;
    QAction* exportCsv = nullptr;
    QAction* openPlan = nullptr;
    QAction* find = nullptr;
    QAction* accounts = nullptr;
    QAction* sandbox = nullptr;
    QAction* quit = nullptr;
    QAction* about = nullptr;
    QActionGroup* languages = nullptr;

    // Below this window width the toolbar shows icons only.
    static constexpr int kIconsOnlyBelowWidth = 1280;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* add(const QString& name, const QKeySequence& shortcut);
    void setIcons();
    void fitToolBar();

    QMainWindow& m_window;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_accountsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
};

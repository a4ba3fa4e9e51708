#pragma once

#include <QIcon>
#include <QList>
#include <QStringList>

// The console's icons, chosen in one place. An action's icon comes from the desktop's icon theme
// (freedesktop names), so the console looks like the rest of the desktop; where the theme has no
// such icon, or there is no theme, the project's own SVG (resources/icons/actions) is used, so a
// bare system shows every icon too.
namespace Icons {

enum class Action {
    Refresh,
    Return,
    Release,
    RecycleBin,
    History,
    Runs,
    CopyIds,
    ExportCsv,
    OpenPlan,
    Find,
    SelectAll,
    Accounts,
    Quit,
    About,
};

QList<Action> allActions();
QIcon action(Action action);
// The theme's names tried in order, then the bundled file (a resource path).
QStringList themeNames(Action action);
QString bundledFile(Action action);

// The application's icon: the installed one (named by the application id) when the theme has it,
// else the bundled PNGs from 16 to 256 pixels.
QIcon application();

} // namespace Icons

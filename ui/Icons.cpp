#include "Icons.h"

#include "BuildInfo.h"
#include "TeardownResources.h"

using namespace Qt::StringLiterals;

namespace {

struct IconSpec
{
    Icons::Action action;
    QLatin1StringView themeNames; // space-separated, most specific first
    QLatin1StringView bundled; // resources/icons/actions/<bundled>.svg
};

// Return and release are destructive and look it; release is the stronger (shredded) of the two.
constexpr IconSpec kIcons[] = {
    {Icons::Action::Refresh, "view-refresh"_L1, "view-refresh"_L1},
    {Icons::Action::Return, "edit-delete"_L1, "edit-delete"_L1},
    {Icons::Action::Release, "edit-delete-shred"_L1, "edit-delete-shred"_L1},
    {Icons::Action::RecycleBin, "user-trash"_L1, "user-trash"_L1},
    {Icons::Action::History, "view-history document-open-recent"_L1, "document-open-recent"_L1},
    {Icons::Action::Runs, "system-run"_L1, "system-run"_L1},
    {Icons::Action::CopyIds, "edit-copy"_L1, "edit-copy"_L1},
    {Icons::Action::ExportCsv, "document-export"_L1, "document-export"_L1},
    {Icons::Action::OpenPlan, "document-open"_L1, "document-open"_L1},
    {Icons::Action::Find, "edit-find"_L1, "edit-find"_L1},
    {Icons::Action::SelectAll, "edit-select-all"_L1, "edit-select-all"_L1},
    {Icons::Action::Accounts, "system-users"_L1, "system-users"_L1},
    {Icons::Action::Quit, "application-exit"_L1, "application-exit"_L1},
    {Icons::Action::About, "help-about"_L1, "help-about"_L1},
};

const IconSpec& specOf(Icons::Action action)
{
    for (const IconSpec& spec : kIcons) {
        if (spec.action == action)
            return spec;
    }
    Q_UNREACHABLE();
}

constexpr int kApplicationSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};

} // namespace

namespace Icons {

QList<Action> allActions()
{
    QList<Action> actions;
    for (const IconSpec& spec : kIcons)
        actions << spec.action;
    return actions;
}

QStringList themeNames(Action action)
{
    return QString(specOf(action).themeNames).split(u' ');
}

QString bundledFile(Action action)
{
    return u":/icons/actions/"_s + specOf(action).bundled + u".svg"_s;
}

QIcon action(Action action)
{
    TeardownResources::ensureLoaded();
    for (const QString& name : themeNames(action)) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return QIcon(bundledFile(action));
}

QIcon application()
{
    TeardownResources::ensureLoaded();
    QIcon bundled;
    for (const int size : kApplicationSizes)
        bundled.addFile(u":/icons/app/teardown-console-%1.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(QLatin1StringView(BuildInfo::appId), bundled);
}

} // namespace Icons

// teardown-console: translators, settings, the look (--dark), the session (accounts, sandbox, history)
// and the window.

#include "AppIdentity.h"
#include "BuildInfo.h"
#include "ConsoleSession.h"
#include "DarkPalette.h"
#include "Icons.h"
#include "MainWindow.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Answered before QApplication, which needs a display: `teardown-console --version` works anywhere.
    bool dark = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("teardown-console %s\n", BuildInfo::version);
            return 0;
        }
        // The dark look whatever the desktop says (Qt 6.4 follows a dark desktop only through a
        // platform theme); without it the console takes the desktop's palette.
        if (std::strcmp(argv[i], "--dark") == 0)
            dark = true;
    }

    QApplication app(argc, argv);
    if (dark)
        DarkPalette::apply();
    AppIdentity::apply();
    QApplication::setApplicationVersion(QLatin1StringView(BuildInfo::version));
    QApplication::setApplicationDisplayName(u"Teardown Console"_s);
    // The desktop entry's name: Wayland compositors and taskbars match the window to it (and its icon).
    QGuiApplication::setDesktopFileName(QLatin1StringView(BuildInfo::appId));
    QApplication::setWindowIcon(Icons::application()); // every window and dialog

    // The language chosen in the menu last time, else the system's.
    TranslationLoader translations;
    const QString language =
        QSettings().value(u"ui/language"_s, TranslationLoader::languageFor(QLocale::system())).toString();
    if (!translations.apply(language))
        translations.apply(u"en"_s);

    ConsoleSession::Config config;
    // The last listing of each account, shown at once at the next start while it is refreshed.
    config.keptListingsDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/listings"_s;
    ConsoleSession session(config);
    session.setApiLanguage(TranslationLoader::apiLanguageTag(translations.language()));
    MainWindow window(session, translations);
    window.show();
    session.start(); // after the window listens: accounts open and list as they come
    // Calls a crash left unconfirmed are shown once the window is up.
    QTimer::singleShot(0, &window, &MainWindow::checkUnconfirmedCalls);
    return app.exec();
}

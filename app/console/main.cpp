// teardown-console: translators, settings, the session (accounts, sandbox, history) and the window.

#include "AppIdentity.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setApplicationDisplayName(u"Teardown Console"_s);

    // The language chosen in the menu last time, else the system's.
    TranslationLoader translations;
    const QString language =
        QSettings().value(u"ui/language"_s, TranslationLoader::languageFor(QLocale::system())).toString();
    if (!translations.apply(language))
        translations.apply(u"en"_s);

    ConsoleSession session;
    session.setApiLanguage(TranslationLoader::apiLanguageTag(translations.language()));
    MainWindow window(session, translations);
    window.show();
    session.start(); // after the window listens: accounts open and list as they come
    // Calls a crash left unconfirmed are shown once the window is up.
    QTimer::singleShot(0, &window, &MainWindow::checkUnconfirmedCalls);
    return app.exec();
}

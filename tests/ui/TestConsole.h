#pragma once

// The console's window on a throwaway profile for the UI tests: its own settings, history and
// session-only secrets in a temporary directory. Without the sandbox, tests add accounts that point
// at their own emulator; with it, the window opens on the embedded sandbox as a new user's does.

#include "ConsoleSession.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "TranslationLoader.h"

#include <QSettings>
#include <QTemporaryDir>

class TestConsole
{
public:
    enum class Sandbox { Off, On };

    // keptListings: where the session keeps each account's last listing (none when empty).
    explicit TestConsole(const QString& language = QStringLiteral("en"), Sandbox sandbox = Sandbox::Off,
                         const QString& keptListings = {})
        : settings(settingsFile(dir), QSettings::IniFormat)
        , session(configFor(dir, settings, secrets, sandbox, keptListings))
        , window(session, applied(translations, language))
    {
        window.show();
        session.start();
    }

    // Stores the account with its secret for this session; the window lists it as it opens.
    void addAccount(const Account& account, const QString& secret)
    {
        session.saveAccount(account, {account.keyId, secret}, false, &m_context, {});
    }

    QTemporaryDir dir;
    QSettings settings;
    MemoryCredentialStore secrets;
    TranslationLoader translations;
    ConsoleSession session;
    MainWindow window;

private:
    static QString settingsFile(const QTemporaryDir& dir)
    {
        // Nothing may read or write the user's own settings either.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
        return dir.filePath(QStringLiteral("settings.ini"));
    }
    static ConsoleSession::Config configFor(const QTemporaryDir& dir, QSettings& settings,
                                            MemoryCredentialStore& secrets, Sandbox sandbox,
                                            const QString& keptListings)
    {
        ConsoleSession::Config config;
        config.settings = &settings;
        config.keychain = &secrets;
        config.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        config.allowSandbox = sandbox == Sandbox::On;
        config.keptListingsDirectory = keptListings;
        return config;
    }
    static TranslationLoader& applied(TranslationLoader& translations, const QString& language)
    {
        translations.apply(language);
        return translations;
    }

    QObject m_context; // for the keychain's answers to addAccount
};

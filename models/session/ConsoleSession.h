#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "ApiCall.h"
#include "CredentialStore.h"
#include "History.h"
#include "ProviderDirectory.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AccountStore;
class ConsoleFleet;
class MemoryCredentialStore;
class QSettings;
class SandboxHost;
class TeardownController;

// Where an account stands in this session. The text is made when it is read, so it follows the
// UI language.
struct AccountStatus
{
    enum class State {
        Opening, // reading its secret
        Open, // its provider is ready
        NoSecret, // nothing stored in the keychain for it
        KeychainUnavailable, // no keychain on this machine: offer credentials for this session
        KeychainRefused, // the keychain refused to give the secret (detail: its message)
        CannotOpen, // the account's settings cannot be used (detail: the ErrorCatalog code)
    };
    State state = State::Opening;
    QString detail;

    bool isProblem() const { return state != State::Open && state != State::Opening; }
    QString message() const; // translated; empty while opening or open
};

// What the console runs on, without widgets: the accounts (QSettings + keychain), the sandbox,
// the open providers, the network, the history, the listed fleet and the teardown flow. The
// window renders it and sends it intents.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString historyPath; // empty: History::defaultPath()
        // Where each account's last listing is kept, to be shown at the next start (ListingCache);
        // empty: nothing is kept.
        QString keptListingsDirectory;
        QSettings* settings = nullptr; // null: the application's settings
        CredentialStore* keychain = nullptr; // null: the OS keychain; not owned
        bool allowSandbox = true;
    };

    explicit ConsoleSession(Config config, QObject* parent = nullptr);
    explicit ConsoleSession(QObject* parent = nullptr);
    ~ConsoleSession() override;

    // Opens the history, starts the sandbox when it is to be shown, and opens every account.
    void start();

    QList<Account> accounts() const; // the sandbox first when shown, then the stored ones
    std::optional<Account> account(const QString& accountId) const;
    AccountStatus status(const QString& accountId) const;
    bool hasStoredAccounts() const;

    // Stores the metadata and the secrets (each in its SecretSlot): in the keychain, or for this
    // session only. With a secret, the key pair is rewritten (an empty token deletes the stored
    // one); without, only the non-empty fields replace what is stored. A proxy password left empty
    // keeps the stored one; it is deleted when the account's proxy no longer asks for one. The
    // account is reopened with the new secrets. `done` gets the keychain's answer.
    // Returns the account's id (new accounts get one here).
    QString saveAccount(const Account& account, const Credentials& credentials, bool sessionOnly, QObject* context,
                        CredentialStore::Done done);
    void removeAccount(const QString& accountId);
    // Asks the provider for its regions with these credentials; nothing is stored.
    // A stored account is tested with what is stored; the fields given here win.
    void testConnection(const Account& account, const Credentials& credentials, QObject* context,
                        std::function<void(const ProviderError& error, int regionCount)> done);

    // The sandbox is what a new user sees; once a real account exists it is hidden (from the next
    // start) unless the operator turns it on (Accounts menu).
    bool isSandboxShown() const; // running and listed now
    bool isSandboxEnabled() const;
    void setSandboxEnabled(bool enabled);
    bool isSandboxAccount(const QString& accountId) const;
    QString sandboxProblem() const { return m_sandboxProblem; }

    bool isKeychainUnavailable() const { return m_keychainUnavailable; }
    // The UI language changed: providers answer in it, and account names (the sandbox's are
    // translated) are given again through accountsChanged().
    void setApiLanguage(const QString& languageTag);

    // Providers do not say when they release an instance from their recycle bin for good. For
    // instances the console moved there, the history knows when, and the account's rules how long
    // the bin keeps them: fills Instance::autoRelease where the listing left it empty, through
    // AutoReleaseEstimator, as teardownctl does.
    void estimateAutoRelease(QList<Instance>& instances) const;

    ProviderDirectory& directory() { return m_directory; }
    History& history() { return m_history; }
    QString settingsPath() const; // the file of the accounts' metadata and the window's state
    ConsoleFleet& fleet() { return *m_fleet; }
    TeardownController& teardown() { return *m_teardown; }
    QString accountName(const QString& accountId) const; // the id when the account is not known

signals:
    void accountsChanged();
    void accountStatusChanged(const QString& accountId);
    void accountOpened(const QString& accountId);
    void keychainUnavailable(const QString& message);

private:
    const QList<Account>& storedAccounts() const;
    void openAccount(const Account& account);
    // The account's stored secrets: those kept for this session, else the keychain's.
    void readSecrets(const Account& account, QObject* context, AccountSecrets::ReadDone done);
    void openWith(const Account& account, const Credentials& credentials);
    void setStatus(const QString& accountId, AccountStatus::State state, const QString& detail = {});
    void updateSandbox();
    bool wantsSandbox() const;
    CallEnvironment environmentFor(const Account& account);
    QSettings& settings() const;

    Config m_config;
    std::unique_ptr<QSettings> m_ownedSettings;
    std::unique_ptr<AccountStore> m_store;
    mutable std::optional<QList<Account>> m_storedAccounts; // see storedAccounts()
    std::unique_ptr<CredentialStore> m_ownedKeychain;
    CredentialStore* m_keychain = nullptr;
    std::unique_ptr<MemoryCredentialStore> m_sessionSecrets;
    std::unique_ptr<SandboxHost> m_sandbox;
    History m_history;
    ProviderDirectory m_directory;
    std::unique_ptr<ConsoleFleet> m_fleet;
    std::unique_ptr<TeardownController> m_teardown;
    QHash<QString, AccountStatus> m_status;
    QString m_apiLanguage = QStringLiteral("en-US");
    QString m_sandboxProblem;
    bool m_keychainUnavailable = false;
};

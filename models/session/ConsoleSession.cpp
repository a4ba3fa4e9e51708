#include "ConsoleSession.h"

#include "AccountSecrets.h"
#include "AccountStore.h"
#include "AutoReleaseEstimator.h"
#include "ConsoleFleet.h"
#include "ErrorCatalog.h"
#include "KeychainCredentialStore.h"
#include "MemoryCredentialStore.h"
#include "ProviderFactory.h"
#include "SandboxHost.h"
#include "TeardownController.h"
#include "TeardownRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kSandboxSetting = u"sandbox/enabled"_s;
}

QString AccountStatus::message() const
{
    switch (state) {
    case State::Opening:
    case State::Open:
        return {};
    case State::NoSecret:
        return QCoreApplication::translate("ConsoleSession",
                                           "No secret is stored for this account. Edit the account to enter it.");
    case State::KeychainUnavailable:
        return QCoreApplication::translate("ConsoleSession",
                                           "No keychain is available, so the secret cannot be read. Enter it for "
                                           "this session in the account's settings.");
    case State::KeychainRefused:
        return QCoreApplication::translate("ConsoleSession", "The keychain refused to give the secret: %1").arg(detail);
    case State::CannotOpen:
        return ErrorCatalog::describe(ProviderError::local(detail));
    }
    return {};
}

ConsoleSession::ConsoleSession(QObject* parent)
    : ConsoleSession(Config(), parent)
{ }

ConsoleSession::ConsoleSession(Config config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_store(std::make_unique<AccountStore>(config.settings))
    , m_sessionSecrets(std::make_unique<MemoryCredentialStore>())
{
    if (!m_config.settings)
        m_ownedSettings = std::make_unique<QSettings>();
    if (m_config.keychain) {
        m_keychain = m_config.keychain;
    } else {
        m_ownedKeychain = std::make_unique<KeychainCredentialStore>();
        m_keychain = m_ownedKeychain.get();
    }
    m_fleet = std::make_unique<ConsoleFleet>(*this, m_config.keptListingsDirectory);
    m_teardown = std::make_unique<TeardownController>(m_directory, &m_history);
    m_teardown->setInstanceLookup([this](const QString& key) { return m_fleet->instance(key); });
    m_teardown->setKeptListingCheck([this](const Instance& instance) { return m_fleet->isFromKeptListing(instance); });
    connect(m_teardown.get(), &TeardownController::instanceChanged, m_fleet.get(), &ConsoleFleet::apply);
    connect(m_teardown.get(), &TeardownController::runFinished, m_fleet.get(), [this](TeardownRun* run) {
        // The run changed these accounts; listing them again settles what it did not report.
        QSet<QString> touched;
        for (const PlannedCall& call : run->plan().calls)
            touched.insert(call.accountId);
        m_fleet->refreshAccounts(touched);
    });
}

ConsoleSession::~ConsoleSession()
{
    // Runs and listings hold replies of the providers, and providers hold replies that reference
    // the network: close them in that order before the network goes.
    m_teardown.reset();
    m_fleet.reset();
    m_directory.clear();
}

QSettings& ConsoleSession::settings() const
{
    return m_config.settings ? *m_config.settings : *m_ownedSettings;
}

QString ConsoleSession::settingsPath() const
{
    return settings().fileName();
}

void ConsoleSession::start()
{
    const QString path = m_config.historyPath.isEmpty() ? History::defaultPath() : m_config.historyPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_history.open(path); // when it fails, runs refuse to send and say so; listing still works
    updateSandbox();
    m_fleet->showKeptListings(); // before any listing answers: they arrive on later turns of the event loop
    for (const Account& a : storedAccounts())
        openAccount(a);
    emit accountsChanged();
}

const QList<Account>& ConsoleSession::storedAccounts() const
{
    // Read from the settings once, then again after each change made here (the console's only
    // writer of accounts): views look names up per row, 9,000 times for a plan.
    if (!m_storedAccounts)
        m_storedAccounts = m_store->accounts();
    return *m_storedAccounts;
}

QList<Account> ConsoleSession::accounts() const
{
    QList<Account> all;
    if (m_sandbox && m_sandbox->isRunning())
        all << m_sandbox->account() << m_sandbox->zenlayerAccount();
    all += storedAccounts();
    return all;
}

std::optional<Account> ConsoleSession::account(const QString& accountId) const
{
    for (const Account& a : accounts()) {
        if (a.id == accountId)
            return a;
    }
    return std::nullopt;
}

AccountStatus ConsoleSession::status(const QString& accountId) const
{
    return m_status.value(accountId);
}

bool ConsoleSession::hasStoredAccounts() const
{
    return !storedAccounts().isEmpty();
}

bool ConsoleSession::isSandboxEnabled() const
{
    return settings().value(kSandboxSetting, false).toBool();
}

bool ConsoleSession::isSandboxShown() const
{
    return m_sandbox && m_sandbox->isRunning();
}

bool ConsoleSession::wantsSandbox() const
{
    // A new user sees the product work at once; next to real accounts only when asked for. The
    // first account of one's own does not pull the sandbox away mid-session: it is gone from the
    // next start, or at once through setSandboxEnabled(false).
    return m_config.allowSandbox && (!hasStoredAccounts() || isSandboxEnabled());
}

bool ConsoleSession::isSandboxAccount(const QString& accountId) const
{
    return accountId == SandboxHost::accountId() || accountId == SandboxHost::zenlayerAccountId();
}

QString ConsoleSession::accountName(const QString& accountId) const
{
    const auto found = account(accountId);
    return found ? found->name : accountId;
}

void ConsoleSession::setSandboxEnabled(bool enabled)
{
    settings().setValue(kSandboxSetting, enabled);
    updateSandbox();
    emit accountsChanged();
}

void ConsoleSession::updateSandbox()
{
    const bool shown = wantsSandbox();
    if (shown && !isSandboxShown()) {
        if (!m_sandbox)
            m_sandbox = std::make_unique<SandboxHost>();
        QString error;
        if (!m_sandbox->start(&error)) {
            m_sandboxProblem = error;
            return;
        }
        m_sandboxProblem.clear();
        openWith(m_sandbox->account(), m_sandbox->credentials());
        openWith(m_sandbox->zenlayerAccount(), m_sandbox->zenlayerCredentials());
    } else if (!shown && isSandboxShown()) {
        for (const QString& id : {SandboxHost::accountId(), SandboxHost::zenlayerAccountId()}) {
            m_directory.remove(id);
            m_status.remove(id);
        }
        m_sandbox->stop();
    }
}

CallEnvironment ConsoleSession::environmentFor(const Account& account)
{
    CallEnvironment environment; // no network: each account's own, with its proxy (ProviderFactory)
    environment.recorder = m_history.isOpen() ? &m_history : nullptr;
    environment.account = account;
    return environment;
}

void ConsoleSession::setStatus(const QString& accountId, AccountStatus::State state, const QString& detail)
{
    m_status.insert(accountId, {state, detail});
    emit accountStatusChanged(accountId);
}

void ConsoleSession::openWith(const Account& account, const Credentials& credentials)
{
    QString refusal;
    Provider* provider = ProviderFactory::create(account, credentials, environmentFor(account), &refusal);
    if (!provider) {
        m_directory.remove(account.id);
        setStatus(account.id, AccountStatus::State::CannotOpen, refusal);
        return;
    }
    provider->setLanguage(m_apiLanguage);
    m_directory.add(provider);
    setStatus(account.id, AccountStatus::State::Open);
    emit accountOpened(account.id);
}

void ConsoleSession::openAccount(const Account& account)
{
    setStatus(account.id, AccountStatus::State::Opening);
    readSecrets(account, this, [this, account](const SecretResult& r, const Credentials& credentials) {
        switch (r.status) {
        case SecretResult::Status::Ok:
            openWith(account, credentials);
            return;
        case SecretResult::Status::NotFound:
            setStatus(account.id, AccountStatus::State::NoSecret);
            return;
        case SecretResult::Status::Unavailable:
            m_keychainUnavailable = true;
            setStatus(account.id, AccountStatus::State::KeychainUnavailable, r.message);
            emit keychainUnavailable(r.message);
            return;
        case SecretResult::Status::Failed:
            break;
        }
        setStatus(account.id, AccountStatus::State::KeychainRefused, r.message);
    });
}

QString ConsoleSession::saveAccount(const Account& account, const Credentials& credentials, bool sessionOnly,
                                    QObject* context, CredentialStore::Done done)
{
    Account stored = account;
    if (stored.id.isEmpty())
        stored.id = AccountStore::newId();
    m_store->save(stored);
    m_storedAccounts.reset();
    emit accountsChanged();

    QPointer<QObject> guard(context);
    auto finish = [this, stored, guard, done](const SecretResult& r) {
        if (r.status == SecretResult::Status::Unavailable) {
            m_keychainUnavailable = true;
            emit keychainUnavailable(r.message);
        }
        openAccount(stored);
        if (guard && done)
            done(r);
    };
    CredentialStore& store = sessionOnly ? static_cast<CredentialStore&>(*m_sessionSecrets) : *m_keychain;
    Credentials given = credentials;
    if (!stored.network.usesProxyPassword()) {
        // No proxy that asks for one any more: a stored password would only linger.
        given.proxyPassword.clear();
        AccountSecrets::forgetProxyPassword(*m_sessionSecrets, stored.id, this);
        AccountSecrets::forgetProxyPassword(*m_keychain, stored.id, this);
    }
    if (given.secret.isEmpty()) {
        // Metadata only: the stored secrets stay, but for a token or proxy password given anew.
        AccountSecrets::update(store, stored.id, given, this, finish);
    } else {
        // A new key pair replaces all of them: a token or password left empty is deleted.
        if (!sessionOnly)
            AccountSecrets::remove(*m_sessionSecrets, stored.id, this);
        AccountSecrets::write(store, stored.id, given, this, finish);
    }
    return stored.id;
}

void ConsoleSession::removeAccount(const QString& accountId)
{
    m_store->remove(accountId);
    m_storedAccounts.reset();
    m_directory.remove(accountId);
    m_status.remove(accountId);
    AccountSecrets::remove(*m_sessionSecrets, accountId, this);
    AccountSecrets::remove(*m_keychain, accountId, this);
    updateSandbox();
    emit accountsChanged();
}

void ConsoleSession::testConnection(const Account& account, const Credentials& credentials, QObject* context,
                                    std::function<void(const ProviderError&, int)> done)
{
    auto test = [this, account, context, done](const Credentials& given) {
        Account probe = account;
        probe.id = u"connection-test"_s;
        CallEnvironment environment = environmentFor(probe);
        environment.recorder = nullptr; // a test is not an operation on the fleet
        environment.maxAttempts = 1;
        QString refusal;
        Credentials used = given;
        used.keyId = account.keyId;
        Provider* provider = ProviderFactory::create(probe, used, environment, &refusal);
        if (!provider) {
            done(ProviderError::local(refusal), 0);
            return;
        }
        provider->setParent(context);
        provider->setLanguage(m_apiLanguage);
        RegionListReply* reply = provider->listRegions();
        connect(reply, &ProviderReply::finished, context, [reply, provider, done] {
            done(reply->error(), int(reply->regions.size()));
            provider->deleteLater();
        });
    };
    if (account.id.isEmpty()) {
        test(credentials);
        return;
    }
    // A stored account: what was typed anew wins over what is stored.
    readSecrets(account, context, [test, credentials](const SecretResult&, const Credentials& stored) {
        Credentials merged = stored;
        for (auto field : {&Credentials::secret, &Credentials::sessionToken, &Credentials::proxyPassword}) {
            if (!(credentials.*field).isEmpty())
                merged.*field = credentials.*field;
        }
        test(merged);
    });
}

void ConsoleSession::readSecrets(const Account& account, QObject* context, AccountSecrets::ReadDone done)
{
    // A secret given for this session only wins over the keychain.
    AccountSecrets::read(*m_sessionSecrets, account, context,
                         [this, account, context, done](const SecretResult& session, const Credentials& credentials) {
                             if (session.status == SecretResult::Status::Ok)
                                 done(session, credentials);
                             else
                                 AccountSecrets::read(*m_keychain, account, context, done);
                         });
}

void ConsoleSession::setApiLanguage(const QString& languageTag)
{
    const bool changed = languageTag != m_apiLanguage;
    m_apiLanguage = languageTag;
    m_directory.setLanguage(languageTag);
    if (changed)
        emit accountsChanged();
}

void ConsoleSession::estimateAutoRelease(QList<Instance>& instances) const
{
    const AutoReleaseEstimator estimator(m_history.isOpen() ? &m_history : nullptr,
                                         AutoReleaseEstimator::rulesOf(m_directory));
    estimator.estimate(instances);
}

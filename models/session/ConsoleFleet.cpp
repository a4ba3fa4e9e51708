#include "ConsoleFleet.h"

#include "ConsoleSession.h"
#include "FleetLoader.h"
#include "InstanceTableModel.h"
#include "TeardownController.h"

ConsoleFleet::ConsoleFleet(ConsoleSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_loader(new FleetLoader(session.directory(), this))
    , m_model(new InstanceTableModel(this))
{
    m_removalTimer.setSingleShot(true);
    m_removalTimer.setInterval(RemovalIntervalMs);
    connect(&m_removalTimer, &QTimer::timeout, this, &ConsoleFleet::removeGone);
    connect(m_loader, &FleetLoader::sliceLoaded, this, &ConsoleFleet::onSliceLoaded);
    connect(m_loader, &FleetLoader::accountFailed, this,
            [this](const QString& accountId, const ProviderError& error) { setListingError(accountId, error); });
    connect(m_loader, &FleetLoader::accountLoaded, this,
            [this](const QString& accountId) { setListingError(accountId, std::nullopt); });
    connect(m_loader, &FleetLoader::progress, this, &ConsoleFleet::loadProgress);
    connect(m_loader, &FleetLoader::finished, this, &ConsoleFleet::loadFinished);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &ConsoleFleet::onAccountsChanged);
    connect(&m_session, &ConsoleSession::accountOpened, this, [this](const QString& accountId) {
        setListingError(accountId, std::nullopt);
        updateAccountNames();
        m_loader->refreshAccount(accountId);
    });
}

ConsoleFleet::~ConsoleFleet() = default;

void ConsoleFleet::refresh()
{
    // A failed listing is said until the account lists again (or fails otherwise): a notice that
    // went away at every refresh and came back would move what is under the pointer.
    m_loader->refresh();
}

void ConsoleFleet::refreshAccounts(const QSet<QString>& accountIds)
{
    for (const QString& accountId : accountIds)
        m_loader->refreshAccount(accountId);
}

void ConsoleFleet::cancel()
{
    m_loader->cancel();
}

bool ConsoleFleet::isLoading() const
{
    return m_loader->isLoading();
}

QStringList ConsoleFleet::regions(const QString& accountId) const
{
    QStringList sorted = m_regionsByAccount.value(accountId).values();
    sorted.sort();
    return sorted;
}

std::optional<Instance> ConsoleFleet::instance(const QString& key) const
{
    const int row = m_model->rowOf(key);
    if (row < 0 || m_gone.contains(key)) // gone at once, whenever its row leaves the table
        return std::nullopt;
    return m_model->instanceAt(row);
}

void ConsoleFleet::apply(const InstanceChange& change)
{
    if (change.gone) {
        m_gone.insert(change.key);
        if (!m_removalTimer.isActive())
            m_removalTimer.start();
        return;
    }
    m_model->updateState(change.key, change.rawState, change.lifecycle, change.autoRelease);
}

void ConsoleFleet::removeGone()
{
    m_removalTimer.stop();
    if (m_gone.isEmpty())
        return;
    m_model->removeInstances(QStringList(m_gone.cbegin(), m_gone.cend()));
    m_gone.clear();
}

void ConsoleFleet::onSliceLoaded(const QString& accountId, const QString& region, QList<Instance> instances)
{
    m_session.estimateAutoRelease(instances);
    removeGone(); // before the listing, whose word is the latest
    m_model->replaceSlice(accountId, region, instances);
    QSet<QString>& regions = m_regionsByAccount[accountId];
    const bool known = regions.contains(region);
    if (instances.isEmpty())
        regions.remove(region);
    else
        regions.insert(region);
    if (known == instances.isEmpty())
        emit regionsChanged(); // a region appeared or emptied
}

void ConsoleFleet::onAccountsChanged()
{
    // Instances of accounts that are gone leave the table.
    QSet<QString> known;
    for (const Account& a : m_session.accounts())
        known.insert(a.id);
    const QStringList listed = m_regionsByAccount.keys();
    bool regionsGone = false;
    for (const QString& accountId : listed) {
        if (known.contains(accountId))
            continue;
        m_model->removeAccount(accountId);
        m_regionsByAccount.remove(accountId);
        regionsGone = true;
        if (m_listingErrors.remove(accountId) > 0)
            emit listingErrorsChanged();
    }
    updateAccountNames();
    if (regionsGone)
        emit regionsChanged();
}

void ConsoleFleet::updateAccountNames()
{
    QHash<QString, QString> names;
    for (const Account& a : m_session.accounts())
        names.insert(a.id, a.name);
    m_model->setAccountNames(names);
}

void ConsoleFleet::setListingError(const QString& accountId, const std::optional<ProviderError>& error)
{
    const bool had = m_listingErrors.contains(accountId);
    if (error)
        m_listingErrors.insert(accountId, *error);
    else
        m_listingErrors.remove(accountId);
    if (had || error)
        emit listingErrorsChanged();
}

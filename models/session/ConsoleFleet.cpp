#include "ConsoleFleet.h"

#include "ConsoleSession.h"
#include "FleetLoader.h"
#include "InstanceTableModel.h"
#include "ListingCache.h"
#include "TeardownController.h"

#include <algorithm>
#include <tuple>

ConsoleFleet::ConsoleFleet(ConsoleSession& session, const QString& keptListingsDirectory, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::make_unique<ListingCache>(keptListingsDirectory))
    , m_loader(new FleetLoader(session.directory(), this))
    , m_model(new InstanceTableModel(this))
{
    m_removalTimer.setSingleShot(true);
    m_removalTimer.setInterval(RemovalIntervalMs);
    connect(&m_removalTimer, &QTimer::timeout, this, &ConsoleFleet::removeGone);
    m_pageTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, &ConsoleFleet::showPages);
    connect(m_loader, &FleetLoader::pageLoaded, this, &ConsoleFleet::onPageLoaded);
    connect(m_loader, &FleetLoader::sliceLoaded, this, &ConsoleFleet::onSliceLoaded);
    connect(m_loader, &FleetLoader::accountFailed, this, [this](const QString& accountId, const ProviderError& error) {
        m_listed.remove(accountId); // a listing cut short is not kept
        forgetShown([&accountId](const QString& shownAccount) { return shownAccount == accountId; }); // nor its pages
        setListingError(accountId, error);
    });
    connect(m_loader, &FleetLoader::accountLoaded, this, &ConsoleFleet::onAccountLoaded);
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

void ConsoleFleet::showKeptListings()
{
    QStringList accountIds;
    for (const Account& account : m_session.accounts())
        accountIds << account.id;
    m_cache->removeAllBut(accountIds); // of accounts removed meanwhile, or kept for a session only
    if (m_model->rowCount() > 0)
        return; // at start only: what is listed already is newer

    QList<ListingCache::Listing> listings;
    qsizetype total = 0;
    for (const Account& account : m_session.accounts()) {
        if (std::optional<ListingCache::Listing> kept = m_cache->read(account)) {
            for (const ListingCache::Slice& slice : std::as_const(kept->slices))
                total += slice.instances.size();
            listings.append(std::move(*kept));
        }
    }
    QList<Instance> shown;
    shown.reserve(total); // moved in once, not grown instance by instance
    QList<std::tuple<QString, QString, QDateTime>> slices; // account, region, listed at
    for (ListingCache::Listing& kept : listings) {
        const QString& accountId = kept.accountId;
        for (ListingCache::Slice& slice : kept.slices) {
            shown.append(std::move(slice.instances));
            slices.append({accountId, slice.region, kept.listedAt});
            m_regionsByAccount[accountId].insert(slice.region);
        }
    }
    if (slices.isEmpty())
        return;
    m_model->setInstances(shown); // one reset for the whole fleet
    for (const auto& [accountId, region, listedAt] : std::as_const(slices))
        m_model->markCached(accountId, region, listedAt);
    emit regionsChanged();
    emit keptListingsChanged();
}

QHash<QString, QDateTime> ConsoleFleet::keptListings() const
{
    return m_model->cachedListings();
}

bool ConsoleFleet::isFromKeptListing(const Instance& instance) const
{
    return m_model->cachedSince(instance.accountId, instance.region).isValid();
}

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

void ConsoleFleet::onPageLoaded(const QString& accountId, const QString& region, QList<Instance> added)
{
    // Rows arrive with their pages, in regions shown already and new ones alike, gathered for
    // PageIntervalMs: then each region's pages are one change of the model and one announcement for
    // the view (a pass over every row), one region per turn of the event loop.
    if (added.isEmpty())
        return;
    const auto pending = std::find_if(m_pages.begin(), m_pages.end(), [&](const PendingPages& pages) {
        return pages.accountId == accountId && pages.region == region;
    });
    if (pending == m_pages.end())
        m_pages.append({accountId, region, std::move(added)});
    else
        pending->instances.append(std::move(added));
    if (!m_pageTimer.isActive())
        m_pageTimer.start(PageIntervalMs);
}

void ConsoleFleet::showPages()
{
    if (m_pages.isEmpty())
        return;
    PendingPages pages = m_pages.takeFirst();
    removeGone(); // before the listing, whose word is the latest
    showListed(pages.accountId, pages.region, std::move(pages.instances));
    setRegionListed(pages.accountId, pages.region, true);
    if (!m_pages.isEmpty())
        m_pageTimer.start(0);
}

void ConsoleFleet::forgetShown(const std::function<bool(const QString& accountId)>& forget)
{
    const QStringList regions = m_shown.keys();
    for (const QString& region : regions) {
        if (forget(region.section(u'\n', 0, 0)))
            m_shown.remove(region);
    }
}

QString ConsoleFleet::regionKey(const QString& accountId, const QString& region)
{
    return accountId + u'\n' + region;
}

void ConsoleFleet::showListed(const QString& accountId, const QString& region, QList<Instance> instances)
{
    ShownPages& shown = m_shown[regionKey(accountId, region)];
    if (shown.listing == 0)
        shown.listing = ++m_lastListing;
    m_session.estimateAutoRelease(instances);
    m_model->mergeIntoSlice(accountId, region, instances, shown.listing);
    shown.instances.append(std::move(instances));
}

void ConsoleFleet::onSliceLoaded(const QString& accountId, const QString& region, QList<Instance> instances)
{
    removeGone(); // before the listing, whose word is the latest
    // The pages not shown yet are shown now, with the end of the listing.
    QList<Instance> unshown;
    const auto pending = std::find_if(m_pages.begin(), m_pages.end(), [&](const PendingPages& pages) {
        return pages.accountId == accountId && pages.region == region;
    });
    if (pending != m_pages.end()) {
        unshown = std::move(pending->instances);
        m_pages.removeAt(pending - m_pages.begin());
    }
    showListed(accountId, region, std::move(unshown));
    ShownPages shown = m_shown.take(regionKey(accountId, region));
    const bool wasKept = m_model->cachedSince(accountId, region).isValid();
    // Every instance came with its page (as every dialect lists): the rows the listing did not mark
    // leave. Otherwise (a listing that started before the pages of an earlier one were all shown)
    // the whole listing is compared with the table.
    const auto sameInstance = [](const Instance& a, const Instance& b) {
        return a.id == b.id && a.accountId == b.accountId;
    };
    if (std::equal(shown.instances.cbegin(), shown.instances.cend(), instances.cbegin(), instances.cend(),
                   sameInstance)) {
        m_model->settleSlice(accountId, region, shown.listing); // ends the kept listing's mark
        instances = std::move(shown.instances); // dated for the recycle bin as they were shown
    } else {
        m_session.estimateAutoRelease(instances);
        m_model->replaceSlice(accountId, region, instances); // ends the kept listing's mark
    }
    setRegionListed(accountId, region, !instances.isEmpty());
    // What the next start shows, kept from the listing itself: a copy of the account's rows out of
    // the model took 0.2 s of the UI thread at 100,000 rows (bench_console).
    if (instances.isEmpty())
        m_listed[accountId].remove(region);
    else
        m_listed[accountId].insert(region, std::move(instances));
    if (wasKept)
        emit keptListingsChanged();
}

void ConsoleFleet::setRegionListed(const QString& accountId, const QString& region, bool hasInstances)
{
    QSet<QString>& regions = m_regionsByAccount[accountId];
    const bool known = regions.contains(region);
    if (hasInstances)
        regions.insert(region);
    else
        regions.remove(region);
    if (known != hasInstances)
        emit regionsChanged(); // a region appeared or emptied
}

void ConsoleFleet::onAccountLoaded(const QString& accountId)
{
    setListingError(accountId, std::nullopt);
    // Regions of the kept listing that the account no longer lists have no instances now.
    const QStringList unlisted = m_model->cachedRegions(accountId);
    for (const QString& region : unlisted)
        onSliceLoaded(accountId, region, {});

    const std::optional<Account> account = m_session.account(accountId);
    if (!account)
        return;
    ListingCache::Listing listing{accountId, account->dialect, QDateTime::currentDateTimeUtc(), {}};
    const QMap<QString, QList<Instance>> listed = m_listed.take(accountId);
    for (auto slice = listed.cbegin(); slice != listed.cend(); ++slice)
        listing.slices.append({slice.key(), slice.value()});
    m_cache->write(std::move(listing));
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
        const bool wasKept = !m_model->cachedRegions(accountId).isEmpty();
        m_model->removeAccount(accountId); // and its kept listing's marks
        m_regionsByAccount.remove(accountId);
        m_listed.remove(accountId);
        m_cache->remove(accountId); // a removed account leaves nothing behind
        if (wasKept)
            emit keptListingsChanged();
        regionsGone = true;
        if (m_listingErrors.remove(accountId) > 0)
            emit listingErrorsChanged();
    }
    // Pages not shown yet of an account that is gone would bring its rows back.
    m_pages.removeIf([&known](const PendingPages& pages) { return !known.contains(pages.accountId); });
    forgetShown([&known](const QString& accountId) { return !known.contains(accountId); });
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

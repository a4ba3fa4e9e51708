#pragma once

#include "Instance.h"
#include "ProviderError.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class ConsoleSession;
class ListingCache;
class FleetLoader;
class InstanceTableModel;
struct InstanceChange;

// The instances the console lists, kept current without widgets: every open account is listed
// into the instance model slice by slice, an account that goes away leaves it, a failed listing is
// remembered until the account lists again, and a run's results change the rows they concern at
// once (a refresh of the accounts it touched settles everything else when it ends).
//
// Each account's last complete listing is kept on this machine (ListingCache, in
// `keptListingsDirectory`; none when empty) and shown at start, marked as such, until the account
// lists again. Pages of a region already shown change its rows in place as they arrive; a region
// not shown yet comes whole, once listed.
class ConsoleFleet : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleFleet(ConsoleSession& session, const QString& keptListingsDirectory = {},
                          QObject* parent = nullptr);
    ~ConsoleFleet() override;

    // Shows the kept listing of every account of the session that has one (at start, before any
    // listing arrives), and forgets those of accounts it does not have.
    void showKeptListings();
    // Accounts some of whose rows are still shown from a kept listing: when it was made (the
    // model's marks, InstanceTableModel::cachedListings()).
    QHash<QString, QDateTime> keptListings() const;
    // Whether the instance's row is shown from a kept listing, not listed again yet.
    bool isFromKeptListing(const Instance& instance) const;

    InstanceTableModel& model() const { return *m_model; }

    void refresh(); // every open account
    void refreshAccounts(const QSet<QString>& accountIds);
    void cancel();
    bool isLoading() const;

    // Regions (zones) in which the account has instances, sorted.
    QStringList regions(const QString& accountId) const;
    // Why an account's last listing failed, by account id.
    const QHash<QString, ProviderError>& listingErrors() const { return m_listingErrors; }
    std::optional<Instance> instance(const QString& key) const;

    void apply(const InstanceChange& change);

signals:
    void regionsChanged();
    void listingErrorsChanged();
    void keptListingsChanged();
    void loadProgress(int done, int total);
    void loadFinished();

private:
    void onPageLoaded(const QString& accountId, const QString& region, QList<Instance> added);
    void showPages();
    // Merges a region's pages into the table with its listing's mark.
    void showListed(const QString& accountId, const QString& region, QList<Instance> instances);
    void onSliceLoaded(const QString& accountId, const QString& region, QList<Instance> instances);
    void onAccountLoaded(const QString& accountId);
    void setRegionListed(const QString& accountId, const QString& region, bool hasInstances);
    void onAccountsChanged();
    void updateAccountNames();
    void setListingError(const QString& accountId, const std::optional<ProviderError>& error);
    void removeGone();

    ConsoleSession& m_session;
    std::unique_ptr<ListingCache> m_cache;
    FleetLoader* m_loader;
    InstanceTableModel* m_model;
    QHash<QString, ProviderError> m_listingErrors;
    QHash<QString, QSet<QString>> m_regionsByAccount;
    // The regions an account's listing under way has answered so far: account -> region -> rows.
    QHash<QString, QMap<QString, QList<Instance>>> m_listed;
    // Instances a run destroyed leave the table together, every RemovalIntervalMs: one at a time,
    // 10,000 removals from a sorted table of 100,000 rows kept the window busy for seconds.
    QSet<QString> m_gone;
    QTimer m_removalTimer;
    static constexpr int RemovalIntervalMs = 100;
    // Pages of listings under way not shown yet, a region's together, in the order their first
    // page came (see onPageLoaded()).
    struct PendingPages
    {
        QString accountId;
        QString region;
        QList<Instance> instances;
    };
    QList<PendingPages> m_pages;
    QTimer m_pageTimer;
    static constexpr int PageIntervalMs = 250;
    // The pages of a region's listing under way shown so far (with their recycle-bin dates), by
    // account and region, and the mark their rows got in the table: when the listing ends, the rows
    // it did not mark leave, without every row being compared with it again (30 ms for 19,000
    // rows, bench_console).
    struct ShownPages
    {
        QList<Instance> instances;
        quint32 listing = 0;
    };
    QHash<QString, ShownPages> m_shown;
    quint32 m_lastListing = 0;
    static QString regionKey(const QString& accountId, const QString& region);
    // Drops the pages shown of the listings of the accounts `forget` names.
    void forgetShown(const std::function<bool(const QString& accountId)>& forget);
};

#pragma once

#include "Instance.h"
#include "ProviderError.h"

#include <QHash>
#include <QObject>
#include <QSet>

class ProviderDirectory;

// Lists every instance of the open accounts: regions first, then every region's instances, all
// pages, all accounts and regions in parallel (each client's rate limiter keeps its account within
// quota). Never blocks: results arrive as slices, one per account and region, as they come in.
class FleetLoader : public QObject
{
    Q_OBJECT

public:
    explicit FleetLoader(ProviderDirectory& providers, QObject* parent = nullptr);

    void refresh(); // every open account
    void refreshAccount(const QString& accountId);
    // Forgets what is pending: late replies are ignored.
    void cancel();
    bool isLoading() const { return m_pending > 0; }

signals:
    void started();
    // The instances one page of a region's listing adds to it, as each page arrives.
    void pageLoaded(const QString& accountId, const QString& region, const QList<Instance>& added);
    // The whole region, once its last page arrived.
    void sliceLoaded(const QString& accountId, const QString& region, const QList<Instance>& instances);
    void accountFailed(const QString& accountId, const ProviderError& error);
    void accountLoaded(const QString& accountId); // every region of the account answered
    void progress(int done, int total); // listings (one per account and region) answered so far
    void finished();

private:
    void listRegions(const QString& accountId);
    void listInstances(const QString& accountId, const QStringList& regions);
    void onListingDone(const QString& accountId, const ProviderError& error);
    void addPending(int count);
    void finishOne();

    ProviderDirectory& m_providers;
    quint64 m_generation = 0; // replies of an older refresh are ignored
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    QHash<QString, int> m_pendingPerAccount;
    QHash<QString, ProviderError> m_firstError;
};

#pragma once

#include "Account.h"
#include "Instance.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <optional>

class QIODevice;

// The last complete listing of each account, kept on this machine so that the console can show a
// large fleet the moment it starts, while the listing is refreshed. It holds what the listing
// showed (instances, no credentials) and when; nothing is ever planned or sent from it alone.
//
// One file per account in the cache directory, written whole (QSaveFile) on a background thread,
// one write at a time in the order asked, so that a later listing is never overwritten by an
// earlier one. A file that cannot be read (truncated, another format, another account, garbage)
// is ignored and said on the log: the console then lists as if there were none.
class ListingCache
{
public:
    struct Slice
    {
        QString region;
        QList<Instance> instances;
    };
    struct Listing
    {
        QString accountId;
        Dialect dialect = Dialect::TencentApi3;
        QDateTime listedAt; // when the listing ended
        QList<Slice> slices;
    };

    // An empty directory: nothing is kept or read.
    explicit ListingCache(QString directory);
    ~ListingCache(); // waits for the writes under way
    ListingCache(const ListingCache&) = delete;
    ListingCache& operator=(const ListingCache&) = delete;

    bool isEnabled() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }

    // The account's last listing, when one is kept for it with the same dialect.
    std::optional<Listing> read(const Account& account) const;
    void write(Listing listing);
    void remove(const QString& accountId);
    // Removes the listings of every account but these (accounts removed, or kept for a session only).
    void removeAllBut(const QStringList& accountIds);
    void waitForWrites();

    // The file format (a versioned QDataStream), for the store and for its tests.
    static void encode(QIODevice& device, const Listing& listing);
    // Null when the data is not a whole listing of `accountId` in `dialect`.
    static std::optional<Listing> decode(QIODevice& device, const QString& accountId, Dialect dialect);

private:
    QString pathFor(const QString& accountId) const;

    QString m_directory;
    mutable QThreadPool m_writer; // one thread: the writes in the order asked
};

#include "ListingCache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcListingCache, "teardown.listingcache")

namespace {

constexpr quint32 Magic = 0x54444c43; // "TDLC"
constexpr quint32 FormatVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

// Counts come from the file: they bound the loops, never an allocation.
constexpr quint32 MaxSlices = 100'000;
constexpr quint32 MaxPerSlice = 10'000'000;
constexpr quint32 MaxPerInstance = 100'000; // addresses or tags of one instance
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

// Times as UTC milliseconds: QDateTime's own stream format keeps time specs and zones, which a
// listing does not need and which do not always read back as written.
void writeTime(QDataStream& out, const QDateTime& time)
{
    out << (time.isValid() ? time.toMSecsSinceEpoch() : NoTime);
}

QDateTime readTime(QDataStream& in)
{
    qint64 ms = NoTime;
    in >> ms;
    if (ms == NoTime)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return time.isValid() ? time : QDateTime();
}

template<typename Enum>
bool readEnum(QDataStream& in, Enum* value, Enum last)
{
    qint32 raw = -1;
    in >> raw;
    if (raw < 0 || raw > qint32(last))
        return false;
    *value = Enum(raw);
    return true;
}

void writeStrings(QDataStream& out, const QStringList& strings)
{
    out << quint32(strings.size());
    for (const QString& s : strings)
        out << s;
}

bool readStrings(QDataStream& in, QStringList* strings)
{
    quint32 count = 0;
    in >> count;
    if (count > MaxPerInstance)
        return false;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString s;
        in >> s;
        strings->append(s);
    }
    return in.status() == QDataStream::Ok;
}

void writeInstance(QDataStream& out, const Instance& i)
{
    // The account and the region are the listing's and the slice's.
    out << qint32(i.provider) << i.zone << i.id << i.name << i.rawState << qint32(i.lifecycle) << i.rawChargeType
        << qint32(i.chargeClass);
    for (const QDateTime* time : {&i.created, &i.expires, &i.autoRelease, &i.recycleBinEnteredAt})
        writeTime(out, *time);
    out << i.terminationProtected << i.restriction << i.instanceType << i.osName;
    writeStrings(out, i.privateIps);
    writeStrings(out, i.publicIps);
    out << quint32(i.tags.size());
    for (const InstanceTag& tag : i.tags)
        out << tag.key << tag.value;
    out << i.lastOperation.action << i.lastOperation.state << i.lastOperation.requestId;
}

bool readInstance(QDataStream& in, Instance* i)
{
    if (!readEnum(in, &i->provider, ProviderId::Zenlayer))
        return false;
    in >> i->zone >> i->id >> i->name >> i->rawState;
    if (!readEnum(in, &i->lifecycle, Lifecycle::Unknown))
        return false;
    in >> i->rawChargeType;
    if (!readEnum(in, &i->chargeClass, ChargeClass::Other))
        return false;
    for (QDateTime* time : {&i->created, &i->expires, &i->autoRelease, &i->recycleBinEnteredAt})
        *time = readTime(in);
    in >> i->terminationProtected >> i->restriction >> i->instanceType >> i->osName;
    if (!readStrings(in, &i->privateIps) || !readStrings(in, &i->publicIps))
        return false;
    quint32 tags = 0;
    in >> tags;
    if (tags > MaxPerInstance)
        return false;
    for (quint32 t = 0; t < tags && in.status() == QDataStream::Ok; ++t) {
        InstanceTag tag;
        in >> tag.key >> tag.value;
        i->tags.append(tag);
    }
    in >> i->lastOperation.action >> i->lastOperation.state >> i->lastOperation.requestId;
    return in.status() == QDataStream::Ok && !i->id.isEmpty();
}

} // namespace

ListingCache::ListingCache(QString directory)
    : m_directory(std::move(directory))
{
    m_writer.setMaxThreadCount(1);
}

ListingCache::~ListingCache()
{
    waitForWrites();
}

QString ListingCache::pathFor(const QString& accountId) const
{
    // The account id is the user's to choose in tests and tools: a hash makes it a file name.
    const QByteArray name = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + u'/' + QString::fromLatin1(name) + u".listing"_s;
}

std::optional<ListingCache::Listing> ListingCache::read(const Account& account) const
{
    if (!isEnabled())
        return std::nullopt;
    QFile file(pathFor(account.id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // none kept yet
    std::optional<Listing> listing = decode(file, account.id, account.dialect);
    if (!listing)
        qCWarning(lcListingCache).noquote() << "Ignoring the unreadable listing kept in" << file.fileName();
    return listing;
}

void ListingCache::write(Listing listing)
{
    if (!isEnabled())
        return;
    const QString path = pathFor(listing.accountId);
    const QString directory = m_directory;
    // The instances' strings are shared, not copied: their reference counts are atomic.
    m_writer.start([listing = std::move(listing), path, directory] {
        QDir().mkpath(directory);
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            encode(file, listing);
            if (file.commit())
                return;
        }
        qCWarning(lcListingCache).noquote() << "Could not keep the listing in" << path << file.errorString();
    });
}

void ListingCache::remove(const QString& accountId)
{
    if (!isEnabled())
        return;
    const QString path = pathFor(accountId);
    m_writer.start([path] { QFile::remove(path); }); // after any write of it still queued
}

void ListingCache::removeAllBut(const QStringList& accountIds)
{
    if (!isEnabled())
        return;
    QSet<QString> kept;
    for (const QString& accountId : accountIds)
        kept.insert(QFileInfo(pathFor(accountId)).fileName());
    const QString directory = m_directory;
    m_writer.start([kept, directory] {
        const QDir dir(directory);
        for (const QString& name : dir.entryList({u"*.listing"_s}, QDir::Files)) {
            if (!kept.contains(name))
                QFile::remove(dir.filePath(name));
        }
    });
}

void ListingCache::waitForWrites()
{
    m_writer.waitForDone();
}

void ListingCache::encode(QIODevice& device, const Listing& listing)
{
    QDataStream out(&device);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion << listing.accountId << qint32(listing.dialect);
    writeTime(out, listing.listedAt);
    out << quint32(listing.slices.size());
    for (const Slice& slice : listing.slices) {
        out << slice.region << quint32(slice.instances.size());
        for (const Instance& instance : slice.instances)
            writeInstance(out, instance);
    }
}

std::optional<ListingCache::Listing> ListingCache::decode(QIODevice& device, const QString& accountId, Dialect dialect)
{
    QDataStream in(&device);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion)
        return std::nullopt;
    Listing listing;
    in >> listing.accountId;
    if (!readEnum(in, &listing.dialect, Dialect::Zenlayer) || listing.accountId != accountId
        || listing.dialect != dialect)
        return std::nullopt;
    listing.listedAt = readTime(in);
    quint32 slices = 0;
    in >> slices;
    if (in.status() != QDataStream::Ok || !listing.listedAt.isValid() || slices > MaxSlices)
        return std::nullopt;
    for (quint32 s = 0; s < slices; ++s) {
        Slice slice;
        quint32 count = 0;
        in >> slice.region >> count;
        if (in.status() != QDataStream::Ok || slice.region.isEmpty() || count > MaxPerSlice)
            return std::nullopt;
        for (quint32 n = 0; n < count; ++n) {
            Instance instance;
            instance.accountId = accountId;
            instance.region = slice.region;
            if (!readInstance(in, &instance))
                return std::nullopt;
            slice.instances.append(std::move(instance));
        }
        listing.slices.append(std::move(slice));
    }
    if (!in.atEnd())
        return std::nullopt; // more than a listing: not one this version wrote
    return listing;
}

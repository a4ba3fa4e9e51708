#include "ListingCache.h"

#include "DataStreamView.h"

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
// The fewest bytes writeInstance writes: three enumerations, four times, a flag, eleven strings and
// three counts (the account and the region are the listing's and the slice's).
constexpr qsizetype MinInstanceBytes = 3 * 4 + 4 * 8 + 1 + 11 * 4 + 3 * 4;

// Times as UTC milliseconds: QDateTime's own stream format keeps time specs and zones, which a
// listing does not need and which do not always read back as written.
void writeTime(QDataStream& out, const QDateTime& time)
{
    out << (time.isValid() ? time.toMSecsSinceEpoch() : NoTime);
}

QDateTime readTime(DataStreamView& in)
{
    const qint64 ms = in.number<qint64>();
    if (ms == NoTime)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return time.isValid() ? time : QDateTime();
}

template<typename Enum>
bool readEnum(DataStreamView& in, Enum* value, Enum last)
{
    const qint32 raw = in.number<qint32>();
    if (!in.ok() || raw < 0 || raw > qint32(last))
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

bool readStrings(DataStreamView& in, QStringList* strings)
{
    const quint32 count = in.number<quint32>();
    if (count > MaxPerInstance)
        return false;
    for (quint32 i = 0; i < count && in.ok(); ++i)
        strings->append(in.string());
    return in.ok();
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

bool readInstance(DataStreamView& in, Instance* i)
{
    // As writeInstance wrote it; what many instances share is read once (DataStreamView::repeated).
    if (!readEnum(in, &i->provider, ProviderId::Zenlayer))
        return false;
    i->zone = in.repeated();
    i->id = in.string();
    i->name = in.string();
    i->rawState = in.repeated();
    if (!readEnum(in, &i->lifecycle, Lifecycle::Unknown))
        return false;
    i->rawChargeType = in.repeated();
    if (!readEnum(in, &i->chargeClass, ChargeClass::Other))
        return false;
    for (QDateTime* time : {&i->created, &i->expires, &i->autoRelease, &i->recycleBinEnteredAt})
        *time = readTime(in);
    i->terminationProtected = in.boolean();
    i->restriction = in.repeated();
    i->instanceType = in.repeated();
    i->osName = in.repeated();
    if (!readStrings(in, &i->privateIps) || !readStrings(in, &i->publicIps))
        return false;
    const quint32 tags = in.number<quint32>();
    if (tags > MaxPerInstance)
        return false;
    for (quint32 t = 0; t < tags && in.ok(); ++t) {
        InstanceTag tag;
        tag.key = in.repeated();
        tag.value = in.repeated();
        i->tags.append(tag);
    }
    i->lastOperation.action = in.repeated();
    i->lastOperation.state = in.repeated();
    i->lastOperation.requestId = in.string();
    return in.ok() && !i->id.isEmpty();
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
    // Read whole, then decoded from memory (DataStreamView): what encode() wrote through QDataStream.
    const QByteArray bytes = device.readAll();
    DataStreamView in(bytes);
    const quint32 magic = in.number<quint32>();
    const quint32 version = in.number<quint32>();
    if (magic != Magic || version != FormatVersion)
        return std::nullopt;
    Listing listing;
    listing.accountId = in.string();
    if (!readEnum(in, &listing.dialect, Dialect::Zenlayer) || listing.accountId != accountId
        || listing.dialect != dialect)
        return std::nullopt;
    listing.listedAt = readTime(in);
    const quint32 slices = in.number<quint32>();
    if (!in.ok() || !listing.listedAt.isValid() || slices > MaxSlices)
        return std::nullopt;
    for (quint32 s = 0; s < slices; ++s) {
        Slice slice;
        slice.region = in.repeated();
        const quint32 count = in.number<quint32>();
        if (!in.ok() || slice.region.isEmpty() || count > MaxPerSlice)
            return std::nullopt;
        // Grown once, not instance by instance (10,000s of moves); as far as the data could hold.
        slice.instances.reserve(std::min<qsizetype>(count, in.remaining() / MinInstanceBytes));
        for (quint32 n = 0; n < count; ++n) {
            Instance instance;
            instance.accountId = listing.accountId;
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

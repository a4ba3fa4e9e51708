// A kept listing as ListingCache reads it at the console's start (docs/fuzzing.md). The input is
// the file's bytes; it is read for the account and dialect its own header names, so that inputs
// reach past the check that the file is the account's.
//
// Properties: a listing taken belongs to that account, each instance to its slice's region and
// has an id; what encode() writes for it reads back the same. (Not the same bytes: a time read in
// an odd time-spec is written back in its own.)
#include "FuzzSupport.h"

#include "ListingCache.h"

#include <QBuffer>
#include <QDataStream>

FUZZ_HARNESS_INITIALIZE

namespace {

QByteArray encoded(const ListingCache::Listing& listing)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ListingCache::encode(buffer, listing);
    return buffer.data();
}

std::optional<ListingCache::Listing> decoded(QByteArray bytes, const QString& accountId, Dialect dialect)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ListingCache::decode(buffer, accountId, dialect);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The header's account and dialect (magic, version, account id, dialect).
    QDataStream header(bytes);
    header.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    QString accountId;
    qint32 dialect = 0;
    header >> magic >> version >> accountId >> dialect;
    if (header.status() != QDataStream::Ok || dialect < 0 || dialect > qint32(Dialect::Zenlayer))
        dialect = 0;

    const std::optional<ListingCache::Listing> listing = decoded(bytes, accountId, Dialect(dialect));
    if (!listing)
        return 0;
    fuzz::require(listing->accountId == accountId, "a listing taken is the account's");
    for (const ListingCache::Slice& slice : listing->slices) {
        for (const Instance& instance : slice.instances) {
            fuzz::require(instance.accountId == accountId && instance.region == slice.region,
                          "an instance belongs to its slice", instance.id);
            fuzz::require(!instance.id.isEmpty(), "an instance has an id");
        }
    }
    const QByteArray written = encoded(*listing);
    const std::optional<ListingCache::Listing> again = decoded(written, accountId, Dialect(dialect));
    fuzz::require(again.has_value(), "a written listing reads back");
    fuzz::require(again->listedAt == listing->listedAt && again->slices.size() == listing->slices.size(),
                  "a listing read back is the same");
    for (qsizetype s = 0; s < listing->slices.size(); ++s)
        fuzz::require(again->slices[s].instances == listing->slices[s].instances, "a slice read back is the same",
                      listing->slices[s].region);
    return 0;
}

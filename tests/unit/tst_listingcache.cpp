// ListingCache: a kept listing comes back exactly as written, and anything else in its place (cut
// short at any byte, another account or dialect, another format, counts that promise more than the
// file holds, values out of range, trailing bytes) is refused whole, without a crash or a huge
// allocation. The store writes on its own thread in the order asked and removes what it is told.
#include "ListingCache.h"

#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"acct-kept"_s;

Instance instance(const QString& region, const QString& id)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = kAccount;
    i.region = region;
    i.zone = region + u"-3"_s;
    i.id = id;
    i.name = u"web \u4e2d\u6587 "_s + id;
    i.rawState = u"RUNNING"_s;
    i.lifecycle = Lifecycle::Running;
    i.rawChargeType = u"PREPAID"_s;
    i.chargeClass = ChargeClass::Prepaid;
    i.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    i.expires = i.created.addMonths(3);
    i.autoRelease = i.created.addDays(7);
    i.recycleBinEnteredAt = i.created.addDays(1);
    i.terminationProtected = true;
    i.restriction = u"PROTECTIVELY_ISOLATED"_s;
    i.instanceType = u"S5.MEDIUM4"_s;
    i.osName = u"Ubuntu"_s;
    i.privateIps = {u"10.0.0.1"_s, u"10.0.0.2"_s};
    i.publicIps = {u"203.0.113.9"_s};
    i.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u""_s}};
    i.lastOperation = {u"StopInstances"_s, u"SUCCESS"_s, u"req-1"_s};
    return i;
}

ListingCache::Listing listing()
{
    ListingCache::Listing l;
    l.accountId = kAccount;
    l.dialect = Dialect::TencentLegacy;
    l.listedAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    l.slices = {
        {u"ap-guangzhou"_s, {instance(u"ap-guangzhou"_s, u"ins-a1"_s), instance(u"ap-guangzhou"_s, u"ins-a2"_s)}},
        {u"ap-tokyo"_s, {instance(u"ap-tokyo"_s, u"ins-b1"_s)}}};
    l.slices[1].instances[0].tags.clear();
    l.slices[1].instances[0].created = {};
    return l;
}

QByteArray encoded(const ListingCache::Listing& l)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ListingCache::encode(buffer, l);
    return buffer.data();
}

std::optional<ListingCache::Listing> decoded(QByteArray bytes, const QString& account = kAccount,
                                             Dialect dialect = Dialect::TencentLegacy)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ListingCache::decode(buffer, account, dialect);
}

// The header as encode() writes it, then whatever a test appends.
QByteArray header(quint32 slices)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint32(0x54444c43) << quint32(1) << kAccount << qint32(Dialect::TencentLegacy)
        << QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() << slices;
    return bytes;
}

QByteArray withTail(QByteArray bytes, const std::function<void(QDataStream&)>& tail)
{
    QDataStream out(&bytes, QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_0);
    tail(out);
    return bytes;
}

} // namespace

class ListingCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void comesBackAsWritten();
    void refused_data();
    void refused();
    void refusedWhenCutShortAnywhere();
    void storeWritesInOrderAndRemoves();
    void disabledStoreKeepsNothing();
};

void ListingCacheTest::comesBackAsWritten()
{
    const ListingCache::Listing written = listing();
    const std::optional<ListingCache::Listing> read = decoded(encoded(written));
    QVERIFY(read);
    QCOMPARE(read->accountId, written.accountId);
    QCOMPARE(read->dialect, written.dialect);
    QCOMPARE(read->listedAt, written.listedAt);
    QCOMPARE(read->slices.size(), written.slices.size());
    for (qsizetype s = 0; s < written.slices.size(); ++s) {
        QCOMPARE(read->slices[s].region, written.slices[s].region);
        QCOMPARE(read->slices[s].instances, written.slices[s].instances); // every field, account and region too
    }
    // What instances share is read once and shared (the kept listing of 100,000 is read at every
    // start); what is an instance's own is its own.
    const Instance& a1 = read->slices[0].instances[0];
    const Instance& a2 = read->slices[0].instances[1];
    QCOMPARE(a1.zone.constData(), a2.zone.constData());
    QCOMPARE(a1.tags[0].value.constData(), a2.tags[0].value.constData());
    QCOMPARE(a1.osName.constData(), a2.osName.constData());
    QVERIFY(a1.name.constData() != a2.name.constData());
    const ListingCache::Listing empty{kAccount, Dialect::TencentLegacy, written.listedAt, {}};
    QVERIFY(decoded(encoded(empty)));
    QVERIFY(decoded(encoded(empty))->slices.isEmpty());
}

void ListingCacheTest::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("account");
    QTest::addColumn<Dialect>("dialect");
    const QByteArray good = encoded(listing());
    QTest::newRow("another account") << good << u"acct-other"_s << Dialect::TencentLegacy;
    QTest::newRow("another dialect") << good << kAccount << Dialect::TencentApi3;
    QTest::newRow("empty file") << QByteArray() << kAccount << Dialect::TencentLegacy;
    QTest::newRow("JSON") << QByteArray(R"({"accountId":"acct-kept"})") << kAccount << Dialect::TencentLegacy;
    QByteArray otherVersion = good;
    otherVersion[7] = 2;
    QTest::newRow("a later format") << otherVersion << kAccount << Dialect::TencentLegacy;
    QTest::newRow("trailing bytes") << good + QByteArray(1, '\0') << kAccount << Dialect::TencentLegacy;
    QTest::newRow("four billion slices") << header(0xffffffff) << kAccount << Dialect::TencentLegacy;
    QTest::newRow("four billion instances")
        << withTail(header(1), [](QDataStream& out) { out << u"ap-tokyo"_s << quint32(0xffffffff); }) << kAccount
        << Dialect::TencentLegacy;
    QTest::newRow("a million instances promised, none there")
        << withTail(header(1), [](QDataStream& out) { out << u"ap-tokyo"_s << quint32(1'000'000); }) << kAccount
        << Dialect::TencentLegacy;
    QTest::newRow("a slice without a region")
        << withTail(header(1), [](QDataStream& out) { out << QString() << quint32(0); }) << kAccount
        << Dialect::TencentLegacy;
    QTest::newRow("a provider out of range")
        << withTail(header(1), [](QDataStream& out) { out << u"ap-tokyo"_s << quint32(1) << qint32(7); }) << kAccount
        << Dialect::TencentLegacy;
    QTest::newRow("a string longer than the file") << withTail(header(1), [](QDataStream& out) {
        out << u"ap-tokyo"_s << quint32(1) << qint32(0) << quint32(0x7ffffffe);
    }) << kAccount << Dialect::TencentLegacy;
    QTest::newRow("a string of an odd number of bytes") << withTail(header(1), [](QDataStream& out) {
        out << quint32(3);
        out.writeRawData("a\0b", 3);
        out << quint32(0);
    }) << kAccount << Dialect::TencentLegacy;
    QByteArray badLifecycle = encoded(listing());
    // The first instance's lifecycle follows its provider and four strings: find it by value.
    const QByteArray running = [] {
        QByteArray b;
        QDataStream out(&b, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << u"RUNNING"_s << qint32(Lifecycle::Running);
        return b;
    }();
    const qsizetype at = badLifecycle.indexOf(running);
    QVERIFY(at > 0);
    badLifecycle[at + running.size() - 1] = char(99);
    QTest::newRow("a lifecycle out of range") << badLifecycle << kAccount << Dialect::TencentLegacy;
}

void ListingCacheTest::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, account);
    QFETCH(Dialect, dialect);
    QVERIFY(!decoded(bytes, account, dialect));
}

void ListingCacheTest::refusedWhenCutShortAnywhere()
{
    const QByteArray good = encoded(listing());
    QVERIFY(decoded(good));
    for (qsizetype size = 0; size < good.size(); ++size)
        QVERIFY2(!decoded(good.left(size)), qPrintable(u"cut at %1 of %2"_s.arg(size).arg(good.size())));
}

void ListingCacheTest::storeWritesInOrderAndRemoves()
{
    QTemporaryDir dir;
    const QString directory = dir.filePath(u"kept/listings"_s); // made when first written
    Account account;
    account.id = kAccount;
    account.dialect = Dialect::TencentLegacy;
    ListingCache cache(directory);
    QVERIFY(!cache.read(account));

    ListingCache::Listing earlier = listing();
    ListingCache::Listing later = listing();
    later.listedAt = earlier.listedAt.addSecs(60);
    later.slices.removeLast();
    for (int i = 0; i < 20; ++i)
        cache.write(i % 2 ? later : earlier);
    cache.write(later);
    cache.waitForWrites();
    std::optional<ListingCache::Listing> read = cache.read(account);
    QVERIFY(read);
    QCOMPARE(read->listedAt, later.listedAt);
    QCOMPARE(read->slices.size(), 1);
    QCOMPARE(QDir(directory).entryList(QDir::Files).size(), 1); // no temporary file left behind

    Account otherDialect = account;
    otherDialect.dialect = Dialect::TencentApi3;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable listing"_s));
    QVERIFY(!cache.read(otherDialect));

    // The listings of accounts no longer configured go; the others stay.
    ListingCache::Listing other = later;
    other.accountId = u"acct-other"_s;
    cache.write(other);
    QFile stranger(directory + u"/notes.txt"_s); // not the cache's: left alone
    QVERIFY(stranger.open(QIODevice::WriteOnly));
    stranger.close();
    cache.removeAllBut({kAccount, u"acct-never-listed"_s});
    cache.waitForWrites();
    QVERIFY(cache.read(account));
    QCOMPARE(QDir(directory).entryList({u"*.listing"_s}, QDir::Files).size(), 1);
    QVERIFY(stranger.exists());

    cache.remove(kAccount);
    cache.waitForWrites();
    QVERIFY(!cache.read(account));
    QVERIFY(QDir(directory).entryList({u"*.listing"_s}, QDir::Files).isEmpty());
}

void ListingCacheTest::disabledStoreKeepsNothing()
{
    ListingCache cache({});
    QVERIFY(!cache.isEnabled());
    cache.write(listing());
    cache.waitForWrites();
    Account account;
    account.id = kAccount;
    account.dialect = Dialect::TencentLegacy;
    QVERIFY(!cache.read(account));
}

QTEST_GUILESS_MAIN(ListingCacheTest)
#include "tst_listingcache.moc"

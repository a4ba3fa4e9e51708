// InstanceSortOrder, SortRankBuilder and InstanceRow's sort keys: each column's order (case-insensitive
// names, IPv4 addresses as numbers, dates with none last, the recycle bin's release date, tags tag by
// tag, accounts by label), ties on account id then instance id, compare() and ranks() agreeing, and the
// tie order following rows that come and go.
#include "InstanceRowStore.h"
#include "InstanceSortOrder.h"
#include "InstanceTableModel.h"
#include "SortRankBuilder.h"

#include <QMetaEnum>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

Instance make(const QString& account, const QString& id, const QString& name)
{
    Instance in;
    in.provider = ProviderId::Tencent;
    in.accountId = account;
    in.region = u"r"_s;
    in.id = id;
    in.name = name;
    in.rawState = u"RUNNING"_s;
    in.lifecycle = Lifecycle::Running;
    return in;
}

// Six instances whose keys (account/id) the expected orders below name.
QList<Instance> fleet()
{
    Instance a = make(u"acc-2"_s, u"ins-3"_s, u"beta"_s);
    a.privateIps = {u"10.0.0.10"_s};
    a.created = utc(2024, 1, 2);
    a.tags = {{u"env"_s, u"prod"_s}};

    Instance b = make(u"acc-1"_s, u"ins-3"_s, u"Beta"_s); // the same id through another account
    b.rawState = u"STOPPED"_s;
    b.lifecycle = Lifecycle::Stopped;
    b.privateIps = {u"10.0.0.9"_s};
    b.expires = utc(2024, 1, 1);
    b.autoRelease = utc(2030, 1, 1); // not in the recycle bin: no release shows
    b.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"x"_s}};

    Instance c = make(u"acc-1"_s, u"ins-1"_s, u"alpha-long-name-1"_s);
    c.rawState = u"ALSO_RUNNING"_s;
    c.privateIps = {u"fe80::1"_s};
    c.created = utc(2023, 5, 1);

    Instance d = make(u"acc-1"_s, u"ins-2"_s, u"alpha-long-name-2"_s);
    d.created = utc(2023, 5, 1);

    Instance e = make(u"acc-2"_s, u"ins-0"_s, u"Ärger"_s);
    e.rawState = u"SHUTDOWN"_s;
    e.lifecycle = Lifecycle::RecycleBin;
    e.privateIps = {u"10.0.0.9"_s};
    e.created = utc(2022, 1, 1);
    e.expires = utc(2030, 1, 1);
    e.autoRelease = utc(2024, 6, 8); // in the recycle bin: the release shows

    Instance f = make(u"acc-2"_s, u"ins-9"_s, u"gamma"_s);
    f.provider = ProviderId::Zenlayer;
    f.privateIps = {u"9.255.255.255"_s};
    f.created = utc(2024, 6, 1);
    f.expires = utc(2025, 1, 1);
    f.tags = {{u"env"_s, QString()}};
    return {a, b, c, d, e, f};
}

QStringList keysInRankOrder(const InstanceRowStore& store, const std::vector<int>& ranks)
{
    QStringList keys(store.size());
    for (int r = 0; r < store.size(); ++r)
        keys[ranks[size_t(r)]] = store.at(r).key;
    return keys;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

struct RankEntry
{
    quint64 primary;
    QString text;
    int tie;
};

} // namespace

Q_DECLARE_METATYPE(RankEntry)

class InstanceSortOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void columnOrder_data();
    void columnOrder();
    void ranksAgreeWithCompare_data();
    void ranksAgreeWithCompare();
    void tieOrderFollowsRowsThatComeAndGo();
    void rankBuilder_data();
    void rankBuilder();
    void ipv4Key_data();
    void ipv4Key();
};

void InstanceSortOrderTest::columnOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");

    const QString a = u"acc-2/ins-3"_s, b = u"acc-1/ins-3"_s, c = u"acc-1/ins-1"_s, d = u"acc-1/ins-2"_s,
                  e = u"acc-2/ins-0"_s, f = u"acc-2/ins-9"_s;
    // Names case-insensitively by code unit; "beta" and "Beta" tie, broken on the account id.
    QTest::newRow("name") << int(Model::NameColumn) << QStringList{c, d, b, a, f, e};
    // Not IPv4 (key 0) first, by text; then by number: 9.x before 10.0.0.9 before 10.0.0.10.
    QTest::newRow("private IP") << int(Model::PrivateIpColumn) << QStringList{d, c, f, b, e, a};
    QTest::newRow("created, none last") << int(Model::CreatedColumn) << QStringList{e, c, d, a, f, b};
    // The subscription's end only; the release only for what is in the recycle bin.
    QTest::newRow("expires") << int(Model::ExpiresColumn) << QStringList{b, f, e, c, d, a};
    QTest::newRow("released, only from the recycle bin") << int(Model::ReleaseColumn) << QStringList{e, c, d, b, a, f};
    // No tags first; then tag by tag, an empty value before any other.
    QTest::newRow("tags") << int(Model::TagsColumn) << QStringList{c, d, e, f, a, b};
    // The lifecycle, then the provider's raw state.
    QTest::newRow("status") << int(Model::StatusColumn) << QStringList{c, d, a, f, b, e};
    QTest::newRow("provider, then ties") << int(Model::ProviderColumn) << QStringList{c, d, b, e, a, f};
    // By label: acc-2 is named "alpha", acc-1 "Zeta".
    QTest::newRow("account by label") << int(Model::AccountColumn) << QStringList{e, a, f, c, d, b};
}

void InstanceSortOrderTest::columnOrder()
{
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    InstanceRowStore store;
    store.load(fleet());
    store.setAccountNames({{u"acc-1"_s, u"Zeta"_s}, {u"acc-2"_s, u"alpha"_s}});
    const InstanceSortOrder order(store);
    QCOMPARE(keysInRankOrder(store, order.ranks(column)), expected);
}

void InstanceSortOrderTest::ranksAgreeWithCompare_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < Model::ColumnCount; ++column)
        QTest::newRow(QMetaEnum::fromType<Model::Column>().valueToKey(column)) << column;
}

void InstanceSortOrderTest::ranksAgreeWithCompare()
{
    QFETCH(int, column);
    InstanceRowStore store;
    store.load(fleet());
    const InstanceSortOrder order(store);
    const std::vector<int> ranks = order.ranks(column);
    std::vector<int> sorted = ranks;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> positions(sorted.size());
    std::iota(positions.begin(), positions.end(), 0);
    QCOMPARE(sorted, positions); // every position once
    for (int l = 0; l < store.size(); ++l) {
        for (int r = 0; r < store.size(); ++r) {
            const int compared = order.compare(column, l, r);
            QCOMPARE(sign(compared), sign(ranks[size_t(l)] - ranks[size_t(r)]));
            QCOMPARE(sign(compared), -sign(order.compare(column, r, l)));
            QCOMPARE(compared == 0, l == r); // only a row ties with itself
        }
    }
}

void InstanceSortOrderTest::tieOrderFollowsRowsThatComeAndGo()
{
    // Rows equal in every column but the id: the Provider column sorts them by the tie order alone.
    auto listing = [](const QStringList& ids) {
        QList<Instance> list;
        for (const QString& id : ids)
            list << make(u"acc"_s, id, u"same"_s);
        return list;
    };
    InstanceRowStore store;
    store.load(listing({u"x1"_s, u"x2"_s, u"x3"_s}));
    const InstanceSortOrder order(store);
    QCOMPARE(order.ranks(Model::ProviderColumn), std::vector<int>({0, 1, 2}));

    // x2 goes, x0 comes: as many rows as before, in other places.
    InstanceRowStore::SliceDiff diff = store.diffSlice(u"acc"_s, u"r"_s, listing({u"x1"_s, u"x3"_s, u"x0"_s}));
    for (const InstanceRowStore::RowRange& range : diff.removed())
        store.removeRows(range);
    store.insertNew(diff);
    QCOMPARE(keysInRankOrder(store, order.ranks(Model::ProviderColumn)),
             QStringList({u"acc/x0"_s, u"acc/x1"_s, u"acc/x3"_s}));
}

void InstanceSortOrderTest::rankBuilder_data()
{
    QTest::addColumn<QList<RankEntry>>("entries"); // rows 0, 1, ...
    QTest::addColumn<std::vector<int>>("ranks");

    QTest::newRow("the number first") << QList<RankEntry>{{2, u"a"_s, 0}, {1, u"z"_s, 1}} << std::vector<int>{1, 0};
    QTest::newRow("text by code unit") << QList<RankEntry>{{0, u"a"_s, 0}, {0, u"B"_s, 1}} << std::vector<int>{1, 0};
    QTest::newRow("past the eighth unit")
        << QList<RankEntry>{{0, u"abcdefghY"_s, 0}, {0, u"abcdefghX"_s, 1}} << std::vector<int>{1, 0};
    QTest::newRow("in the second packed half")
        << QList<RankEntry>{{0, u"abcdefgz"_s, 0}, {0, u"abcdefgy"_s, 1}} << std::vector<int>{1, 0};
    QTest::newRow("a prefix first") << QList<RankEntry>{{0, u"abcdefgh"_s, 0}, {0, u"abcdefg"_s, 1}}
                                    << std::vector<int>{1, 0};
    QTest::newRow("trailing U+0000 after none")
        << QList<RankEntry>{{0, u"ab"_s + QChar(0), 0}, {0, u"ab"_s, 1}} << std::vector<int>{1, 0};
    QTest::newRow("equal: the tie decides")
        << QList<RankEntry>{{0, u"same"_s, 2}, {0, u"same"_s, 0}, {0, u"same"_s, 1}} << std::vector<int>{2, 0, 1};
    QTest::newRow("equal long texts: the tie decides")
        << QList<RankEntry>{{0, u"abcdefghijk"_s, 1}, {0, u"abcdefghijk"_s, 0}} << std::vector<int>{1, 0};
    QTest::newRow("empty text first") << QList<RankEntry>{{0, u"a"_s, 0}, {0, QString(), 1}} << std::vector<int>{1, 0};
    QTest::newRow("top bit of the number")
        << QList<RankEntry>{{quint64(1) << 63, QString(), 0}, {1, QString(), 1}} << std::vector<int>{1, 0};
}

void InstanceSortOrderTest::rankBuilder()
{
    QFETCH(QList<RankEntry>, entries);
    QFETCH(std::vector<int>, ranks);
    SortRankBuilder builder(size_t(entries.size()));
    for (qsizetype row = 0; row < entries.size(); ++row) {
        const RankEntry& entry = entries.at(row);
        builder.add(entry.primary, entry.text, entry.tie, int(row));
    }
    QCOMPARE(builder.ranks(), ranks);
}

void InstanceSortOrderTest::ipv4Key_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<quint32>("key");

    QTest::newRow("address") << QStringList{u"10.0.0.9"_s} << quint32(0x0a000009);
    QTest::newRow("highest") << QStringList{u"255.255.255.255"_s} << quint32(0xffffffff);
    QTest::newRow("the first of several") << QStringList{u"1.2.3.4"_s, u"9.9.9.9"_s} << quint32(0x01020304);
    QTest::newRow("none") << QStringList{} << quint32(0);
    QTest::newRow("part above 255") << QStringList{u"256.0.0.1"_s} << quint32(0);
    QTest::newRow("four digits") << QStringList{u"0001.2.3.4"_s} << quint32(0);
    QTest::newRow("three parts") << QStringList{u"1.2.3"_s} << quint32(0);
    QTest::newRow("five parts") << QStringList{u"1.2.3.4.5"_s} << quint32(0);
    QTest::newRow("empty part") << QStringList{u"1..2.3"_s} << quint32(0);
    QTest::newRow("trailing dot") << QStringList{u"1.2.3."_s} << quint32(0);
    QTest::newRow("IPv6") << QStringList{u"fe80::1"_s} << quint32(0);
}

void InstanceSortOrderTest::ipv4Key()
{
    QFETCH(QStringList, ips);
    QFETCH(quint32, key);
    QCOMPARE(InstanceRow::ipv4Key(ips), key);
}

QTEST_GUILESS_MAIN(InstanceSortOrderTest)
#include "tst_instancesortorder.moc"

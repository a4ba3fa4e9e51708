// SearchTextArena: what an instance's search text holds (lowercase, fields apart), the dead units a
// replaced text leaves, when compaction is due, and that compaction keeps every live text, in the
// order it is handed the spans.
#include "SearchTextArena.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QChar kSep(SearchTextArena::kFieldSeparator);

Instance named(const QString& name, const QString& id = u"ins-1"_s)
{
    Instance in;
    in.name = name;
    in.id = id;
    return in;
}

} // namespace

class SearchTextArenaTest : public QObject
{
    Q_OBJECT

private slots:
    void composesSearchText_data();
    void composesSearchText();
    void textsStayApartInOneBuffer();
    void releaseCountsDeadUnits();
    void wantsCompactionPastHalf();
    void compactKeepsLiveTextsInVisitOrder();
    void clearEmptiesEverything();
};

void SearchTextArenaTest::composesSearchText_data()
{
    QTest::addColumn<Instance>("instance");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");

    QTest::newRow("name and id, lowercase")
        << named(u"Web-PROD-01"_s, u"INS-AbC"_s) << u"web-prod-01"_s + kSep + u"ins-abc"_s << u"web-prod-01"_s;
    Instance addressed = named(u"db"_s);
    addressed.privateIps = {u"10.0.0.9"_s, u"10.0.0.10"_s};
    addressed.publicIps = {u"43.1.2.3"_s};
    QTest::newRow("addresses, private first")
        << addressed
        << u"db"_s + kSep + u"ins-1"_s + kSep + u"10.0.0.9"_s + kSep + u"10.0.0.10"_s + kSep + u"43.1.2.3"_s << u"db"_s;
    Instance tagged = named(u"db"_s);
    tagged.tags = {{u"Env"_s, u"PROD"_s}, {u"flag"_s, QString()}};
    QTest::newRow("tags as key=value") << tagged
                                       << u"db"_s + kSep + u"ins-1"_s + kSep + u"env=prod"_s + kSep + u"flag="_s
                                       << u"db"_s;
    QTest::newRow("the separator typed into a field is dropped")
        << named(u"a"_s + kSep + u"b"_s) << u"ab"_s + kSep + u"ins-1"_s << u"ab"_s;
    QTest::newRow("no name") << named(QString()) << kSep + u"ins-1"_s << QString();
    QTest::newRow("non-ASCII lowercase") << named(u"ÄRGER-支付"_s, u"INS-Ö"_s) << u"ärger-支付"_s + kSep + u"ins-ö"_s
                                         << u"ärger-支付"_s;
    // U+0130 lowercases to two units (i + combining dot above): the name grows by one.
    QTest::newRow("lowercase longer than the original")
        << named(u"\u0130X"_s, u"İ"_s) << u"i\u0307x"_s + kSep + u"i\u0307"_s << u"i\u0307x"_s;
}

void SearchTextArenaTest::composesSearchText()
{
    QFETCH(Instance, instance);
    QFETCH(QString, text);
    QFETCH(QString, name);
    SearchTextArena arena;
    const SearchTextArena::Span span = arena.add(instance);
    QCOMPARE(arena.text(span).toString(), text);
    QCOMPARE(arena.name(span).toString(), name);
    QCOMPARE(arena.size(), text.size());
    QCOMPARE(arena.deadUnits(), 0);
}

void SearchTextArenaTest::textsStayApartInOneBuffer()
{
    SearchTextArena arena;
    const SearchTextArena::Span first = arena.add(named(u"First"_s, u"a"_s));
    const SearchTextArena::Span second = arena.add(named(u"Second"_s, u"b"_s));
    QCOMPARE(first.offset, 0u);
    QCOMPARE(second.offset, first.length); // back to back
    QCOMPARE(arena.text(first).toString(), u"first"_s + kSep + u"a"_s);
    QCOMPARE(arena.text(second.offset, second.length).toString(), u"second"_s + kSep + u"b"_s);
    QCOMPARE(arena.size(), qsizetype(first.length + second.length));
}

void SearchTextArenaTest::releaseCountsDeadUnits()
{
    SearchTextArena arena;
    const SearchTextArena::Span a = arena.add(named(u"aaaa"_s));
    const SearchTextArena::Span b = arena.add(named(u"bb"_s));
    arena.release(a);
    QCOMPARE(arena.deadUnits(), qsizetype(a.length));
    arena.release(b);
    QCOMPARE(arena.deadUnits(), qsizetype(a.length + b.length));
    // Released text stays readable until a compaction: a row that changed is rewritten first.
    QCOMPARE(arena.text(b).toString(), u"bb"_s + kSep + u"ins-1"_s);
}

void SearchTextArenaTest::wantsCompactionPastHalf()
{
    SearchTextArena arena;
    // Four texts of the same length ("x" + separator + "ins-1": 7 units).
    std::vector<SearchTextArena::Span> spans;
    for (int i = 0; i < 4; ++i)
        spans.push_back(arena.add(named(u"x"_s)));
    QCOMPARE(arena.size(), 28);
    QVERIFY(!arena.wantsCompaction());
    arena.release(spans[0]);
    QVERIFY(!arena.wantsCompaction());
    arena.release(spans[1]); // exactly half
    QVERIFY(!arena.wantsCompaction());
    arena.release(spans[2]);
    QVERIFY(arena.wantsCompaction());
}

void SearchTextArenaTest::compactKeepsLiveTextsInVisitOrder()
{
    SearchTextArena arena;
    SearchTextArena::Span a = arena.add(named(u"Alpha"_s, u"a"_s));
    const SearchTextArena::Span dropped = arena.add(named(u"Dropped"_s, u"d"_s));
    SearchTextArena::Span c = arena.add(named(u"Charlie"_s, u"c"_s));
    SearchTextArena::Span replaced = arena.add(named(u"Old"_s, u"r"_s));
    arena.release(dropped);
    arena.release(replaced);
    replaced = arena.add(named(u"New name"_s, u"r"_s)); // a changed row: written anew at the end
    const QString textA = arena.text(a).toString();
    const QString textC = arena.text(c).toString();
    const QString textReplaced = arena.text(replaced).toString();

    arena.compact([&](auto&& move) {
        move(replaced);
        move(c);
        move(a);
    });
    QCOMPARE(arena.deadUnits(), 0);
    QCOMPARE(arena.size(), qsizetype(a.length + c.length + replaced.length));
    QCOMPARE(replaced.offset, 0u);
    QCOMPARE(c.offset, replaced.length);
    QCOMPARE(a.offset, replaced.length + c.length);
    QCOMPARE(arena.text(a).toString(), textA);
    QCOMPARE(arena.text(c).toString(), textC);
    QCOMPARE(arena.text(replaced).toString(), textReplaced);
    QCOMPARE(arena.name(replaced).toString(), u"new name"_s);
}

void SearchTextArenaTest::clearEmptiesEverything()
{
    SearchTextArena arena;
    arena.release(arena.add(named(u"gone"_s)));
    arena.clear();
    QCOMPARE(arena.size(), 0);
    QCOMPARE(arena.deadUnits(), 0);
    QVERIFY(!arena.wantsCompaction());
    const SearchTextArena::Span span = arena.add(named(u"next"_s));
    QCOMPARE(span.offset, 0u);
}

QTEST_GUILESS_MAIN(SearchTextArenaTest)
#include "tst_searchtextarena.moc"

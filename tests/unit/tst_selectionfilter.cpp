// SelectionFilter, the one rule teardownctl and the console select instances by: tag specs, excluded
// tags, glob and regular-expression names (a bad expression refused), creation dates, ages, and the
// durations and dates they are written in (TimeInput), malformed ones refused with a reason.
#include "SelectionFilter.h"
#include "TimeInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);

Instance instance(const QString& name, const QList<InstanceTag>& tags, const QDateTime& created = kNow.addDays(-10))
{
    Instance i;
    i.accountId = u"acc"_s;
    i.id = u"ins-00000001"_s;
    i.region = u"ap-guangzhou"_s;
    i.name = name;
    i.rawState = u"RUNNING"_s;
    i.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    i.tags = tags;
    i.created = created;
    return i;
}

QList<TagSpec> tagSpecs(const QStringList& texts)
{
    QList<TagSpec> specs;
    for (const QString& text : texts) {
        QString problem;
        specs << TagSpec::parse(text, &problem).value();
    }
    return specs;
}

QList<NamePattern> namePatterns(const QStringList& texts)
{
    QList<NamePattern> patterns;
    for (const QString& text : texts) {
        QString problem;
        patterns << NamePattern::parse(text, &problem).value();
    }
    return patterns;
}

} // namespace

class SelectionFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void tags_data();
    void tags();
    void malformedTagsAreRefused_data();
    void malformedTagsAreRefused();
    void names_data();
    void names();
    void badNamePatternsAreRefused_data();
    void badNamePatternsAreRefused();
    void durations_data();
    void durations();
    void dates_data();
    void dates();
    void rfc3339_data();
    void rfc3339();
    void createdAndAge_data();
    void createdAndAge();
    void regionsStatesAndChargeTypes();
    void consoleTagList_data();
    void consoleTagList();
    void searchTextAsNamePattern_data();
    void searchTextAsNamePattern();
    void consoleAge_data();
    void consoleAge();
    void emptyFilterTakesEverything();
};

void SelectionFilterTest::tags_data()
{
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<bool>("matches");
    // The instance: env=prod, team=db, 环境=生产, owner="" (empty value).
    QTest::newRow("no tag filter") << QStringList() << QStringList() << true;
    QTest::newRow("key present") << QStringList{u"env"_s} << QStringList() << true;
    QTest::newRow("key absent") << QStringList{u"cost-center"_s} << QStringList() << false;
    QTest::newRow("key=value") << QStringList{u"env=prod"_s} << QStringList() << true;
    QTest::newRow("other value") << QStringList{u"env=dev"_s} << QStringList() << false;
    QTest::newRow("value is case sensitive") << QStringList{u"env=Prod"_s} << QStringList() << false;
    QTest::newRow("key is case sensitive") << QStringList{u"Env"_s} << QStringList() << false;
    QTest::newRow("all must match") << QStringList{u"env=prod"_s, u"team=db"_s} << QStringList() << true;
    QTest::newRow("one of two fails") << QStringList{u"env=prod"_s, u"team=web"_s} << QStringList() << false;
    QTest::newRow("chinese") << QStringList{u"环境=生产"_s} << QStringList() << true;
    QTest::newRow("empty value") << QStringList{u"owner="_s} << QStringList() << true;
    QTest::newRow("empty value is not any value") << QStringList{u"env="_s} << QStringList() << false;
    QTest::newRow("spaces around") << QStringList{u" env = prod "_s} << QStringList() << true;
    QTest::newRow("excluded key") << QStringList() << QStringList{u"team"_s} << false;
    QTest::newRow("excluded other value") << QStringList() << QStringList{u"team=web"_s} << true;
    QTest::newRow("excluded absent key") << QStringList() << QStringList{u"keep"_s} << true;
    QTest::newRow("required and excluded")
        << QStringList{u"env=prod"_s} << QStringList{u"team=web"_s, u"team=db"_s} << false;
}

void SelectionFilterTest::tags()
{
    QFETCH(QStringList, required);
    QFETCH(QStringList, excluded);
    QFETCH(bool, matches);
    SelectionFilter filter;
    filter.tags = tagSpecs(required);
    filter.excludedTags = tagSpecs(excluded);
    const Instance i =
        instance(u"db-01"_s, {{u"env"_s, u"prod"_s}, {u"team"_s, u"db"_s}, {u"环境"_s, u"生产"_s}, {u"owner"_s, {}}});
    QCOMPARE(filter.matches(i, kNow), matches);
}

void SelectionFilterTest::malformedTagsAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("no key") << u"=prod"_s;
    QTest::newRow("blank key") << u"  =prod"_s;
}

void SelectionFilterTest::malformedTagsAreRefused()
{
    QFETCH(QString, text);
    QString problem;
    QVERIFY(!TagSpec::parse(text, &problem));
    QVERIFY2(problem.contains(u"KEY=VALUE"_s), qPrintable(problem));
}

void SelectionFilterTest::names_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("glob star") << u"ci-*"_s << u"ci-runner-7"_s << true;
    QTest::newRow("glob is the whole name") << u"ci-*"_s << u"old-ci-runner"_s << false;
    QTest::newRow("glob question mark") << u"web-??"_s << u"web-01"_s << true;
    QTest::newRow("glob question mark is one character") << u"web-??"_s << u"web-001"_s << false;
    QTest::newRow("glob is case sensitive") << u"ci-*"_s << u"CI-runner"_s << false;
    QTest::newRow("glob dot is literal") << u"a.b"_s << u"axb"_s << false;
    QTest::newRow("glob brackets are literal") << u"[ab]"_s << u"[ab]"_s << true;
    QTest::newRow("glob plus is literal") << u"c++*"_s << u"c++builder"_s << true;
    QTest::newRow("glob star matches a slash") << u"team/*"_s << u"team/db/1"_s << true;
    QTest::newRow("glob chinese") << u"测试*"_s << u"测试服务器-01"_s << true;
    QTest::newRow("regex anywhere") << u"/runner/"_s << u"ci-runner-7"_s << true;
    QTest::newRow("regex anchored") << u"/^tmp-[0-9]+$/"_s << u"tmp-42"_s << true;
    QTest::newRow("regex anchored, no match") << u"/^tmp-[0-9]+$/"_s << u"tmp-42a"_s << false;
    QTest::newRow("regex case-insensitive flag") << u"/(?i)^ci-/"_s << u"CI-runner"_s << true;
    QTest::newRow("regex alternation") << u"/^(ci|tmp)-/"_s << u"tmp-1"_s << true;
    QTest::newRow("a lone slash is a glob") << u"/"_s << u"/"_s << true;
    QTest::newRow("empty name") << u"*"_s << QString() << true;
}

void SelectionFilterTest::names()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QString problem;
    const std::optional<NamePattern> parsed = NamePattern::parse(pattern, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->matches(name), matches);

    SelectionFilter take;
    take.names = {*parsed};
    QCOMPARE(take.matches(instance(name, {}), kNow), matches);
    SelectionFilter leaveOut;
    leaveOut.excludedNames = {*parsed};
    QCOMPARE(leaveOut.matches(instance(name, {}), kNow), !matches);
}

void SelectionFilterTest::badNamePatternsAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed group") << u"/^(ci-/"_s << u"not a valid regular expression"_s;
    QTest::newRow("unclosed class") << u"/[a-/"_s << u"not a valid regular expression"_s;
    QTest::newRow("nothing to repeat") << u"/*x/"_s << u"not a valid regular expression"_s;
    QTest::newRow("empty regex") << u"//"_s << u"empty name pattern"_s;
    QTest::newRow("empty") << QString() << u"empty name pattern"_s;
    QTest::newRow("too long") << QString(NamePattern::MaxLength + 1, u'a') << u"longer than"_s;
}

void SelectionFilterTest::badNamePatternsAreRefused()
{
    QFETCH(QString, pattern);
    QFETCH(QString, says);
    QString problem;
    QVERIFY(!NamePattern::parse(pattern, &problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
}

void SelectionFilterTest::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("minutes") << u"90m"_s << qint64(90 * 60);
    QTest::newRow("hours") << u"36h"_s << qint64(36 * 3600);
    QTest::newRow("days") << u"7d"_s << qint64(7 * 86400);
    QTest::newRow("weeks") << u"2w"_s << qint64(14 * 86400);
    QTest::newRow("surrounding space") << u" 7d "_s << qint64(7 * 86400);
    QTest::newRow("100 years") << u"36500d"_s << qint64(36500) * 86400;
    QTest::newRow("no unit") << u"7"_s << qint64(-1);
    QTest::newRow("no number") << u"d"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"7y"_s << qint64(-1);
    QTest::newRow("upper-case unit") << u"7D"_s << qint64(-1);
    QTest::newRow("negative") << u"-7d"_s << qint64(-1);
    QTest::newRow("fraction") << u"1.5h"_s << qint64(-1);
    QTest::newRow("space inside") << u"7 d"_s << qint64(-1);
    QTest::newRow("two units") << u"1d2h"_s << qint64(-1);
    QTest::newRow("zero") << u"0h"_s << qint64(-1);
    QTest::newRow("over 100 years") << u"5300w"_s << qint64(-1);
    QTest::newRow("overflowing") << u"999999999999999999w"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("full-width digits") << u"７d"_s << qint64(-1);
}

void SelectionFilterTest::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QString problem;
    const std::optional<qint64> parsed = TimeInput::durationSeconds(text, &problem);
    if (seconds < 0) {
        QVERIFY(!parsed);
        QVERIFY2(problem.contains(u"duration"_s), qPrintable(problem));
    } else {
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(*parsed, seconds);
    }
}

void SelectionFilterTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    QTest::newRow("date is midnight UTC") << u"2024-06-01"_s << QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("date-time without offset is UTC")
        << u"2024-06-01T12:30"_s << QDateTime(QDate(2024, 6, 1), QTime(12, 30), Qt::UTC);
    QTest::newRow("with seconds and Z") << u"2024-06-01T12:30:15Z"_s
                                        << QDateTime(QDate(2024, 6, 1), QTime(12, 30, 15), Qt::UTC);
    QTest::newRow("with offset") << u"2024-06-01T12:30:00+08:00"_s
                                 << QDateTime(QDate(2024, 6, 1), QTime(4, 30), Qt::UTC);
    QTest::newRow("with fraction") << u"2024-06-01T12:30:00.123456Z"_s
                                   << QDateTime(QDate(2024, 6, 1), QTime(12, 30, 0, 123), Qt::UTC);
    QTest::newRow("space separator") << u"2024-06-01 12:30"_s << QDateTime(QDate(2024, 6, 1), QTime(12, 30), Qt::UTC);
    QTest::newRow("no such day") << u"2024-02-30"_s << QDateTime();
    QTest::newRow("no such hour") << u"2024-06-01T25:00"_s << QDateTime();
    QTest::newRow("not ISO") << u"01/06/2024"_s << QDateTime();
    QTest::newRow("words") << u"last tuesday"_s << QDateTime();
    QTest::newRow("short year") << u"24-06-01"_s << QDateTime();
    QTest::newRow("trailing text") << u"2024-06-01x"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void SelectionFilterTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QString problem;
    const std::optional<QDateTime> parsed = TimeInput::dateOrDateTime(text, &problem);
    if (!expected.isValid()) {
        QVERIFY(!parsed);
        QVERIFY2(problem.contains(u"not a date"_s), qPrintable(problem));
    } else {
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void SelectionFilterTest::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not RFC 3339
    QTest::newRow("Z") << u"2030-01-31T18:00:00Z"_s << QDateTime(QDate(2030, 1, 31), QTime(18, 0), Qt::UTC);
    QTest::newRow("lower-case t and z") << u"2030-01-31t18:00:00z"_s
                                        << QDateTime(QDate(2030, 1, 31), QTime(18, 0), Qt::UTC);
    QTest::newRow("offset") << u"2030-01-31T18:00:00+08:00"_s << QDateTime(QDate(2030, 1, 31), QTime(10, 0), Qt::UTC);
    QTest::newRow("fraction") << u"2030-01-31T18:00:00.5-01:00"_s
                              << QDateTime(QDate(2030, 1, 31), QTime(19, 0, 0, 500), Qt::UTC);
    QTest::newRow("no offset") << u"2030-01-31T18:00:00"_s << QDateTime();
    QTest::newRow("no seconds") << u"2030-01-31T18:00Z"_s << QDateTime();
    QTest::newRow("date only") << u"2030-01-31"_s << QDateTime();
    QTest::newRow("compact offset") << u"2030-01-31T18:00:00+0800"_s << QDateTime();
    QTest::newRow("no such month") << u"2030-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("words") << u"forever"_s << QDateTime();
}

void SelectionFilterTest::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = TimeInput::rfc3339(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void SelectionFilterTest::createdAndAge_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("before");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<qint64>("olderThan");
    QTest::addColumn<bool>("matches");
    const QDateTime june1(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("before: earlier") << june1.addSecs(-1) << june1 << QDateTime() << qint64(0) << true;
    QTest::newRow("before: the same moment is not before") << june1 << june1 << QDateTime() << qint64(0) << false;
    QTest::newRow("after: the same moment counts") << june1 << QDateTime() << june1 << qint64(0) << true;
    QTest::newRow("after: earlier") << june1.addSecs(-1) << QDateTime() << june1 << qint64(0) << false;
    QTest::newRow("between") << june1.addDays(3) << june1.addDays(7) << june1 << qint64(0) << true;
    QTest::newRow("older than 7d: 10 days old")
        << kNow.addDays(-10) << QDateTime() << QDateTime() << qint64(7 * 86400) << true;
    QTest::newRow("older than 7d: 6 days old")
        << kNow.addDays(-6) << QDateTime() << QDateTime() << qint64(7 * 86400) << false;
    QTest::newRow("older than 7d: exactly 7 days old")
        << kNow.addDays(-7) << QDateTime() << QDateTime() << qint64(7 * 86400) << false;
    QTest::newRow("older than 36h: 37 hours old")
        << kNow.addSecs(-37 * 3600) << QDateTime() << QDateTime() << qint64(36 * 3600) << true;
    QTest::newRow("created in the future") << kNow.addDays(1) << QDateTime() << QDateTime() << qint64(60) << false;
    QTest::newRow("unknown creation: no date bound holds") << QDateTime() << june1 << QDateTime() << qint64(0) << false;
    QTest::newRow("unknown creation: no age holds") << QDateTime() << QDateTime() << QDateTime() << qint64(60) << false;
    QTest::newRow("unknown creation without bounds") << QDateTime() << QDateTime() << QDateTime() << qint64(0) << true;
}

void SelectionFilterTest::createdAndAge()
{
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, before);
    QFETCH(QDateTime, after);
    QFETCH(qint64, olderThan);
    QFETCH(bool, matches);
    SelectionFilter filter;
    filter.createdBefore = before;
    filter.createdAfter = after;
    filter.olderThanSeconds = olderThan;
    QCOMPARE(filter.dependsOnNow(), olderThan > 0);
    QCOMPARE(filter.matches(instance(u"x"_s, {}, created), kNow), matches);
}

void SelectionFilterTest::regionsStatesAndChargeTypes()
{
    const Instance i = instance(u"x"_s, {});
    SelectionFilter filter;
    filter.regions = {u"ap-shanghai"_s, u"ap-guangzhou"_s};
    filter.states = {u"running"_s}; // raw states compare case-insensitively
    filter.chargeTypes = {u"POSTPAID_BY_HOUR"_s, u"SPOTPAID"_s};
    QVERIFY(filter.matches(i, kNow));
    filter.regions = {u"ap-shanghai"_s};
    QVERIFY(!filter.matches(i, kNow));
    filter.regions.clear();
    filter.states = {u"STOPPED"_s};
    QVERIFY(!filter.matches(i, kNow));
    filter.states.clear();
    filter.chargeTypes = {u"PREPAID"_s};
    QVERIFY(!filter.matches(i, kNow));
}

void SelectionFilterTest::consoleTagList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << QStringList() << QStringList() << true;
    QTest::newRow("one") << u"env=dev"_s << QStringList{u"env=dev"_s} << QStringList() << true;
    QTest::newRow("two and an exclusion") << u"env=dev, team ,!owner=bob"_s << QStringList{u"env=dev"_s, u"team"_s}
                                          << QStringList{u"owner=bob"_s} << true;
    QTest::newRow("stray commas") << u",env,,"_s << QStringList{u"env"_s} << QStringList() << true;
    QTest::newRow("a bare !") << u"env, !"_s << QStringList() << QStringList() << false;
    QTest::newRow("no key") << u"=dev"_s << QStringList() << QStringList() << false;
}

void SelectionFilterTest::consoleTagList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, required);
    QFETCH(QStringList, excluded);
    QFETCH(bool, valid);
    SelectionFilter filter;
    QString problem;
    QCOMPARE(filter.addTagList(text, &problem), valid);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(filter.tags, tagSpecs(required));
    QCOMPARE(filter.excludedTags, tagSpecs(excluded));
}

void SelectionFilterTest::consoleAge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("olderThan");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("before");
    QTest::addColumn<QString>("problem"); // a part of it; empty: the text reads
    const QDateTime june(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    const QDateTime july(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("duration") << u"36h"_s << qint64(36 * 3600) << QDateTime() << QDateTime() << QString();
    QTest::newRow("date") << u"2024-06-01"_s << qint64(0) << QDateTime() << june << QString();
    QTest::newRow("range") << u"2024-06-01..2024-07-01"_s << qint64(0) << june << july << QString();
    QTest::newRow("range with blanks") << u" 2024-06-01 .. 2024-07-01 "_s << qint64(0) << june << july << QString();
    QTest::newRow("from a date") << u"2024-06-01.."_s << qint64(0) << june << QDateTime() << QString();
    QTest::newRow("up to a date") << u"..2024-07-01"_s << qint64(0) << QDateTime() << july << QString();
    QTest::newRow("date-times") << u"2024-06-01T00:00Z..2024-07-01T08:00:00+08:00"_s << qint64(0) << june << july
                                << QString();
    QTest::newRow("neither") << u"soon"_s << qint64(0) << QDateTime() << QDateTime() << u"neither an age"_s;
    QTest::newRow("half a duration") << u"36"_s << qint64(0) << QDateTime() << QDateTime() << u"neither an age"_s;
    QTest::newRow("dots alone") << u".."_s << qint64(0) << QDateTime() << QDateTime() << u"not a range"_s;
    QTest::newRow("a duration in a range") << u"7d.."_s << qint64(0) << QDateTime() << QDateTime() << u"not a date"_s;
    QTest::newRow("no such day") << u"..2024-02-30"_s << qint64(0) << QDateTime() << QDateTime() << u"not a date"_s;
    QTest::newRow("backwards") << u"2024-07-01..2024-06-01"_s << qint64(0) << QDateTime() << QDateTime()
                               << u"empty range"_s;
    QTest::newRow("one day to itself") << u"2024-06-01..2024-06-01"_s << qint64(0) << QDateTime() << QDateTime()
                                       << u"empty range"_s;
}

void SelectionFilterTest::consoleAge()
{
    QFETCH(QString, text);
    QFETCH(qint64, olderThan);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, before);
    QFETCH(QString, problem);
    SelectionFilter filter;
    QString said;
    QCOMPARE(filter.setAge(text, &said), problem.isEmpty());
    QVERIFY2(said.contains(problem), qPrintable(said));
    QCOMPARE(filter.olderThanSeconds, olderThan);
    QCOMPARE(filter.createdAfter, after);
    QCOMPARE(filter.createdBefore, before);
}

void SelectionFilterTest::searchTextAsNamePattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pattern");
    QTest::newRow("words") << u"web 10.0.0"_s << false;
    QTest::newRow("an id") << u"ins-1a2b3c4d"_s << false;
    QTest::newRow("a glob") << u"ci-*"_s << true;
    QTest::newRow("one character") << u"web-0?"_s << true;
    QTest::newRow("a regular expression") << u"/^tmp-[0-9]+$/"_s << true;
    QTest::newRow("blanks around") << u"  /tmp/ "_s << true;
    QTest::newRow("a slash alone") << u"/"_s << false;
    QTest::newRow("a path-like word") << u"/tmp"_s << false;
}

void SelectionFilterTest::searchTextAsNamePattern()
{
    QFETCH(QString, text);
    QFETCH(bool, pattern);
    QCOMPARE(NamePattern::isPatternLike(text), pattern);
}

void SelectionFilterTest::emptyFilterTakesEverything()
{
    SelectionFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.matches(instance(u"x"_s, {}, QDateTime()), kNow));
    filter.names = namePatterns({u"*"_s});
    QVERIFY(!filter.isEmpty());
}

QTEST_GUILESS_MAIN(SelectionFilterTest)
#include "tst_selectionfilter.moc"

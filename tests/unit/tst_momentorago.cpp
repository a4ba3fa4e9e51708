// TimeInput::momentOrAgo, as teardownctl history --since takes it: dates, date-times and durations, and everything else
// refused.
#include "TimeInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
}

class MomentOrAgoTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void MomentOrAgoTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    QTest::newRow("minutes") << u"90m"_s << kNow.addSecs(-90 * 60);
    QTest::newRow("hours") << u"36h"_s << kNow.addSecs(-36 * 3600);
    QTest::newRow("days") << u"7d"_s << kNow.addDays(-7);
    QTest::newRow("weeks") << u"2w"_s << kNow.addDays(-14);
    QTest::newRow("blanks around") << u" 7d "_s << kNow.addDays(-7);
    QTest::newRow("a date is midnight UTC") << u"2026-11-01"_s << QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("date-time in UTC") << u"2026-11-01T08:30:00Z"_s
                                      << QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    QTest::newRow("date-time with an offset")
        << u"2026-11-01T16:30:00+08:00"_s << QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    QTest::newRow("date-time with a negative offset")
        << u"2026-11-01T03:30:00-05:00"_s << QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    QTest::newRow("date-time without an offset is UTC")
        << u"2026-11-01T08:30"_s << QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    QTest::newRow("date and time with a space")
        << u"2026-11-01 08:30:15"_s << QDateTime(QDate(2026, 11, 1), QTime(8, 30, 15), Qt::UTC);
    QTest::newRow("milliseconds") << u"2026-11-01T08:30:00.250Z"_s
                                  << QDateTime(QDate(2026, 11, 1), QTime(8, 30, 0, 250), Qt::UTC);

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("a word") << u"yesterday"_s << QDateTime();
    QTest::newRow("a number without a unit") << u"7"_s << QDateTime();
    QTest::newRow("a unit without a number") << u"d"_s << QDateTime();
    QTest::newRow("an unknown unit") << u"7x"_s << QDateTime();
    QTest::newRow("seconds are not a unit") << u"30s"_s << QDateTime();
    QTest::newRow("capital unit") << u"7D"_s << QDateTime();
    QTest::newRow("zero") << u"0d"_s << QDateTime();
    QTest::newRow("negative") << u"-3h"_s << QDateTime();
    QTest::newRow("a blank inside") << u"7 d"_s << QDateTime();
    QTest::newRow("a fraction") << u"1.5h"_s << QDateTime();
    QTest::newRow("two units") << u"1d12h"_s << QDateTime();
    QTest::newRow("too many digits") << u"12345678d"_s << QDateTime();
    QTest::newRow("no such day") << u"2026-02-30"_s << QDateTime();
    QTest::newRow("no such month") << u"2026-13-01"_s << QDateTime();
    QTest::newRow("no such hour") << u"2026-11-01T25:00"_s << QDateTime();
    QTest::newRow("a two-digit year") << u"26-11-01"_s << QDateTime();
    QTest::newRow("a date the other way round") << u"01.11.2026"_s << QDateTime();
    QTest::newRow("a time alone") << u"08:30"_s << QDateTime();
    QTest::newRow("something after the offset") << u"2026-11-01T08:30:00Zjunk"_s << QDateTime();
}

void MomentOrAgoTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = TimeInput::momentOrAgo(text, kNow);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(MomentOrAgoTest)
#include "tst_momentorago.moc"

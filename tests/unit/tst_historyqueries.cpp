// History queries teardownctl history relies on, on a real SQLite file: calls sent since a moment
// (any zone), calls of an account by id or by the name it was recorded under, and the note a
// review of an unconfirmed call left, read back.
#include "History.h"
#include "HistoryFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace historyfixture;

class HistoryQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sinceAndAccountFilters_data();
    void sinceAndAccountFilters();
    void verificationNoteIsReadBack();

private:
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryQueriesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void HistoryQueriesTest::sinceAndAccountFilters_data()
{
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("expected"); // instance ids, newest first

    const QDateTime noon(QDate(2025, 1, 2), QTime(12, 0), Qt::UTC);
    QTest::newRow("everything") << QDateTime() << QString()
                                << QStringList{u"ins-00000003"_s, u"ins-00000002"_s, u"ins-00000001"_s};
    QTest::newRow("since is inclusive") << noon << QString() << QStringList{u"ins-00000003"_s, u"ins-00000002"_s};
    QTest::newRow("since in another zone, the same moment")
        << noon.toOffsetFromUtc(8 * 3600) << QString() << QStringList{u"ins-00000003"_s, u"ins-00000002"_s};
    QTest::newRow("since a millisecond later") << noon.addMSecs(1) << QString() << QStringList{u"ins-00000003"_s};
    QTest::newRow("account by id") << QDateTime() << u"acc-1"_s << QStringList{u"ins-00000002"_s, u"ins-00000001"_s};
    QTest::newRow("account by the name it was recorded under")
        << QDateTime() << u"生产 上海"_s << QStringList{u"ins-00000001"_s};
    QTest::newRow("account by the name its other call has")
        << QDateTime() << u"Renamed"_s << QStringList{u"ins-00000002"_s};
    QTest::newRow("a name is not a prefix") << QDateTime() << u"生产"_s << QStringList{};
    QTest::newRow("account and since") << noon << u"acc-1"_s << QStringList{u"ins-00000002"_s};
}

void HistoryQueriesTest::sinceAndAccountFilters()
{
    QFETCH(QDateTime, since);
    QFETCH(QString, account);
    QFETCH(QStringList, expected);

    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    CallRecord first =
        makeRecord(u"生产 上海"_s, QDateTime(QDate(2025, 1, 2), QTime(11, 59, 59), Qt::UTC), {u"ins-00000001"_s}, true);
    CallRecord second =
        makeRecord(u"Renamed"_s, QDateTime(QDate(2025, 1, 2), QTime(12, 0), Qt::UTC), {u"ins-00000002"_s}, true);
    CallRecord third =
        makeRecord(u"Other"_s, QDateTime(QDate(2025, 1, 2), QTime(12, 0, 0, 1), Qt::UTC), {u"ins-00000003"_s}, true);
    third.accountId = u"acc-2"_s;
    for (CallRecord* r : {&first, &second, &third})
        QVERIFY(history.recordSent(*r));

    HistoryFilter filter;
    filter.since = since;
    filter.account = account;
    QStringList found;
    for (const CallRecord& r : history.calls(filter))
        found << r.instanceIds;
    QCOMPARE(found, expected);
}

void HistoryQueriesTest::verificationNoteIsReadBack()
{
    {
        History crashed;
        QVERIFY(crashed.open(dbPath()));
        CallRecord lost = makeRecord(u"a"_s, kT0, {u"ins-abcd1234"_s}, true);
        QVERIFY(crashed.recordSent(lost));
    }
    History next;
    QVERIFY(next.open(dbPath()));
    QVERIFY(next.calls().first().verificationNote.isEmpty());
    const qint64 id = next.unconfirmedCalls().first().id;
    QVERIFY(next.resolveUnconfirmed(id, CallStatus::Unknown, u"Verified: ins-abcd1234 is gone"_s));
    QCOMPARE(next.calls().first().verificationNote, u"Verified: ins-abcd1234 is gone"_s);
}

QTEST_GUILESS_MAIN(HistoryQueriesTest)
#include "tst_historyqueries.moc"

// What re-reading an unconfirmed call's instances shows (table-driven), and how calls are marked
// reviewed in a real SQLite history: by the console's "mark as reviewed" and by teardownctl's
// --verify alike, another session resolving one meanwhile, and a write that fails.
#include "History.h"
#include "UnconfirmedReview.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

CallRecord sentCall(const QStringList& ids)
{
    CallRecord r;
    r.sentAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    r.accountId = u"acc-1"_s;
    r.accountName = u"生产"_s;
    r.dialect = u"tencent"_s;
    r.region = u"ap-guangzhou"_s;
    r.action = u"TerminateInstances"_s;
    r.instanceIds = ids;
    r.destructive = true;
    return r;
}

Instance seen(const QString& id, Lifecycle lifecycle, const QString& rawState, const QString& lastAction = {})
{
    Instance i;
    i.id = id;
    i.lifecycle = lifecycle;
    i.rawState = rawState;
    if (!lastAction.isEmpty())
        i.lastOperation = {lastAction, u"SUCCESS"_s, u"req-1"_s};
    return i;
}

} // namespace

Q_DECLARE_METATYPE(QList<Instance>)

class UnconfirmedReviewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void find_data();
    void find();
    void unreadableKeepsTheProblem();
    void markReviewedRecordsEachNote();
    void aCallResolvedElsewhereIsNotAFailure();
    void markAllReviewedAsTheConsoleDoes();
    void aFailedWriteKeepsTheCallListed();

private:
    // Calls written as sent by a session that then stopped.
    QList<qint64> leaveSent(const QList<QStringList>& calls);
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void UnconfirmedReviewTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QList<qint64> UnconfirmedReviewTest::leaveSent(const QList<QStringList>& calls)
{
    History earlier;
    if (!earlier.open(path()))
        return {};
    QList<qint64> ids;
    for (const QStringList& instances : calls) {
        CallRecord r = sentCall(instances);
        earlier.recordSent(r);
        ids << r.id;
    }
    return ids;
}

void UnconfirmedReviewTest::find_data()
{
    QTest::addColumn<QStringList>("callIds");
    QTest::addColumn<QList<Instance>>("read");
    QTest::addColumn<QString>("note");

    const QString a = u"ins-aaaaaaa1"_s;
    const QString b = u"ins-bbbbbbb2"_s;
    QTest::newRow("gone") << QStringList{a} << QList<Instance>{} << u"Verified: ins-aaaaaaa1 is gone"_s;
    QTest::newRow("in the recycle bin") << QStringList{a}
                                        << QList<Instance>{seen(a, Lifecycle::RecycleBin, u"SHUTDOWN"_s)}
                                        << u"Verified: ins-aaaaaaa1 is in the recycle bin (SHUTDOWN)"_s;
    QTest::newRow("being destroyed") << QStringList{a}
                                     << QList<Instance>{seen(a, Lifecycle::Terminating, u"TERMINATING"_s)}
                                     << u"Verified: ins-aaaaaaa1 is being destroyed (TERMINATING)"_s;
    QTest::newRow("still there") << QStringList{a} << QList<Instance>{seen(a, Lifecycle::Running, u"RUNNING"_s)}
                                 << u"Verified: ins-aaaaaaa1 is still there (RUNNING)"_s;
    QTest::newRow("still there, the call's own operation")
        << QStringList{a} << QList<Instance>{seen(a, Lifecycle::Running, u"RUNNING"_s, u"TerminateInstances"_s)}
        << u"Verified: ins-aaaaaaa1 is still there (RUNNING), its latest operation is TerminateInstances (SUCCESS)"_s;
    QTest::newRow("another operation says nothing about the call")
        << QStringList{a} << QList<Instance>{seen(a, Lifecycle::Stopped, u"STOPPED"_s, u"StopInstances"_s)}
        << u"Verified: ins-aaaaaaa1 is still there (STOPPED)"_s;
    QTest::newRow("several, in the call's order")
        << QStringList{a, b} << QList<Instance>{seen(b, Lifecycle::RecycleBin, u"SHUTDOWN"_s)}
        << u"Verified: ins-aaaaaaa1 is gone; ins-bbbbbbb2 is in the recycle bin (SHUTDOWN)"_s;
    QTest::newRow("an instance the call did not name is left out")
        << QStringList{a} << QList<Instance>{seen(b, Lifecycle::Running, u"RUNNING"_s)}
        << u"Verified: ins-aaaaaaa1 is gone"_s;
}

void UnconfirmedReviewTest::find()
{
    QFETCH(QStringList, callIds);
    QFETCH(QList<Instance>, read);
    QFETCH(QString, note);
    const CallFinding finding = UnconfirmedReview::find(sentCall(callIds), read);
    QVERIFY(finding.readable);
    QCOMPARE(finding.sightings.size(), callIds.size());
    QCOMPARE(finding.note(), note);
}

void UnconfirmedReviewTest::unreadableKeepsTheProblem()
{
    const CallFinding finding = UnconfirmedReview::unreadable(u"The keychain refused to give the secret"_s);
    QVERIFY(!finding.readable);
    QVERIFY(finding.sightings.isEmpty());
    QCOMPARE(finding.note(), u"The keychain refused to give the secret"_s);
}

void UnconfirmedReviewTest::markReviewedRecordsEachNote()
{
    const QList<qint64> ids =
        leaveSent({{u"ins-aaaaaaa1"_s, u"ins-bbbbbbb2"_s}, {u"ins-bbbbbbb2"_s}, {u"ins-ccccccc3"_s}});
    QCOMPARE(ids.size(), 3);
    History history;
    QVERIFY(history.open(path()));
    UnconfirmedReview review(history);
    QCOMPARE(review.calls().size(), 3);
    QCOMPARE(review.instanceIds(), QStringList({u"ins-aaaaaaa1"_s, u"ins-bbbbbbb2"_s, u"ins-ccccccc3"_s}));

    // The second call's account could not be read: it has no note and stays.
    QVERIFY(review.markReviewed({{ids[0], u"Verified: gone"_s}, {ids[2], u"Verified: still there"_s}}));
    QCOMPARE(review.calls().size(), 1);
    QCOMPARE(review.calls().first().id, ids[1]);
    QCOMPARE(history.unconfirmedCalls().size(), 1);

    HistoryFilter filter;
    filter.instanceId = u"ins-aaaaaaa1"_s;
    const CallRecord first = history.calls(filter).first();
    QCOMPARE(first.status, CallStatus::Unknown); // no reply ever said what became of it
    QCOMPARE(first.verificationNote, u"Verified: gone"_s);
}

void UnconfirmedReviewTest::aCallResolvedElsewhereIsNotAFailure()
{
    const QList<qint64> ids = leaveSent({{u"ins-aaaaaaa1"_s}});
    History history;
    QVERIFY(history.open(path()));
    UnconfirmedReview review(history);
    {
        History otherConsole;
        QVERIFY(otherConsole.open(path()));
        QVERIFY(otherConsole.resolveUnconfirmed(ids[0], CallStatus::Unknown, u"seen elsewhere"_s));
    }
    QVERIFY(review.markReviewed({{ids[0], u"Verified: gone"_s}}));
    QVERIFY(review.isEmpty());
    QCOMPARE(history.calls().first().verificationNote, u"seen elsewhere"_s); // recorded once
}

void UnconfirmedReviewTest::markAllReviewedAsTheConsoleDoes()
{
    leaveSent({{u"ins-aaaaaaa1"_s}, {u"ins-bbbbbbb2"_s}});
    History history;
    QVERIFY(history.open(path()));
    UnconfirmedReview review(history);
    QVERIFY(review.markAllReviewed());
    QVERIFY(review.isEmpty());
    for (const CallRecord& r : history.calls()) {
        QCOMPARE(r.status, CallStatus::Unknown);
        QCOMPARE(r.verificationNote, u"Reviewed after restart"_s);
    }
}

void UnconfirmedReviewTest::aFailedWriteKeepsTheCallListed()
{
    const QList<qint64> ids = leaveSent({{u"ins-aaaaaaa1"_s}});
    History history;
    QVERIFY(history.open(path()));
    UnconfirmedReview review(history);

    // Another process holds the write lock for longer than SQLite waits: the note cannot be written.
    const QString name = u"locker-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(path());
        locker.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(!review.markReviewed({{ids[0], u"Verified: gone"_s}}));
        QCOMPARE(review.calls().size(), 1);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        locker.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(review.markReviewed({{ids[0], u"Verified: gone"_s}}));
    QVERIFY(review.isEmpty());
}

QTEST_GUILESS_MAIN(UnconfirmedReviewTest)
#include "tst_unconfirmedreview.moc"

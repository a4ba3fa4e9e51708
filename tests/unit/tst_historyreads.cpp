// History's queries on a real SQLite file in a temporary directory: the calls a filter finds, and
// the last successful destructive call of each instance (what dates the recycle bin), one id or
// many, across the chunks of ids a query binds.
#include "History.h"
#include "HistoryFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace historyfixture;

class HistoryReadsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filters_data();
    void filters();
    void lastSucceeded_data();
    void lastSucceeded();

private:
    QString dbPath() const { return m_dir->filePath(u"data/history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryReadsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void HistoryReadsTest::filters_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<bool>("destructiveOnly");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected"); // account names, newest first

    const QDate jan1(2025, 1, 1);
    const QDate jan2(2025, 1, 2);
    const QString a1 = u"ins-aaaaaaa1"_s;
    const QString c3 = u"ins-ccccccc3"_s;
    QTest::newRow("everything, newest first") << QString() << QString() << QDate() << QDate() << -1 << false << 10000
                                              << QStringList{u"D"_s, u"C"_s, u"B"_s, u"A"_s, u"E"_s};
    QTest::newRow("instance a1") << a1 << QString() << QDate() << QDate() << -1 << false << 10000
                                 << QStringList{u"D"_s, u"B"_s, u"A"_s};
    QTest::newRow("instance c3") << c3 << QString() << QDate() << QDate() << -1 << false << 10000
                                 << QStringList{u"D"_s, u"C"_s};
    QTest::newRow("instance id prefix matches nothing")
        << u"ins-aaaaaaa"_s << QString() << QDate() << QDate() << -1 << false << 10000 << QStringList{};
    QTest::newRow("account acc-1") << QString() << u"acc-1"_s << QDate() << QDate() << -1 << false << 10000
                                   << QStringList{u"B"_s, u"A"_s, u"E"_s};
    QTest::newRow("account acc-2") << QString() << u"acc-2"_s << QDate() << QDate() << -1 << false << 10000
                                   << QStringList{u"D"_s, u"C"_s};
    QTest::newRow("one day, both ends inclusive, UTC")
        << QString() << QString() << jan1 << jan1 << -1 << false << 10000 << QStringList{u"B"_s, u"A"_s};
    QTest::newRow("from jan 2") << QString() << QString() << jan2 << QDate() << -1 << false << 10000
                                << QStringList{u"D"_s, u"C"_s};
    QTest::newRow("to dec 31") << QString() << QString() << QDate() << QDate(2024, 12, 31) << -1 << false << 10000
                               << QStringList{u"E"_s};
    QTest::newRow("jan 2 only") << QString() << QString() << jan2 << jan2 << -1 << false << 10000
                                << QStringList{u"C"_s};
    QTest::newRow("status sent") << QString() << QString() << QDate() << QDate() << int(CallStatus::Sent) << false
                                 << 10000 << QStringList{u"C"_s};
    QTest::newRow("status succeeded") << QString() << QString() << QDate() << QDate() << int(CallStatus::Succeeded)
                                      << false << 10000 << QStringList{u"A"_s, u"E"_s};
    QTest::newRow("status failed") << QString() << QString() << QDate() << QDate() << int(CallStatus::Failed) << false
                                   << 10000 << QStringList{u"B"_s};
    QTest::newRow("status unknown") << QString() << QString() << QDate() << QDate() << int(CallStatus::Unknown) << false
                                    << 10000 << QStringList{u"D"_s};
    QTest::newRow("destructive only") << QString() << QString() << QDate() << QDate() << -1 << true << 10000
                                      << QStringList{u"D"_s, u"C"_s, u"A"_s};
    QTest::newRow("combined") << c3 << u"acc-2"_s << jan2 << QDate(2025, 1, 3) << int(CallStatus::Unknown) << true
                              << 10000 << QStringList{u"D"_s};
    QTest::newRow("instance, account and destructive")
        << a1 << u"acc-1"_s << QDate() << QDate() << -1 << true << 10000 << QStringList{u"A"_s};
    QTest::newRow("limit 2") << QString() << QString() << QDate() << QDate() << -1 << false << 2
                             << QStringList{u"D"_s, u"C"_s};
}

void HistoryReadsTest::filters()
{
    QFETCH(QString, instanceId);
    QFETCH(QString, accountId);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, status);
    QFETCH(bool, destructiveOnly);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    struct Spec
    {
        const char16_t* name;
        const char16_t* account;
        QDateTime sentAt;
        QStringList ids;
        bool destructive;
        std::optional<CallStatus> result; // nullopt: never finished
    };
    const QList<Spec> specs{
        {u"E", u"acc-1", QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC), {}, false, CallStatus::Succeeded},
        {u"A",
         u"acc-1",
         QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC),
         {u"ins-aaaaaaa1"_s, u"ins-bbbbbbb2"_s},
         true,
         CallStatus::Succeeded},
        {u"B",
         u"acc-1",
         QDateTime(QDate(2025, 1, 1), QTime(23, 59, 59, 999), Qt::UTC),
         {u"ins-aaaaaaa1"_s},
         false,
         CallStatus::Failed},
        // 08:00 in Shanghai is midnight UTC: the filter's days are UTC days.
        {u"C",
         u"acc-2",
         QDateTime(QDate(2025, 1, 2), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600),
         {u"ins-ccccccc3"_s},
         true,
         std::nullopt},
        {u"D",
         u"acc-2",
         QDateTime(QDate(2025, 1, 3), QTime(12, 0), Qt::UTC),
         {u"ins-aaaaaaa1"_s, u"ins-ccccccc3"_s},
         true,
         CallStatus::Unknown},
    };
    for (const Spec& spec : specs) {
        CallRecord r = makeRecord(QString::fromUtf16(spec.name), spec.sentAt, spec.ids, spec.destructive);
        r.accountId = QString::fromUtf16(spec.account);
        QVERIFY(history.recordSent(r));
        if (spec.result) {
            r.status = *spec.result;
            r.finishedAt = spec.sentAt.addSecs(1);
            history.recordFinished(r);
        }
    }

    HistoryFilter filter;
    filter.instanceId = instanceId;
    filter.accountId = accountId;
    filter.from = from;
    filter.to = to;
    if (status >= 0)
        filter.status = CallStatus(status);
    filter.destructiveOnly = destructiveOnly;
    filter.limit = limit;
    QStringList actual;
    for (const CallRecord& r : history.calls(filter))
        actual << r.accountName;
    QCOMPARE(actual, expected);
}

void HistoryReadsTest::lastSucceeded_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("action"); // empty: any destructive action
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QDateTime>("expected"); // invalid: none

    const QString a1 = u"ins-aaaaaaa1"_s;
    const QString b2 = u"ins-bbbbbbb2"_s;
    const QString terminate = u"TerminateInstances"_s;
    QTest::newRow("its action, account and instance; the later failure is ignored")
        << u"acc-1"_s << terminate << a1 << kT0.addSecs(60);
    QTest::newRow("any action: the latest") << u"acc-1"_s << QString() << a1 << kT0.addSecs(240);
    QTest::newRow("another action") << u"acc-1"_s << u"ReturnInstance"_s << a1 << kT0.addSecs(240);
    QTest::newRow("another account") << u"acc-2"_s << terminate << a1 << kT0.addSecs(180);
    QTest::newRow("an instance of a batch; the latest call wins") << u"acc-1"_s << terminate << b2 << kT0.addSecs(300);
    QTest::newRow("sent but never finished, or unknown: none")
        << u"acc-1"_s << terminate << u"ins-ccccccc3"_s << QDateTime();
    QTest::newRow("reads do not count") << u"acc-1"_s << QString() << u"ins-ddddddd4"_s << QDateTime();
    QTest::newRow("an account without calls") << u"acc-3"_s << terminate << a1 << QDateTime();
    QTest::newRow("an action never sent") << u"acc-1"_s << u"ReleaseInstances"_s << a1 << QDateTime();
    QTest::newRow("an id prefix matches nothing") << u"acc-1"_s << terminate << u"ins-aaaaaaa"_s << QDateTime();
}

void HistoryReadsTest::lastSucceeded()
{
    QFETCH(QString, accountId);
    QFETCH(QString, action);
    QFETCH(QString, instanceId);
    QFETCH(QDateTime, expected);

    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    struct Spec
    {
        const char16_t* account;
        const char16_t* action;
        QStringList ids;
        bool destructive;
        std::optional<CallStatus> result; // nullopt: never finished
        qint64 finishedAfter; // seconds after kT0
    };
    const QList<Spec> specs{
        {u"acc-1", u"TerminateInstances", {u"ins-aaaaaaa1"_s, u"ins-bbbbbbb2"_s}, true, CallStatus::Succeeded, 60},
        {u"acc-1", u"TerminateInstances", {u"ins-aaaaaaa1"_s}, true, CallStatus::Failed, 120},
        {u"acc-2", u"TerminateInstances", {u"ins-aaaaaaa1"_s}, true, CallStatus::Succeeded, 180},
        {u"acc-1", u"ReturnInstance", {u"ins-aaaaaaa1"_s}, true, CallStatus::Succeeded, 240},
        {u"acc-1", u"TerminateInstances", {u"ins-bbbbbbb2"_s}, true, CallStatus::Succeeded, 300},
        {u"acc-1", u"TerminateInstances", {u"ins-ccccccc3"_s}, true, std::nullopt, 360},
        {u"acc-1", u"TerminateInstances", {u"ins-ccccccc3"_s}, true, CallStatus::Unknown, 420},
        {u"acc-1", u"DescribeInstances", {u"ins-ddddddd4"_s}, false, CallStatus::Succeeded, 480},
    };
    for (const Spec& spec : specs) {
        CallRecord r = makeRecord(QString::fromUtf16(spec.account), kT0.addSecs(spec.finishedAfter - 1), spec.ids,
                                  spec.destructive);
        r.accountId = QString::fromUtf16(spec.account);
        r.action = QString::fromUtf16(spec.action);
        QVERIFY(history.recordSent(r));
        if (spec.result) {
            r.status = *spec.result;
            r.finishedAt = kT0.addSecs(spec.finishedAfter);
            history.recordFinished(r);
        }
    }

    // The time the provider accepted the call: when its reply came.
    QCOMPARE(history.lastSucceeded(accountId, action, instanceId), expected);
    // Asked for many at once, the same answer for each.
    const QHash<QString, QDateTime> many =
        history.lastSucceeded(accountId, action, QStringList{u"ins-bbbbbbb2"_s, instanceId, u"ins-none"_s});
    QCOMPARE(many.value(instanceId), expected);
    QCOMPARE(many.contains(instanceId), expected.isValid());
    QVERIFY(!many.contains(u"ins-none"_s));
    // Past a chunk of ids (the query binds 500 at a time), the same answer wherever the id falls.
    QStringList padded;
    for (int i = 0; i < 1200; ++i)
        padded << u"ins-pad%1"_s.arg(i, 5, 10, QChar(u'0'));
    padded.insert(750, instanceId);
    padded.append(u"ins-bbbbbbb2"_s);
    const QHash<QString, QDateTime> chunked = history.lastSucceeded(accountId, action, padded);
    QCOMPARE(chunked.value(instanceId), expected);
    QCOMPARE(chunked.contains(instanceId), expected.isValid());
    QCOMPARE(chunked.value(u"ins-bbbbbbb2"_s), many.value(u"ins-bbbbbbb2"_s));
}

QTEST_GUILESS_MAIN(HistoryReadsTest)
#include "tst_historyreads.moc"

// AutoReleaseEstimator with a fixed clock on a real SQLite history: when each dialect's recycle
// bin releases what the console moved there (Tencent: 7 days, Zenlayer: 24 hours), which calls
// date the stay, and what stays "not known".
#include "AutoReleaseEstimator.h"
#include "History.h"
#include "TencentLegacyRules.h"
#include "TencentRules.h"
#include "ZenlayerRules.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

// One call in the history, relative to kNow.
struct PastCall
{
    QString accountId;
    QString action;
    CallStatus status = CallStatus::Succeeded;
    qint64 secondsAgo = 0;
};

} // namespace

Q_DECLARE_METATYPE(PastCall)

class AutoReleaseEstimatorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dates_data();
    void dates();
    void withoutHistoryNothingIsDated();
    void datesWhatTheListingSays_data();
    void datesWhatTheListingSays();
    void fillsOnlyUndatedRecycleBinInstances();

private:
    AutoReleaseEstimator::RulesLookup lookup() const
    {
        return [this](const QString& accountId) -> const TeardownRules* {
            if (accountId == u"acct-tc"_s)
                return &m_tencent;
            if (accountId == u"acct-legacy"_s)
                return &m_legacy;
            if (accountId == u"acct-zl"_s)
                return &m_zenlayer;
            return nullptr;
        };
    }
    void record(const QString& instanceId, const PastCall& call);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    TencentRules m_tencent;
    TencentLegacyRules m_legacy;
    ZenlayerRules m_zenlayer;
};

void AutoReleaseEstimatorTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<History>();
    QVERIFY2(m_history->open(m_dir->filePath(u"history.sqlite"_s)), qPrintable(m_history->errorString()));
}

void AutoReleaseEstimatorTest::record(const QString& instanceId, const PastCall& call)
{
    CallRecord r;
    r.accountId = call.accountId;
    r.accountName = call.accountId;
    r.dialect = u"test"_s;
    r.region = u"ap-guangzhou"_s;
    r.action = call.action;
    r.instanceIds = {instanceId};
    r.destructive = true;
    r.sentAt = kNow.addSecs(-call.secondsAgo - 1);
    QVERIFY(m_history->recordSent(r));
    if (call.status == CallStatus::Sent)
        return;
    r.status = call.status;
    r.finishedAt = kNow.addSecs(-call.secondsAgo);
    m_history->recordFinished(r);
}

void AutoReleaseEstimatorTest::dates_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QList<PastCall>>("calls");
    QTest::addColumn<QDateTime>("expected"); // invalid: not known

    const qint64 hour = 3600;
    const qint64 day = 24 * hour;
    const QString tc = u"acct-tc"_s;
    const QString zl = u"acct-zl"_s;
    const QString terminate = u"TerminateInstances"_s;
    const QString zlTerminate = u"TerminateInstance"_s;

    QTest::newRow("tencent: 7 days after the call that moved it")
        << tc << QList<PastCall>{{tc, terminate, CallStatus::Succeeded, day}} << kNow.addDays(6);
    QTest::newRow("tencent: the latest accepted call wins")
        << tc
        << QList<PastCall>{{tc, terminate, CallStatus::Succeeded, 3 * day},
                           {tc, terminate, CallStatus::Succeeded, hour}}
        << kNow.addDays(7).addSecs(-hour);
    QTest::newRow("tencent: a failed call dates nothing")
        << tc
        << QList<PastCall>{{tc, terminate, CallStatus::Succeeded, 2 * day}, {tc, terminate, CallStatus::Failed, hour}}
        << kNow.addDays(5);
    QTest::newRow("tencent: a call whose reply was lost dates nothing")
        << tc << QList<PastCall>{{tc, terminate, CallStatus::Unknown, hour}, {tc, terminate, CallStatus::Sent, 0}}
        << QDateTime();
    QTest::newRow("tencent: past date belongs to an earlier stay")
        << tc << QList<PastCall>{{tc, terminate, CallStatus::Succeeded, 8 * day}} << QDateTime();
    QTest::newRow("tencent: released this very second is past")
        << tc << QList<PastCall>{{tc, terminate, CallStatus::Succeeded, 7 * day}} << QDateTime();
    QTest::newRow("zenlayer: 24 hours after TerminateInstance")
        << zl << QList<PastCall>{{zl, zlTerminate, CallStatus::Succeeded, 2 * hour}} << kNow.addSecs(22 * hour);
    QTest::newRow("zenlayer: past date belongs to an earlier stay")
        << zl << QList<PastCall>{{zl, zlTerminate, CallStatus::Succeeded, 30 * hour}} << QDateTime();
    QTest::newRow("zenlayer: ReleaseInstances does not move anything into the bin")
        << zl << QList<PastCall>{{zl, u"ReleaseInstances"_s, CallStatus::Succeeded, hour}} << QDateTime();
    QTest::newRow("zenlayer: another account's call")
        << zl << QList<PastCall>{{u"acct-other"_s, zlTerminate, CallStatus::Succeeded, hour}} << QDateTime();
    QTest::newRow("legacy: its release calls date nothing")
        << u"acct-legacy"_s
        << QList<PastCall>{{u"acct-legacy"_s, terminate, CallStatus::Succeeded, hour},
                           {u"acct-legacy"_s, u"ReturnInstance"_s, CallStatus::Succeeded, hour}}
        << QDateTime();
    QTest::newRow("no history") << tc << QList<PastCall>{} << QDateTime();
    QTest::newRow("account not open") << u"acct-closed"_s
                                      << QList<PastCall>{{u"acct-closed"_s, terminate, CallStatus::Succeeded, hour}}
                                      << QDateTime();
}

void AutoReleaseEstimatorTest::dates()
{
    QFETCH(QString, accountId);
    QFETCH(QList<PastCall>, calls);
    QFETCH(QDateTime, expected);

    const QString id = u"ins-abcd1234"_s;
    for (const PastCall& call : std::as_const(calls))
        record(id, call);
    // Calls on another instance of the same account never date this one.
    record(u"ins-other001"_s, {accountId, u"TerminateInstances"_s, CallStatus::Succeeded, 60});
    record(u"ins-other001"_s, {accountId, u"TerminateInstance"_s, CallStatus::Succeeded, 60});

    Instance instance;
    instance.accountId = accountId;
    instance.id = id;
    instance.lifecycle = Lifecycle::RecycleBin;
    const AutoReleaseEstimator estimator(m_history.get(), lookup(), [] { return kNow; });
    QCOMPARE(estimator.autoRelease(instance), expected);

    QList<Instance> listed{instance};
    estimator.estimate(listed);
    QCOMPARE(listed.first().autoRelease, expected);
}

void AutoReleaseEstimatorTest::withoutHistoryNothingIsDated()
{
    record(u"ins-abcd1234"_s, {u"acct-tc"_s, u"TerminateInstances"_s, CallStatus::Succeeded, 60});
    Instance instance;
    instance.accountId = u"acct-tc"_s;
    instance.id = u"ins-abcd1234"_s;
    instance.lifecycle = Lifecycle::RecycleBin;
    QVERIFY(AutoReleaseEstimator(m_history.get(), lookup(), [] { return kNow; }).autoRelease(instance).isValid());
    QVERIFY(!AutoReleaseEstimator(nullptr, lookup(), [] { return kNow; }).autoRelease(instance).isValid());
}

void AutoReleaseEstimatorTest::datesWhatTheListingSays_data()
{
    QTest::addColumn<qint64>("enteredSecondsAgo"); // -1: the listing does not say
    QTest::addColumn<qint64>("calledSecondsAgo"); // -1: no call of the console's
    QTest::addColumn<QDateTime>("expected");

    const qint64 day = 24 * 3600;
    // A Tencent subscription that ran out two days ago went into the bin then: 5 days left.
    QTest::newRow("ran out two days ago") << 2 * day << qint64(-1) << kNow.addDays(5);
    QTest::newRow("ran out too long ago: an earlier stay") << 8 * day << qint64(-1) << QDateTime();
    // Both known: the later entry is the stay it is in now.
    QTest::newRow("returned after it ran out") << 3 * day << day << kNow.addDays(6);
    QTest::newRow("ran out after it was returned") << day << 3 * day << kNow.addDays(6);
    QTest::newRow("neither") << qint64(-1) << qint64(-1) << QDateTime();
}

void AutoReleaseEstimatorTest::datesWhatTheListingSays()
{
    QFETCH(qint64, enteredSecondsAgo);
    QFETCH(qint64, calledSecondsAgo);
    QFETCH(QDateTime, expected);

    Instance instance;
    instance.accountId = u"acct-tc"_s;
    instance.id = u"ins-abcd1234"_s;
    instance.lifecycle = Lifecycle::RecycleBin;
    if (enteredSecondsAgo >= 0)
        instance.recycleBinEnteredAt = kNow.addSecs(-enteredSecondsAgo);
    if (calledSecondsAgo >= 0)
        record(instance.id, {u"acct-tc"_s, u"TerminateInstances"_s, CallStatus::Succeeded, calledSecondsAgo});
    QCOMPARE(AutoReleaseEstimator(m_history.get(), lookup(), [] { return kNow; }).autoRelease(instance), expected);
    // What the listing says needs no history.
    if (calledSecondsAgo < 0)
        QCOMPARE(AutoReleaseEstimator(nullptr, lookup(), [] { return kNow; }).autoRelease(instance), expected);
}

void AutoReleaseEstimatorTest::fillsOnlyUndatedRecycleBinInstances()
{
    // Each instance was returned an hour ago; only the undated one in the bin gets a date.
    Instance inBin;
    inBin.accountId = u"acct-zl"_s;
    inBin.id = u"1001"_s;
    inBin.lifecycle = Lifecycle::RecycleBin;
    Instance running = inBin;
    running.id = u"1002"_s;
    running.lifecycle = Lifecycle::Running; // a subscription cancelled: still running
    Instance datedByListing = inBin;
    datedByListing.id = u"1003"_s;
    datedByListing.autoRelease = kNow.addSecs(5 * 60);
    for (const Instance& i : {inBin, running, datedByListing})
        record(i.id, {u"acct-zl"_s, u"TerminateInstance"_s, CallStatus::Succeeded, 3600});

    QList<Instance> listed{inBin, running, datedByListing};
    AutoReleaseEstimator(m_history.get(), lookup(), [] { return kNow; }).estimate(listed);
    QCOMPARE(listed[0].autoRelease, kNow.addSecs(23 * 3600));
    QVERIFY(!listed[1].autoRelease.isValid());
    QCOMPARE(listed[2].autoRelease, kNow.addSecs(5 * 60));
}

QTEST_GUILESS_MAIN(AutoReleaseEstimatorTest)
#include "tst_autoreleaseestimator.moc"

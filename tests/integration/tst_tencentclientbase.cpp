// What both Tencent clients share (TencentClientBase over TencentTransport), run through each
// dialect's own signing against the in-process emulator: listing across several pages with
// progress, pages asked for together and listed in order, stopping at the first failed page,
// reads by id in chunks of 100, an empty read answered without a call, and a planned call
// finished with the provider's request id.
#include "EmulatorFixture.h"

#include "ErrorCatalog.h"
#include "FaultPlan.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;

Q_DECLARE_METATYPE(Dialect)

namespace {

const QString kRegion = u"ap-guangzhou"_s;
constexpr int kWaitMs = 20000;

QStringList numberedIds(int count)
{
    QStringList ids;
    for (int n = 0; n < count; ++n)
        ids << u"ins-page%1"_s.arg(n, 4, 10, QChar(u'0'));
    return ids;
}

void useFleetOf(fixture::Sandbox& s, const QStringList& ids)
{
    QList<emulator::TencentInstance> fleet;
    for (const QString& id : ids)
        fleet << instance(id);
    s.useFleet(fleet);
}

QSet<QString> idSet(const QList<Instance>& instances)
{
    QSet<QString> ids;
    for (const Instance& i : instances)
        ids.insert(i.id);
    return ids;
}

// Waits for `reply` to finish and hands it to `read` in its own finished() slot: the reply
// deletes itself afterwards.
template<typename Reply, typename Read>
bool awaitFinished(Reply* reply, Read read)
{
    QSignalSpy finished(reply, &ProviderReply::finished);
    QObject::connect(reply, &ProviderReply::finished, reply, [reply, read] { read(*reply); });
    return finished.wait(kWaitMs);
}

void addDialects()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("api3") << Dialect::TencentApi3;
    QTest::newRow("legacy") << Dialect::TencentLegacy;
}

} // namespace

class TencentClientBaseTest : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryPageWithProgress_data() { addDialects(); }
    void listsEveryPageWithProgress();
    void pagesLeaveTogetherAndAreListedInOrder_data() { addDialects(); }
    void pagesLeaveTogetherAndAreListedInOrder();
    void pagingStopsAtTheFirstFailedPage_data() { addDialects(); }
    void pagingStopsAtTheFirstFailedPage();
    void readsByIdInChunks_data() { addDialects(); }
    void readsByIdInChunks();
    void emptyReadFinishesLaterWithoutACall_data() { addDialects(); }
    void emptyReadFinishesLaterWithoutACall();
    void plannedCallFinishesWithTheRequestId_data() { addDialects(); }
    void plannedCallFinishesWithTheRequestId();
};

void TencentClientBaseTest::listsEveryPageWithProgress()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);
    QVERIFY(s.listening && s.provider);
    const QStringList ids = numberedIds(250);
    useFleetOf(s, ids);

    InstanceListReply* reply = s.provider->listInstances(kRegion, {});
    QSignalSpy progress(reply, &ProviderReply::progress);
    QList<Instance> listed;
    ProviderError error;
    QVERIFY(awaitFinished(reply, [&](const InstanceListReply& r) {
        listed = r.instances;
        error = r.error();
    }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    QCOMPARE(listed.size(), ids.size());
    QCOMPARE(idSet(listed), QSet<QString>(ids.cbegin(), ids.cend()));
    QCOMPARE(listed.first().accountId, s.account.id);
    QCOMPARE(listed.first().region, kRegion);
    // Pages of 100 at offsets 0, 100 and 200, each reported as it came.
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 3);
    QCOMPARE(progress.size(), 3);
    const QList<std::pair<int, int>> expected{{100, 250}, {200, 250}, {250, 250}};
    for (qsizetype n = 0; n < progress.size(); ++n) {
        QCOMPARE(progress.at(n).at(0).toInt(), expected.at(n).first);
        QCOMPARE(progress.at(n).at(1).toInt(), expected.at(n).second);
    }
}

void TencentClientBaseTest::pagesLeaveTogetherAndAreListedInOrder()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);
    QVERIFY(s.listening && s.provider);
    const QStringList ids = numberedIds(450);
    useFleetOf(s, ids);
    // The second page's reply comes late: the pages after it arrive first.
    QVERIFY(s.emu.faults().add(u"delay:DescribeInstances@2=500"_s));

    InstanceListReply* reply = s.provider->listInstances(kRegion, {});
    QList<int> callsWhenListed; // the emulator's DescribeInstances count as each page is listed
    QStringList listed;
    connect(reply, &InstanceListReply::instancesListed, this, [&](const QList<Instance>& page) {
        callsWhenListed << s.emu.callCount(u"DescribeInstances"_s);
        for (const Instance& i : page)
            listed << i.id;
    });
    ProviderError error;
    QVERIFY(awaitFinished(reply, [&](const InstanceListReply& r) { error = r.error(); }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    // In the provider's order, whatever order the pages came back in.
    QCOMPARE(listed, ids);
    // The first page told how many there are; the other four were asked for together, so by
    // the time the late second page was listed, every page had been asked for.
    QCOMPARE(callsWhenListed, (QList<int>{1, 5, 5, 5, 5}));
}

void TencentClientBaseTest::pagingStopsAtTheFirstFailedPage()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);
    useFleetOf(s, numberedIds(250));
    // One attempt per call, so the unreadable second page is the listing's end.
    s.environment.maxAttempts = 1;
    s.open(u"sandbox-secret-key"_s);
    QVERIFY(s.emu.faults().add(u"garbage:DescribeInstances@2"_s));

    InstanceListReply* reply = s.provider->listInstances(kRegion, {});
    QSignalSpy progress(reply, &ProviderReply::progress);
    ProviderError error;
    QVERIFY(awaitFinished(reply, [&](const InstanceListReply& r) { error = r.error(); }));
    QCOMPARE(error.code, u"Reply.Malformed"_s);
    // The third page left with the second and came back, but nothing after the failed page is listed.
    QCOMPARE(progress.size(), 1);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 3);
}

void TencentClientBaseTest::readsByIdInChunks()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);
    QStringList ids = numberedIds(230);
    useFleetOf(s, ids);
    ids << u"ins-zzzz9999"_s; // well-formed, unknown: absent from the answer, not an error

    QList<Instance> read;
    ProviderError error;
    QVERIFY(awaitFinished(s.provider->readInstances(kRegion, ids), [&](const InstanceListReply& r) {
        read = r.instances;
        error = r.error();
    }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    QCOMPARE(read.size(), 230);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 3); // 100 + 100 + 31 ids

    QHash<QString, InstanceState> states;
    QVERIFY(awaitFinished(s.provider->readStates(kRegion, ids), [&](const StateReadReply& r) {
        states = r.states;
        error = r.error();
    }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    QCOMPARE(states.size(), 230);
    QCOMPARE(states.value(u"ins-page0229"_s).lifecycle, Lifecycle::Running);
    QCOMPARE(s.emu.callCount(u"DescribeInstancesStatus"_s), 3);
}

void TencentClientBaseTest::emptyReadFinishesLaterWithoutACall()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);

    StateReadReply* reply = s.provider->readStates(kRegion, {});
    QVERIFY(!reply->isFinished()); // the caller connects first
    ProviderError error;
    int stateCount = -1;
    QVERIFY(awaitFinished(reply, [&](const StateReadReply& r) {
        error = r.error();
        stateCount = int(r.states.size());
    }));
    QVERIFY(!error.isError());
    QCOMPARE(stateCount, 0);
    QCOMPARE(s.emu.callLog().size(), 0);
}

void TencentClientBaseTest::plannedCallFinishesWithTheRequestId()
{
    QFETCH(Dialect, dialect);
    fixture::Sandbox s(fixture::fastOptions(), u"sandbox-secret-key"_s, dialect);
    s.useFleet({instance(u"ins-aaaa0001"_s)});

    PlannedCall call;
    call.accountId = s.account.id;
    call.region = kRegion;
    call.action = u"TerminateInstances"_s;
    call.instanceIds = {u"ins-aaaa0001"_s};
    ProviderError error;
    QString requestId;
    QVERIFY(awaitFinished(s.provider->execute(call), [&](const ActionReply& r) {
        error = r.error();
        requestId = r.requestId();
    }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    const QList<emulator::CallLogEntry> log = s.emu.callLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, u"TerminateInstances"_s);
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(requestId, log.first().requestId);
}

QTEST_GUILESS_MAIN(TencentClientBaseTest)
#include "tst_tencentclientbase.moc"

// The call policy where it is easiest to get wrong, against the emulator over loopback: a destructive
// call whose reply never comes in time is reported unknown and never sent again, while a read is
// retried; a throttled call waits as long as the server's Retry-After asks; a call sequence whose
// reply is abandoned sends nothing more; a cancelled fleet listing ignores the replies still coming;
// a call holds its rate-limit token until its reply, so that a burst's next call waits for it.

#include "ApiCall.h"
#include "EmulatorFixture.h"
#include "FaultPlan.h"
#include "FleetLoader.h"
#include "GuangzhouInstance.h"
#include "RateLimiter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits until the history has completed `count` calls of `action` (status no longer "sent").
bool waitForFinishedCalls(History& history, const QString& action, int count)
{
    QSignalSpy recorded(&history, &History::callRecorded);
    auto finished = [&] {
        int n = 0;
        for (const CallRecord& r : history.calls()) {
            if (r.action == action && r.status != CallStatus::Sent)
                ++n;
        }
        return n >= count;
    };
    while (!finished()) {
        if (!recorded.wait(20000))
            return false;
    }
    return true;
}

QStringList loggedActions(const emulator::Emulator& emulator)
{
    QStringList actions;
    for (const emulator::CallLogEntry& e : emulator.callLog())
        actions << e.action;
    return actions;
}

} // namespace

class CallPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void destructiveCallPastItsTimeoutIsUnknownAndNeverResent();
    void readPastItsTimeoutIsRetried();
    void throttledCallWaitsForRetryAfter();
    void abandonedSequenceSendsNothingMore();
    void cancelledListingIgnoresLateReplies();
    void burstsNextCallWaitsForTheFirstReply();
};

void CallPolicyTest::destructiveCallPastItsTimeoutIsUnknownAndNeverResent()
{
    fixture::Sandbox sandbox;
    QVERIFY(sandbox.listening && sandbox.historyOpen);
    sandbox.useFleet({fixture::guangzhouInstance(u"ins-time0001"_s, u"timeout-"_s)});
    const QList<Instance> selection = sandbox.read(u"ap-guangzhou"_s, {u"ins-time0001"_s});
    QCOMPARE(selection.size(), 1);
    const TeardownPlan plan = sandbox.plan(selection);
    QCOMPARE(plan.calls.size(), 1);

    // The emulator applies the call and holds its reply far past the client's timeout.
    sandbox.environment.timeoutMs = 300;
    sandbox.directory.remove(sandbox.account.id);
    sandbox.open(u"sandbox-secret-key"_s);
    QVERIFY(sandbox.emu.faults().add(u"delay:TerminateInstances=60000"_s));
    ActionReply* reply = sandbox.provider->execute(plan.calls.first());
    QSignalSpy finished(reply, &ProviderReply::finished);
    ProviderError error;
    connect(reply, &ProviderReply::finished, this, [&] { error = reply->error(); });
    QVERIFY(finished.wait(20000));

    QCOMPARE(error.code, u"Network.Timeout"_s);
    QVERIFY(!error.outcomeKnown);
    QCOMPARE(sandbox.emu.callCount(u"TerminateInstances"_s), 1);
    // One row, completed as unknown: the call is over for the client and was never sent again.
    HistoryFilter destructive;
    destructive.destructiveOnly = true;
    const QList<CallRecord> rows = sandbox.history.calls(destructive);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, CallStatus::Unknown);
    QCOMPARE(rows.first().attempt, 1);
    QCOMPARE(rows.first().errorCode, u"Network.Timeout"_s);
}

void CallPolicyTest::readPastItsTimeoutIsRetried()
{
    fixture::Sandbox sandbox;
    sandbox.useFleet({fixture::guangzhouInstance(u"ins-time0002"_s, u"timeout-"_s)});
    sandbox.environment.timeoutMs = 300;
    sandbox.directory.remove(sandbox.account.id);
    sandbox.open(u"sandbox-secret-key"_s);
    QVERIFY(sandbox.emu.faults().add(u"delay:DescribeInstances@1=60000"_s));
    const QList<Instance> read = sandbox.read(u"ap-guangzhou"_s, {u"ins-time0002"_s});
    QVERIFY2(!sandbox.lastError.isError(), qPrintable(sandbox.lastError.code));
    QCOMPARE(read.size(), 1);
    QCOMPARE(sandbox.emu.callCount(u"DescribeInstances"_s), 2);
}

// The emulator's providers never send Retry-After (emulator/README.md), so this one server is a stand-in:
// it throttles the first request with HTTP 429 and `Retry-After: 2`, and accepts the second.
void CallPolicyTest::throttledCallWaitsForRetryAfter()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n{}"))
                return; // the whole request: headers and the two-byte body
            socket->readAll();
            arrivals << clock.elapsed();
            socket->write(arrivals.size() == 1
                              ? "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Length: 0\r\n"
                                "Connection: close\r\n\r\n"
                              : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    });

    QNetworkAccessManager network;
    CallEnvironment environment;
    environment.network = &network;
    environment.backoffBaseMs = 20; // without Retry-After, the retry would come within 20 ms
    environment.backoffMaxMs = 1000; // a Retry-After is honoured up to four times this
    CallDescription description;
    description.action = u"TerminateInstances"_s;
    description.destructive = true; // throttling is the one refusal that proves nothing happened
    const QUrl url(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()));
    auto* call = new ApiCall(
        environment, description,
        [url] {
            WireRequest w;
            w.request.setUrl(url);
            w.body = "{}";
            return w;
        },
        [](const WireReply& reply, QJsonObject*) {
            ProviderError e;
            if (reply.httpStatus == 429) {
                e.kind = ProviderError::Kind::Api;
                e.code = u"RequestLimitExceeded"_s;
                e.retry = ProviderError::Retry::Throttled;
            }
            return e;
        });
    QSignalSpy finished(call, &ApiCall::finished);
    call->start();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().first().value<ProviderError>().isError());
    QCOMPARE(arrivals.size(), 2);
    // A timer may fire up to 5 % early; 1,900 ms is still far beyond the 20 ms backoff.
    QVERIFY2(arrivals[1] - arrivals[0] >= 1900, qPrintable(QString::number(arrivals[1] - arrivals[0])));
}

void CallPolicyTest::abandonedSequenceSendsNothingMore()
{
    fixture::Sandbox sandbox;
    QList<emulator::TencentInstance> fleet;
    for (int i = 0; i < 250; ++i) // three pages of 100
        fleet << fixture::guangzhouInstance(u"ins-page%1"_s.arg(i, 4, 10, QChar(u'0')), u"page-"_s);
    sandbox.useFleet(fleet);

    InstanceListReply* listing = sandbox.provider->listInstances(u"ap-guangzhou"_s, {});
    QSignalSpy logged(&sandbox.emu, &emulator::Emulator::callLogged);
    QVERIFY(logged.wait(20000)); // the first page was asked for
    delete listing; // the owner lost interest, e.g. the window was closed
    QVERIFY(waitForFinishedCalls(sandbox.history, u"DescribeInstances"_s, 1)); // its reply came

    // A read through the same account now. The rate limiter serves its bucket first come, first
    // served, so a next page of the abandoned sequence would have been sent before it.
    QCOMPARE(sandbox.read(u"ap-guangzhou"_s, {u"ins-page0001"_s}).size(), 1);
    QCOMPARE(loggedActions(sandbox.emu), (QStringList{u"DescribeInstances"_s, u"DescribeInstances"_s}));
}

void CallPolicyTest::cancelledListingIgnoresLateReplies()
{
    fixture::Sandbox sandbox;
    sandbox.account.regions = {u"ap-guangzhou"_s, u"ap-shanghai"_s};
    sandbox.environment.account = sandbox.account;
    sandbox.directory.remove(sandbox.account.id);
    sandbox.open(u"sandbox-secret-key"_s);
    sandbox.useFleet({fixture::guangzhouInstance(u"ins-late0001"_s, u"late-"_s)});
    QVERIFY(sandbox.emu.faults().add(u"delay:DescribeInstances=300"_s));

    FleetLoader loader(sandbox.directory);
    QSignalSpy slices(&loader, &FleetLoader::sliceLoaded);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    QSignalSpy logged(&sandbox.emu, &emulator::Emulator::callLogged);
    loader.refresh();
    // Both regions' listings reach the emulator, which holds their replies back.
    while (sandbox.emu.callCount(u"DescribeInstances"_s) < 2)
        QVERIFY(logged.wait(20000));
    QVERIFY(loader.isLoading());
    loader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isLoading());

    // Both regions' replies still arrive; none of them reaches the listing.
    QVERIFY(waitForFinishedCalls(sandbox.history, u"DescribeInstances"_s, 2));
    QCOMPARE(finished.size(), 1);

    // A new listing afterwards is whole, and holds only its own two slices: the late replies, delivered
    // long before the new ones came back over the network, were dropped.
    sandbox.emu.faults().clear();
    loader.refresh();
    while (finished.size() < 2)
        QVERIFY(finished.wait(20000));
    QCOMPARE(slices.size(), 2);
}

void CallPolicyTest::burstsNextCallWaitsForTheFirstReply()
{
    // A loopback server answers at once, except call "a", whose reply it holds until told.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QPointer<QTcpSocket> heldReply;
    QByteArrayList arrived;
    auto answer = [](QTcpSocket* socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    };
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            const QByteArray seen = socket->peek(socket->bytesAvailable());
            const qsizetype headersEnd = seen.indexOf("\r\n\r\n");
            if (headersEnd < 0 || seen.size() < headersEnd + 5)
                return; // the whole request: headers and the one-byte body naming the call
            const QByteArray name = seen.mid(headersEnd + 4, 1);
            socket->readAll();
            arrived << name;
            if (name == "a")
                heldReply = socket;
            else
                answer(socket);
        });
    });

    qint64 nowMs = 0; // the limiter's clock, moved by the test
    RateLimiter limiter(nullptr, [&nowMs] { return nowMs; });
    limiter.setRate(u"b"_s, 2); // a burst of two, then one every 500 ms
    QNetworkAccessManager network;
    CallEnvironment environment;
    environment.network = &network;
    environment.limiter = &limiter;
    const QUrl url(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()));
    auto makeCall = [&](const QByteArray& name) {
        CallDescription description;
        description.action = u"DescribeInstances"_s;
        description.rateBucket = u"b"_s;
        return new ApiCall(
            environment, description,
            [url, name] {
                WireRequest w;
                w.request.setUrl(url);
                w.body = name;
                return w;
            },
            [](const WireReply&, QJsonObject*) { return ProviderError(); });
    };
    ApiCall* a = makeCall("a");
    ApiCall* b = makeCall("b");
    ApiCall* c = makeCall("c");
    QSignalSpy aDone(a, &ApiCall::finished);
    QSignalSpy bDone(b, &ApiCall::finished);
    QSignalSpy cDone(c, &ApiCall::finished);
    a->start();
    b->start();
    QVERIFY(bDone.wait(20000)); // a and b are the burst

    nowMs = 999; // the bucket is nearly full again, and a's hold on it lasts a second
    c->start();
    // a may not have been counted by the provider yet, and with a, b and c within a second its
    // bucket would be one short: c waits for a's reply.
    QCOMPARE(limiter.waiting(u"b"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(heldReply, 20000);
    answer(heldReply);
    QVERIFY(aDone.wait(20000));
    // a was counted by 999 ms at the latest: c may leave at 1,499 ms.
    QCOMPARE(limiter.waiting(u"b"_s), 1);
    QCOMPARE(arrived.size(), 2);
    nowMs = 1499;
    QVERIFY(cDone.wait(20000));
    QCOMPARE(arrived.size(), 3);
    QCOMPARE(arrived.last(), QByteArray("c"));
}

QTEST_GUILESS_MAIN(CallPolicyTest)
#include "tst_callpolicy.moc"

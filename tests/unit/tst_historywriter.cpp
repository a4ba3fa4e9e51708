// The history writes its rows on a thread of its own (HistoryWriter), and ApiCall relies on it: a
// read leaves at once while its row is written, a destructive call leaves only once its row is on
// disk, and never when the row cannot be written or the call is gone first. Real SQLite in a
// temporary directory, real HTTP on loopback to a server that notes each request as it arrives; a
// second connection (Probe) holds the database's write lock to keep the writer waiting.
#include "ApiCall.h"
#include "History.h"
#include "HistoryFixture.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace historyfixture;

namespace {

// Notes the action of each request as it arrives (its path is /<action>) and what the history
// held for that action at that moment; answers each with an empty JSON object.
class NotingServer : public QObject
{
    Q_OBJECT

public:
    explicit NotingServer(const QString& databasePath)
        : m_probe(databasePath)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    const QStringList& actions() const { return m_actions; }
    const QStringList& rowStatuses() const { return m_rowStatuses; }

signals:
    void requestArrived();

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray header = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray& line : header.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QString action = QString::fromLatin1(header.split(' ').value(1)).mid(1);
        buffer.clear();
        m_actions << action;
        m_rowStatuses << m_probe.rows(u"SELECT status FROM calls WHERE action = ? ORDER BY id DESC LIMIT 1"_s, {action})
                             .value(0)
                             .value(0)
                             .toString();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        emit requestArrived();
    }

    QTcpServer m_server;
    Probe m_probe;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QStringList m_actions;
    QStringList m_rowStatuses;
};

} // namespace

class HistoryWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aReadLeavesWhileADestructiveCallWaitsForItsRow();
    void aDestructiveCallWhoseRowCannotBeWrittenIsNeverSent();
    void aDestructiveCallGoneBeforeItsRowIsWrittenIsRecordedAsNotSent();
    void readsSeeEveryRowQueuedBeforeThem();

private:
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    // Starts a call of `action` to the server; the call deletes itself when it is over.
    ApiCall* startCall(const QString& action, bool destructive);
    // Sends a read and waits until the server has it: every request started before it arrived first.
    void flushThroughARead();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    std::unique_ptr<NotingServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void HistoryWriterTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<History>();
    QVERIFY2(m_history->open(dbPath()), qPrintable(m_history->errorString()));
    m_server = std::make_unique<NotingServer>(dbPath());
    QVERIFY(m_server->port() > 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void HistoryWriterTest::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_history.reset();
    m_dir.reset();
}

ApiCall* HistoryWriterTest::startCall(const QString& action, bool destructive)
{
    CallEnvironment env;
    env.network = m_network.get();
    env.recorder = m_history.get();
    env.account.id = u"acc-1"_s;
    env.account.name = u"Production"_s;
    env.maxAttempts = 1;
    CallDescription description;
    description.action = action;
    description.region = u"ap-guangzhou"_s;
    description.instanceIds = {u"ins-abcd1234"_s};
    description.destructive = destructive;
    const quint16 port = m_server->port();
    auto build = [port, action] {
        WireRequest wire;
        wire.request.setUrl(QUrl(u"http://127.0.0.1:%1/%2"_s.arg(port).arg(action)));
        wire.request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        wire.body = "{}"_ba;
        return wire;
    };
    auto decode = [](const WireReply&, QJsonObject*) { return ProviderError(); };
    auto* call = new ApiCall(env, description, build, decode);
    call->start();
    return call;
}

void HistoryWriterTest::flushThroughARead()
{
    QSignalSpy arrived(m_server.get(), &NotingServer::requestArrived);
    const qsizetype before = m_server->actions().size();
    startCall(u"DescribeFlush"_s, false);
    while (!m_server->actions().mid(before).contains(u"DescribeFlush"_s))
        QVERIFY(arrived.wait(10000));
}

void HistoryWriterTest::aReadLeavesWhileADestructiveCallWaitsForItsRow()
{
    // Another connection holds the write lock: the writer waits for it, with the destructive
    // call's row first in its queue.
    Probe locker(dbPath());
    QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
    ApiCall* terminate = startCall(u"TerminateInstances"_s, true);
    QSignalSpy terminated(terminate, &ApiCall::finished);
    // A read started after it leaves at once, its row queued behind the terminate's: the UI thread
    // is not held by the writer, and only the read reached the server.
    flushThroughARead();
    QCOMPARE(m_server->actions(), QStringList{u"DescribeFlush"_s});
    QCOMPARE(terminated.size(), 0);

    // With the lock released the row is written, and the terminate leaves: when it reaches the
    // server, its row is already there as sent.
    QVERIFY(locker.exec(u"ROLLBACK"_s));
    QVERIFY(terminated.wait(10000));
    QCOMPARE(m_server->actions(), (QStringList{u"DescribeFlush"_s, u"TerminateInstances"_s}));
    QCOMPARE(m_server->rowStatuses().last(), u"sent"_s);
    QVERIFY(!terminated.first().first().value<ProviderError>().isError());
    const QList<CallRecord> rows = m_history->calls();
    QCOMPARE(rows.size(), 2);
    for (const CallRecord& row : rows)
        QCOMPARE(row.status, CallStatus::Succeeded);
}

void HistoryWriterTest::aDestructiveCallWhoseRowCannotBeWrittenIsNeverSent()
{
    // The database refuses the destructive call's row (as a full disk would), and only that row.
    Probe refuser(dbPath());
    QVERIFY(refuser.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON calls WHEN NEW.destructive = 1"
                         u" BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    ApiCall* terminate = startCall(u"TerminateInstances"_s, true);
    QSignalSpy terminated(terminate, &ApiCall::finished);
    QVERIFY(terminated.wait(10000));
    QCOMPARE(terminated.first().first().value<ProviderError>().code, u"Teardown.HistoryUnavailable"_s);
    QVERIFY2(m_history->errorString().contains(u"refused"_s), qPrintable(m_history->errorString()));

    flushThroughARead();
    QCOMPARE(m_server->actions(), QStringList{u"DescribeFlush"_s});
    QCOMPARE(m_history->calls().size(), 1);
}

void HistoryWriterTest::aDestructiveCallGoneBeforeItsRowIsWrittenIsRecordedAsNotSent()
{
    Probe locker(dbPath());
    QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
    QPointer<ApiCall> terminate = startCall(u"TerminateInstances"_s, true);
    QSignalSpy terminated(terminate.data(), &ApiCall::finished);
    // The call waits for a token (none here: queued), then queues its row behind the lock.
    QCoreApplication::processEvents();
    delete terminate.data();
    QVERIFY(locker.exec(u"ROLLBACK"_s));

    flushThroughARead();
    QCOMPARE(m_server->actions(), QStringList{u"DescribeFlush"_s});
    QCOMPARE(terminated.size(), 0);
    HistoryFilter destructive;
    destructive.destructiveOnly = true;
    const QList<CallRecord> rows = m_history->calls(destructive);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, CallStatus::Failed);
    QCOMPARE(rows.first().errorCode, u"Teardown.Canceled"_s);
}

void HistoryWriterTest::readsSeeEveryRowQueuedBeforeThem()
{
    // Queued rows and their completions, read back at once: a read waits for the writes before it.
    constexpr int kCalls = 50;
    QList<CallRecorder::Ticket> tickets;
    for (int c = 0; c < kCalls; ++c) {
        const CallRecord r = makeRecord(u"Production"_s, kT0.addSecs(c), {u"ins-%1"_s.arg(c)}, c % 2 == 0);
        tickets << m_history->queueSent(r, this, [](bool) {});
    }
    for (int c = 0; c < kCalls; c += 5) {
        CallRecord r = makeRecord(u"Production"_s, kT0.addSecs(c), {u"ins-%1"_s.arg(c)}, c % 2 == 0);
        r.status = CallStatus::Succeeded;
        r.finishedAt = kT0.addSecs(c + 1);
        m_history->queueFinished(tickets.at(c), r);
    }
    const QList<CallRecord> rows = m_history->calls();
    QCOMPARE(rows.size(), kCalls);
    int succeeded = 0;
    for (const CallRecord& row : rows)
        succeeded += row.status == CallStatus::Succeeded ? 1 : 0;
    QCOMPARE(succeeded, kCalls / 5);
    QCOMPARE(m_history->lastSucceeded(u"acc-1"_s, u"TerminateInstances"_s, {u"ins-10"_s, u"ins-15"_s}).keys(),
             QList<QString>{u"ins-10"_s});
}

QTEST_GUILESS_MAIN(HistoryWriterTest)
#include "tst_historywriter.moc"

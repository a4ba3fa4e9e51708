// Replies of reads are decoded on a thread of the network's own (ReplyDecoder), in the order they
// came, and what follows runs on the caller's thread; a destructive call's reply is decoded on the
// caller's thread, so that its outcome is recorded whatever becomes of the call. Real HTTP on
// loopback for the calls.
#include "ApiCall.h"
#include "ReplyDecoder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class ReplyDecoderTest : public QObject
{
    Q_OBJECT

private slots:
    void decodesElsewhereInOrder();
    void aCallerGoneGetsNothing();
    void readsAreDecodedElsewhereDestructiveCallsHere_data();
    void readsAreDecodedElsewhereDestructiveCallsHere();
};

void ReplyDecoderTest::decodesElsewhereInOrder()
{
    QNetworkAccessManager network;
    ReplyDecoder* decoder = ReplyDecoder::of(network);
    QCOMPARE(ReplyDecoder::of(network), decoder); // one per network
    constexpr int kReplies = 20;
    QList<int> order;
    QList<QThread*> decodedOn;
    QList<QThread*> doneOn;
    for (int n = 0; n < kReplies; ++n) {
        WireReply reply;
        reply.httpStatus = 200 + n;
        decoder->decode(
            [&decodedOn](const WireReply& wire, QJsonObject* result) {
                decodedOn << QThread::currentThread(); // one decoder thread: never two at once
                result->insert(u"status"_s, wire.httpStatus);
                return ProviderError();
            },
            reply, this,
            [&](const ProviderError&, const QJsonObject& result) {
                order << result.value(u"status"_s).toInt() - 200;
                doneOn << QThread::currentThread();
            });
    }
    QTRY_COMPARE(order.size(), kReplies);
    QList<int> expected;
    for (int n = 0; n < kReplies; ++n)
        expected << n;
    QCOMPARE(order, expected);
    for (QThread* thread : std::as_const(decodedOn))
        QVERIFY(thread != QThread::currentThread());
    for (QThread* thread : std::as_const(doneOn))
        QCOMPARE(thread, QThread::currentThread());
}

void ReplyDecoderTest::aCallerGoneGetsNothing()
{
    QNetworkAccessManager network;
    ReplyDecoder* decoder = ReplyDecoder::of(network);
    auto decode = [](const WireReply&, QJsonObject*) { return ProviderError(); };
    int goneCalled = 0;
    bool flushed = false;
    auto* gone = new QObject;
    decoder->decode(decode, {}, gone, [&](const ProviderError&, const QJsonObject&) { ++goneCalled; });
    delete gone;
    // Decoded in order: once the next one is done, the first was decoded too.
    decoder->decode(decode, {}, this, [&](const ProviderError&, const QJsonObject&) { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(goneCalled, 0);
}

void ReplyDecoderTest::readsAreDecodedElsewhereDestructiveCallsHere_data()
{
    QTest::addColumn<bool>("destructive");
    QTest::newRow("read") << false;
    QTest::newRow("destructive") << true;
}

void ReplyDecoderTest::readsAreDecodedElsewhereDestructiveCallsHere()
{
    QFETCH(bool, destructive);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n{}"))
                return;
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{\"answer\":42}");
            socket->disconnectFromHost();
        });
    });
    QNetworkAccessManager network;
    CallEnvironment environment;
    environment.network = &network;
    CallDescription description;
    description.action = u"DescribeInstances"_s;
    description.destructive = destructive;
    const QUrl url(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()));
    QThread* decodedOn = nullptr;
    auto* call = new ApiCall(
        environment, description,
        [url] {
            WireRequest w;
            w.request.setUrl(url);
            w.body = "{}";
            return w;
        },
        [&decodedOn](const WireReply& reply, QJsonObject* result) {
            decodedOn = QThread::currentThread();
            *result = QJsonDocument::fromJson(reply.body).object();
            return ProviderError();
        });
    QSignalSpy finished(call, &ApiCall::finished);
    call->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).value<QJsonObject>().value(u"answer"_s).toInt(), 42);
    QCOMPARE(decodedOn == QThread::currentThread(), destructive);
}

QTEST_GUILESS_MAIN(ReplyDecoderTest)
#include "tst_replydecoder.moc"

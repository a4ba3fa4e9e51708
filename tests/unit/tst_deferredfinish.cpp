// Replies whose answer is known at once: they finish on a later turn of the event loop, so a caller
// that connects after receiving them still hears finished(), with the error and request id given,
// and a reply abandoned first hears nothing.
#include "DeferredFinish.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What a reply said, read in its own finished() slot (it deletes itself afterwards).
struct Heard
{
    int finishedCount = 0;
    bool finishedBefore = false;
    ProviderError error;
    QString requestId;
};

void listen(ProviderReply* reply, Heard* heard)
{
    QObject::connect(reply, &ProviderReply::finished, reply, [reply, heard] {
        ++heard->finishedCount;
        heard->error = reply->error();
        heard->requestId = reply->requestId();
    });
}

ProviderError apiError(const QString& code, const QString& requestId)
{
    return ProviderError::api(code, u"refused"_s, requestId, 400);
}

} // namespace

class DeferredFinishTest : public QObject
{
    Q_OBJECT

private slots:
    void finishesOnALaterTurn_data();
    void finishesOnALaterTurn();
    void newReplyIsAChildThatFinishesLater();
    void abandonedReplyHearsNothing();
};

void DeferredFinishTest::finishesOnALaterTurn_data()
{
    QTest::addColumn<ProviderError>("error");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedRequestId");

    QTest::newRow("success") << ProviderError{} << QString() << QString() << QString();
    QTest::newRow("local refusal") << ProviderError::local(u"Teardown.InvalidInstanceId"_s) << QString()
                                   << u"Teardown.InvalidInstanceId"_s << QString();
    QTest::newRow("request id of the error") << apiError(u"InvalidInstanceId.NotFound"_s, u"req-1"_s) << QString()
                                             << u"InvalidInstanceId.NotFound"_s << u"req-1"_s;
    QTest::newRow("request id given") << apiError(u"InvalidInstanceId.NotFound"_s, u"req-1"_s) << u"req-2"_s
                                      << u"InvalidInstanceId.NotFound"_s << u"req-2"_s;
}

void DeferredFinishTest::finishesOnALaterTurn()
{
    QFETCH(ProviderError, error);
    QFETCH(QString, requestId);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedRequestId);

    QObject owner;
    auto* reply = new ActionReply(&owner);
    finishLater(reply, error, requestId);
    QVERIFY(!reply->isFinished());

    // Connected only now, as a caller does with the reply it was handed.
    Heard heard;
    QSignalSpy finished(reply, &ProviderReply::finished);
    listen(reply, &heard);
    QVERIFY(finished.wait(5000));
    QCOMPARE(heard.finishedCount, 1);
    QCOMPARE(heard.error.isError(), !expectedCode.isEmpty());
    QCOMPARE(heard.error.code, expectedCode);
    QCOMPARE(heard.requestId, expectedRequestId);
}

void DeferredFinishTest::newReplyIsAChildThatFinishesLater()
{
    QObject owner;
    auto* reply = finishedLater<RefundQuoteReply>(&owner, ProviderError::local(u"Teardown.InvalidInstanceId"_s));
    QCOMPARE(reply->parent(), &owner);
    QVERIFY(!reply->isFinished());

    Heard heard;
    QSignalSpy finished(reply, &ProviderReply::finished);
    listen(reply, &heard);
    QVERIFY(finished.wait(5000));
    QCOMPARE(heard.error.code, u"Teardown.InvalidInstanceId"_s);
}

void DeferredFinishTest::abandonedReplyHearsNothing()
{
    QObject owner;
    auto* reply = finishedLater<ActionReply>(&owner);
    Heard heard;
    listen(reply, &heard);
    // Its owner gives up on it before the event loop runs. A finish queued anywhere but on the
    // reply would now touch a deleted object (the asan preset reports it).
    delete reply;

    // Queued after the finish: once it has run, the finish would have run too.
    bool later = false;
    QMetaObject::invokeMethod(
        &owner, [&later] { later = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(later);
    QCOMPARE(heard.finishedCount, 0);
}

QTEST_GUILESS_MAIN(DeferredFinishTest)
#include "tst_deferredfinish.moc"

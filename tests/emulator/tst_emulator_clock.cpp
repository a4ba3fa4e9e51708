// The emulator's clock as clients see it and its sensitive-operation protection: a Date header on
// every reply of every dialect (and on the 404), the clock run off by Options::clockOffsetSeconds or
// --clock-offset so that a correct client is refused as expired, and keys for which TerminateInstances
// requires MFA (Options::mfaRequiredKeys, --require-mfa), which apply nothing.
#include "Emulator.h"
#include "HttpReply.h"
#include "TencentFleet.h"
#include "TencentInstance.h"
#include "TencentTestClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString binary()
{
    return QCoreApplication::applicationDirPath() + u"/../bin/teardown-emulator"_s;
}

QDateTime parseDate(const QByteArray& value)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// The Date header of one unsigned request to `path` (every route answers it, with an error).
QByteArray dateOf(QNetworkAccessManager& network, const QUrl& base, const QString& path, const QByteArray& verb)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkReply* reply = network.sendCustomRequest(QNetworkRequest(url), verb, QByteArray("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return {};
    reply->deleteLater();
    return reply->rawHeader("Date");
}

emulator::TencentInstance running(const QString& id)
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.instanceChargeType = u"POSTPAID_BY_HOUR"_s;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-1);
    i.latestOperationState = u"SUCCESS"_s;
    return i;
}

} // namespace

class EmulatorClockTest : public QObject
{
    Q_OBJECT

private slots:
    void everyReplyHasADate_data();
    void everyReplyHasADate();
    void httpDateIsImfFixdate();
    void correctClientIsRefusedAsExpired();
    void terminateRequiresMfaForListedKeys();
    void commandLineOffsetAndMfa();
    void badClockOffsetExitsWithTwo();
};

void EmulatorClockTest::everyReplyHasADate_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    for (int offset : {0, 600, -3600}) {
        QTest::addRow("API 3.0, %d s", offset) << offset << u"/"_s << "POST"_ba;
        QTest::addRow("legacy GET, %d s", offset) << offset << u"/v2/index.php"_s << "GET"_ba;
        QTest::addRow("legacy POST, %d s", offset) << offset << u"/v2/index.php"_s << "POST"_ba;
        QTest::addRow("Zenlayer, %d s", offset) << offset << u"/api/v2/bmc"_s << "POST"_ba;
        QTest::addRow("Zenlayer GET 405, %d s", offset) << offset << u"/api/v2/bmc"_s << "GET"_ba;
        QTest::addRow("no such route, %d s", offset) << offset << u"/nowhere"_s << "GET"_ba;
    }
}

void EmulatorClockTest::everyReplyHasADate()
{
    QFETCH(int, offset);
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    emulator::Options options;
    options.clockOffsetSeconds = offset;
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    QNetworkAccessManager network;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray header = dateOf(network, emu.url(), path, verb);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(!header.isEmpty(), "no Date header");
    const QDateTime date = parseDate(header);
    QVERIFY2(date.isValid(), header.constData());
    // Whole seconds: the server's time lies between the request and the reply, off by `offset`.
    QVERIFY2(date >= before.addSecs(offset - 1) && date <= after.addSecs(offset), header.constData());
}

void EmulatorClockTest::httpDateIsImfFixdate()
{
    const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(emulator::httpDate(t), "Sun, 06 Nov 1994 08:49:37 GMT"_ba);
    QCOMPARE(emulator::httpDate(t.toOffsetFromUtc(8 * 3600)), "Sun, 06 Nov 1994 08:49:37 GMT"_ba);
}

void EmulatorClockTest::correctClientIsRefusedAsExpired()
{
    emulator::Options options;
    options.clockOffsetSeconds = 301; // Tencent's window is 300 s
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    TencentTestClient client(emu.url());
    const ApiReply reply = client.call(u"DescribeRegions"_s, {});
    QCOMPARE(reply.errorCode, u"AuthFailure.SignatureExpire"_s);
    // A client that follows the server's clock is accepted.
    client.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(301); });
    QVERIFY2(client.call(u"DescribeRegions"_s, {}).succeeded(), "signed with the server's time");
}

void EmulatorClockTest::terminateRequiresMfaForListedKeys()
{
    emulator::Options options;
    options.mfaRequiredKeys = {u"AKIDSANDBOX"_s};
    emulator::Emulator emu(options);
    emu.addTencentKey(u"AKIDOTHERKEY"_s, u"other-secret"_s);
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    emu.tencentFleet().add(running(u"ins-mfa00001"_s));
    const QJsonObject params{{u"InstanceIds"_s, QJsonArray{u"ins-mfa00001"_s}}};

    TencentTestClient client(emu.url());
    // Reads are not protected.
    QVERIFY(client.call(u"DescribeInstances"_s, u"ap-guangzhou"_s, params).succeeded());
    const ApiReply refused = client.call(u"TerminateInstances"_s, u"ap-guangzhou"_s, params);
    QCOMPARE(refused.errorCode, u"UnauthorizedOperation.MFANotFound"_s);
    QCOMPARE(emu.tencentFleet().find(u"ins-mfa00001"_s)->instanceState, u"RUNNING"_s);

    // Another key of the same fleet is not protected.
    TencentTestClient other(emu.url(), u"AKIDOTHERKEY"_s, u"other-secret"_s);
    QVERIFY(other.call(u"TerminateInstances"_s, u"ap-guangzhou"_s, params).succeeded());
}

void EmulatorClockTest::commandLineOffsetAndMfa()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    QProcess process;
    process.start(binary(), {u"--clock-offset"_s, u"-600"_s, u"--require-mfa"_s, u"AKIDSANDBOX"_s});
    QVERIFY(process.waitForStarted(10000));
    QByteArray line;
    QDeadlineTimer deadline(15000);
    while (!line.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    static const QRegularExpression listenLine(u"^listening on (http://\\S+)\n$"_s);
    const QRegularExpressionMatch m = listenLine.match(QString::fromUtf8(line));
    QVERIFY2(m.hasMatch(), line.constData());
    const QUrl url(m.captured(1));

    QNetworkAccessManager network;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime date = parseDate(dateOf(network, url, u"/"_s, "POST"_ba));
    QVERIFY(date.isValid());
    QVERIFY(qAbs(before.addSecs(-600).secsTo(date)) <= 2);

    TencentTestClient client(url);
    client.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-600); });
    const ApiReply refused = client.call(u"TerminateInstances"_s, u"ap-guangzhou"_s,
                                         QJsonObject{{u"InstanceIds"_s, QJsonArray{u"ins-abcd1234"_s}}});
    QCOMPARE(refused.errorCode, u"UnauthorizedOperation.MFANotFound"_s);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void EmulatorClockTest::badClockOffsetExitsWithTwo()
{
    for (const QStringList& arguments :
         {QStringList{u"--clock-offset"_s, u"ten minutes"_s}, QStringList{u"--require-mfa"_s, u" "_s}}) {
        QProcess process;
        process.start(binary(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(EmulatorClockTest)
#include "tst_emulator_clock.moc"

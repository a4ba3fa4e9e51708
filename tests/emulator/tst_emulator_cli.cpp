// The teardown-emulator process and its command-line contract: the first stdout line, signed
// calls answered, faults from the command line, clean exit on SIGINT/SIGTERM, exit 2 on bad
// arguments.
#include "TencentTestClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QString binary()
{
    return QCoreApplication::applicationDirPath() + u"/../bin/teardown-emulator"_s;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsTheListenLineAndAnswers_data();
    void printsTheListenLineAndAnswers();
    void faultsFromTheCommandLine();
    void tlsServesHttpsSignedByTheCaItWrites();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void helpExitsWithZero();

private:
    // Starts the emulator and returns the URL of its listen line, or an empty URL.
    QUrl start(QProcess& process, const QStringList& arguments);
};

void CliTest::initTestCase()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
}

QUrl CliTest::start(QProcess& process, const QStringList& arguments)
{
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    // The contract: the first line on stdout, flushed at once.
    QByteArray line;
    QDeadlineTimer deadline(15000);
    while (!line.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    static const QRegularExpression listenLine(u"^listening on (https?://127\\.0\\.0\\.1:(\\d+))\n$"_s);
    const QRegularExpressionMatch m = listenLine.match(QString::fromUtf8(line));
    if (!m.hasMatch()) {
        qWarning() << "unexpected output" << line << process.readAllStandardError();
        return {};
    }
    const int port = m.captured(2).toInt();
    return port > 0 ? QUrl(m.captured(1)) : QUrl();
}

void CliTest::printsTheListenLineAndAnswers_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("stopped by SIGTERM") << int(SIGTERM);
    QTest::newRow("stopped by SIGINT") << int(SIGINT);
}

void CliTest::printsTheListenLineAndAnswers()
{
    QFETCH(int, signal);
    QProcess process;
    const QUrl url = start(process, {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"7"_s});
    QVERIFY(url.isValid() && url.port() > 0);

    TencentTestClient client(url); // the default sandbox credentials
    client.setLanguage("en-US"_ba);
    const ApiReply regions = client.call(u"DescribeRegions"_s, {}, {});
    QVERIFY2(regions.succeeded(), qPrintable(regions.errorCode));
    QVERIFY(regions.response[u"TotalCount"_s].toInt() >= 7);
    const ApiReply listed = client.call(u"DescribeInstances"_s, u"ap-guangzhou"_s, {{u"Limit"_s, 100}});
    QVERIFY(listed.succeeded());
    QVERIFY(listed.response[u"TotalCount"_s].toInt() > 0);
    TencentTestClient stranger(url, u"AKIDSTRANGER"_s, u"nope"_s);
    QCOMPARE(stranger.call(u"DescribeRegions"_s, {}, {}).errorCode, u"AuthFailure.SecretIdNotFound"_s);

    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void CliTest::faultsFromTheCommandLine()
{
    QProcess process;
    const QUrl url = start(
        process, {u"--faults"_s, u"internal:DescribeRegions@1,http500:DescribeInstances"_s, u"--scale"_s, u"2"_s});
    QVERIFY(url.isValid());
    TencentTestClient client(url);
    QCOMPARE(client.call(u"DescribeRegions"_s, {}, {}).errorCode, u"InternalError"_s);
    QVERIFY(client.call(u"DescribeRegions"_s, {}, {}).succeeded());
    QCOMPARE(client.call(u"DescribeInstances"_s, u"ap-chengdu"_s, {}).httpStatus, 500);
    const ApiReply status = client.call(u"DescribeInstancesStatus"_s, u"ap-chengdu"_s, {});
    QCOMPARE(status.response[u"TotalCount"_s].toInt(), 2 * 2); // --scale 2 in both Chengdu zones
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

// Fetches `url` trusting only `cas` (none: the system store); the reply's error and body.
std::pair<QNetworkReply::NetworkError, QByteArray> fetch(const QUrl& url, const QList<QSslCertificate>& cas)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!cas.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(cas);
        request.setSslConfiguration(configuration);
    }
    QNetworkReply* reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return {QNetworkReply::TimeoutError, {}};
    reply->deleteLater();
    return {reply->error(), reply->readAll()};
}

void CliTest::tlsServesHttpsSignedByTheCaItWrites()
{
    QTemporaryDir home;
    const QString dir = home.filePath(u"not/yet/there"_s);
    QProcess process;
    const QUrl url = start(process, {u"--tls"_s, dir});
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"https"_s);

    QFile caFile(dir + u"/ca.pem"_s);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> cas = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    QCOMPARE(cas.size(), 1);

    QUrl missing = url;
    missing.setPath(u"/no-such-route"_s);
    const auto trusted = fetch(missing, cas);
    QCOMPARE(trusted.first, QNetworkReply::ContentNotFoundError); // the emulator's 404, over TLS
    QVERIFY(trusted.second.startsWith("no such route"));
    QUrl byName = missing;
    byName.setHost(u"localhost"_s);
    QCOMPARE(fetch(byName, cas).first, QNetworkReply::ContentNotFoundError); // the certificate names localhost too
    QCOMPARE(fetch(missing, {}).first, QNetworkReply::SslHandshakeFailedError); // not trusted without ca.pem

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void CliTest::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"--colour"_s};
    QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s};
    QTest::newRow("listen not an address") << QStringList{u"--listen"_s, u"nowhere:80"_s};
    QTest::newRow("scale not a number") << QStringList{u"--scale"_s, u"many"_s};
    QTest::newRow("seed negative") << QStringList{u"--seed"_s, u"-1"_s};
    QTest::newRow("malformed faults") << QStringList{u"--faults"_s, u"explode:TerminateInstances"_s};
    QTest::newRow("missing fleet file") << QStringList{u"--fleet"_s, u"/nonexistent/fleet.json"_s};
    QTest::newRow("fleet file and scale")
        << QStringList{u"--fleet"_s, u"/nonexistent/fleet.json"_s, u"--scale"_s, u"3"_s};
    QTest::newRow("stray argument") << QStringList{u"serve"_s};
}

void CliTest::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(binary(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no listen line
    QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
}

void CliTest::helpExitsWithZero()
{
    QProcess process;
    process.start(binary(), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char* option : {"--listen", "--fleet", "--scale", "--seed", "--faults", "--tls"})
        QVERIFY2(help.contains(option), option);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_emulator_cli.moc"

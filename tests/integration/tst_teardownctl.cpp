// teardownctl as a user runs it: the real binary against an emulator over loopback, its output
// formats, its plan, its confirmation rules and its exit codes.

#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "GuangzhouInstance.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QDirIterator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "TinyProxy.h"
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using fixture::CtlResult;

namespace {

emulator::TencentInstance makeInstance(const QString& id, const QString& chargeType, bool protectedOn = false)
{
    emulator::TencentInstance i = fixture::guangzhouInstance(id, u"网关-"_s, chargeType);
    i.disableApiTermination = protectedOn;
    return i;
}

} // namespace

class TeardownctlTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsInEveryFormat();
    void listFiltersByRegionStateAndChargeType();
    void planShowsOutcomesBlockedReasonsAndCalls();
    void planInChinese();
    void applyRefusesWithoutYesOffATerminal();
    void applyReturnsAMixedSelection();
    void recycleBinListingDatesWhatTeardownctlReturned();
    void helpNamesEachProvidersVariables();
    void malformedIdIsAUsageError();
    void missingCredentialsIsAnAccountError();
    void unreachableEndpointIsAProviderError();
    void listsThroughAProxy();
    void proxyCredentialsStayOffTheCommandLine();
    void listsTheFleetOfTheEmulatorBinary();
    void legacyProviderReturnsPostpaidWithReturnInstance();
    void temporaryCredentialsFromTheEnvironment();
    void temporaryCredentialsWithoutTheTokenAreRefused();

private:
    CtlResult ctl(const QStringList& arguments, const QString& endpoint = {});

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
    QHash<QString, QString> m_environment; // set after the sandbox key pair: wins over it
};

void TeardownctlTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    fleet.add(makeInstance(u"ins-post0001"_s, u"POSTPAID_BY_HOUR"_s));
    fleet.add(makeInstance(u"ins-post0002"_s, u"POSTPAID_BY_HOUR"_s));
    fleet.add(makeInstance(u"ins-prep0001"_s, u"PREPAID"_s));
    fleet.add(makeInstance(u"ins-prot0001"_s, u"POSTPAID_BY_HOUR"_s, true));
    auto stopped = makeInstance(u"ins-stop0001"_s, u"SPOTPAID"_s);
    stopped.instanceState = u"STOPPED"_s;
    stopped.region = u"ap-shanghai"_s;
    stopped.zone = u"ap-shanghai-2"_s;
    fleet.add(stopped);
}

void TeardownctlTest::cleanup()
{
    m_emulator.reset();
    m_home.reset();
    m_environment.clear();
}

// Runs teardownctl without a terminal, while this event loop keeps serving the emulator.
CtlResult TeardownctlTest::ctl(const QStringList& arguments, const QString& endpoint)
{
    QProcessEnvironment env = fixture::ctlEnvironment(*m_home);
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QStringList args = arguments;
    if (!args.contains(u"--language"_s))
        args << u"--language"_s << u"en"_s;
    if (!args.contains(u"--provider"_s))
        args << u"--provider"_s << u"tencent"_s;
    args << u"--endpoint"_s << (endpoint.isEmpty() ? m_emulator->url().toString() : endpoint) << u"--history"_s
         << m_home->filePath(u"history.sqlite"_s) << u"--poll-interval"_s << u"100"_s;
    return fixture::runCtl(args, env);
}

void TeardownctlTest::listsInEveryFormat()
{
    const CtlResult json = ctl({u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 5);
    QSet<QString> ids;
    for (const QJsonValue v : rows)
        ids.insert(v.toObject().value(u"instanceId"_s).toString());
    QCOMPARE(
        ids,
        QSet<QString>({u"ins-post0001"_s, u"ins-post0002"_s, u"ins-prep0001"_s, u"ins-prot0001"_s, u"ins-stop0001"_s}));

    const CtlResult csv = ctl({u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.raw.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    QCOMPARE(csv.out.count(u"\r\n"_s), 6); // header and five rows
    QVERIFY(csv.out.contains(u"网关-0001"_s));

    const CtlResult table = ctl({u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"REGION"_s));
    QVERIFY(table.out.contains(u"ins-prot0001"_s));
    QVERIFY(table.out.contains(u"5 instances"_s));
}

void TeardownctlTest::listFiltersByRegionStateAndChargeType()
{
    auto idsOf = [](const CtlResult& r) {
        QSet<QString> ids;
        for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ids.insert(v.toObject().value(u"instanceId"_s).toString());
        return ids;
    };
    QCOMPARE(idsOf(ctl({u"list"_s, u"--format"_s, u"json"_s, u"--region"_s, u"ap-shanghai"_s})),
             QSet<QString>({u"ins-stop0001"_s}));
    QCOMPARE(idsOf(ctl({u"list"_s, u"--format"_s, u"json"_s, u"--state"_s, u"STOPPED"_s})),
             QSet<QString>({u"ins-stop0001"_s}));
    QCOMPARE(idsOf(ctl({u"list"_s, u"--format"_s, u"json"_s, u"--charge-type"_s, u"PREPAID"_s})),
             QSet<QString>({u"ins-prep0001"_s}));
    QVERIFY(idsOf(ctl({u"list"_s, u"--format"_s, u"json"_s, u"--recycle-bin"_s})).isEmpty());
}

void TeardownctlTest::planShowsOutcomesBlockedReasonsAndCalls()
{
    const QStringList ids{u"ins-post0001"_s, u"ins-post0002"_s, u"ins-prep0001"_s, u"ins-prot0001"_s};
    const CtlResult text = ctl(QStringList{u"plan"_s} + ids);
    QCOMPARE(text.exitCode, 6); // one is blocked
    QVERIFY(text.out.contains(u"Destroyed at once (irreversible)"_s));
    QVERIFY(text.out.contains(u"Moved to the recycle bin, recoverable until"_s));
    QVERIFY(text.out.contains(u"UnsupportedOperation.InstancesProtected"_s));
    QVERIFY(text.out.contains(u"Calls to send: 2"_s));
    QVERIFY(text.out.contains(u"Refund quoted: CNY "_s));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0); // a plan sends nothing

    const CtlResult json = ctl(QStringList{u"plan"_s, u"--format"_s, u"json"_s} + ids);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 3);
    QCOMPARE(plan.value(u"blocked"_s).toInt(), 1);
    QCOMPARE(plan.value(u"calls"_s).toArray().size(), 2);
    // Refunds are summed per currency; Tencent's are CNY.
    const QJsonObject totals = plan.value(u"refundTotals"_s).toObject();
    QCOMPARE(totals.keys(), QStringList{u"CNY"_s});
    QVERIFY(totals.value(u"CNY"_s).toDouble() > 0);
    QVERIFY(plan.value(u"requiresTypedConfirmation"_s).toBool());
    for (const QJsonValue v : plan.value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(u"instanceId"_s) == u"ins-prot0001"_s)
            QCOMPARE(item.value(u"blockedCode"_s).toString(), u"UnsupportedOperation.InstancesProtected"_s);
        if (item.value(u"instanceId"_s) == u"ins-prep0001"_s) {
            QCOMPARE(item.value(u"outcome"_s).toString(), u"recycle-bin"_s);
            QCOMPARE(item.value(u"refundCurrency"_s).toString(), u"CNY"_s);
        }
    }
}

void TeardownctlTest::planInChinese()
{
    const CtlResult r = ctl({u"plan"_s, u"ins-prot0001"_s, u"ins-post0001"_s, u"--language"_s, u"zh_CN"_s});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.out.contains(u"立即销毁（不可撤销）"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"已阻止"_s));
}

void TeardownctlTest::applyRefusesWithoutYesOffATerminal()
{
    const CtlResult r = ctl({u"apply"_s, u"ins-post0001"_s});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(u"--yes"_s));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-post0001"_s));
}

void TeardownctlTest::applyReturnsAMixedSelection()
{
    const QString report = m_home->filePath(u"report.json"_s);
    const CtlResult r = ctl({u"apply"_s, u"--yes"_s, u"--report"_s, report, u"ins-post0001"_s, u"ins-post0002"_s,
                             u"ins-prep0001"_s, u"ins-prot0001"_s});
    QCOMPARE(r.exitCode, 6); // done, but one was blocked
    QVERIFY2(r.out.contains(u"[3/3]"_s), qPrintable(r.out));
    // Each line says what happened, the prepaid one with the time it is kept until.
    QVERIFY2(r.out.contains(u"ins-post0001 网关-0001: Destroyed"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"ins-prep0001 网关-0001: In the recycle bin until "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Destroyed: 2, In the recycle bin: 1, Blocked: 1"_s), qPrintable(r.out));
    auto& fleet = m_emulator->tencentFleet();
    QVERIFY(!fleet.contains(u"ins-post0001"_s));
    QVERIFY(!fleet.contains(u"ins-post0002"_s));
    QCOMPARE(fleet.find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 2);

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray results = QJsonDocument::fromJson(file.readAll()).object().value(u"instances"_s).toArray();
    QCOMPARE(results.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue v : results)
        byId.insert(v.toObject().value(u"instanceId"_s).toString(), v.toObject());
    for (const QString& id : {u"ins-post0001"_s, u"ins-post0002"_s, u"ins-prep0001"_s}) {
        QCOMPARE(byId[id].value(u"state"_s).toString(), u"done"_s);
        QVERIFY(!byId[id].value(u"requestId"_s).toString().isEmpty());
    }
    // The report says what happened to each: a blocked instance was not "destroyed".
    QCOMPARE(byId[u"ins-post0001"_s].value(u"outcome"_s).toString(), u"destroyed"_s);
    QCOMPARE(byId[u"ins-prep0001"_s].value(u"outcome"_s).toString(), u"recycle-bin"_s);
    const QDateTime releaseAt =
        QDateTime::fromString(byId[u"ins-prep0001"_s].value(u"releaseAt"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(releaseAt.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);
    QCOMPARE(byId[u"ins-prot0001"_s].value(u"outcome"_s).toString(), u"blocked"_s);
    QCOMPARE(byId[u"ins-prot0001"_s].value(u"errorCode"_s).toString(), u"UnsupportedOperation.InstancesProtected"_s);

    // The recycle bin, then release for good.
    const CtlResult bin = ctl({u"list"_s, u"--recycle-bin"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(bin.out.toUtf8()).array().size(), 1);
    const CtlResult release = ctl({u"apply"_s, u"--release"_s, u"--all"_s, u"--recycle-bin"_s, u"--yes"_s});
    QVERIFY2(release.exitCode == 0, qPrintable(release.out + release.err));
    QVERIFY(!fleet.contains(u"ins-prep0001"_s));
}

void TeardownctlTest::recycleBinListingDatesWhatTeardownctlReturned()
{
    // One prepaid instance returned through teardownctl, one put in the recycle bin elsewhere.
    auto elsewhere = makeInstance(u"ins-else0001"_s, u"PREPAID"_s);
    elsewhere.instanceState = u"SHUTDOWN"_s;
    m_emulator->tencentFleet().add(elsewhere);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CtlResult r = ctl({u"apply"_s, u"--yes"_s, u"ins-prep0001"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const CtlResult bin = ctl({u"list"_s, u"--recycle-bin"_s, u"--format"_s, u"json"_s});
    QVERIFY2(bin.exitCode == 0, qPrintable(bin.err));
    QHash<QString, QString> releases;
    for (const QJsonValue v : QJsonDocument::fromJson(bin.out.toUtf8()).array())
        releases.insert(v.toObject().value(u"instanceId"_s).toString(),
                        v.toObject().value(u"autoRelease"_s).toString());
    QCOMPARE(releases.size(), 2);
    // Tencent keeps it 7 days from the accepted TerminateInstances.
    const QDateTime release = QDateTime::fromString(releases.value(u"ins-prep0001"_s), Qt::ISODate);
    QVERIFY2(release.isValid(), qPrintable(bin.out));
    QVERIFY(release >= before.addDays(7).addSecs(-1) && release <= after.addDays(7).addSecs(1));
    // Returned outside teardownctl: not known.
    QCOMPARE(releases.value(u"ins-else0001"_s), QString());
}

void TeardownctlTest::helpNamesEachProvidersVariables()
{
    const CtlResult help = ctl({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString& text : {u"--provider tencent: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"_s,
                                u"--provider tencent-legacy: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"_s,
                                u"--provider zenlayer: ZENLAYER_ACCESS_KEY_ID and ZENLAYER_ACCESS_KEY_PASSWORD"_s})
        QVERIFY2(help.out.contains(text), qPrintable(help.out));
}

void TeardownctlTest::malformedIdIsAUsageError()
{
    const CtlResult r = ctl({u"apply"_s, u"--yes"_s, u"ins-post0001"_s, u"INS-NOPE"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"INS-NOPE"_s));
    QCOMPARE(m_emulator->callLog().size(), 0); // rejected before any call
}

void TeardownctlTest::missingCredentialsIsAnAccountError()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TENCENTCLOUD_SECRET_ID"_s);
    env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(TEARDOWNCTL_PATH),
                  {u"list"_s, u"--language"_s, u"en"_s, u"--endpoint"_s, m_emulator->url().toString()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"TENCENTCLOUD_SECRET_KEY"_s));
}

void TeardownctlTest::unreachableEndpointIsAProviderError()
{
    const CtlResult r = ctl({u"list"_s, u"--region"_s, u"ap-guangzhou"_s}, u"http://127.0.0.1:1"_s);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(u"Network.ConnectionRefused"_s));
    const CtlResult insecure = ctl({u"list"_s}, u"http://example.com"_s);
    QCOMPARE(insecure.exitCode, 3);
    QVERIFY(insecure.err.contains(u"Teardown.InsecureEndpoint"_s));
}

void TeardownctlTest::listsTheFleetOfTheEmulatorBinary()
{
    // The documented way: a separate teardown-emulator process and teardownctl against it.
    QProcess server;
    server.start(QString::fromUtf8(TEARDOWN_EMULATOR_PATH), {u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QRegularExpressionMatch m = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));

    const CtlResult r = ctl({u"list"_s, u"--format"_s, u"json"_s}, m.captured(1));
    // The same fleet through the legacy API 2.0 route of the same process.
    const CtlResult legacy =
        ctl({u"list"_s, u"--format"_s, u"json"_s, u"--provider"_s, u"tencent-legacy"_s}, m.captured(1));
    server.terminate();
    server.waitForFinished(5000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(legacy.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(QJsonDocument::fromJson(legacy.out.toUtf8()).array().size(), rows.size());
    QVERIFY2(rows.size() >= 100, qPrintable(QString::number(rows.size())));
    QSet<QString> regions;
    QSet<QString> states;
    for (const QJsonValue v : rows) {
        regions.insert(v.toObject().value(u"region"_s).toString());
        states.insert(v.toObject().value(u"state"_s).toString());
    }
    QVERIFY(regions.size() >= 7);
    QVERIFY(states.contains(u"SHUTDOWN"_s));
    QVERIFY(states.contains(u"LAUNCH_FAILED"_s));
}

void TeardownctlTest::legacyProviderReturnsPostpaidWithReturnInstance()
{
    const QStringList legacy{u"--provider"_s, u"tencent-legacy"_s};
    const QStringList ids{u"ins-post0001"_s, u"ins-post0002"_s, u"ins-prep0001"_s};

    // The plan names the call each instance gets and tells prepaid users to submit a ticket.
    const CtlResult plan = ctl(legacy + QStringList{u"plan"_s} + ids);
    QCOMPARE(plan.exitCode, 6);
    QVERIFY2(plan.out.contains(u"ReturnInstance"_s), qPrintable(plan.out));
    QVERIFY2(plan.out.contains(u"submit a ticket"_s), qPrintable(plan.out));
    const CtlResult chinese = ctl(legacy + QStringList{u"plan"_s, u"ins-prep0001"_s, u"--language"_s, u"zh_CN"_s});
    QVERIFY2(chinese.out.contains(u"提交工单"_s), qPrintable(chinese.out));

    const CtlResult apply = ctl(legacy + QStringList{u"apply"_s, u"--yes"_s} + ids);
    QCOMPARE(apply.exitCode, 6); // the prepaid one is blocked; the rest is done
    auto& fleet = m_emulator->tencentFleet();
    QVERIFY(!fleet.contains(u"ins-post0001"_s));
    QVERIFY(!fleet.contains(u"ins-post0002"_s));
    QCOMPARE(fleet.find(u"ins-prep0001"_s)->instanceState, u"RUNNING"_s);
    QCOMPARE(m_emulator->callCount(u"ReturnInstance"_s), 2);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);
}

void TeardownctlTest::listsThroughAProxy()
{
    fixture::TinyProxy proxy;
    QVERIFY(proxy.start(u"operator"_s, u"proxy-pass"_s));
    const QStringList args{u"list"_s,
                           u"--region"_s,
                           u"ap-guangzhou"_s,
                           u"--format"_s,
                           u"json"_s,
                           u"--proxy"_s,
                           u"http://"_s + proxy.hostPort()};

    // Without the proxy's credentials: refused by the proxy, nothing reached the provider.
    const CtlResult refused = ctl(args);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"Network.ProxyAuthentication"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(proxy.hostPort()));
    QCOMPARE(m_emulator->callLog().size(), 0);

    qputenv("TEARDOWN_PROXY_USER", "operator");
    qputenv("TEARDOWN_PROXY_PASSWORD", "proxy-pass");
    const CtlResult r = ctl(args);
    qunsetenv("TEARDOWN_PROXY_USER");
    qunsetenv("TEARDOWN_PROXY_PASSWORD");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.raw).array().size(), 4); // the four in ap-guangzhou
    QVERIFY(m_emulator->callLog().size() >= 1);
    QVERIFY(proxy.requestCount() >= 2); // the refused request and the listing
}

void TeardownctlTest::proxyCredentialsStayOffTheCommandLine()
{
    const CtlResult r = ctl({u"list"_s, u"--proxy"_s, u"http://me:secret@127.0.0.1:3128"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"TEARDOWN_PROXY_PASSWORD"_s));
    QVERIFY(!r.err.contains(u"secret"_s));
    const CtlResult bad = ctl({u"list"_s, u"--proxy"_s, u"ftp://127.0.0.1:21"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"socks5://"_s));
    const CtlResult help = ctl({u"--help"_s});
    QVERIFY(help.out.contains(u"--proxy"_s));
    QVERIFY(help.out.contains(u"TEARDOWN_PROXY_USER"_s));
    QCOMPARE(m_emulator->callLog().size(), 0);
}

// STS credentials: the token comes from TENCENTCLOUD_SESSION_TOKEN, goes out with every call, and
// is written nowhere: not in the history, the report or the settings.
void TeardownctlTest::temporaryCredentialsFromTheEnvironment()
{
    m_environment = {{u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDSANDBOXTEMP"_s},
                     {u"TENCENTCLOUD_SECRET_KEY"_s, u"sandbox-temp-key"_s},
                     {u"TENCENTCLOUD_SESSION_TOKEN"_s, u"sandbox-session-token"_s}};
    const CtlResult list = ctl({u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"ins-post0001"_s), qPrintable(list.err));

    const QString report = m_home->filePath(u"report.json"_s);
    const CtlResult apply = ctl({u"apply"_s, u"--yes"_s, u"--report"_s, report, u"ins-post0001"_s});
    QCOMPARE(apply.exitCode, 0);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);

    // Everything teardownctl wrote: the history database, the report, any settings.
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        QVERIFY2(!bytes.contains("sandbox-session-token"), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("sandbox-temp-key"), qPrintable(file.fileName()));
    }
    QVERIFY(QFile::exists(report));
    QVERIFY(files >= 2); // the history and the report at least
}

void TeardownctlTest::temporaryCredentialsWithoutTheTokenAreRefused()
{
    m_environment = {{u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDSANDBOXTEMP"_s},
                     {u"TENCENTCLOUD_SECRET_KEY"_s, u"sandbox-temp-key"_s}};
    const CtlResult r = ctl({u"list"_s, u"--region"_s, u"ap-guangzhou"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"AuthFailure.TokenFailure"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"temporary credentials"_s), qPrintable(r.err)); // the advice
}

QTEST_GUILESS_MAIN(TeardownctlTest)
#include "tst_teardownctl.moc"

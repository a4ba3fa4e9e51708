// teardownctl against an HTTPS emulator whose certificate comes from a throwaway CA: it lists and
// returns with --ca-file naming that CA, and without it refuses before anything is sent. With
// temporary credentials and a real proxy (tinyproxy, CONNECT) on the way too, as on a corporate
// network.

#include "CtlEnvironment.h"
#include "Emulator.h"
#include "GuangzhouInstance.h"
#include "TencentFleet.h"
#include "TinyProxy.h"
#include "TlsAuthority.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TeardownctlTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndAppliesWithTheCaFile();
    void refusesWithoutTheCaFile();
    void aBadCaFileIsAnAccountError();
    void temporaryCredentialsThroughAProxy();

private:
    CtlResult ctl(const QStringList& arguments, const QHash<QString, QString>& environment = {});

    emulator::TlsAuthority m_authority;
    QTemporaryDir m_home;
    QString m_caFile;
    std::unique_ptr<emulator::Emulator> m_emulator;
};

void TeardownctlTlsTest::initTestCase()
{
    QVERIFY2(m_authority.isValid(), qPrintable(m_authority.error()));
    m_caFile = m_home.filePath(u"tls/ca.pem"_s);
    QString error;
    QVERIFY2(m_authority.writeCertificate(m_caFile, &error), qPrintable(error));
}

void TeardownctlTlsTest::init()
{
    emulator::Options options;
    options.terminatingMs = 100;
    options.tls = m_authority.loopbackLeaf();
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    QCOMPARE(m_emulator->url().scheme(), u"https"_s);
    m_emulator->tencentFleet().clear();
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-tls00001"_s, u"tls ins-tls0"_s));
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-tls00002"_s, u"tls ins-tls0"_s));
}

void TeardownctlTlsTest::cleanup()
{
    m_emulator.reset();
}

// Runs teardownctl without a terminal, while this event loop keeps serving the emulator.
CtlResult TeardownctlTlsTest::ctl(const QStringList& arguments, const QHash<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment env = fixture::ctlEnvironment(m_home);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    const QStringList args = arguments + QStringList{u"--language"_s,      u"en"_s,
                                                     u"--provider"_s,      u"tencent"_s,
                                                     u"--endpoint"_s,      m_emulator->url().toString(),
                                                     u"--history"_s,       m_home.filePath(u"history.sqlite"_s),
                                                     u"--poll-interval"_s, u"100"_s};
    process.start(QString::fromUtf8(TEARDOWNCTL_PATH), args);
    process.closeWriteChannel();
    bool finished = false;
    connect(&process, &QProcess::finished, this, [&] { finished = true; });
    CtlResult r;
    if (!QTest::qWaitFor([&] { return finished; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TeardownctlTlsTest::listsAndAppliesWithTheCaFile()
{
    const CtlResult list = ctl({u"list"_s, u"--ca-file"_s, m_caFile});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(u"ins-tls00001"_s), qPrintable(list.out));
    QVERIFY2(list.out.contains(u"2 instances"_s), qPrintable(list.out));

    const CtlResult apply = ctl({u"apply"_s, u"--yes"_s, u"--ca-file"_s, m_caFile, u"ins-tls00001"_s});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QVERIFY2(apply.out.contains(u"ins-tls00001 tls ins-tls00001: Destroyed"_s), qPrintable(apply.out));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-tls00001"_s));
}

void TeardownctlTlsTest::refusesWithoutTheCaFile()
{
    const CtlResult list = ctl({u"list"_s});
    QCOMPARE(list.exitCode, 4);
    QVERIFY2(list.err.contains(u"Network.TlsUntrusted"_s), qPrintable(list.err));
    QVERIFY2(list.err.contains(u"SHA-256 "_s), qPrintable(list.err));
    QVERIFY2(list.err.contains(u"--ca-file"_s), qPrintable(list.err));

    const CtlResult apply = ctl({u"apply"_s, u"--yes"_s, u"ins-tls00001"_s});
    QVERIFY(apply.exitCode != 0);
    QVERIFY2(apply.err.contains(u"Network.TlsUntrusted"_s), qPrintable(apply.out + apply.err));
    QVERIFY(m_emulator->callLog().isEmpty()); // nothing reached the server
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-tls00001"_s));
}

void TeardownctlTlsTest::aBadCaFileIsAnAccountError()
{
    const QString missing = m_home.filePath(u"nowhere/ca.pem"_s);
    const CtlResult r = ctl({u"list"_s, u"--ca-file"_s, missing});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"Teardown.CaFileMissing"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QVERIFY(m_emulator->callLog().isEmpty());
}

void TeardownctlTlsTest::temporaryCredentialsThroughAProxy()
{
    fixture::TinyProxy proxy;
    QVERIFY(proxy.start(u"operator"_s, u"proxy-pass"_s));
    const QHash<QString, QString> environment{
        {u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDSANDBOXTEMP"_s},
        {u"TENCENTCLOUD_SECRET_KEY"_s, u"sandbox-temp-key"_s},
        {u"TENCENTCLOUD_SESSION_TOKEN"_s, u"sandbox-session-token"_s},
        {u"TEARDOWN_PROXY_USER"_s, u"operator"_s},
        {u"TEARDOWN_PROXY_PASSWORD"_s, u"proxy-pass"_s},
    };
    const QStringList through{u"--ca-file"_s, m_caFile, u"--proxy"_s, u"http://"_s + proxy.hostPort()};

    const CtlResult list = ctl(QStringList{u"list"_s} + through, environment);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(u"2 instances"_s), qPrintable(list.out));

    const CtlResult apply = ctl(QStringList{u"apply"_s, u"--yes"_s, u"ins-tls00002"_s} + through, environment);
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QVERIFY2(apply.out.contains(u"ins-tls00002 tls ins-tls00002: Destroyed"_s), qPrintable(apply.out));
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-tls00002"_s));
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-tls00001"_s));
    QTRY_VERIFY(proxy.log().contains(u"CONNECT 127.0.0.1:%1"_s.arg(m_emulator->url().port())));

    // The same key without its token: refused with the advice to renew, nothing returned.
    QHash<QString, QString> withoutToken = environment;
    withoutToken.insert(u"TENCENTCLOUD_SESSION_TOKEN"_s, QString());
    const CtlResult refused = ctl(QStringList{u"apply"_s, u"--yes"_s, u"ins-tls00001"_s} + through, withoutToken);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(u"AuthFailure.TokenFailure"_s), qPrintable(refused.out + refused.err));
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-tls00001"_s));
}

QTEST_GUILESS_MAIN(TeardownctlTlsTest)
#include "tst_teardownctl_tls.moc"

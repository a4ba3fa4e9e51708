// teardownctl apply with a key whose CAM settings require MFA for TerminateInstances: the real
// binary against the in-process emulator told so; it exits 1 (something failed) and says what the
// operator can do, and nothing was returned.

#include "CtlEnvironment.h"
#include "Emulator.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TeardownctlMfaTest : public QObject
{
    Q_OBJECT

private slots:
    void applyExitsOneWithTheAdvice();
};

void TeardownctlMfaTest::applyExitsOneWithTheAdvice()
{
    QTemporaryDir home;
    emulator::Options options;
    options.terminatingMs = 100;
    options.mfaRequiredKeys = {u"AKIDSANDBOX"_s};
    emulator::Emulator emu(options);
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    emulator::TencentInstance i;
    i.instanceId = u"ins-mfa00001"_s;
    i.instanceName = u"mfa"_s;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.instanceChargeType = u"POSTPAID_BY_HOUR"_s;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-3);
    i.latestOperationState = u"SUCCESS"_s;
    emu.tencentFleet().add(i);

    QProcess process;
    QProcessEnvironment env = fixture::ctlEnvironment(home);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    // The emulator is served by this event loop while the process runs.
    process.start(QString::fromUtf8(TEARDOWNCTL_PATH),
                  {u"apply"_s, u"--yes"_s, u"ins-mfa00001"_s, u"--language"_s, u"en"_s, u"--provider"_s, u"tencent"_s,
                   u"--endpoint"_s, emu.url().toString(), u"--history"_s, home.filePath(u"history.sqlite"_s),
                   u"--poll-interval"_s, u"100"_s});
    process.closeWriteChannel();
    QVERIFY(finished.wait(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString all = out + err;
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(all.contains(u"UnauthorizedOperation.MFANotFound"_s), qPrintable(all));
    QVERIFY2(all.contains(u"require multi-factor authentication (MFA)"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Tencent Cloud console"_s), qPrintable(all));
    QCOMPARE(emu.callCount(u"TerminateInstances"_s), 1);
    QCOMPARE(emu.tencentFleet().find(u"ins-mfa00001"_s)->instanceState, u"RUNNING"_s);
}

QTEST_GUILESS_MAIN(TeardownctlMfaTest)
#include "tst_teardownctl_mfa.moc"

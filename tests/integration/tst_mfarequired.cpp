// An account whose CAM settings require MFA for destructive calls, against the emulator told so
// (Options::mfaRequiredKeys): the run reports each instance failed with a known outcome (a refusal
// with a code, not "unknown"), sends the call once, leaves the fleet as it was, and the error says
// what the operator can do. API 3.0's TerminateInstances and the legacy ReturnInstance alike.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dialect)

class MfaRequiredTest : public QObject
{
    Q_OBJECT

private slots:
    void returnIsRefusedAndReportedFailed_data();
    void returnIsRefusedAndReportedFailed();
    void otherKeysAreNotAffected();
};

void MfaRequiredTest::returnIsRefusedAndReportedFailed_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("adviceNames");

    QTest::newRow("API 3.0") << Dialect::TencentApi3 << u"TerminateInstances"_s
                             << u"UnauthorizedOperation.MFANotFound"_s << u"TerminateInstances"_s;
    QTest::newRow("legacy API 2.0") << Dialect::TencentLegacy << u"ReturnInstance"_s << u"4106"_s
                                    << u"ReturnInstance"_s;
}

void MfaRequiredTest::returnIsRefusedAndReportedFailed()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, action);
    QFETCH(QString, code);
    QFETCH(QString, adviceNames);

    emulator::Options options = fixture::fastOptions();
    options.mfaRequiredKeys = {u"AKIDSANDBOX"_s};
    fixture::Sandbox s(options, u"sandbox-secret-key"_s, dialect);
    QVERIFY(s.listening && s.provider);
    s.useFleet({fixture::instance(u"ins-mfa00001"_s)});

    const TeardownPlan plan = s.plan(s.list(u"ap-guangzhou"_s));
    QCOMPARE(plan.items.size(), 1);
    const RunReport report = s.run(plan);
    QCOMPARE(report.results.size(), 1);
    const InstanceResult& result = report.results.constFirst();
    QCOMPARE(result.state, RunState::Failed);
    QCOMPARE(result.error.code, code);
    QVERIFY(result.error.outcomeKnown);
    const QString line = ErrorCatalog::describe(result.error, result.instanceId);
    QVERIFY2(line.contains(u"CAM"_s) && line.contains(u"MFA"_s) && line.contains(adviceNames)
                 && line.contains(u"Tencent Cloud console"_s),
             qPrintable(line));

    QCOMPARE(s.emu.callCount(action), 1); // a refusal proves nothing happened: nothing to resend
    QCOMPARE(s.fleet().find(u"ins-mfa00001"_s)->instanceState, u"RUNNING"_s);
}

void MfaRequiredTest::otherKeysAreNotAffected()
{
    emulator::Options options = fixture::fastOptions();
    options.mfaRequiredKeys = {u"AKIDSOMEONEELSE"_s};
    fixture::Sandbox s(options);
    QVERIFY(s.listening && s.provider);
    s.useFleet({fixture::instance(u"ins-mfa00002"_s)});
    const RunReport report = s.run(s.plan(s.list(u"ap-guangzhou"_s)));
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.constFirst().state, RunState::Done);
}

QTEST_GUILESS_MAIN(MfaRequiredTest)
#include "tst_mfarequired.moc"

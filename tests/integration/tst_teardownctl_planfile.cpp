// Saved plans as a user handles them with teardownctl: plan --out, show FILE, apply FILE, against an
// emulator over loopback; the real binary, its output and its exit codes.

#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "GuangzhouInstance.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::CtlResult;

namespace {

emulator::TencentInstance makeInstance(const QString& id, const QString& chargeType, bool protectedOn = false)
{
    emulator::TencentInstance i = fixture::guangzhouInstance(id, u"批处理-"_s, chargeType);
    i.disableApiTermination = protectedOn;
    return i;
}

} // namespace

class TeardownctlPlanFileTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planOutShowAndApply();
    void applyFileTakesNoSelection_data();
    void applyFileTakesNoSelection();
    void editedFileIsRefused();
    void maxAge();
    void changedInstanceIsNotSent();
    void accountNotConfiguredHere();
    void keepTagsTravelWithThePlan();

private:
    // teardownctl without a terminal; `account` adds the emulator's ad-hoc account (--provider, --endpoint).
    CtlResult ctl(const QStringList& arguments, bool account = true);
    QString planFile() const { return m_home->filePath(u"plan.json"_s); }
    // plan --out with the given ids, as user "alice"; true when the file was written.
    bool planOut(const QStringList& ids)
    {
        const CtlResult r = ctl(QStringList{u"plan"_s, u"--out"_s, planFile()} + ids);
        if (!QFile::exists(planFile()))
            qWarning() << r.exitCode << r.err;
        return QFile::exists(planFile());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
};

void TeardownctlPlanFileTest::init()
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
}

void TeardownctlPlanFileTest::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

CtlResult TeardownctlPlanFileTest::ctl(const QStringList& arguments, bool account)
{
    QProcessEnvironment env = fixture::ctlEnvironment(*m_home);
    env.insert(u"USER"_s, u"alice"_s);
    QStringList args = arguments;
    if (!args.contains(u"--language"_s))
        args << u"--language"_s << u"en"_s;
    if (account)
        args << u"--provider"_s << u"tencent"_s << u"--endpoint"_s << m_emulator->url().toString();
    args << u"--history"_s << m_home->filePath(u"history.sqlite"_s) << u"--poll-interval"_s << u"100"_s;
    return fixture::runCtl(args, env);
}

void TeardownctlPlanFileTest::planOutShowAndApply()
{
    const CtlResult plan =
        ctl({u"plan"_s, u"ins-post0001"_s, u"ins-prep0001"_s, u"ins-prot0001"_s, u"--out"_s, planFile()});
    QCOMPARE(plan.exitCode, 6); // one is blocked
    QVERIFY2(plan.err.contains(u"Plan saved to "_s + planFile()), qPrintable(plan.err));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);

    // Reviewed: who, where, when, and the plan as it was made.
    const CtlResult show = ctl({u"show"_s, planFile()}, false);
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"Planned by alice on "_s), qPrintable(show.out));
    QVERIFY(show.out.contains(u"ago, with teardownctl"_s));
    QVERIFY(show.out.contains(u"Digest: sha256:"_s));
    QVERIFY(show.out.contains(u"key id AKIDSANDBOX"_s));
    QVERIFY(show.out.contains(u"UnsupportedOperation.InstancesProtected"_s));
    QVERIFY(show.out.contains(u"Calls to send: 2"_s));
    QVERIFY(show.out.contains(u"Refund quoted: CNY "_s));

    const qsizetype callsBeforeShow = m_emulator->callLog().size();
    const CtlResult json = ctl({u"show"_s, planFile(), u"--format"_s, u"json"_s}, false);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(shown.value(u"planned"_s).toObject().value(u"by"_s).toString(), u"alice"_s);
    QVERIFY(shown.value(u"digest"_s).toString().startsWith(u"sha256:"_s));
    QCOMPARE(shown.value(u"items"_s).toArray().size(), 3);
    QCOMPARE(shown.value(u"allowed"_s).toInt(), 2);
    QVERIFY(shown.value(u"applicable"_s).toBool());
    QCOMPARE(m_emulator->callLog().size(), callsBeforeShow); // showing reads nothing

    const CtlResult apply = ctl({u"apply"_s, planFile(), u"--yes"_s});
    QCOMPARE(apply.exitCode, 6);
    QVERIFY2(apply.out.contains(u"Planned by alice"_s), qPrintable(apply.out));
    QVERIFY2(apply.out.contains(u"[2/2]"_s), qPrintable(apply.out));
    auto& fleet = m_emulator->tencentFleet();
    QVERIFY(!fleet.contains(u"ins-post0001"_s));
    QCOMPARE(fleet.find(u"ins-prep0001"_s)->instanceState, u"SHUTDOWN"_s);
    QVERIFY(fleet.contains(u"ins-prot0001"_s));
    QVERIFY(fleet.contains(u"ins-post0002"_s)); // not in the plan
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 2);
}

void TeardownctlPlanFileTest::applyFileTakesNoSelection_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("named");
    QTest::newRow("--all") << QStringList{u"--all"_s} << u"--all"_s;
    QTest::newRow("--region") << QStringList{u"--region"_s, u"ap-guangzhou"_s} << u"--region"_s;
    QTest::newRow("--state") << QStringList{u"--state"_s, u"RUNNING"_s} << u"--state"_s;
    QTest::newRow("--charge-type") << QStringList{u"--charge-type"_s, u"PREPAID"_s} << u"--charge-type"_s;
    QTest::newRow("--recycle-bin") << QStringList{u"--recycle-bin"_s} << u"--recycle-bin"_s;
    QTest::newRow("--release") << QStringList{u"--release"_s} << u"--release"_s;
    QTest::newRow("--release-address") << QStringList{u"--release-address"_s} << u"--release-address"_s;
    QTest::newRow("an instance id") << QStringList{u"ins-post0002"_s} << u"ins-post0002"_s;
    QTest::newRow("--tag") << QStringList{u"--tag"_s, u"env=ci"_s} << u"--tag"_s;
    QTest::newRow("--exclude-tag") << QStringList{u"--exclude-tag"_s, u"team"_s} << u"--exclude-tag"_s;
    QTest::newRow("--name") << QStringList{u"--name"_s, u"ci-*"_s} << u"--name"_s;
    QTest::newRow("--older-than") << QStringList{u"--older-than"_s, u"7d"_s} << u"--older-than"_s;
    QTest::newRow("--created-before") << QStringList{u"--created-before"_s, u"2026-01-01"_s} << u"--created-before"_s;
    QTest::newRow("--policy") << QStringList{u"--policy"_s, u"policy.json"_s} << u"--policy"_s;
    QTest::newRow("--ignore-keep-tags") << QStringList{u"--ignore-keep-tags"_s} << u"--ignore-keep-tags"_s;
}

void TeardownctlPlanFileTest::applyFileTakesNoSelection()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, named);
    QVERIFY(planOut({u"ins-post0001"_s}));
    m_emulator->clearCallLog();
    const CtlResult r = ctl(QStringList{u"apply"_s, planFile(), u"--yes"_s} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"come from the file"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QCOMPARE(m_emulator->callLog().size(), 0);
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-post0001"_s));
}

void TeardownctlPlanFileTest::editedFileIsRefused()
{
    QVERIFY(planOut({u"ins-post0001"_s, u"ins-post0002"_s}));
    QFile file(planFile());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.indexOf("ins-post0002") + 11] = '1'; // the same instance twice, by one byte
    file.seek(0);
    file.write(bytes);
    file.close();
    m_emulator->clearCallLog();

    const CtlResult apply = ctl({u"apply"_s, planFile(), u"--yes"_s});
    QCOMPARE(apply.exitCode, 7);
    QVERIFY2(apply.err.contains(u"Teardown.PlanFileEdited"_s), qPrintable(apply.err));
    QVERIFY(apply.err.contains(u"nothing was sent"_s));
    const CtlResult show = ctl({u"show"_s, planFile()}, false);
    QCOMPARE(show.exitCode, 7);
    QVERIFY(show.err.contains(u"Teardown.PlanFileEdited"_s));
    QCOMPARE(m_emulator->callLog().size(), 0);
    QCOMPARE(m_emulator->tencentFleet().size(), 4);
}

void TeardownctlPlanFileTest::maxAge()
{
    QVERIFY(planOut({u"ins-post0001"_s}));
    // The same plan, saved 30 hours ago.
    PlanFile saved;
    QVERIFY(!PlanFileReader::read(planFile(), &saved).isError());
    saved.origin.savedAt = saved.origin.savedAt.addSecs(-30 * 3600);
    QVERIFY(!PlanFileWriter::write(planFile(), saved).isError());
    m_emulator->clearCallLog();

    const CtlResult old = ctl({u"apply"_s, planFile(), u"--yes"_s});
    QCOMPARE(old.exitCode, 7);
    QVERIFY2(old.err.contains(u"Teardown.PlanFileTooOld"_s), qPrintable(old.err));
    QVERIFY(old.err.contains(u"the maximum age is 1 d"_s));
    QCOMPARE(m_emulator->callLog().size(), 0);

    // Shown all the same, with the reason apply refuses it.
    const CtlResult show = ctl({u"show"_s, planFile()}, false);
    QCOMPARE(show.exitCode, 7);
    QVERIFY(show.out.contains(u"ins-post0001"_s));
    QVERIFY(show.err.contains(u"Teardown.PlanFileTooOld"_s));

    QCOMPARE(ctl({u"apply"_s, planFile(), u"--yes"_s, u"--max-age"_s, u"soon"_s}).exitCode, 2);
    QCOMPARE(ctl({u"plan"_s, u"ins-post0001"_s, u"--max-age"_s, u"36h"_s}).exitCode, 2);
    QCOMPARE(m_emulator->callLog().size(), 0);

    const CtlResult allowed = ctl({u"apply"_s, planFile(), u"--yes"_s, u"--max-age"_s, u"36h"_s});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-post0001"_s));
}

void TeardownctlPlanFileTest::changedInstanceIsNotSent()
{
    QVERIFY(planOut({u"ins-post0001"_s, u"ins-post0002"_s}));
    QVERIFY(m_emulator->tencentFleet().setState(u"ins-post0002"_s, u"STOPPED"_s));

    const CtlResult apply = ctl({u"apply"_s, planFile(), u"--yes"_s});
    QCOMPARE(apply.exitCode, 6);
    QVERIFY2(apply.out.contains(u"state RUNNING → STOPPED"_s), qPrintable(apply.out));
    QVERIFY(apply.out.contains(u"Teardown.ChangedSinceSaved"_s));
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-post0001"_s));
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-post0002"_s)->instanceState, u"STOPPED"_s);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
}

void TeardownctlPlanFileTest::accountNotConfiguredHere()
{
    QVERIFY(planOut({u"ins-post0001"_s}));
    m_emulator->clearCallLog();
    // No --account, no --provider, and no stored account with the plan's key id.
    const CtlResult r = ctl({u"apply"_s, planFile(), u"--yes"_s}, false);
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains(u"Teardown.PlanFileUnknownAccount"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"AKIDSANDBOX"_s));
    QCOMPARE(m_emulator->callLog().size(), 0);
}

// A kept instance stays blocked in a saved plan, and one planned with --ignore-keep-tags is applied
// from the file with the option the file carries.
void TeardownctlPlanFileTest::keepTagsTravelWithThePlan()
{
    emulator::TencentInstance kept = makeInstance(u"ins-kept0001"_s, u"POSTPAID_BY_HOUR"_s);
    kept.tags = {{u"teardown:keep"_s, u"true"_s}};
    m_emulator->tencentFleet().add(kept);
    const auto keptRow = [this](const QString& file) {
        const CtlResult shown = ctl({u"show"_s, file, u"--format"_s, u"json"_s}, false);
        const QJsonArray items = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"items"_s).toArray();
        for (const QJsonValue& row : items) {
            if (row[u"instanceId"_s].toString() == u"ins-kept0001"_s)
                return row.toObject();
        }
        return QJsonObject();
    };

    QCOMPARE(ctl({u"plan"_s, u"ins-kept0001"_s, u"ins-post0001"_s, u"--out"_s, planFile()}).exitCode, 6);
    QJsonObject row = keptRow(planFile());
    QCOMPARE(row.value(u"blockedCode"_s).toString(), u"Teardown.KeptByTag"_s);
    QVERIFY(row.value(u"keptByTag"_s).toBool());
    QCOMPARE(ctl({u"apply"_s, planFile(), u"--yes"_s}).exitCode, 6);
    QVERIFY(m_emulator->tencentFleet().contains(u"ins-kept0001"_s));
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-post0001"_s));

    const QString ignoring = m_home->filePath(u"ignoring.json"_s);
    QCOMPARE(ctl({u"plan"_s, u"ins-kept0001"_s, u"--ignore-keep-tags"_s, u"--out"_s, ignoring}).exitCode, 0);
    row = keptRow(ignoring);
    QVERIFY(!row.contains(u"blockedCode"_s));
    QVERIFY(row.value(u"keptByTag"_s).toBool());
    const CtlResult apply = ctl({u"apply"_s, ignoring, u"--yes"_s});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-kept0001"_s));
}

QTEST_GUILESS_MAIN(TeardownctlPlanFileTest)
#include "tst_teardownctl_planfile.moc"

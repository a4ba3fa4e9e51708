// teardownctl --provider zenlayer as a user runs it: the real binary against an emulator over
// loopback with ZENLAYER_ACCESS_KEY_ID / ZENLAYER_ACCESS_KEY_PASSWORD: listing zones' machines,
// terminate → recycle bin → release, and the missing-credentials message.

#include "CtlProcess.h"
#include "Emulator.h"
#include "ZenlayerFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::CtlResult;

namespace {

emulator::ZenlayerInstance machine(const QString& id, const QString& status, const QString& charge = u"POSTPAID"_s)
{
    emulator::ZenlayerInstance i;
    i.instanceId = id;
    i.instanceName = u"裸金属-"_s + id;
    i.zoneId = u"SEL-A"_s;
    i.instanceStatus = status;
    i.instanceChargeType = charge;
    i.createTime = QDateTime::currentDateTimeUtc().addDays(-5);
    if (charge == u"PREPAID"_s) {
        i.period = 1;
        i.autoRenew = true;
        i.expiredTime = QDateTime::currentDateTimeUtc().addDays(12);
    }
    return i;
}

} // namespace

class TeardownctlZenlayerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsMachines();
    void terminateThenRelease();
    void missingCredentialsNamesTheVariables();

private:
    CtlResult ctl(const QStringList& arguments, bool withKeys = true);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
};

void TeardownctlZenlayerTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<emulator::Emulator>();
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->zenlayerFleet();
    fleet.clear();
    fleet.add(machine(u"1001"_s, u"RUNNING"_s));
    fleet.add(machine(u"1002"_s, u"RUNNING"_s, u"PREPAID"_s));
    fleet.add(machine(u"1003"_s, u"INSTALLING"_s));
}

void TeardownctlZenlayerTest::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

CtlResult TeardownctlZenlayerTest::ctl(const QStringList& arguments, bool withKeys)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TENCENTCLOUD_SECRET_ID"_s);
    env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    if (withKeys) {
        env.insert(u"ZENLAYER_ACCESS_KEY_ID"_s, u"SANDBOXKEY"_s);
        env.insert(u"ZENLAYER_ACCESS_KEY_PASSWORD"_s, u"sandbox-key-password"_s);
    } else {
        env.remove(u"ZENLAYER_ACCESS_KEY_ID"_s);
        env.remove(u"ZENLAYER_ACCESS_KEY_PASSWORD"_s);
    }
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    QStringList args = arguments;
    args << u"--language"_s << u"en"_s << u"--provider"_s << u"zenlayer"_s << u"--endpoint"_s
         << m_emulator->url().toString() << u"--history"_s << m_home->filePath(u"history.sqlite"_s)
         << u"--poll-interval"_s << u"100"_s;
    return fixture::runCtl(args, env);
}

void TeardownctlZenlayerTest::listsMachines()
{
    const CtlResult r = ctl({u"list"_s, u"--region"_s, u"SEL-A"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QStringList ids;
    for (const QJsonValue& v : rows)
        ids << v.toObject().value(u"instanceId"_s).toString();
    QCOMPARE(ids, (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}));
    // Every zone when none is given.
    const CtlResult all = ctl({u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QVERIFY(all.out.contains(u"1003"_s));
}

void TeardownctlZenlayerTest::terminateThenRelease()
{
    const CtlResult plan = ctl({u"plan"_s, u"1001"_s, u"1002"_s, u"1003"_s});
    QCOMPARE(plan.exitCode, 6); // 1003 is installing
    QVERIFY2(plan.out.contains(u"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"_s), qPrintable(plan.out));
    QVERIFY(plan.out.contains(u"TerminateInstance"_s));
    QVERIFY(plan.out.contains(u"Subscription cancelled, returned when it expires"_s));

    const CtlResult apply = ctl({u"apply"_s, u"--yes"_s, u"1001"_s, u"1002"_s});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    auto& fleet = m_emulator->zenlayerFleet();
    QCOMPARE(fleet.find(u"1001"_s)->instanceStatus, u"RECYCLE"_s);
    QCOMPARE(fleet.find(u"1002"_s)->instanceStatus, u"RUNNING"_s); // subscription cancelled
    QVERIFY(!fleet.find(u"1002"_s)->autoRenew);
    QCOMPARE(m_emulator->callCount(u"TerminateInstance"_s), 2);

    const CtlResult bin = ctl({u"list"_s, u"--recycle-bin"_s, u"--format"_s, u"json"_s});
    const QJsonArray binRows = QJsonDocument::fromJson(bin.out.toUtf8()).array();
    QCOMPARE(binRows.size(), 1);
    // Released by Zenlayer 24 hours after the accepted TerminateInstance, dated from the history.
    const QDateTime autoRelease =
        QDateTime::fromString(binRows.first().toObject().value(u"autoRelease"_s).toString(), Qt::ISODate);
    QVERIFY2(autoRelease.isValid(), qPrintable(bin.out));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(autoRelease);
    QVERIFY2(left > 23 * 3600 && left <= 24 * 3600, qPrintable(QString::number(left)));
    const CtlResult release = ctl({u"apply"_s, u"--release"_s, u"--all"_s, u"--recycle-bin"_s, u"--yes"_s});
    QVERIFY2(release.exitCode == 0, qPrintable(release.out + release.err));
    QVERIFY(!fleet.find(u"1001"_s));
    QCOMPARE(m_emulator->callCount(u"ReleaseInstances"_s), 1);
}

void TeardownctlZenlayerTest::missingCredentialsNamesTheVariables()
{
    const CtlResult r = ctl({u"list"_s}, false);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"ZENLAYER_ACCESS_KEY_ID"_s), qPrintable(r.err));
    QCOMPARE(m_emulator->callLog().size(), 0);
}

QTEST_GUILESS_MAIN(TeardownctlZenlayerTest)
#include "tst_teardownctl_zenlayer.moc"

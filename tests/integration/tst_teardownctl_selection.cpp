// teardownctl's selection as a user runs it, the real binary against an in-process emulator over
// loopback: --tag, --exclude-tag, --name (glob and /regex/), --created-before/after, --older-than
// and --policy on list, plan --all and apply --all; keep tags blocking in the plan and
// --ignore-keep-tags returning them; bad values and malformed or hostile policy files refused
// before anything is listed.

#include "AccountStore.h"
#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::CtlResult;

namespace {

const QString kRunner1 = u"ins-ci000001"_s; // ci-runner-1: env=ci, 10 days old
const QString kRunner2 = u"ins-ci000002"_s; // ci-runner-2: env=ci, team=db, 10 days old
const QString kRunner3 = u"ins-ci000003"_s; // ci-runner-3: env=ci, a day old
const QString kTmp = u"ins-tmp00042"_s; // tmp-42: env=ci, 10 days old
const QString kWeb = u"ins-web00001"_s; // web-01: env=prod, 30 days old
const QString kKept = u"ins-kept0001"_s; // ci-runner-kept: env=ci, teardown:keep=true, prepaid
const QString kKeptUntil = u"ins-kept0002"_s; // ci-runner-until: env=ci, teardown:keep-until in 3 days, prepaid

// Postpaid, destroyed at once; or prepaid, to the recycle bin (no typed phrase on its own).
emulator::TencentInstance makeInstance(const QString& id, const QString& name, int ageDays,
                                       const QList<emulator::TencentTag>& tags, bool prepaid = false)
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = name;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    i.latestOperationState = u"SUCCESS"_s;
    i.tags = tags;
    if (prepaid) {
        i.instanceChargeType = u"PREPAID"_s;
        i.expiredTime = QDateTime::currentDateTimeUtc().addMonths(3);
        i.monthlyPrice = 200;
    }
    return i;
}

QSet<QString> idsIn(const CtlResult& r)
{
    QSet<QString> ids;
    for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        ids.insert(v.toObject().value(u"instanceId"_s).toString());
    return ids;
}

QJsonObject planItem(const QJsonObject& plan, const QString& id)
{
    for (const QJsonValue v : plan.value(u"items"_s).toArray()) {
        if (v.toObject().value(u"instanceId"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TeardownctlSelectionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listSelects_data();
    void listSelects();
    void badValuesAreUsageErrors_data();
    void badValuesAreUsageErrors();
    void filtersDoNotApplyToIds();
    void planBlocksKeptInstances();
    void applyLeavesKeptInstancesAlone();
    void ignoreKeepTagsReturnsThemAfterTheTypedPhrase();
    void policySelectsWithTheCommandLine();
    void malformedPoliciesAreRefused_data();
    void malformedPoliciesAreRefused();
    void policyForOtherAccountsIsRefused();
    void helpDescribesTheSelection();

private:
    CtlResult ctl(const QStringList& arguments, bool adHoc = true);
    QString writePolicy(const QByteArray& json);
    void storeAccount(const QString& name);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
};

void TeardownctlSelectionTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    const emulator::TencentTag ci{u"env"_s, u"ci"_s};
    fleet.add(makeInstance(kRunner1, u"ci-runner-1"_s, 10, {ci}));
    fleet.add(makeInstance(kRunner2, u"ci-runner-2"_s, 10, {ci, {u"team"_s, u"db"_s}}));
    fleet.add(makeInstance(kRunner3, u"ci-runner-3"_s, 1, {ci}));
    fleet.add(makeInstance(kTmp, u"tmp-42"_s, 10, {ci}));
    fleet.add(makeInstance(kWeb, u"web-01"_s, 30, {{u"env"_s, u"prod"_s}}));
    fleet.add(makeInstance(kKept, u"ci-runner-kept"_s, 10, {ci, {u"teardown:keep"_s, u"true"_s}}, true));
    const QString inThreeDays = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    fleet.add(makeInstance(kKeptUntil, u"ci-runner-until"_s, 10, {ci, {u"teardown:keep-until"_s, inThreeDays}}, true));
}

void TeardownctlSelectionTest::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

// Runs teardownctl without a terminal, while this event loop keeps serving the emulator. An ad-hoc
// account (--provider, --endpoint) unless `adHoc` is false.
CtlResult TeardownctlSelectionTest::ctl(const QStringList& arguments, bool adHoc)
{
    QProcessEnvironment env = fixture::ctlEnvironment(*m_home);
    // A stored account's secret would come from a keychain: there is none here.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/teardown-no-bus"_s);
    env.insert(u"DISPLAY"_s, QString());
    QStringList args = arguments;
    args << u"--language"_s << u"en"_s << u"--history"_s << m_home->filePath(u"history.sqlite"_s)
         << u"--poll-interval"_s << u"100"_s;
    if (adHoc)
        args << u"--provider"_s << u"tencent"_s << u"--endpoint"_s << m_emulator->url().toString();
    return fixture::runCtl(args, env);
}

QString TeardownctlSelectionTest::writePolicy(const QByteArray& json)
{
    const QString path = m_home->filePath(u"policy.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(json);
    return path;
}

// An account as the console stores it, in the settings teardownctl reads (XDG_CONFIG_HOME).
void TeardownctlSelectionTest::storeAccount(const QString& name)
{
    QSettings settings(m_home->filePath(u"config/TeardownConsole/teardown-console.conf"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    Account account;
    account.id = AccountStore::newId();
    account.name = name;
    account.keyId = u"AKIDSANDBOX"_s;
    account.endpoint = m_emulator->url();
    store.save(account);
    settings.sync();
}

void TeardownctlSelectionTest::listSelects_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a tag") << QStringList{u"--tag"_s, u"env=prod"_s} << QStringList{kWeb};
    QTest::newRow("a tag key") << QStringList{u"--tag"_s, u"team"_s} << QStringList{kRunner2};
    QTest::newRow("two tags, both") << QStringList{u"--tag"_s, u"env=ci"_s, u"--tag"_s, u"team=db"_s}
                                    << QStringList{kRunner2};
    QTest::newRow("an excluded tag") << QStringList{u"--tag"_s,         u"env=ci"_s,
                                                    u"--exclude-tag"_s, u"team=db"_s,
                                                    u"--exclude-tag"_s, u"teardown:keep"_s,
                                                    u"--exclude-tag"_s, u"teardown:keep-until"_s}
                                     << QStringList{kRunner1, kRunner3, kTmp};
    QTest::newRow("a glob") << QStringList{u"--name"_s, u"ci-runner-?"_s} << QStringList{kRunner1, kRunner2, kRunner3};
    QTest::newRow("a regular expression")
        << QStringList{u"--name"_s, u"/^(tmp|web)-[0-9]+$/"_s} << QStringList{kTmp, kWeb};
    QTest::newRow("older than") << QStringList{u"--older-than"_s, u"7d"_s, u"--name"_s, u"ci-runner-?"_s}
                                << QStringList{kRunner1, kRunner2};
    QTest::newRow("older than, in hours") << QStringList{u"--older-than"_s, u"300h"_s} << QStringList{kWeb};
    const QString fiveDaysAgo = QDateTime::currentDateTimeUtc().addDays(-5).toString(Qt::ISODate);
    QTest::newRow("created after") << QStringList{u"--created-after"_s, fiveDaysAgo} << QStringList{kRunner3};
    const QString twentyDaysAgo = QDateTime::currentDateTimeUtc().addDays(-20).date().toString(Qt::ISODate);
    QTest::newRow("created before a date") << QStringList{u"--created-before"_s, twentyDaysAgo} << QStringList{kWeb};
    QTest::newRow("with the existing filters")
        << QStringList{u"--region"_s, u"ap-guangzhou"_s, u"--state"_s, u"RUNNING"_s, u"--tag"_s, u"team"_s}
        << QStringList{kRunner2};
    QTest::newRow("nothing matches") << QStringList{u"--tag"_s, u"env=staging"_s} << QStringList();
}

void TeardownctlSelectionTest::listSelects()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, expected);
    const CtlResult r = ctl(QStringList{u"list"_s, u"--format"_s, u"json"_s} + filters);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(idsIn(r), QSet<QString>(expected.cbegin(), expected.cend()));
}

void TeardownctlSelectionTest::badValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("duration without a unit")
        << QStringList{u"list"_s, u"--older-than"_s, u"7"_s} << u"--older-than: \"7\" is not a duration"_s;
    QTest::newRow("unknown unit") << QStringList{u"plan"_s, u"--all"_s, u"--older-than"_s, u"7y"_s}
                                  << u"is not a duration"_s;
    QTest::newRow("bad regex") << QStringList{u"list"_s, u"--name"_s, u"/^(ci/"_s}
                               << u"\"/^(ci/\" is not a valid regular expression"_s;
    QTest::newRow("tag without a key") << QStringList{u"list"_s, u"--tag"_s, u"=ci"_s} << u"is not a tag"_s;
    QTest::newRow("excluded tag without a key")
        << QStringList{u"apply"_s, u"--all"_s, u"--yes"_s, u"--exclude-tag"_s, u"="_s} << u"is not a tag"_s;
    QTest::newRow("not a date") << QStringList{u"list"_s, u"--created-before"_s, u"last week"_s}
                                << u"--created-before: \"last week\" is not a date"_s;
    QTest::newRow("no such day") << QStringList{u"list"_s, u"--created-after"_s, u"2025-02-30"_s} << u"is not a date"_s;
}

void TeardownctlSelectionTest::badValuesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CtlResult r = ctl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);
}

void TeardownctlSelectionTest::filtersDoNotApplyToIds()
{
    const CtlResult r = ctl({u"plan"_s, kRunner1, u"--tag"_s, u"env=ci"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"select instances with --all"_s), qPrintable(r.err));
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);
}

void TeardownctlSelectionTest::planBlocksKeptInstances()
{
    const QStringList select{u"plan"_s, u"--all"_s, u"--name"_s, u"ci-runner-*"_s, u"--exclude-tag"_s, u"team"_s};
    const CtlResult json = ctl(select + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 6); // some are blocked
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 2); // ci-runner-1 and -3
    QCOMPARE(plan.value(u"blocked"_s).toInt(), 2);
    QVERIFY(!plan.value(u"ignoreKeepTags"_s).toBool());
    const QJsonObject kept = planItem(plan, kKept);
    QCOMPARE(kept.value(u"blockedCode"_s).toString(), u"Teardown.KeptByTag"_s);
    QVERIFY(kept.value(u"keptByTag"_s).toBool());
    const QJsonObject until = planItem(plan, kKeptUntil);
    QCOMPARE(until.value(u"blockedCode"_s).toString(), u"Teardown.KeptUntil"_s);
    QVERIFY2(until.value(u"blockedReason"_s).toString().contains(u"Kept until "_s),
             qPrintable(until.value(u"blockedReason"_s).toString()));
    QVERIFY(!planItem(plan, kRunner1).contains(u"keptByTag"_s));

    const CtlResult text = ctl(select);
    QCOMPARE(text.exitCode, 6);
    QVERIFY2(text.out.contains(u"BLOCKED: Kept by tag: the instance is tagged teardown:keep."_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"teardown:keep-until time has not come yet"_s), qPrintable(text.out));

    const CtlResult chinese = ctl(select + QStringList{u"--language"_s, u"zh_CN"_s});
    QCOMPARE(chinese.exitCode, 6);
    QVERIFY2(chinese.out.contains(u"teardown:keep"_s) && chinese.out.contains(u"保留"_s), qPrintable(chinese.out));
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);
}

void TeardownctlSelectionTest::applyLeavesKeptInstancesAlone()
{
    const CtlResult r = ctl({u"apply"_s, u"--all"_s, u"--yes"_s, u"--name"_s, u"ci-runner-*"_s, u"--older-than"_s,
                             u"7d"_s, u"--exclude-tag"_s, u"team"_s});
    QCOMPARE(r.exitCode, 6); // done, but the kept ones were blocked
    QVERIFY2(r.out.contains(u"[1/1]"_s), qPrintable(r.out));
    auto& fleet = m_emulator->tencentFleet();
    QVERIFY(!fleet.contains(kRunner1));
    for (const QString& id : {kRunner2, kRunner3, kTmp, kWeb, kKept, kKeptUntil})
        QVERIFY2(fleet.contains(id), qPrintable(id));
}

void TeardownctlSelectionTest::ignoreKeepTagsReturnsThemAfterTheTypedPhrase()
{
    const QStringList select{u"--all"_s,          u"--name"_s, u"ci-runner-[ku]*"_s, u"--name"_s,
                             u"ci-runner-kept"_s, u"--name"_s, u"ci-runner-until"_s};
    // The glob's brackets are literal: only the last two patterns match, each its own instance.
    const CtlResult json = ctl(QStringList{u"plan"_s, u"--ignore-keep-tags"_s, u"--format"_s, u"json"_s} + select);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 2);
    QCOMPARE(plan.value(u"irreversible"_s).toInt(), 0); // both to the recycle bin
    QVERIFY(plan.value(u"ignoreKeepTags"_s).toBool());
    QVERIFY(plan.value(u"requiresTypedConfirmation"_s).toBool()); // because they are tagged to be kept
    QVERIFY(planItem(plan, kKept).value(u"keptByTag"_s).toBool());
    QVERIFY(planItem(plan, kKeptUntil).value(u"allowed"_s).toBool());

    // Off a terminal, --yes is the confirmation; without it nothing is sent.
    const CtlResult refused = ctl(QStringList{u"apply"_s, u"--ignore-keep-tags"_s} + select);
    QCOMPARE(refused.exitCode, 5);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);

    const CtlResult applied = ctl(QStringList{u"apply"_s, u"--ignore-keep-tags"_s, u"--yes"_s} + select);
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains(u"[2/2]"_s), qPrintable(applied.out));
    QCOMPARE(m_emulator->tencentFleet().find(kKept)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(m_emulator->tencentFleet().find(kKeptUntil)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 1);
    QVERIFY(m_emulator->tencentFleet().contains(kRunner1));
}

void TeardownctlSelectionTest::policySelectsWithTheCommandLine()
{
    const QString policy = writePolicy(R"({
        "version": 1,
        "regions": ["ap-guangzhou"],
        "include": {"tags": ["env=ci"], "names": ["ci-*", "/^tmp-/"], "olderThan": "7d"},
        "exclude": {"tags": ["team=db"], "names": ["*-until"]}
    })");
    const CtlResult listed = ctl({u"list"_s, u"--format"_s, u"json"_s, u"--policy"_s, policy});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(idsIn(listed), (QSet<QString>{kRunner1, kTmp, kKept}));

    // The command line's filters apply as well.
    const CtlResult narrowed =
        ctl({u"list"_s, u"--format"_s, u"json"_s, u"--policy"_s, policy, u"--name"_s, u"/kept|tmp/"_s});
    QCOMPARE(idsIn(narrowed), (QSet<QString>{kTmp, kKept}));

    const CtlResult planned = ctl({u"plan"_s, u"--all"_s, u"--format"_s, u"json"_s, u"--policy"_s, policy});
    QCOMPARE(planned.exitCode, 6);
    const QJsonObject plan = QJsonDocument::fromJson(planned.out.toUtf8()).object();
    QCOMPARE(plan.value(u"allowed"_s).toInt(), 2);
    QCOMPARE(planItem(plan, kKept).value(u"blockedCode"_s).toString(), u"Teardown.KeptByTag"_s);

    const CtlResult applied = ctl({u"apply"_s, u"--all"_s, u"--yes"_s, u"--policy"_s, policy});
    QCOMPARE(applied.exitCode, 6);
    QVERIFY(!m_emulator->tencentFleet().contains(kRunner1));
    QVERIFY(!m_emulator->tencentFleet().contains(kTmp));
    QVERIFY(m_emulator->tencentFleet().contains(kKept));
    QCOMPARE(m_emulator->tencentFleet().size(), 5);
}

void TeardownctlSelectionTest::malformedPoliciesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{version: 1") << u"not JSON"_s;
    QTest::newRow("no version") << QByteArray(R"({"include": {"tags": ["env=ci"]}})") << u"version: missing"_s;
    QTest::newRow("a later version") << QByteArray(R"({"version": 2})") << u"version: not a version"_s;
    QTest::newRow("a misspelt key, which would widen the selection")
        << QByteArray(R"({"version": 1, "exlude": {"tags": ["team=db"]}})") << u"exlude: unknown key"_s;
    QTest::newRow("a bad regex") << QByteArray(R"({"version": 1, "include": {"names": ["/[/"]}})")
                                 << u"include.names[0]"_s;
    QTest::newRow("a bad duration") << QByteArray(R"({"version": 1, "include": {"olderThan": "a week"}})")
                                    << u"include.olderThan: \"a week\" is not a duration"_s;
    QTest::newRow("a wrong type") << QByteArray(R"({"version": 1, "exclude": {"tags": [true]}})")
                                  << u"exclude.tags[0]: must be a non-empty text"_s;
    QTest::newRow("an escape sequence") << QByteArray("{\"version\": 1, \"\\u001b]0;owned\\u0007\": 1}")
                                        << u"unknown key"_s;
}

void TeardownctlSelectionTest::malformedPoliciesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const QString policy = writePolicy(json);
    for (const QStringList& command : {QStringList{u"list"_s}, QStringList{u"plan"_s, u"--all"_s},
                                       QStringList{u"apply"_s, u"--all"_s, u"--yes"_s}}) {
        const CtlResult r = ctl(command + QStringList{u"--policy"_s, policy});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"The policy file %1 was refused: "_s.arg(policy)), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);
    QCOMPARE(m_emulator->callCount(u"TerminateInstances"_s), 0);

    const CtlResult missing = ctl({u"list"_s, u"--policy"_s, m_home->filePath(u"absent.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"it does not exist"_s), qPrintable(missing.err));
}

void TeardownctlSelectionTest::policyForOtherAccountsIsRefused()
{
    const QString forCi = writePolicy(R"({"version": 1, "accounts": ["ci-sandbox"]})");
    const CtlResult adHoc = ctl({u"list"_s, u"--policy"_s, forCi});
    QCOMPARE(adHoc.exitCode, 2);
    QVERIFY2(adHoc.err.contains(u"The policy is for the stored accounts ci-sandbox"_s), qPrintable(adHoc.err));

    storeAccount(u"production"_s);
    storeAccount(u"ci-sandbox"_s);
    const CtlResult other = ctl({u"plan"_s, u"--all"_s, u"--account"_s, u"production"_s, u"--policy"_s, forCi}, false);
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(u"The policy is for the accounts ci-sandbox, not for production"_s),
             qPrintable(other.err));
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);

    // A policy for one account names it: the secret is then asked of the keychain, which this
    // machine does not have.
    const CtlResult named = ctl({u"list"_s, u"--policy"_s, forCi}, false);
    QCOMPARE(named.exitCode, 3);
    QVERIFY2(!named.err.contains(u"Say which account"_s), qPrintable(named.err));
    const QString forTwo = writePolicy(R"({"version": 1, "accounts": ["ci-sandbox", "staging"]})");
    const CtlResult ambiguous = ctl({u"list"_s, u"--policy"_s, forTwo}, false);
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(u"The policy is for the accounts ci-sandbox, staging: choose one with --account"_s),
             qPrintable(ambiguous.err));
    QCOMPARE(m_emulator->callCount(u"DescribeInstances"_s), 0);
}

void TeardownctlSelectionTest::helpDescribesTheSelection()
{
    const CtlResult r = ctl({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString& option : {u"--tag"_s, u"--exclude-tag"_s, u"--name"_s, u"--created-before"_s,
                                  u"--created-after"_s, u"--older-than"_s, u"--policy"_s, u"--ignore-keep-tags"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
    QVERIFY(r.out.contains(u"teardown:keep-until"_s));
    QVERIFY(r.out.contains(u"6  some instances are blocked"_s));
}

QTEST_MAIN(TeardownctlSelectionTest)
#include "tst_teardownctl_selection.moc"

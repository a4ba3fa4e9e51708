// teardownctl history and unconfirmed as a user runs them: the real binary, a history written by
// real teardownctl runs against the in-process emulator (a call that succeeded, one the provider
// refused, one whose reply was lost, one whose process was killed before the reply came) and rows
// of other sessions written through History, on real SQLite. The filters, the three formats, the
// refusals, and `unconfirmed` with accounts that cannot be read. (Verification through a stored
// account with its secret in a real keychain: tests/keychain/tst_teardownctl_verify.)

#include "Account.h"
#include "AccountStore.h"
#include "CtlEnvironment.h"
#include "CtlProcess.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "GuangzhouInstance.h"
#include "History.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A destructive call as "ACTION ids outcome"; reads are counted apart.
struct Calls
{
    QSet<QString> destructive;
    int reads = 0;
};

Calls callsIn(const QString& json)
{
    Calls calls;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"destructive"_s).toBool()) {
            ++calls.reads;
            continue;
        }
        QStringList ids;
        for (const QJsonValue id : o.value(u"instanceIds"_s).toArray())
            ids << id.toString();
        calls.destructive.insert(o.value(u"action"_s).toString() + u' ' + ids.join(u',') + u' '
                                 + o.value(u"outcome"_s).toString());
    }
    return calls;
}

const QString kOkay = u"TerminateInstances ins-okay0001 succeeded"_s;
const QString kRefused = u"TerminateInstances ins-fail0001 failed"_s;
const QString kLost = u"TerminateInstances ins-lost0001 unknown"_s;
const QString kKilled = u"TerminateInstances ins-kill0001 sent"_s;
const QString kOld = u"TerminateInstances ins-olds0001 succeeded"_s;
const QString kOpsDone = u"TerminateInstances ins-opsd0001 succeeded"_s;
const QString kOpsSent = u"TerminateInstances ins-opss0001 sent"_s;

} // namespace

class TeardownctlHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void tableAndCsv();
    void inChinese();
    void refusals_data();
    void refusals();
    void aMalformedHistoryFileIsRefusedAndLeftAlone();
    void noHistoryYet();
    void unconfirmedListsTheCallsLeftSent();
    void verifyLeavesCallsOfUnreadableAccountsUnconfirmed();

private:
    fixture::CtlResult ctl(const QStringList& arguments, const QString& historyPath = {},
                           const QHash<QString, QString>& environment = {});
    fixture::CtlResult adHoc(const QStringList& arguments, const QHash<QString, QString>& environment = {});
    void writeOtherSessions();

    QTemporaryDir m_home;
    std::unique_ptr<emulator::Emulator> m_emulator;
    QString m_history;
};

void TeardownctlHistoryTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_history = m_home.filePath(u"history.sqlite"_s);
    emulator::Options options;
    options.terminatingMs = 100;
    options.prepaidIsolationMs = 100;
    options.rateLimits = false; // reads of every region at once: none throttled, so none failed
    // A key whose CAM settings require MFA to return instances: the provider refuses its call.
    options.mfaRequiredKeys = {u"AKIDNEEDSMFA"_s};
    m_emulator = std::make_unique<emulator::Emulator>(options);
    m_emulator->addTencentKey(u"AKIDNEEDSMFA"_s, u"needs-mfa-key"_s);
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    for (const QString& id : {u"ins-okay0001"_s, u"ins-fail0001"_s, u"ins-lost0001"_s, u"ins-kill0001"_s})
        fleet.add(fixture::guangzhouInstance(id, u"历史-"_s, u"POSTPAID_BY_HOUR"_s));

    // Each outcome from a real run: confirmed, refused by the provider, reply lost after applying.
    QCOMPARE(adHoc({u"list"_s}).exitCode, 0);
    QCOMPARE(adHoc({u"apply"_s, u"--yes"_s, u"ins-okay0001"_s}).exitCode, 0);
    QCOMPARE(
        adHoc({u"apply"_s, u"--yes"_s, u"ins-fail0001"_s},
              {{u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDNEEDSMFA"_s}, {u"TENCENTCLOUD_SECRET_KEY"_s, u"needs-mfa-key"_s}})
            .exitCode,
        1);
    QVERIFY(m_emulator->faults().add(u"drop-after:TerminateInstances"_s));
    adHoc({u"apply"_s, u"--yes"_s, u"ins-lost0001"_s});
    m_emulator->faults().clear();

    // The reply held back after the call was applied, and teardownctl killed meanwhile (as a
    // crash or a power cut would): the call stays "sent" in the history.
    QVERIFY(m_emulator->faults().add(u"delay:TerminateInstances=120000"_s));
    const int terminatesBefore = m_emulator->callCount(u"TerminateInstances"_s);
    QProcess killed;
    killed.setProcessEnvironment(fixture::ctlEnvironment(m_home));
    QSignalSpy finished(&killed, &QProcess::finished);
    killed.start(QString::fromUtf8(TEARDOWNCTL_PATH),
                 {u"apply"_s, u"--yes"_s, u"ins-kill0001"_s, u"--provider"_s, u"tencent"_s, u"--endpoint"_s,
                  m_emulator->url().toString(), u"--history"_s, m_history, u"--language"_s, u"en"_s});
    killed.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->callCount(u"TerminateInstances"_s), terminatesBefore + 1, 30000);
    killed.kill();
    QVERIFY(finished.wait(10000));
    m_emulator->faults().clear();

    writeOtherSessions();
}

// What other sessions left: an old call of an account that is gone since, and calls of a stored
// account recorded under the name it had then.
void TeardownctlHistoryTest::writeOtherSessions()
{
    QSettings settings(m_home.filePath(u"config/TeardownConsole/teardown-console.conf"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    Account ops;
    ops.id = u"acc-ops"_s;
    ops.name = u"Ops"_s;
    ops.keyId = u"AKIDSANDBOX"_s;
    ops.endpoint = m_emulator->url();
    store.save(ops);
    settings.sync();

    History history;
    QVERIFY2(history.open(m_history), qPrintable(history.errorString()));
    auto record = [&history](const QString& accountId, const QString& accountName, const QString& id,
                             const QDateTime& sentAt, bool finish) {
        CallRecord r;
        r.sentAt = sentAt;
        r.accountId = accountId;
        r.accountName = accountName;
        r.dialect = u"tencent"_s;
        r.region = u"ap-guangzhou"_s;
        r.action = u"TerminateInstances"_s;
        r.instanceIds = {id};
        r.destructive = true;
        QVERIFY(history.recordSent(r));
        if (finish) {
            r.status = CallStatus::Succeeded;
            r.finishedAt = sentAt.addSecs(1);
            r.requestId = u"req-"_s + id;
            history.recordFinished(r);
        }
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record(u"acc-old"_s, u"生产 上海"_s, u"ins-olds0001"_s, now.addDays(-10), true);
    record(u"acc-ops"_s, u"Old ops name"_s, u"ins-opsd0001"_s, now.addSecs(-60), true);
    // This session never finishes it: for the next one it is unconfirmed.
    record(u"acc-ops"_s, u"Old ops name"_s, u"ins-opss0001"_s, now.addSecs(-30), false);
}

fixture::CtlResult TeardownctlHistoryTest::ctl(const QStringList& arguments, const QString& historyPath,
                                               const QHash<QString, QString>& environment)
{
    QStringList args = arguments;
    if (!args.contains(u"--language"_s))
        args << u"--language"_s << u"en"_s;
    args << u"--history"_s << (historyPath.isEmpty() ? m_history : historyPath);
    QProcessEnvironment env = fixture::ctlEnvironment(m_home);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return fixture::runCtl(args, env);
}

fixture::CtlResult TeardownctlHistoryTest::adHoc(const QStringList& arguments,
                                                 const QHash<QString, QString>& environment)
{
    return ctl(arguments
                   + QStringList{u"--provider"_s, u"tencent"_s, u"--endpoint"_s, m_emulator->url().toString(),
                                 u"--poll-interval"_s, u"100"_s},
               {}, environment);
}

void TeardownctlHistoryTest::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSet<QString>>("destructive");
    QTest::addColumn<bool>("reads");

    const QSet<QString> all{kOkay, kRefused, kLost, kKilled, kOld, kOpsDone, kOpsSent};
    const QSet<QString> recent{kOkay, kRefused, kLost, kKilled, kOpsDone, kOpsSent};
    const QString anHourAgoInShanghai =
        QDateTime::currentDateTimeUtc().addSecs(-3600).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);

    QTest::newRow("everything") << QStringList{} << all << true;
    QTest::newRow("destructive") << QStringList{u"--destructive"_s} << all << false;
    QTest::newRow("instance") << QStringList{u"--instance"_s, u"ins-fail0001"_s} << QSet<QString>{kRefused} << true;
    QTest::newRow("outcome succeeded") << QStringList{u"--outcome"_s, u"succeeded"_s, u"--destructive"_s}
                                       << QSet<QString>{kOkay, kOld, kOpsDone} << false;
    QTest::newRow("outcome failed") << QStringList{u"--outcome"_s, u"failed"_s} << QSet<QString>{kRefused} << false;
    QTest::newRow("outcome unknown") << QStringList{u"--outcome"_s, u"unknown"_s} << QSet<QString>{kLost} << false;
    QTest::newRow("outcome sent") << QStringList{u"--outcome"_s, u"sent"_s} << QSet<QString>{kKilled, kOpsSent}
                                  << false;
    QTest::newRow("outcome in capitals") << QStringList{u"--outcome"_s, u"SENT"_s} << QSet<QString>{kKilled, kOpsSent}
                                         << false;
    QTest::newRow("ad-hoc account by id")
        << QStringList{u"--account"_s, u"cli"_s} << QSet<QString>{kOkay, kRefused, kLost, kKilled} << true;
    QTest::newRow("account by the name it was recorded under")
        << QStringList{u"--account"_s, u"生产 上海"_s} << QSet<QString>{kOld} << false;
    QTest::newRow("stored account by its name now")
        << QStringList{u"--account"_s, u"ops"_s} << QSet<QString>{kOpsDone, kOpsSent} << false;
    QTest::newRow("stored account by id")
        << QStringList{u"--account"_s, u"acc-ops"_s} << QSet<QString>{kOpsDone, kOpsSent} << false;
    QTest::newRow("no such account") << QStringList{u"--account"_s, u"nobody"_s} << QSet<QString>{} << false;
    QTest::newRow("since 7d") << QStringList{u"--since"_s, u"7d"_s} << recent << true;
    QTest::newRow("since 2w") << QStringList{u"--since"_s, u"2w"_s} << all << true;
    QTest::newRow("since a date to come") << QStringList{u"--since"_s, u"2099-01-01"_s} << QSet<QString>{} << false;
    QTest::newRow("since a date long ago") << QStringList{u"--since"_s, u"2000-01-01"_s} << all << true;
    QTest::newRow("since a time with an offset") << QStringList{u"--since"_s, anHourAgoInShanghai} << recent << true;
    QTest::newRow("combined") << QStringList{u"--destructive"_s, u"--since"_s,   u"1d"_s, u"--outcome"_s,
                                             u"sent"_s,          u"--account"_s, u"cli"_s}
                              << QSet<QString>{kKilled} << false;
}

void TeardownctlHistoryTest::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QSet<QString>, destructive);
    QFETCH(bool, reads);

    const fixture::CtlResult r = ctl(QStringList{u"history"_s, u"--format"_s, u"json"_s} + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Calls calls = callsIn(r.out);
    QCOMPARE(calls.destructive, destructive);
    QVERIFY2((calls.reads > 0) == reads, qPrintable(r.out));
}

void TeardownctlHistoryTest::tableAndCsv()
{
    const fixture::CtlResult json = ctl({u"history"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.raw).array();
    QVERIFY(rows.size() > 7);
    const QJsonObject newest = rows.first().toObject();
    QCOMPARE(newest.value(u"accountId"_s).toString(), u"acc-ops"_s); // newest first
    QVERIFY(newest.value(u"sentAt"_s).toString().endsWith(u'Z'));
    for (const QJsonValue v : rows) // never a secret
        QVERIFY(!QJsonDocument(v.toObject()).toJson().contains("sandbox-secret-key"));

    const fixture::CtlResult csv = ctl({u"history"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.raw.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    QString text = csv.out;
    if (text.startsWith(QChar(QChar::ByteOrderMark)))
        text.remove(0, 1);
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows.size() + 1);
    QVERIFY(lines.first().startsWith(u"id,sent_at,finished_at,account_id,account_name,dialect,region,action,"_s));
    QVERIFY(lines.first().endsWith(u",note"_s));
    const QString old = *std::find_if(lines.cbegin(), lines.cend(),
                                      [](const QString& line) { return line.contains(u"ins-olds0001"_s); });
    QVERIFY2(old.contains(u"生产 上海"_s) && old.contains(u",succeeded,"_s), qPrintable(old));
    QVERIFY(QRegularExpression(u",\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z,"_s).match(old).hasMatch());

    const fixture::CtlResult table = ctl({u"history"_s, u"--destructive"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(u"SENT"_s));
    QVERIFY(table.out.contains(u"OUTCOME"_s));
    QVERIFY(table.out.contains(u"Sent, not confirmed"_s));
    QVERIFY(table.out.contains(u"UnauthorizedOperation.MFANotFound"_s)); // the refused call's error code
    QVERIFY2(table.out.contains(u"\n7 calls\n"_s), qPrintable(table.out));
}

void TeardownctlHistoryTest::inChinese()
{
    const fixture::CtlResult table =
        ctl({u"history"_s, u"--destructive"_s, u"--outcome"_s, u"sent"_s, u"--language"_s, u"zh_CN"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(!table.out.contains(u"SENT"_s) && !table.out.contains(u"Sent, not confirmed"_s), qPrintable(table.out));
    QVERIFY(table.out.contains(u"ins-kill0001"_s));

    const fixture::CtlResult refused = ctl({u"history"_s, u"--since"_s, u"昨天"_s, u"--language"_s, u"zh_CN"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"昨天"_s) && !refused.err.contains(u"is not a time"_s), qPrintable(refused.err));

    const fixture::CtlResult unconfirmed = ctl({u"unconfirmed"_s, u"--language"_s, u"zh_CN"_s});
    QCOMPARE(unconfirmed.exitCode, 1);
    QVERIFY2(!unconfirmed.out.contains(u"still unconfirmed"_s), qPrintable(unconfirmed.out));
}

void TeardownctlHistoryTest::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString notATime = u"is not a time for --since"_s;
    QTest::newRow("since a word") << QStringList{u"history"_s, u"--since"_s, u"yesterday"_s} << notATime;
    QTest::newRow("since an unknown unit") << QStringList{u"history"_s, u"--since"_s, u"7x"_s} << notATime;
    QTest::newRow("since zero") << QStringList{u"history"_s, u"--since"_s, u"0d"_s} << notATime;
    QTest::newRow("since a negative duration") << QStringList{u"history"_s, u"--since"_s, u"-3h"_s} << notATime;
    QTest::newRow("since a day that does not exist")
        << QStringList{u"history"_s, u"--since"_s, u"2026-02-30"_s} << notATime;
    QTest::newRow("since an hour that does not exist")
        << QStringList{u"history"_s, u"--since"_s, u"2026-02-01T25:00"_s} << notATime;
    QTest::newRow("unknown outcome") << QStringList{u"history"_s, u"--outcome"_s, u"done"_s}
                                     << u"Unknown outcome \"done\""_s;
    QTest::newRow("empty instance") << QStringList{u"history"_s, u"--instance"_s, u" "_s}
                                    << u"--instance needs an instance id"_s;
    QTest::newRow("verify on history") << QStringList{u"history"_s, u"--verify"_s}
                                       << u"--verify is taken by the unconfirmed command only"_s;
    QTest::newRow("a history filter on unconfirmed")
        << QStringList{u"unconfirmed"_s, u"--since"_s, u"1d"_s} << u"--since filters the history"_s;
    QTest::newRow("a history filter on list")
        << QStringList{u"list"_s, u"--outcome"_s, u"sent"_s, u"--provider"_s, u"tencent"_s}
        << u"--outcome filters the history"_s;
    QTest::newRow("an ad-hoc account on history")
        << QStringList{u"history"_s, u"--provider"_s, u"tencent"_s} << u"they take no --provider or --endpoint"_s;
    QTest::newRow("an account on unconfirmed")
        << QStringList{u"unconfirmed"_s, u"--account"_s, u"ops"_s} << u"it takes no --account"_s;
    QTest::newRow("instance ids on history")
        << QStringList{u"history"_s, u"ins-okay0001"_s} << u"Instance ids are only taken by plan and apply"_s;
}

void TeardownctlHistoryTest::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const fixture::CtlResult r = ctl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TeardownctlHistoryTest::aMalformedHistoryFileIsRefusedAndLeftAlone()
{
    const QString path = m_home.filePath(u"garbage.sqlite"_s);
    const QByteArray garbage = "this is not a database\n" + QByteArray(4096, '\x7f');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    for (const QStringList& command : {QStringList{u"history"_s}, QStringList{u"unconfirmed"_s, u"--verify"_s}}) {
        const fixture::CtlResult r = ctl(command, path);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"history"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TeardownctlHistoryTest::noHistoryYet()
{
    const QString path = m_home.filePath(u"never/history.sqlite"_s);
    const fixture::CtlResult history = ctl({u"history"_s, u"--format"_s, u"json"_s}, path);
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(history.raw).array().size(), 0);
    QVERIFY2(history.err.contains(u"No call has been recorded yet"_s), qPrintable(history.err));

    const fixture::CtlResult unconfirmed = ctl({u"unconfirmed"_s, u"--verify"_s}, path);
    QCOMPARE(unconfirmed.exitCode, 0);
    QVERIFY2(unconfirmed.out.contains(u"No call is left unconfirmed."_s), qPrintable(unconfirmed.out));
    QVERIFY(!QFile::exists(path)); // reading created nothing
}

void TeardownctlHistoryTest::unconfirmedListsTheCallsLeftSent()
{
    const fixture::CtlResult table = ctl({u"unconfirmed"_s});
    QCOMPARE(table.exitCode, 1);
    QVERIFY(table.out.contains(u"ins-kill0001"_s));
    QVERIFY(table.out.contains(u"Old ops name"_s));
    QVERIFY(!table.out.contains(u"ins-lost0001"_s)); // its reply was lost, but that session said so
    QVERIFY2(table.out.contains(u"2 calls still unconfirmed"_s), qPrintable(table.out));

    const fixture::CtlResult json = ctl({u"unconfirmed"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(callsIn(json.out).destructive, QSet<QString>({kKilled, kOpsSent}));

    const fixture::CtlResult csv = ctl({u"unconfirmed"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 1);
    QCOMPARE(csv.out.count(u"\r\n"_s), 3); // header and two calls
}

void TeardownctlHistoryTest::verifyLeavesCallsOfUnreadableAccountsUnconfirmed()
{
    // Neither account can be read here: the ad-hoc one (`cli`) is not a stored account, and Ops's
    // secret is not in any keychain this test can reach. Nothing is sent; both calls stay.
    const int callsBefore = int(m_emulator->callLog().size());
    const fixture::CtlResult r = ctl({u"unconfirmed"_s, u"--verify"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"The account 127.0.0.1:%1 (cli) is not configured here."_s.arg(m_emulator->port())),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"The account Old ops name cannot be read"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"2 calls still unconfirmed"_s), qPrintable(r.out));
    QCOMPARE(int(m_emulator->callLog().size()), callsBefore);

    const fixture::CtlResult json = ctl({u"unconfirmed"_s, u"--verify"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 1);
    for (const QJsonValue v : QJsonDocument::fromJson(json.raw).array()) {
        QVERIFY(v.toObject().value(u"stillUnconfirmed"_s).toBool());
        QVERIFY(!v.toObject().value(u"finding"_s).toString().isEmpty());
    }
    const fixture::CtlResult sent = ctl({u"history"_s, u"--outcome"_s, u"sent"_s, u"--format"_s, u"json"_s});
    QCOMPARE(callsIn(sent.out).destructive, QSet<QString>({kKilled, kOpsSent}));
}

QTEST_GUILESS_MAIN(TeardownctlHistoryTest)
#include "tst_teardownctl_history.moc"

// History on a real SQLite file in a temporary directory, read back through a second, independent
// connection: the schema and WAL mode, a row written before a call completes, calls a crashed
// session never completed, and that nothing secret reaches the file. Reading calls back by filter
// and the last successful call per instance are tst_historyreads'.
#include "ApiCall.h"
#include "History.h"
#include "HistoryFixture.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using namespace historyfixture;

class HistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void openCreatesSchemaInWalMode();
    void sentIsWrittenBeforeTheCallCompletes();
    void finishedStatuses_data();
    void finishedStatuses();
    void unconfirmedCallsAfterACrash();
    void instanceIdsPerCall();
    void openFails_data();
    void openFails();
    void newerSchemaIsRefused();
    void noSecretReachesTheFile();

private:
    QString dbPath() const { return m_dir->filePath(u"data/history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void HistoryTest::openCreatesSchemaInWalMode()
{
    History history;
    QVERIFY(!history.isOpen());
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    QVERIFY(history.isOpen());
    QCOMPARE(history.path(), dbPath());
    QVERIFY(history.errorString().isEmpty());
    QVERIFY(QFile::exists(dbPath()));

    Probe probe(dbPath());
    QVERIFY(probe.isOpen());
    QCOMPARE(probe.scalar(u"PRAGMA journal_mode"_s).toString().toLower(), u"wal"_s);
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(History::SchemaVersion, 1);
    QStringList tables;
    for (const QVariantList& row : probe.rows(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        tables << row.first().toString();
    QVERIFY2(tables.contains(u"calls"_s), qPrintable(tables.join(u", "_s)));
    QVERIFY2(tables.contains(u"call_instances"_s), qPrintable(tables.join(u", "_s)));

    // No column could hold a secret, a header or a request body.
    for (const QVariantList& column : probe.rows(u"PRAGMA table_info(calls)"_s)) {
        const QString name = column.value(1).toString().toLower();
        for (const char* word : {"secret", "key", "token", "password", "authorization", "header", "body", "signature"})
            QVERIFY2(!name.contains(QLatin1StringView(word)), qPrintable(name));
    }

    // Opening again keeps the schema and the rows.
    CallRecord r = makeRecord(u"first"_s, kT0, {u"ins-abcd1234"_s}, true);
    QVERIFY(history.recordSent(r));
    History again;
    QVERIFY2(again.open(dbPath()), qPrintable(again.errorString()));
    QCOMPARE(again.calls().size(), 1);
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), 1);
}

void HistoryTest::sentIsWrittenBeforeTheCallCompletes()
{
    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    int recorded = 0;
    connect(&history, &History::callRecorded, this, [&recorded] { ++recorded; });

    CallRecord r = makeRecord(u"生产账户"_s, kT0, {u"ins-abcd1234"_s, u"ins-efgh5678"_s}, true);
    r.attempt = 2;
    QVERIFY(history.recordSent(r));
    QVERIFY(r.id > 0);
    QCOMPARE(recorded, 1);

    // Committed before anything completes: another connection sees the pending row.
    {
        Probe probe(dbPath());
        const auto rows = probe.rows(u"SELECT status, finished_at, destructive, action, account_id, account_name, "
                                     u"region, instance_ids, attempt, sent_at, dialect FROM calls WHERE id = ?"_s,
                                     {r.id});
        QCOMPARE(rows.size(), 1);
        const QVariantList& row = rows.first();
        QCOMPARE(row[0].toString(), u"sent"_s);
        QVERIFY(row[1].isNull());
        QCOMPARE(row[2].toInt(), 1);
        QCOMPARE(row[3].toString(), u"TerminateInstances"_s);
        QCOMPARE(row[4].toString(), u"acc-1"_s);
        QCOMPARE(row[5].toString(), u"生产账户"_s);
        QCOMPARE(row[6].toString(), u"ap-guangzhou"_s);
        QCOMPARE(row[7].toString(), u"ins-abcd1234 ins-efgh5678"_s);
        QCOMPARE(row[8].toInt(), 2);
        QCOMPARE(row[9].toLongLong(), kT0.toMSecsSinceEpoch());
        QCOMPARE(row[10].toString(), u"tencent"_s);
    }
    const QList<CallRecord> pending = history.calls();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(callStatusKey(pending.first().status), u"sent"_s);
    QVERIFY(!pending.first().finishedAt.isValid());

    // Completed after the reply.
    r.status = CallStatus::Succeeded;
    r.finishedAt = kT0.addMSecs(850);
    r.requestId = u"9a2f76a2-3b5b-4760-a90b-eff0c611b360"_s;
    r.httpStatus = 200;
    history.recordFinished(r);
    QCOMPARE(recorded, 2);
    {
        Probe probe(dbPath());
        const auto rows =
            probe.rows(u"SELECT status, finished_at, request_id, http_status FROM calls WHERE id = ?"_s, {r.id});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[0].toString(), u"succeeded"_s);
        QCOMPARE(rows.first()[1].toLongLong(), kT0.toMSecsSinceEpoch() + 850);
        QCOMPARE(rows.first()[2].toString(), r.requestId);
        QCOMPARE(rows.first()[3].toInt(), 200);
    }
    const CallRecord done = history.calls().first();
    QCOMPARE(done.id, r.id);
    QCOMPARE(callStatusKey(done.status), u"succeeded"_s);
    QCOMPARE(done.sentAt, kT0);
    QCOMPARE(done.finishedAt, kT0.addMSecs(850));
    QCOMPARE(done.requestId, r.requestId);
    QCOMPARE(done.instanceIds, r.instanceIds);
    QCOMPARE(done.accountName, u"生产账户"_s);
    QVERIFY(done.destructive);
    QCOMPARE(done.attempt, 2);

    // A record that was never written is not "finished" into some other row.
    CallRecord stray = makeRecord(u"stray"_s, kT0, {}, true);
    stray.status = CallStatus::Failed;
    history.recordFinished(stray);
    QCOMPARE(history.calls().size(), 1);
}

void HistoryTest::finishedStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("failed") << int(CallStatus::Failed) << u"failed"_s << u"UnsupportedOperation.InstancesProtected"_s;
    QTest::newRow("unknown") << int(CallStatus::Unknown) << u"unknown"_s << u"Network.ConnectionClosed"_s;
    QTest::newRow("succeeded") << int(CallStatus::Succeeded) << u"succeeded"_s << QString();
}

void HistoryTest::finishedStatuses()
{
    QFETCH(int, status);
    QFETCH(QString, key);
    QFETCH(QString, errorCode);

    QCOMPARE(callStatusKey(CallStatus(status)), key);
    QCOMPARE(int(callStatusFromKey(key)), status);

    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    CallRecord r = makeRecord(u"a"_s, kT0, {u"ins-abcd1234"_s}, true);
    QVERIFY(history.recordSent(r));
    r.status = CallStatus(status);
    r.finishedAt = kT0.addSecs(1);
    r.errorCode = errorCode;
    r.errorMessage = errorCode.isEmpty() ? QString() : u"服务器的说明"_s;
    r.requestId = u"req-1"_s;
    r.httpStatus = 200;
    history.recordFinished(r);

    Probe probe(dbPath());
    QCOMPARE(probe.scalar(u"SELECT status FROM calls WHERE id = ?"_s, {r.id}).toString(), key);
    const CallRecord back = history.calls().first();
    QCOMPARE(int(back.status), status);
    QCOMPARE(back.errorCode, errorCode);
    QCOMPARE(back.errorMessage, r.errorMessage);
    // A finished call, whatever its result, is not an unconfirmed one for the next session.
    History next;
    QVERIFY(next.open(dbPath()));
    QVERIFY(next.unconfirmedCalls().isEmpty());
}

void HistoryTest::unconfirmedCallsAfterACrash()
{
    CallRecord lost = makeRecord(u"lost"_s, kT0, {u"ins-abcd1234"_s, u"ins-efgh5678"_s}, true);
    CallRecord lostRead = makeRecord(u"lost read"_s, kT0.addSecs(1), {u"ins-abcd1234"_s}, false);
    CallRecord done = makeRecord(u"done"_s, kT0.addSecs(2), {u"ins-00000001"_s}, true);
    CallRecord lost2 = makeRecord(u"lost 2"_s, kT0.addSecs(3), {u"ins-00000002"_s}, true);
    {
        History session;
        QVERIFY2(session.open(dbPath()), qPrintable(session.errorString()));
        QVERIFY(session.recordSent(lost));
        QVERIFY(session.recordSent(lostRead));
        QVERIFY(session.recordSent(done));
        done.status = CallStatus::Succeeded;
        done.finishedAt = kT0.addSecs(3);
        session.recordFinished(done);
        QVERIFY(session.recordSent(lost2));
        // The session's own calls in flight are not "unconfirmed": they are still running.
        QVERIFY(session.unconfirmedCalls().isEmpty());
        // The console dies here: no recordFinished for `lost`, `lostRead` and `lost2`.
    }

    History next;
    QVERIFY2(next.open(dbPath()), qPrintable(next.errorString()));
    const QList<CallRecord> unconfirmed = next.unconfirmedCalls();
    // Only destructive calls, oldest first.
    QCOMPARE(unconfirmed.size(), 2);
    QCOMPARE(unconfirmed[0].id, lost.id);
    QCOMPARE(unconfirmed[1].id, lost2.id);
    const CallRecord& u = unconfirmed.first();
    QCOMPARE(u.action, u"TerminateInstances"_s);
    QCOMPARE(u.instanceIds, lost.instanceIds);
    QCOMPARE(u.accountId, lost.accountId);
    QCOMPARE(u.region, lost.region);
    QCOMPARE(u.sentAt, kT0);
    QVERIFY(u.destructive);
    QCOMPARE(callStatusKey(u.status), u"sent"_s);
    QVERIFY(!u.finishedAt.isValid());

    // The operator verified the first one: it is resolved once, with a note.
    QVERIFY(next.resolveUnconfirmed(lost.id, CallStatus::Succeeded, u"instances found in the recycle bin"_s));
    QVERIFY(!next.resolveUnconfirmed(lost.id, CallStatus::Failed, u"again"_s));
    QVERIFY(!next.resolveUnconfirmed(done.id, CallStatus::Failed, u"was never unconfirmed"_s));
    QVERIFY(!next.resolveUnconfirmed(987654, CallStatus::Failed, u"no such call"_s));
    {
        Probe probe(dbPath());
        const auto rows = probe.rows(u"SELECT status, verification_note FROM calls WHERE id = ?"_s, {lost.id});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[0].toString(), u"succeeded"_s);
        QCOMPARE(rows.first()[1].toString(), u"instances found in the recycle bin"_s);
        QCOMPARE(probe.scalar(u"SELECT status FROM calls WHERE id = ?"_s, {done.id}).toString(), u"succeeded"_s);
    }
    QCOMPARE(next.unconfirmedCalls().size(), 1);
    QCOMPARE(next.unconfirmedCalls().first().id, lost2.id);
    QVERIFY(next.resolveUnconfirmed(lost2.id, CallStatus::Unknown, u"could not tell"_s));
    QVERIFY(next.unconfirmedCalls().isEmpty());

    History third;
    QVERIFY(third.open(dbPath()));
    QVERIFY(third.unconfirmedCalls().isEmpty());
}

void HistoryTest::instanceIdsPerCall()
{
    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    QStringList ids;
    for (int n = 0; n < 100; ++n)
        ids << u"ins-%1"_s.arg(n, 8, 10, QChar(u'0'));
    CallRecord batch = makeRecord(u"batch"_s, kT0, ids, true);
    CallRecord single = makeRecord(u"single"_s, kT0.addSecs(1), {ids[57]}, true);
    CallRecord none = makeRecord(u"regions"_s, kT0.addSecs(2), {}, false);
    none.action = u"DescribeRegions"_s;
    QVERIFY(history.recordSent(batch));
    QVERIFY(history.recordSent(single));
    QVERIFY(history.recordSent(none));

    Probe probe(dbPath());
    QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM call_instances WHERE call_id = ?"_s, {batch.id}).toInt(), 100);
    QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM call_instances WHERE call_id = ?"_s, {single.id}).toInt(), 1);
    QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM call_instances WHERE call_id = ?"_s, {none.id}).toInt(), 0);
    QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM call_instances WHERE instance_id = ?"_s, {ids[57]}).toInt(), 2);

    HistoryFilter byInstance;
    byInstance.instanceId = ids[57];
    const QList<CallRecord> found = history.calls(byInstance);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].id, single.id);
    QCOMPARE(found[1].id, batch.id);
    QCOMPARE(found[1].instanceIds, ids);
    QCOMPARE(found[0].instanceIds, QStringList{ids[57]});

    const QList<CallRecord> all = history.calls();
    QCOMPARE(all.size(), 3);
    QVERIFY(all.first().instanceIds.isEmpty());
}

void HistoryTest::openFails_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("parent is a file") << u"file-parent"_s;
    QTest::newRow("path is a directory") << u"directory"_s;
    QTest::newRow("not a database") << u"garbage"_s;
    // Where nobody may create a file, root included (CI runs as root: permissions would not stop it).
    QTest::newRow("unwritable place") << u"unwritable"_s;
    QTest::newRow("name too long") << u"long-name"_s;
}

void HistoryTest::openFails()
{
    QFETCH(QString, kind);

    QString path;
    if (kind == u"file-parent"_s) {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a directory");
        blocker.close();
        path = m_dir->filePath(u"blocker/history.sqlite"_s);
    } else if (kind == u"directory"_s) {
        path = m_dir->filePath(u"history.sqlite"_s);
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"garbage"_s) {
        path = m_dir->filePath(u"history.sqlite"_s);
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a')); // what a disk error or a stray copy leaves behind
        garbage.close();
    } else if (kind == u"unwritable"_s) {
        path = u"/proc/teardown-history-test/history.sqlite"_s;
    } else {
        path = m_dir->filePath(QString(300, u'h') + u".sqlite"_s);
    }

    History history;
    QVERIFY(!history.open(path));
    QVERIFY(!history.isOpen());
    QVERIFY2(!history.errorString().isEmpty(), "open() failed without saying why");

    // Nothing can be recorded, so a destructive call would not be sent.
    CallRecord r = makeRecord(u"x"_s, kT0, {u"ins-abcd1234"_s}, true);
    QVERIFY(!history.recordSent(r));
    QCOMPARE(r.id, qint64(-1));
    QVERIFY(history.calls().isEmpty());
    QVERIFY(history.unconfirmedCalls().isEmpty());
    QVERIFY(!history.resolveUnconfirmed(1, CallStatus::Succeeded, u"n/a"_s));

    if (kind == u"garbage"_s) { // left as it was found: it may be someone's
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QCOMPARE(garbage.readAll(), QByteArray(8192, '\x5a'));
    }
}

void HistoryTest::newerSchemaIsRefused()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    {
        Probe probe(dbPath());
        QVERIFY(probe.isOpen());
        QVERIFY(probe.exec(u"PRAGMA user_version=2"_s));
    }
    History history;
    QVERIFY(!history.open(dbPath()));
    QVERIFY(!history.isOpen());
    QVERIFY(!history.errorString().isEmpty());
    Probe probe(dbPath());
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), 2);
    QVERIFY(probe.rows(u"SELECT name FROM sqlite_master WHERE name = 'calls'"_s).isEmpty());
}

void HistoryTest::noSecretReachesTheFile()
{
    // CallRecord has no credential fields, so the secret can only arrive through what a call sends:
    // a destructive call whose request carries the secret in every place a request has (headers,
    // query, body) goes through ApiCall with the History as recorder. The file must not hold it.
    const QByteArray secret = "SECRETKEY-must-never-be-stored-7f3a"_ba;

    QTcpServer closedPort;
    QVERIFY(closedPort.listen(QHostAddress::LocalHost));
    const quint16 port = closedPort.serverPort();
    closedPort.close(); // connecting is refused: nothing is sent anywhere

    History history;
    QVERIFY2(history.open(dbPath()), qPrintable(history.errorString()));
    QNetworkAccessManager network;
    CallEnvironment env;
    env.network = &network;
    env.recorder = &history;
    env.account.id = u"acc-secret-test"_s;
    env.account.name = u"账户 ACCOUNT-NAME-MARKER"_s;
    env.account.keyId = u"AKIDSANDBOX"_s;
    env.timeoutMs = 15000;
    env.maxAttempts = 1;

    CallDescription description;
    description.action = u"TerminateInstances"_s;
    description.region = u"ap-guangzhou"_s;
    description.instanceIds = {u"ins-abcd1234"_s};
    description.destructive = true;

    auto build = [port, secret] {
        WireRequest wire;
        QUrl url(u"http://127.0.0.1/?Signature="_s + QString::fromLatin1(secret));
        url.setPort(port);
        wire.request.setUrl(url);
        wire.request.setRawHeader("Authorization",
                                  "TC3-HMAC-SHA256 Credential=AKIDSANDBOX/2025-01-01/cvm/tc3_request, "
                                  "SignedHeaders=content-type;host, Signature="
                                      + secret);
        wire.request.setRawHeader("X-TC-Token", secret);
        wire.request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        wire.body = R"({"InstanceIds":["ins-abcd1234"],"SecretKey":")"_ba + secret + R"("})"_ba;
        return wire;
    };
    auto decode = [](const WireReply&, QJsonObject*) { return ProviderError(); };
    auto* call = new ApiCall(env, description, build, decode);
    QSignalSpy finished(call, &ApiCall::finished);
    call->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto error = finished.first().first().value<ProviderError>();
    QVERIFY(error.isError());

    const QList<CallRecord> calls = history.calls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().action, u"TerminateInstances"_s);
    QVERIFY(calls.first().finishedAt.isValid());

    const QByteArray bytes = filesStartingWith(dbPath());
    // The scan sees what was written (the account name is in the file)...
    QVERIFY(bytes.contains("ACCOUNT-NAME-MARKER"));
    QVERIFY(bytes.contains("ins-abcd1234"));
    // ...and the secret is nowhere, in any encoding.
    QVERIFY(!bytes.contains(secret));
    QVERIFY(!bytes.contains(
        QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(secret).utf16()), qsizetype(secret.size()) * 2)));
}

QTEST_GUILESS_MAIN(HistoryTest)
#include "tst_history.moc"

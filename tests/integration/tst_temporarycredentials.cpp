// Temporary credentials (STS) against the emulator over loopback HTTP: the session token goes out
// with every call in both Tencent dialects; a missing, wrong or expired token is refused with the
// provider's code and the console's advice; a run whose token runs out stops sending through the
// account and reports the rest not sent.
#include "EmulatorFixture.h"

#include "ErrorCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;

namespace {

const QString kRegion = u"ap-guangzhou"_s;

// The emulator's clock, moved by the test: the token's expiry is checked against it.
struct MovableClock
{
    qint64 offsetSeconds = 0;
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds); }
};

struct Temporary : fixture::Sandbox
{
    Temporary(Dialect dialect, MovableClock* clock = nullptr)
        : Sandbox(optionsWith(clock), QStringLiteral("sandbox-secret-key"), dialect)
    { }

    static emulator::Options optionsWith(MovableClock* clock)
    {
        emulator::Options o = fixture::fastOptions();
        if (clock)
            o.clock = [clock] { return clock->now(); };
        return o;
    }

    // Reopens the account with these credentials instead of the sandbox's permanent key pair.
    void openWith(const Credentials& credentials)
    {
        directory.remove(account.id);
        account.keyId = credentials.keyId;
        environment.account = account;
        QString refusal;
        provider = ProviderFactory::create(account, credentials, environment, &refusal);
        QVERIFY2(provider, qPrintable(refusal));
        directory.add(provider);
    }

    ProviderError execute(const QString& action, const QStringList& ids)
    {
        PlannedCall call;
        call.accountId = account.id;
        call.region = kRegion;
        call.action = action;
        call.instanceIds = ids;
        ProviderError error;
        bool finished = false;
        ActionReply* reply = provider->execute(call);
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            error = reply->error();
            finished = true;
        });
        fixture::waitUntil([&] { return finished; });
        return error;
    }
};

Credentials sandboxTemporary(const QString& token = u"sandbox-session-token"_s)
{
    return {u"AKIDSANDBOXTEMP"_s, u"sandbox-temp-key"_s, token};
}

} // namespace

class TemporaryCredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void listsWithTheSessionToken_data();
    void listsWithTheSessionToken();
    void missingOrWrongTokenIsRefused_data();
    void missingOrWrongTokenIsRefused();
    void expiredTokenIsRefused_data();
    void expiredTokenIsRefused();
    void legacyReturnInstanceWithoutTokenIs4105();
    void runStopsSendingWhenTheTokenExpires();
};

void TemporaryCredentialsTest::listsWithTheSessionToken_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("API 3.0") << Dialect::TencentApi3;
    QTest::newRow("legacy") << Dialect::TencentLegacy;
}

void TemporaryCredentialsTest::listsWithTheSessionToken()
{
    QFETCH(Dialect, dialect);
    Temporary s(dialect);
    QVERIFY(s.listening);
    s.useFleet({instance(u"ins-temp0001"_s)});
    s.openWith(sandboxTemporary());
    const QList<Instance> listed = s.list(kRegion);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(s.emu.callLog().constLast().secretId, u"AKIDSANDBOXTEMP"_s);
}

void TemporaryCredentialsTest::missingOrWrongTokenIsRefused_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("token");
    QTest::newRow("API 3.0, none") << Dialect::TencentApi3 << QString();
    QTest::newRow("API 3.0, another") << Dialect::TencentApi3 << u"someone-elses-token"_s;
    QTest::newRow("legacy, none") << Dialect::TencentLegacy << QString();
    QTest::newRow("legacy, another") << Dialect::TencentLegacy << u"someone-elses-token"_s;
}

void TemporaryCredentialsTest::missingOrWrongTokenIsRefused()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, token);
    Temporary s(dialect);
    s.useFleet({instance(u"ins-temp0001"_s)});
    s.openWith(sandboxTemporary(token));
    s.list(kRegion);
    QCOMPARE(s.lastError.code, u"AuthFailure.TokenFailure"_s);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 1); // not retried: nothing would help
    const QString advice = ErrorCatalog::advice(s.lastError.code);
    QVERIFY(advice.contains(u"temporary credentials"_s));
    QVERIFY(ErrorCatalog::describe(s.lastError).contains(advice));
}

void TemporaryCredentialsTest::expiredTokenIsRefused_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("API 3.0") << Dialect::TencentApi3;
    QTest::newRow("legacy") << Dialect::TencentLegacy;
}

void TemporaryCredentialsTest::expiredTokenIsRefused()
{
    QFETCH(Dialect, dialect);
    Temporary s(dialect);
    s.useFleet({instance(u"ins-temp0001"_s)});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.emu.addTemporaryCredentials(u"AKIDSTILLVALID"_s, u"valid-key"_s, u"valid-token"_s, now.addSecs(3600));
    s.emu.addTemporaryCredentials(u"AKIDEXPIRED"_s, u"expired-key"_s, u"expired-token"_s, now.addSecs(-60));

    s.openWith({u"AKIDSTILLVALID"_s, u"valid-key"_s, u"valid-token"_s});
    QCOMPARE(s.list(kRegion).size(), 1);
    QVERIFY(!s.lastError.isError());

    s.openWith({u"AKIDEXPIRED"_s, u"expired-key"_s, u"expired-token"_s});
    s.list(kRegion);
    QCOMPARE(s.lastError.code, u"AuthFailure.TokenFailure"_s);
    QVERIFY(s.lastError.message.contains(u"expired"_s));
}

void TemporaryCredentialsTest::legacyReturnInstanceWithoutTokenIs4105()
{
    Temporary s(Dialect::TencentLegacy);
    s.useFleet({instance(u"ins-temp0001"_s)});
    s.openWith(sandboxTemporary(QString()));
    const ProviderError error = s.execute(u"ReturnInstance"_s, {u"ins-temp0001"_s});
    QCOMPARE(error.code, u"4105"_s);
    QVERIFY(ErrorCatalog::advice(error.code).contains(u"temporary credentials"_s));
    QCOMPARE(s.fleet().find(u"ins-temp0001"_s)->instanceState, u"RUNNING"_s);

    s.openWith(sandboxTemporary());
    QVERIFY(!s.execute(u"ReturnInstance"_s, {u"ins-temp0001"_s}).isError());
}

// Two calls in one lane (one charge type per call). The token runs out right after the first is
// accepted: the second is never sent, and its instance is reported not sent, with the reason.
void TemporaryCredentialsTest::runStopsSendingWhenTheTokenExpires()
{
    MovableClock clock;
    Temporary s(Dialect::TencentApi3, &clock);
    s.useFleet({instance(u"ins-hour0001"_s, u"POSTPAID_BY_HOUR"_s), instance(u"ins-spot0001"_s, u"SPOTPAID"_s)});
    s.emu.addTemporaryCredentials(u"AKIDRUNTOKEN"_s, u"run-key"_s, u"run-token"_s, clock.now().addSecs(60));
    s.openWith({u"AKIDRUNTOKEN"_s, u"run-key"_s, u"run-token"_s});
    const TeardownPlan plan = s.plan(s.read(kRegion, s.fleet().ids()));
    QCOMPARE(plan.calls.size(), 2);

    // The expiry passes as soon as the first destructive call has been answered (within the
    // signature's five-minute window, so only the token is at fault).
    QObject::connect(&s.emu, &emulator::Emulator::callLogged, &s.emu, [&](const emulator::CallLogEntry& entry) {
        if (entry.action == u"TerminateInstances"_s)
            clock.offsetSeconds = 120;
    });
    const RunReport report = s.run(plan);

    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 1);
    const QString sentId = plan.calls.at(0).instanceIds.constFirst();
    const QString notSentId = plan.calls.at(1).instanceIds.constFirst();
    const InstanceResult* notSent = report.result(Instance::keyFor(s.account.id, notSentId));
    QVERIFY(notSent);
    QCOMPARE(notSent->state, RunState::Skipped);
    QCOMPARE(notSent->error.code, u"Teardown.CredentialsRefused"_s);
    QVERIFY(ErrorCatalog::describe(notSent->error).contains(u"AuthFailure.TokenFailure"_s));
    QCOMPARE(s.fleet().find(notSentId)->instanceState, u"RUNNING"_s);
    const InstanceResult* sent = report.result(Instance::keyFor(s.account.id, sentId));
    QVERIFY(sent);
    QVERIFY(sent->state != RunState::Skipped && sent->state != RunState::Pending);

    // Neither the token nor the key is in the history.
    QFile history(s.dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray bytes = history.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("run-token"));
    QVERIFY(!bytes.contains("run-key"));
}

QTEST_MAIN(TemporaryCredentialsTest)
#include "tst_temporarycredentials.moc"

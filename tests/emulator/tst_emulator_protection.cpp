// ModifyInstancesAttribute over HTTP: lifting termination protection so that TerminateInstances
// goes through, renaming, whole-batch refusals that change nothing, the MFA-protected key, the
// action's own rate bucket, faults (a lost reply after the change was applied) and the call log.
#include "Emulator.h"
#include "FaultPlan.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::TencentInstance;

namespace {

const QString kModify = u"ModifyInstancesAttribute"_s;
const QString kTerminate = u"TerminateInstances"_s;
const QString kRegion = u"ap-guangzhou"_s;
const QString kProtected1 = u"ins-prot0001"_s;
const QString kProtected2 = u"ins-prot0002"_s;
const QString kShutdown = u"ins-shut0001"_s;
const QString kTerminating = u"ins-term0001"_s;
const QString kOperating = u"ins-oper0001"_s;
const QString kElsewhere = u"ins-else0001"_s; // in another region
const QString kPreviousRequest = u"c7de1287-061d-4ace-8caf-6ad8e5a2f29a"_s;

// A protected RUNNING postpaid instance; the refusal cases change one thing about it.
TencentInstance protectedInstance(const QString& id)
{
    TencentInstance i;
    i.instanceId = id;
    i.instanceName = u"protected "_s + id;
    i.region = kRegion;
    i.zone = u"ap-guangzhou-3"_s;
    i.instanceState = u"RUNNING"_s;
    i.disableApiTermination = true;
    i.latestOperation = u"StartInstances"_s;
    i.latestOperationState = u"SUCCESS"_s;
    i.latestOperationRequestId = kPreviousRequest;
    return i;
}

QJsonObject lift(const QStringList& ids)
{
    return {{u"InstanceIds"_s, QJsonArray::fromStringList(ids)}, {u"DisableApiTermination"_s, false}};
}

QJsonObject withIds(const QStringList& ids, QJsonObject params)
{
    params.insert(u"InstanceIds"_s, QJsonArray::fromStringList(ids));
    return params;
}

// Well-formed ids that are not in the fleet, ins-b0000000 on.
QStringList manyIds(int count)
{
    QStringList ids;
    for (int n = 0; n < count; ++n)
        ids.append(u"ins-b%1"_s.arg(n, 7, 10, QChar(u'0')));
    return ids;
}

} // namespace

class ProtectionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changesTheAttributeOfTheWholeBatch_data();
    void changesTheAttributeOfTheWholeBatch();
    void renamesWithinTheByteLimit();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void mfaRequiredKeyIsRefused();
    void hasItsOwnRateBucket();
    void faultsApplyToTheAction_data();
    void faultsApplyToTheAction();
    void callLogRecordsTheCall();

private:
    // A fresh emulator with the instances above and nothing else; `options` as the test needs.
    void start(emulator::Options options);
    ApiReply call(const QString& action, const QJsonObject& params) { return m_client->call(action, kRegion, params); }
    // The instance as a client re-reads it: DescribeInstances by id.
    QJsonObject describe(const QString& id);
    bool untouched(const QString& id);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<TencentTestClient> m_client;
};

void ProtectionTest::start(emulator::Options options)
{
    m_client.reset();
    m_emulator = std::make_unique<Emulator>(std::move(options));
    QVERIFY2(m_emulator->setupError().isEmpty(), qPrintable(m_emulator->setupError()));
    emulator::TencentFleet& fleet = m_emulator->tencentFleet();
    fleet.clear();
    QVERIFY(fleet.add(protectedInstance(kProtected1)));
    QVERIFY(fleet.add(protectedInstance(kProtected2)));
    TencentInstance shutdown = protectedInstance(kShutdown);
    shutdown.instanceState = u"SHUTDOWN"_s;
    QVERIFY(fleet.add(shutdown));
    TencentInstance terminating = protectedInstance(kTerminating);
    terminating.instanceState = u"TERMINATING"_s;
    terminating.latestOperation = kTerminate;
    terminating.latestOperationState = u"OPERATING"_s;
    QVERIFY(fleet.add(terminating));
    TencentInstance operating = protectedInstance(kOperating);
    operating.latestOperationState = u"OPERATING"_s;
    QVERIFY(fleet.add(operating));
    TencentInstance elsewhere = protectedInstance(kElsewhere);
    elsewhere.region = u"ap-shanghai"_s;
    elsewhere.zone = u"ap-shanghai-2"_s;
    QVERIFY(fleet.add(elsewhere));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<TencentTestClient>(m_emulator->url());
}

void ProtectionTest::init()
{
    emulator::Options options;
    options.rateLimits = false;
    options.terminatingMs = 60000; // TERMINATING stays for the whole test
    start(options);
}

void ProtectionTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

QJsonObject ProtectionTest::describe(const QString& id)
{
    const ApiReply reply = call(u"DescribeInstances"_s, {{u"InstanceIds"_s, QJsonArray{id}}});
    return reply.response.value(u"InstanceSet"_s).toArray().at(0).toObject();
}

bool ProtectionTest::untouched(const QString& id)
{
    const TencentInstance* i = m_emulator->tencentFleet().find(id);
    return i && i->disableApiTermination && i->instanceName == u"protected "_s + id
        && i->latestOperationRequestId == kPreviousRequest;
}

void ProtectionTest::changesTheAttributeOfTheWholeBatch_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("protectedBefore");
    QTest::addColumn<bool>("disableApiTermination");
    QTest::addColumn<QString>("terminateAfter"); // TerminateInstances' error afterwards; empty: accepted
    QTest::newRow("lift one") << 1 << true << false << QString();
    QTest::newRow("lift the maximum of 100") << 100 << true << false << QString();
    QTest::newRow("lift an unprotected instance") << 1 << false << false << QString();
    QTest::newRow("protect again") << 2 << false << true << u"UnsupportedOperation.InstancesProtected"_s;
}

void ProtectionTest::changesTheAttributeOfTheWholeBatch()
{
    QFETCH(int, batch);
    QFETCH(bool, protectedBefore);
    QFETCH(bool, disableApiTermination);
    QFETCH(QString, terminateAfter);
    QStringList ids;
    for (int n = 0; n < batch; ++n) {
        TencentInstance i = protectedInstance(u"ins-lift%1"_s.arg(n, 4, 10, QChar(u'0')));
        i.disableApiTermination = protectedBefore;
        QVERIFY(m_emulator->tencentFleet().add(i));
        ids.append(i.instanceId);
    }
    if (protectedBefore)
        QCOMPARE(call(kTerminate, withIds(ids, {})).errorCode, u"UnsupportedOperation.InstancesProtected"_s);

    const ApiReply reply = call(kModify, withIds(ids, {{u"DisableApiTermination"_s, disableApiTermination}}));
    QVERIFY2(reply.succeeded(), qPrintable(reply.errorCode + u' ' + reply.errorMessage));
    QCOMPARE(reply.response.keys(), QStringList{u"RequestId"_s});
    // Every instance of the batch, re-read as a client would, carries the change and the request.
    for (const QString& id : std::as_const(ids)) {
        const QJsonObject instance = describe(id);
        QCOMPARE(instance.value(u"DisableApiTermination"_s).toBool(), disableApiTermination);
        QCOMPARE(instance.value(u"LatestOperation"_s).toString(), kModify);
        QCOMPARE(instance.value(u"LatestOperationState"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(instance.value(u"LatestOperationRequestId"_s).toString(), reply.requestId);
        QCOMPARE(instance.value(u"InstanceState"_s).toString(), u"RUNNING"_s);
    }
    // Instances outside the batch keep their protection.
    QVERIFY(untouched(kProtected1));

    const ApiReply terminate = call(kTerminate, withIds(ids, {}));
    QCOMPARE(terminate.errorCode, terminateAfter);
    const QString stateAfter = terminateAfter.isEmpty() ? u"TERMINATING"_s : u"RUNNING"_s;
    for (const QString& id : std::as_const(ids))
        QCOMPARE(m_emulator->tencentFleet().find(id)->instanceState, stateAfter);
}

void ProtectionTest::renamesWithinTheByteLimit()
{
    // 42 Chinese characters are 126 UTF-8 bytes, 43 are 129: the limit is in bytes.
    const QString fits = QString(42, QChar(0x670D)); // 服
    const ApiReply renamed = call(kModify, withIds({kProtected1, kProtected2}, {{u"InstanceName"_s, fits}}));
    QVERIFY2(renamed.succeeded(), qPrintable(renamed.errorCode + u' ' + renamed.errorMessage));
    for (const QString& id : {kProtected1, kProtected2}) {
        const QJsonObject instance = describe(id);
        QCOMPARE(instance.value(u"InstanceName"_s).toString(), fits);
        QCOMPARE(instance.value(u"DisableApiTermination"_s).toBool(), true); // renaming keeps protection
        QCOMPARE(instance.value(u"LatestOperationRequestId"_s).toString(), renamed.requestId);
    }

    const ApiReply tooLong = call(kModify, withIds({kProtected1}, {{u"InstanceName"_s, QString(fits + u'务')}}));
    QCOMPARE(tooLong.errorCode, u"InvalidInstanceName.TooLong"_s);
    QCOMPARE(m_emulator->tencentFleet().find(kProtected1)->instanceName, fits);
    QCOMPARE(m_emulator->tencentFleet().find(kProtected1)->latestOperationRequestId, renamed.requestId);
}

void ProtectionTest::refusalsChangeNothing_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("named"); // the instances the message names

    const QStringList good{kProtected1, kProtected2};
    QTest::newRow("no ids") << QJsonObject{{u"DisableApiTermination"_s, false}} << u"MissingParameter"_s
                            << QStringList();
    QTest::newRow("empty ids") << lift({}) << u"MissingParameter"_s << QStringList();
    QTest::newRow("101 ids") << lift(good + manyIds(99)) << u"InvalidParameterValue.LimitExceeded"_s << QStringList();
    QTest::newRow("one malformed id") << lift(good + QStringList{u"ins-1122"_s}) << u"InvalidInstanceId.Malformed"_s
                                      << QStringList{u"ins-1122"_s};
    QTest::newRow("one unknown id") << lift(good + QStringList{u"ins-nothere1"_s}) << u"InvalidInstanceId.NotFound"_s
                                    << QStringList{u"ins-nothere1"_s};
    QTest::newRow("an id of another region")
        << lift(good + QStringList{kElsewhere}) << u"InvalidInstanceId.NotFound"_s << QStringList{kElsewhere};
    QTest::newRow("one in the recycle bin")
        << lift(good + QStringList{kShutdown}) << u"UnsupportedOperation.InstanceStateShutdown"_s
        << QStringList{kShutdown};
    QTest::newRow("one terminating") << lift(good + QStringList{kTerminating})
                                     << u"UnsupportedOperation.InstanceStateTerminating"_s << QStringList{kTerminating};
    QTest::newRow("one with an operation running")
        << lift(good + QStringList{kOperating}) << u"OperationDenied.InstanceOperationInProgress"_s
        << QStringList{kOperating};
    QTest::newRow("no attribute") << withIds(good, {}) << u"MissingParameter"_s << QStringList();
    QTest::newRow("two attributes") << withIds(good, {{u"DisableApiTermination"_s, false}, {u"InstanceName"_s, u"x"_s}})
                                    << u"InvalidParameter"_s << QStringList();
    QTest::newRow("an attribute not emulated")
        << withIds(good, {{u"HostName"_s, u"web-01"_s}}) << u"UnsupportedOperation"_s << QStringList();
    QTest::newRow("an undefined parameter") << withIds(good, {{u"DisableApiTermination"_s, false}, {u"Force"_s, true}})
                                            << u"UnknownParameter"_s << QStringList();
    QTest::newRow("flag not a boolean") << withIds(good, {{u"DisableApiTermination"_s, u"false"_s}})
                                        << u"InvalidParameter"_s << QStringList();
    QTest::newRow("empty name") << withIds(good, {{u"InstanceName"_s, QString()}}) << u"InvalidParameterValue"_s
                                << QStringList();
}

void ProtectionTest::refusalsChangeNothing()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    QFETCH(QStringList, named);
    m_client->setLanguage("en-US");
    const ApiReply reply = call(kModify, params);
    QCOMPARE(reply.errorCode, code);
    for (const QString& id : std::as_const(named))
        QVERIFY2(reply.errorMessage.contains(id), qPrintable(reply.errorMessage));
    // All or nothing: the good instances of the batch keep protection, name and latest operation.
    QVERIFY(untouched(kProtected1));
    QVERIFY(untouched(kProtected2));
    QCOMPARE(m_emulator->tencentFleet().find(kShutdown)->instanceState, u"SHUTDOWN"_s);
    QCOMPARE(m_emulator->tencentFleet().find(kTerminating)->latestOperation, kTerminate);
}

void ProtectionTest::mfaRequiredKeyIsRefused()
{
    emulator::Options options;
    options.rateLimits = false;
    options.mfaRequiredKeys = {u"AKIDMFAREQUIRED"_s};
    start(options);
    m_emulator->addTencentKey(u"AKIDMFAREQUIRED"_s, u"mfa-key"_s);
    TencentTestClient mfaKey(m_emulator->url(), u"AKIDMFAREQUIRED"_s, u"mfa-key"_s);

    const ApiReply refused = mfaKey.call(kModify, kRegion, lift({kProtected1}));
    QCOMPARE(refused.errorCode, u"UnauthorizedOperation.MFANotFound"_s);
    QVERIFY(untouched(kProtected1));
    // Reads by that key are not protected, and another key of the account is not affected.
    QVERIFY(mfaKey.call(u"DescribeInstances"_s, kRegion, {}).succeeded());
    QVERIFY(call(kModify, lift({kProtected1})).succeeded());
    QCOMPARE(m_emulator->tencentFleet().find(kProtected1)->disableApiTermination, false);
}

void ProtectionTest::hasItsOwnRateBucket()
{
    // Time held still: a full bucket lets exactly 10 calls through, and refills only as time passes.
    qint64 nanoseconds = 0;
    emulator::Options options;
    options.rateLimitNanoseconds = [&nanoseconds] { return nanoseconds; };
    start(options);
    m_emulator->addTencentKey(u"AKIDSECOND"_s, u"second-key"_s);

    int accepted = 0;
    for (int n = 0; n < 10; ++n)
        accepted += call(kModify, lift({kProtected1})).succeeded() ? 1 : 0;
    QCOMPARE(accepted, 10);
    const ApiReply throttled = call(kModify, lift({kProtected1}));
    QCOMPARE(throttled.errorCode, u"RequestLimitExceeded"_s);
    QCOMPARE(m_emulator->callLog().constLast().errorCode, u"RequestLimitExceeded"_s);

    // Its own bucket: TerminateInstances of the same key is not throttled (it gets to the
    // protection check of its target), and another key has a full bucket.
    QCOMPARE(call(kTerminate, withIds({kProtected2}, {})).errorCode, u"UnsupportedOperation.InstancesProtected"_s);
    TencentTestClient other(m_emulator->url(), u"AKIDSECOND"_s, u"second-key"_s);
    QVERIFY(other.call(kModify, kRegion, lift({kProtected2})).succeeded());

    // A tenth of a second refills one call's token, and no more.
    nanoseconds += 100'000'000;
    QVERIFY(call(kModify, lift({kProtected1})).succeeded());
    QCOMPARE(call(kModify, lift({kProtected1})).errorCode, u"RequestLimitExceeded"_s);
}

void ProtectionTest::faultsApplyToTheAction_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("httpStatus"); // 0: the connection was dropped
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("applied");
    QTest::newRow("drop-after") << u"drop-after"_s << 0 << QString() << true;
    QTest::newRow("drop-before") << u"drop-before"_s << 0 << QString() << false;
    QTest::newRow("internal") << u"internal"_s << 200 << u"InternalError"_s << false;
    QTest::newRow("throttle") << u"throttle"_s << 200 << u"RequestLimitExceeded"_s << false;
    QTest::newRow("http500") << u"http500"_s << 500 << QString() << false;
    QTest::newRow("garbage") << u"garbage"_s << 200 << QString() << false;
}

void ProtectionTest::faultsApplyToTheAction()
{
    QFETCH(QString, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(bool, applied);
    emulator::Options options;
    options.rateLimits = false;
    options.faults = kind + u":ModifyInstancesAttribute@1"_s; // by the action's name, as --faults takes it
    start(options);

    RawRequest request = m_client->build(kModify, kRegion, lift({kProtected1}));
    request.oneShotBody = true; // Qt must not resend it behind our back
    const ApiReply reply = m_client->send(request);
    QCOMPARE(reply.httpStatus, httpStatus);
    QCOMPARE(reply.errorCode, code);
    const emulator::CallLogEntry logged = m_emulator->callLog().constLast();
    QCOMPARE(logged.action, kModify);
    QCOMPARE(logged.fault, kind);

    // Re-reading is how a client learns what became of a call whose reply it did not get.
    const QJsonObject instance = describe(kProtected1);
    QCOMPARE(instance.value(u"DisableApiTermination"_s).toBool(), !applied);
    if (applied) {
        QCOMPARE(instance.value(u"LatestOperation"_s).toString(), kModify);
        QCOMPARE(instance.value(u"LatestOperationState"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(instance.value(u"LatestOperationRequestId"_s).toString(), logged.requestId);
    } else {
        QVERIFY(untouched(kProtected1));
    }
    // The fault fired once: the next call is answered and applied.
    QVERIFY(call(kModify, lift({kProtected1})).succeeded());
    QCOMPARE(m_emulator->tencentFleet().find(kProtected1)->disableApiTermination, false);
}

void ProtectionTest::callLogRecordsTheCall()
{
    const ApiReply accepted = call(kModify, lift({kProtected1}));
    QVERIFY(accepted.succeeded());
    const ApiReply refused = call(kModify, lift({kShutdown}));
    QCOMPARE(refused.errorCode, u"UnsupportedOperation.InstanceStateShutdown"_s);

    QCOMPARE(m_emulator->callCount(kModify), 2);
    const QList<emulator::CallLogEntry> log = m_emulator->callLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).action, kModify);
    QCOMPARE(log.at(0).region, kRegion);
    QCOMPARE(log.at(0).secretId, u"AKIDSANDBOX"_s);
    QCOMPARE(log.at(0).requestId, accepted.requestId);
    QCOMPARE(log.at(0).errorCode, QString());
    QVERIFY(log.at(0).body.contains(kProtected1.toUtf8()));
    QVERIFY(log.at(0).body.contains("\"DisableApiTermination\":false"));
    QCOMPARE(log.at(1).requestId, refused.requestId);
    QCOMPARE(log.at(1).errorCode, u"UnsupportedOperation.InstanceStateShutdown"_s);
}

QTEST_GUILESS_MAIN(ProtectionTest)
#include "tst_emulator_protection.moc"

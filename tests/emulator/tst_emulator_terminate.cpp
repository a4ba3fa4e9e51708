// TerminateInstances and InquiryPriceTerminateInstances over HTTP: the asynchronous state machine
// (postpaid destroyed, prepaid to the recycle bin and then destroyed), whole-batch refusals and
// refund quotes.
#include "Emulator.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::TencentInstance;

namespace {

const QString kTerminate = u"TerminateInstances"_s;
const QString kInquiry = u"InquiryPriceTerminateInstances"_s;
const QString kRegion = u"ap-shanghai"_s;

// A plain instance nothing blocks; tests change one thing about it.
TencentInstance plain(const QString& id, const QString& chargeType = u"POSTPAID_BY_HOUR"_s)
{
    TencentInstance i;
    i.instanceId = id;
    i.instanceName = u"target "_s + id;
    i.region = kRegion;
    i.zone = u"ap-shanghai-2"_s;
    i.instanceChargeType = chargeType;
    i.instanceState = u"RUNNING"_s;
    i.osName = u"TencentOS Server 3.1 (TK4)"_s;
    i.createdTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    i.publicIpAddresses = {u"43.1.2.3"_s};
    i.latestOperation = u"StartInstances"_s;
    i.latestOperationState = u"SUCCESS"_s;
    i.latestOperationRequestId = u"c7de1287-061d-4ace-8caf-6ad8e5a2f29a"_s;
    if (chargeType == u"PREPAID"_s) {
        i.expiredTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
        i.renewFlag = u"NOTIFY_AND_MANUAL_RENEW"_s;
        i.monthlyPrice = 600;
    }
    return i;
}

QJsonObject ids(const QStringList& list)
{
    return {{u"InstanceIds"_s, QJsonArray::fromStringList(list)}};
}

} // namespace

class TerminateTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everythingButPrepaidIsTerminatingThenGone();
    void prepaidGoesToTheRecycleBinThenIsDestroyed();
    void recycleBinReleasesAfterRetention();
    void expiredSubscriptionStaysTheRetentionAfterItRanOut();
    void releaseAddressFreesThePublicIp();
    void batchWithAProtectedInstanceFailsWhole();
    void refusals_data();
    void refusals();
    void mixedChargeTypesAreRefused();
    void parametersAreChecked_data();
    void parametersAreChecked();
    void refundQuotes();
    void refundQuoteRefusals_data();
    void refundQuoteRefusals();

private:
    ApiReply call(const QString& action, const QJsonObject& params) { return m_client->call(action, kRegion, params); }
    TencentInstance* add(const TencentInstance& i)
    {
        m_emulator->tencentFleet().add(i);
        return m_emulator->tencentFleet().find(i.instanceId);
    }
    void advanceClock(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    QDateTime m_now;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<TencentTestClient> m_client;
};

void TerminateTest::init()
{
    // A clock the test moves; the client signs with the same clock.
    m_now = QDateTime(QDate(2025, 1, 31), QTime(12, 0), Qt::UTC);
    emulator::Options options;
    options.fleet = u"sandbox"_s;
    // Long enough that a loaded machine still sees the intermediate states; the tests that wait
    // for the end states wait once each.
    options.terminatingMs = 1500;
    options.prepaidIsolationMs = 1500;
    options.rateLimits = false;
    options.clock = [this] { return m_now; };
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<TencentTestClient>(m_emulator->url());
    m_client->setClock([this] { return m_now; });
}

void TerminateTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TerminateTest::everythingButPrepaidIsTerminatingThenGone()
{
    // Everything but a subscription is destroyed directly (reference §4.1, §3.3). One batch per
    // charge type (a batch holds one type), all waiting out the same transition.
    const QStringList types{u"POSTPAID_BY_HOUR"_s, u"SPOTPAID"_s, u"CDHPAID"_s, u"CDCPAID"_s};
    QHash<QString, QStringList> batches;
    for (qsizetype k = 0; k < types.size(); ++k) {
        for (const QString& state : {u"RUNNING"_s, u"STOPPED"_s}) {
            // ins-aaaa0001, ins-aaaa0002, ins-aaaa1001, ...
            const int n = state == u"RUNNING"_s ? 1 : 2;
            TencentInstance i = plain(u"ins-aaaa%1%2"_s.arg(k).arg(n, 3, 10, QChar(u'0')), types.at(k));
            i.instanceState = state;
            add(i);
            batches[types.at(k)].append(i.instanceId);
        }
    }
    QSignalSpy logged(m_emulator.get(), &Emulator::callLogged);
    QHash<QString, QString> requestIds;
    for (const QString& type : types) {
        const ApiReply reply = call(kTerminate, ids(batches.value(type)));
        QVERIFY2(reply.succeeded(), qPrintable(type + u": "_s + reply.errorCode + u' ' + reply.errorMessage));
        QCOMPARE(reply.response.keys(), QStringList{u"RequestId"_s}); // the reply holds only the RequestId
        for (const QString& id : batches.value(type))
            requestIds.insert(id, reply.requestId);
    }
    QCOMPARE(logged.size(), types.size());
    const QStringList all = requestIds.keys();

    // At once: TERMINATING, with the operation and the request id that started it.
    const ApiReply seen = call(u"DescribeInstances"_s, ids(all));
    const QJsonArray set = seen.response[u"InstanceSet"_s].toArray();
    QCOMPARE(set.size(), all.size());
    for (const QJsonValue& instance : set) {
        const QString id = instance[u"InstanceId"_s].toString();
        QCOMPARE(instance[u"InstanceState"_s].toString(), u"TERMINATING"_s);
        QCOMPARE(instance[u"LatestOperation"_s].toString(), kTerminate);
        QCOMPARE(instance[u"LatestOperationState"_s].toString(), u"OPERATING"_s);
        QCOMPARE(instance[u"LatestOperationRequestId"_s].toString(), requestIds.value(id));
    }

    // A second call while they terminate is refused, naming the instances.
    const QStringList postpaid = batches.value(types.first());
    const ApiReply again = call(kTerminate, ids(postpaid));
    QCOMPARE(again.errorCode, u"UnsupportedOperation.InstanceStateTerminating"_s);
    for (const QString& id : postpaid)
        QVERIFY(again.errorMessage.contains(id));

    // Then gone: no longer listed, by id an empty set, and no longer terminable.
    for (const QString& id : all)
        QTRY_VERIFY_WITH_TIMEOUT(!m_emulator->tencentFleet().contains(id), 10000);
    const ApiReply after = call(u"DescribeInstances"_s, ids(all));
    QVERIFY(after.succeeded());
    QCOMPARE(after.response[u"TotalCount"_s].toInt(), 0);
    const ApiReply status = call(u"DescribeInstancesStatus"_s, ids(all));
    QVERIFY(status.succeeded());
    QVERIFY(status.response[u"InstanceStatusSet"_s].toArray().isEmpty());
    const ApiReply destroyed = call(kTerminate, ids({postpaid.first()}));
    QCOMPARE(destroyed.errorCode, u"InvalidInstanceId.NotFound"_s);
    QVERIFY(destroyed.errorMessage.contains(postpaid.first()));
}

void TerminateTest::prepaidGoesToTheRecycleBinThenIsDestroyed()
{
    add(plain(u"ins-bbbb0001"_s, u"PREPAID"_s));

    const ApiReply first = call(kTerminate, ids({u"ins-bbbb0001"_s}));
    QVERIFY2(first.succeeded(), qPrintable(first.errorCode));
    const TencentInstance* i = m_emulator->tencentFleet().find(u"ins-bbbb0001"_s);
    // Being returned: the state is unchanged, the operation shows the return in progress.
    QCOMPARE(i->instanceState, u"RUNNING"_s);
    QCOMPARE(i->latestOperation, kTerminate);
    QCOMPARE(i->latestOperationState, u"OPERATING"_s);
    QCOMPARE(i->latestOperationRequestId, first.requestId);

    // A second call during the return is refused, and changes nothing.
    const ApiReply during = call(kTerminate, ids({u"ins-bbbb0001"_s}));
    QCOMPARE(during.errorCode, u"OperationDenied.InstanceOperationInProgress"_s);
    QVERIFY(during.errorMessage.contains(u"ins-bbbb0001"_s));
    QCOMPARE(i->latestOperationRequestId, first.requestId);

    // Then in the recycle bin until the retention ends, reported by ExpiredTime.
    QTRY_COMPARE_WITH_TIMEOUT(i->instanceState, u"SHUTDOWN"_s, 5000);
    const ApiReply listed =
        call(u"DescribeInstances"_s,
             {{u"Filters"_s,
               QJsonArray{QJsonObject{{u"Name"_s, u"instance-state"_s}, {u"Values"_s, QJsonArray{u"SHUTDOWN"_s}}}}},
              {u"Limit"_s, 100}});
    QJsonObject shown;
    for (const QJsonValue& v : listed.response[u"InstanceSet"_s].toArray()) {
        if (v[u"InstanceId"_s].toString() == u"ins-bbbb0001"_s)
            shown = v.toObject();
    }
    QCOMPARE(shown[u"InstanceState"_s].toString(), u"SHUTDOWN"_s);
    QCOMPARE(shown[u"LatestOperationState"_s].toString(), u"SUCCESS"_s);
    QCOMPARE(shown[u"IsolatedSource"_s].toString(), u"MANMADE"_s);
    QCOMPARE(shown[u"ExpiredTime"_s].toString(), u"2025-02-07T12:00:00Z"_s); // now + 7 days

    // The second TerminateInstances destroys it for good.
    const ApiReply second = call(kTerminate, ids({u"ins-bbbb0001"_s}));
    QVERIFY2(second.succeeded(), qPrintable(second.errorCode));
    QCOMPARE(i->instanceState, u"TERMINATING"_s);
    QCOMPARE(i->latestOperationRequestId, second.requestId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_emulator->tencentFleet().contains(u"ins-bbbb0001"_s), 5000);
    QCOMPARE(m_emulator->callCount(kTerminate), 3);
}

void TerminateTest::recycleBinReleasesAfterRetention()
{
    add(plain(u"ins-cccc0001"_s, u"PREPAID"_s));
    QVERIFY(call(kTerminate, ids({u"ins-cccc0001"_s})).succeeded());
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->tencentFleet().find(u"ins-cccc0001"_s)->instanceState, u"SHUTDOWN"_s, 5000);

    advanceClock(7 * 86400 - 1);
    QCOMPARE(call(u"DescribeInstances"_s, ids({u"ins-cccc0001"_s})).response[u"TotalCount"_s].toInt(), 1);
    advanceClock(2);
    const ApiReply after = call(u"DescribeInstances"_s, ids({u"ins-cccc0001"_s}));
    QVERIFY(after.succeeded());
    QCOMPARE(after.response[u"TotalCount"_s].toInt(), 0);
    QVERIFY(!m_emulator->tencentFleet().contains(u"ins-cccc0001"_s));
}

void TerminateTest::expiredSubscriptionStaysTheRetentionAfterItRanOut()
{
    // A subscription that ran out two days ago: its ExpiredTime is when it went in, not when it goes.
    TencentInstance ranOut = plain(u"ins-cccc0002"_s, u"PREPAID"_s);
    ranOut.instanceState = u"SHUTDOWN"_s;
    ranOut.isolatedSource = u"EXPIRE"_s;
    ranOut.restrictState = u"EXPIRED"_s;
    ranOut.expiredTime = m_now.addDays(-2);
    add(ranOut);

    advanceClock(5 * 86400 - 1);
    QCOMPARE(call(u"DescribeInstances"_s, ids({u"ins-cccc0002"_s})).response[u"TotalCount"_s].toInt(), 1);
    advanceClock(2);
    QCOMPARE(call(u"DescribeInstances"_s, ids({u"ins-cccc0002"_s})).response[u"TotalCount"_s].toInt(), 0);
}

void TerminateTest::releaseAddressFreesThePublicIp()
{
    add(plain(u"ins-dddd0001"_s, u"PREPAID"_s));
    add(plain(u"ins-dddd0002"_s, u"PREPAID"_s));
    QVERIFY(
        call(kTerminate, {{u"InstanceIds"_s, QJsonArray{u"ins-dddd0001"_s}}, {u"ReleaseAddress"_s, true}}).succeeded());
    QVERIFY(call(kTerminate, {{u"InstanceIds"_s, QJsonArray{u"ins-dddd0002"_s}}, {u"ReleasePrepaidDataDisks"_s, true}})
                .succeeded());
    const TencentInstance* released = m_emulator->tencentFleet().find(u"ins-dddd0001"_s);
    const TencentInstance* kept = m_emulator->tencentFleet().find(u"ins-dddd0002"_s);
    QTRY_COMPARE_WITH_TIMEOUT(released->instanceState, u"SHUTDOWN"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(kept->instanceState, u"SHUTDOWN"_s, 5000);
    QVERIFY(released->publicIpAddresses.isEmpty());
    QCOMPARE(kept->publicIpAddresses, QStringList{u"43.1.2.3"_s});
}

void TerminateTest::batchWithAProtectedInstanceFailsWhole()
{
    add(plain(u"ins-eeee0001"_s));
    add(plain(u"ins-eeee0002"_s));
    add(plain(u"ins-eeee0003"_s));
    QVERIFY(m_emulator->tencentFleet().setProtected(u"ins-eeee0002"_s, true));

    m_client->setLanguage("en-US"_ba);
    const ApiReply reply = call(kTerminate, ids({u"ins-eeee0001"_s, u"ins-eeee0002"_s, u"ins-eeee0003"_s}));
    QCOMPARE(reply.errorCode, u"UnsupportedOperation.InstancesProtected"_s);
    QVERIFY(reply.errorMessage.startsWith(u"The instance is under termination protection"_s));
    QVERIFY(reply.errorMessage.contains(u"ins-eeee0002"_s));
    QVERIFY(!reply.errorMessage.contains(u"ins-eeee0001"_s));
    QVERIFY(!reply.errorMessage.contains(u"ins-eeee0003"_s));

    // Nothing changed, not even for the allowed instances. Applying a call marks LatestOperation
    // synchronously, so an unchanged operation proves no transition was started.
    for (const QString& id : {u"ins-eeee0001"_s, u"ins-eeee0002"_s, u"ins-eeee0003"_s}) {
        const TencentInstance* i = m_emulator->tencentFleet().find(id);
        QVERIFY(i);
        QCOMPARE(i->instanceState, u"RUNNING"_s);
        QCOMPARE(i->latestOperation, u"StartInstances"_s);
        QCOMPARE(i->latestOperationState, u"SUCCESS"_s);
    }
    // Without the protected one, the rest goes.
    QVERIFY(call(kTerminate, ids({u"ins-eeee0001"_s, u"ins-eeee0003"_s})).succeeded());
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-eeee0001"_s)->instanceState, u"TERMINATING"_s);
}

void TerminateTest::refusals_data()
{
    QTest::addColumn<QString>("chargeType");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("change"); // what else is special about the instance
    QTest::addColumn<QString>("code");

    const QString postpaid = u"POSTPAID_BY_HOUR"_s;
    const QString prepaid = u"PREPAID"_s;
    const QList<std::pair<QString, QString>> states{
        {u"PENDING"_s, u"UnsupportedOperation.InstanceStatePending"_s},
        {u"LAUNCH_FAILED"_s, u"UnsupportedOperation.InstanceStateLaunchFailed"_s},
        {u"STARTING"_s, u"UnsupportedOperation.InstanceStateStarting"_s},
        {u"STOPPING"_s, u"UnsupportedOperation.InstanceStateStopping"_s},
        {u"REBOOTING"_s, u"UnsupportedOperation.InstanceStateRebooting"_s},
        {u"TERMINATING"_s, u"UnsupportedOperation.InstanceStateTerminating"_s},
        {u"ENTER_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateEnterRescueMode"_s},
        {u"RESCUE_MODE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
        {u"EXIT_RESCUE_MODE"_s, u"UnsupportedOperation.InstanceStateExitRescueMode"_s},
        {u"ENTER_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s},
        {u"SERVICE_LIVE_MIGRATE"_s, u"OperationDenied.InstanceOperationInProgress"_s},
        {u"EXIT_SERVICE_LIVE_MIGRATE"_s, u"UnsupportedOperation.InstanceStateExitServiceLiveMigrate"_s},
    };
    for (const auto& [state, code] : states)
        QTest::addRow("state %s", qPrintable(state)) << postpaid << state << QString() << code;
    QTest::newRow("termination protection")
        << postpaid << u"STOPPED"_s << u"protected"_s << u"UnsupportedOperation.InstancesProtected"_s;
    QTest::newRow("protection beats state")
        << postpaid << u"PENDING"_s << u"protected"_s << u"UnsupportedOperation.InstancesProtected"_s;
    QTest::newRow("banned") << postpaid << u"RUNNING"_s << u"banned"_s
                            << u"UnsupportedOperation.InstanceStateBanning"_s;
    QTest::newRow("another operation running")
        << postpaid << u"RUNNING"_s << u"operating"_s << u"OperationDenied.InstanceOperationInProgress"_s;
    QTest::newRow("prepaid with Red Hat")
        << prepaid << u"RUNNING"_s << u"redhat"_s << u"UnsupportedOperation.RedHatInstanceTerminateUnsupported"_s;
    QTest::newRow("prepaid outside the return policy")
        << prepaid << u"STOPPED"_s << u"unreturnable"_s << u"InvalidInstanceNotSupportedPrepaidInstance"_s;
}

void TerminateTest::refusals()
{
    QFETCH(QString, chargeType);
    QFETCH(QString, state);
    QFETCH(QString, change);
    QFETCH(QString, code);
    TencentInstance target = plain(u"ins-ffff0001"_s, chargeType);
    target.instanceState = state;
    target.disableApiTermination = change == u"protected"_s;
    if (change == u"banned"_s)
        target.restrictState = u"PROTECTIVELY_ISOLATED"_s;
    if (change == u"operating"_s)
        target.latestOperationState = u"OPERATING"_s;
    if (change == u"redhat"_s)
        target.osName = u"Red Hat Enterprise Linux 8.6 64位"_s;
    if (change == u"unreturnable"_s)
        target.returnable = false;
    add(target);
    add(plain(u"ins-ffff0002"_s, chargeType)); // an allowed instance in the same batch

    const ApiReply reply = call(kTerminate, ids({u"ins-ffff0002"_s, u"ins-ffff0001"_s}));
    QCOMPARE(reply.errorCode, code);
    QVERIFY2(reply.errorMessage.contains(u"ins-ffff0001"_s), qPrintable(reply.errorMessage));
    QVERIFY(!reply.errorMessage.contains(u"ins-ffff0002"_s));
    QCOMPARE(m_emulator->callLog().constLast().errorCode, code);

    // Applying starts every transition synchronously (LatestOperation), so this is conclusive.
    const TencentInstance* refused = m_emulator->tencentFleet().find(u"ins-ffff0001"_s);
    const TencentInstance* allowed = m_emulator->tencentFleet().find(u"ins-ffff0002"_s);
    QVERIFY(refused && allowed);
    QCOMPARE(refused->instanceState, state);
    QCOMPARE(refused->latestOperation, u"StartInstances"_s);
    QCOMPARE(allowed->instanceState, u"RUNNING"_s);
    QCOMPARE(allowed->latestOperation, u"StartInstances"_s);
}

void TerminateTest::mixedChargeTypesAreRefused()
{
    add(plain(u"ins-gggg0001"_s, u"POSTPAID_BY_HOUR"_s));
    add(plain(u"ins-gggg0002"_s, u"PREPAID"_s));
    add(plain(u"ins-gggg0003"_s, u"SPOTPAID"_s));
    for (const QStringList& batch :
         {QStringList{u"ins-gggg0001"_s, u"ins-gggg0002"_s}, QStringList{u"ins-gggg0001"_s, u"ins-gggg0003"_s}}) {
        const ApiReply reply = call(kTerminate, ids(batch));
        QCOMPARE(reply.errorCode, u"UnsupportedOperation.InstanceMixedPricingModel"_s);
        const ApiReply quote = call(kInquiry, ids(batch));
        QCOMPARE(quote.errorCode, u"UnsupportedOperation.InstanceMixedPricingModel"_s);
    }
    for (const QString& id : {u"ins-gggg0001"_s, u"ins-gggg0002"_s, u"ins-gggg0003"_s})
        QCOMPARE(m_emulator->tencentFleet().find(id)->latestOperation, u"StartInstances"_s);
}

void TerminateTest::parametersAreChecked_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("no InstanceIds") << QJsonObject{} << u"MissingParameter"_s << QString();
    QTest::newRow("empty InstanceIds") << ids({}) << u"MissingParameter"_s << QString();
    QTest::newRow("malformed id") << ids({u"ins-hhhh0001"_s, u"ins-12"_s}) << u"InvalidInstanceId.Malformed"_s
                                  << u"ins-12"_s;
    QTest::newRow("unknown id") << ids({u"ins-hhhh0001"_s, u"ins-00000000"_s}) << u"InvalidInstanceId.NotFound"_s
                                << u"ins-00000000"_s;
    QStringList many;
    for (int n = 0; n < 101; ++n)
        many.append(u"ins-h%1"_s.arg(n, 7, 10, QChar(u'0')));
    QTest::newRow("101 ids") << ids(many) << u"InvalidParameterValue.LimitExceeded"_s << QString();
    QTest::newRow("ReleaseAddress not a boolean")
        << QJsonObject{{u"InstanceIds"_s, QJsonArray{u"ins-hhhh0001"_s}}, {u"ReleaseAddress"_s, u"yes"_s}}
        << u"InvalidParameter"_s << QString();
    QTest::newRow("unknown parameter") << QJsonObject{{u"InstanceIds"_s, QJsonArray{u"ins-hhhh0001"_s}},
                                                      {u"Force"_s, true}}
                                       << u"UnknownParameter"_s << QString();
}

void TerminateTest::parametersAreChecked()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    QFETCH(QString, named);
    add(plain(u"ins-hhhh0001"_s));
    const ApiReply reply = call(kTerminate, params);
    QCOMPARE(reply.errorCode, code);
    QVERIFY(reply.errorMessage.contains(named));
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-hhhh0001"_s)->instanceState, u"RUNNING"_s);
    // An instance of another region is not found here either.
    const ApiReply elsewhere = m_client->call(kTerminate, u"ap-beijing"_s, ids({u"ins-hhhh0001"_s}));
    QCOMPARE(elsewhere.errorCode, u"InvalidInstanceId.NotFound"_s);
}

void TerminateTest::refundQuotes()
{
    TencentInstance a = plain(u"ins-kkkk0001"_s, u"PREPAID"_s);
    a.expiredTime = m_now.addDays(45); // a month and a half unused, 600 a month
    add(a);
    TencentInstance b = plain(u"ins-kkkk0002"_s, u"PREPAID"_s);
    b.expiredTime = m_now.addDays(3);
    b.monthlyPrice = 100;
    add(b);

    ApiReply reply = call(kInquiry, ids({u"ins-kkkk0001"_s, u"ins-kkkk0002"_s}));
    QVERIFY2(reply.succeeded(), qPrintable(reply.errorCode));
    const QJsonArray set = reply.response[u"InstanceRefundsSet"_s].toArray();
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.at(0)[u"InstanceId"_s].toString(), u"ins-kkkk0001"_s);
    QCOMPARE(set.at(0)[u"Refunds"_s].toDouble(), 900.0);
    QCOMPARE(set.at(1)[u"Refunds"_s].toDouble(), 10.0);
    QVERIFY(set.at(0)[u"PriceDetail"_s].toString().startsWith(u"退款:900.00元"_s)); // zh-CN by default
    QCOMPARE(set.at(0).toObject().keys(), (QStringList{u"InstanceId"_s, u"PriceDetail"_s, u"Refunds"_s}));

    m_client->setLanguage("en-US"_ba);
    reply = call(kInquiry, ids({u"ins-kkkk0001"_s}));
    QVERIFY(
        reply.response[u"InstanceRefundsSet"_s][0][u"PriceDetail"_s].toString().startsWith(u"Refund: 900.00 CNY"_s));

    // A quote changes nothing; in the recycle bin nothing is left to refund.
    QCOMPARE(m_emulator->tencentFleet().find(u"ins-kkkk0001"_s)->latestOperation, u"StartInstances"_s);
    QVERIFY(call(kTerminate, ids({u"ins-kkkk0001"_s})).succeeded());
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->tencentFleet().find(u"ins-kkkk0001"_s)->instanceState, u"SHUTDOWN"_s, 5000);
    reply = call(kInquiry, ids({u"ins-kkkk0001"_s}));
    QCOMPARE(reply.response[u"InstanceRefundsSet"_s][0][u"Refunds"_s].toDouble(), 0.0);
}

void TerminateTest::refundQuoteRefusals_data()
{
    QTest::addColumn<QString>("chargeType");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("postpaid") << u"POSTPAID_BY_HOUR"_s << QString() << u"InvalidInstance.NotSupported"_s;
    QTest::newRow("spot") << u"SPOTPAID"_s << QString() << u"InvalidInstance.NotSupported"_s;
    QTest::newRow("Red Hat") << u"PREPAID"_s << u"redhat"_s << u"FailedOperation.Unreturnable"_s;
    QTest::newRow("outside the return policy")
        << u"PREPAID"_s << u"unreturnable"_s << u"InvalidInstanceNotSupportedPrepaidInstance"_s;
    QTest::newRow("banned") << u"PREPAID"_s << u"banned"_s << u"UnsupportedOperation.InstanceStateBanning"_s;
}

void TerminateTest::refundQuoteRefusals()
{
    QFETCH(QString, chargeType);
    QFETCH(QString, change);
    QFETCH(QString, code);
    TencentInstance i = plain(u"ins-mmmm0001"_s, chargeType);
    if (change == u"redhat"_s)
        i.osName = u"Red Hat Enterprise Linux 9.0 64位"_s;
    if (change == u"unreturnable"_s)
        i.returnable = false;
    if (change == u"banned"_s)
        i.restrictState = u"PROTECTIVELY_ISOLATED"_s;
    add(i);
    const ApiReply reply = call(kInquiry, ids({u"ins-mmmm0001"_s}));
    QCOMPARE(reply.errorCode, code);
    QVERIFY(reply.errorMessage.contains(u"ins-mmmm0001"_s));
}

QTEST_GUILESS_MAIN(TerminateTest)
#include "tst_emulator_terminate.moc"

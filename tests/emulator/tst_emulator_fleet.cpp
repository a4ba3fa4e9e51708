// The fleets the emulator serves: the deterministic sandbox mix, the scaled benchmark fleet (up to
// 100k instances, paged quickly), fleet files, and the TencentFleet API tests use.
#include "Emulator.h"
#include "TencentFleet.h"
#include "TencentRegions.h"
#include "TencentTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::TencentFleet;
using emulator::TencentInstance;

namespace {

QList<const TencentInstance*> all(const TencentFleet& fleet)
{
    QList<const TencentInstance*> out;
    for (const QString& region : fleet.regions()) {
        for (const TencentInstance* i : fleet.inRegion(region))
            out.append(i);
    }
    return out;
}

int count(const TencentFleet& fleet, const std::function<bool(const TencentInstance&)>& predicate)
{
    return int(fleet.idsWhere(predicate).size());
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(u"fleet.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the fleet file");
    return path;
}

} // namespace

class FleetTest : public QObject
{
    Q_OBJECT

private slots:
    void sandboxCoversWhatTeardownMeets();
    void sandboxIsDeterministicFromTheSeed();
    void scaledFleetHasNPerZone();
    void hundredThousandInstancesAreServed();
    void fleetFileIsLoaded();
    void badFleetFilesAreRefused_data();
    void badFleetFilesAreRefused();
    void fleetApiForTests();
};

void FleetTest::sandboxCoversWhatTeardownMeets()
{
    Emulator e;
    const TencentFleet& fleet = e.tencentFleet();
    QVERIFY2(fleet.size() >= 140 && fleet.size() <= 160, qPrintable(QString::number(fleet.size())));

    const QStringList regions = fleet.regions();
    QVERIFY(regions.size() >= 7);
    for (const QString& region : {u"ap-guangzhou"_s, u"ap-shanghai"_s, u"ap-beijing"_s, u"ap-chengdu"_s,
                                  u"ap-hongkong"_s, u"ap-singapore"_s, u"na-siliconvalley"_s})
        QVERIFY2(regions.contains(region), qPrintable(region));

    static const QRegularExpression idPattern(u"^ins-[a-z0-9]{8}$"_s);
    static const QRegularExpression han(u"\\p{Han}"_s);
    QSet<QString> ids, states, chargeTypes, envs, zones;
    QHash<QString, QSet<QString>> zonesByRegion;
    for (const TencentInstance* i : all(fleet)) {
        QVERIFY2(idPattern.match(i->instanceId).hasMatch(), qPrintable(i->instanceId));
        QVERIFY(!ids.contains(i->instanceId));
        ids.insert(i->instanceId);
        states.insert(i->instanceState);
        chargeTypes.insert(i->instanceChargeType);
        envs.insert(i->tagValue(u"env"_s));
        QVERIFY2(i->zone.startsWith(i->region + u'-'), qPrintable(i->zone));
        zonesByRegion[i->region].insert(i->zone);
        QVERIFY(i->createdTime.isValid() && i->createdTime < e.now());
        QVERIFY(!i->privateIpAddresses.isEmpty());
        if (i->isolatedSource == u"EXPIRE"_s) // ran out: went into the bin when it expired, in the last week
            QVERIFY2(i->expiredTime < e.now() && i->expiredTime > e.now().addDays(-8), qPrintable(i->instanceId));
        else if (i->isPrepaid())
            QVERIFY2(i->expiredTime > e.now(), qPrintable(i->instanceId)); // in the future, also in the bin
        else if (i->instanceState != u"SHUTDOWN"_s)
            QVERIFY(!i->expiredTime.isValid());
    }
    // Every state the reference lists (§3.3), every charge type.
    for (const QString& state :
         {u"PENDING"_s, u"LAUNCH_FAILED"_s, u"RUNNING"_s, u"STOPPED"_s, u"STARTING"_s, u"STOPPING"_s, u"REBOOTING"_s,
          u"SHUTDOWN"_s, u"TERMINATING"_s, u"ENTER_RESCUE_MODE"_s, u"RESCUE_MODE"_s, u"EXIT_RESCUE_MODE"_s,
          u"ENTER_SERVICE_LIVE_MIGRATE"_s, u"SERVICE_LIVE_MIGRATE"_s, u"EXIT_SERVICE_LIVE_MIGRATE"_s})
        QVERIFY2(states.contains(state), qPrintable(state));
    QCOMPARE(chargeTypes,
             (QSet<QString>{u"POSTPAID_BY_HOUR"_s, u"PREPAID"_s, u"SPOTPAID"_s, u"CDHPAID"_s, u"CDCPAID"_s}));
    QVERIFY(envs.contains(u"prod"_s) && envs.contains(u"staging"_s) && envs.contains(u"dev"_s));
    QVERIFY(zonesByRegion.value(u"ap-guangzhou"_s).size() >= 3);
    QVERIFY(zonesByRegion.value(u"ap-shanghai"_s).size() >= 3);

    const int isProtected = count(fleet, [](const TencentInstance& i) { return i.disableApiTermination; });
    QVERIFY2(isProtected >= 8 && isProtected <= 14, qPrintable(QString::number(isProtected)));
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.restrictState == u"PROTECTIVELY_ISOLATED"_s; }) >= 2);
    QVERIFY(count(fleet,
                  [](const TencentInstance& i) {
                      return i.isPrepaid() && i.hasCommercialOs() && i.instanceState != u"SHUTDOWN"_s;
                  })
            >= 3);
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.isPrepaid() && !i.returnable; }) >= 1);
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.latestOperationState == u"OPERATING"_s; }) >= 1);
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.instanceState == u"SHUTDOWN"_s && i.isPrepaid(); })
            >= 3);
    const int chinese = count(fleet, [](const TencentInstance& i) { return han.match(i.instanceName).hasMatch(); });
    QVERIFY(chinese >= 20 && chinese <= fleet.size() - 20); // a real mix of both
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.instanceName == u"支付网关-01"_s; }) == 1);
}

void FleetTest::sandboxIsDeterministicFromTheSeed()
{
    emulator::Options one;
    one.seed = 42;
    const QStringList first = Emulator(one).tencentFleet().ids();
    QCOMPARE(Emulator(one).tencentFleet().ids(), first);
    emulator::Options other;
    other.seed = 43;
    const QStringList second = Emulator(other).tencentFleet().ids();
    QCOMPARE(second.size(), first.size());
    QVERIFY(
        QSet<QString>(second.cbegin(), second.cend()).intersect(QSet<QString>(first.cbegin(), first.cend())).isEmpty());
}

void FleetTest::scaledFleetHasNPerZone()
{
    emulator::Options options;
    options.scale = 25;
    Emulator e(options);
    const TencentFleet& fleet = e.tencentFleet();
    int zones = 0;
    for (const QString& region : emulator::TencentRegions::sandboxRegions()) {
        const QStringList regionZones = emulator::TencentRegions::find(region)->zones;
        zones += int(regionZones.size());
        for (const QString& zone : regionZones)
            QCOMPARE(count(fleet, [&](const TencentInstance& i) { return i.zone == zone; }), 25);
    }
    QCOMPARE(fleet.size(), 25 * zones);
    const int steady = count(fleet, [](const TencentInstance& i) {
        return i.instanceState == u"RUNNING"_s || i.instanceState == u"STOPPED"_s;
    });
    QVERIFY(steady >= fleet.size() * 85 / 100);
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.isPrepaid(); }) > fleet.size() / 5);
    QVERIFY(count(fleet, [](const TencentInstance& i) { return i.instanceChargeType == u"SPOTPAID"_s; }) > 0);
}

// What it takes is measured by bench/bench_emulator_fleet; this checks what it serves.
void FleetTest::hundredThousandInstancesAreServed()
{
    emulator::Options options;
    options.scale = 3850; // x 26 zones = 100,100 instances
    options.rateLimits = false;
    Emulator e(options);
    QCOMPARE(e.tencentFleet().size(), 3850 * 26);
    QVERIFY(e.listen());

    // A deep page of a region of ~15k instances, and a filtered count, over HTTP.
    TencentTestClient client(e.url());
    const QString region = u"ap-shanghai"_s;
    const int inRegion = int(e.tencentFleet().inRegion(region).size());
    ApiReply reply = client.call(u"DescribeInstances"_s, region, {{u"Offset"_s, inRegion - 50}, {u"Limit"_s, 100}});
    QVERIFY(reply.succeeded());
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), inRegion);
    QCOMPARE(reply.response[u"InstanceSet"_s].toArray().size(), 50);
    reply = client.call(
        u"DescribeInstances"_s, region,
        {{u"Filters"_s,
          QJsonArray{QJsonObject{{u"Name"_s, u"instance-state"_s}, {u"Values"_s, QJsonArray{u"STOPPED"_s}}}}}});
    QVERIFY(reply.succeeded());
    QVERIFY(reply.response[u"TotalCount"_s].toInt() > 0);
    const QString last = e.tencentFleet().inRegion(region).constLast()->instanceId;
    QVERIFY(client.call(u"TerminateInstances"_s, region, {{u"InstanceIds"_s, QJsonArray{last}}}).errorCode
            != u"InternalError"_s);
}

void FleetTest::fleetFileIsLoaded()
{
    QTemporaryDir dir;
    const QByteArray content = R"({"tencent":[
        {"InstanceId":"ins-f11e0001","InstanceName":"从文件加载","Placement":{"Zone":"ap-tokyo-2","ProjectId":3},
         "InstanceState":"STOPPED","InstanceChargeType":"PREPAID","ExpiredTime":"2030-01-01T00:00:00Z",
         "DisableApiTermination":true,"OsName":"Red Hat Enterprise Linux 8.6 64位",
         "PrivateIpAddresses":["10.9.8.7"],"Tags":[{"Key":"env","Value":"prod"}],"MonthlyPrice":512.5,
         "Returnable":false},
        {"InstanceId":"ins-f11e0002","Region":"eu-frankfurt"}
    ]})"_ba;
    emulator::Options options;
    options.fleet = writeFile(dir, content);
    Emulator e(options);
    QCOMPARE(e.setupError(), QString());
    QCOMPARE(e.tencentFleet().size(), 2);
    const TencentInstance* a = e.tencentFleet().find(u"ins-f11e0001"_s);
    QVERIFY(a);
    QCOMPARE(a->region, u"ap-tokyo"_s); // from the zone
    QCOMPARE(a->zone, u"ap-tokyo-2"_s);
    QCOMPARE(a->projectId, 3);
    QCOMPARE(a->instanceName, u"从文件加载"_s);
    QCOMPARE(a->instanceState, u"STOPPED"_s);
    QCOMPARE(a->expiredTime, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(a->disableApiTermination);
    QVERIFY(a->hasCommercialOs());
    QVERIFY(!a->returnable);
    QCOMPARE(a->monthlyPrice, 512.5);
    QCOMPARE(a->tagValue(u"env"_s), u"prod"_s);
    const TencentInstance* b = e.tencentFleet().find(u"ins-f11e0002"_s);
    QCOMPARE(b->zone, u"eu-frankfurt-1"_s);
    QCOMPARE(b->instanceState, u"RUNNING"_s); // defaults
    QCOMPARE(b->instanceChargeType, u"POSTPAID_BY_HOUR"_s);

    // It is served like any fleet.
    QVERIFY(e.listen());
    TencentTestClient client(e.url());
    const ApiReply reply = client.call(u"DescribeInstances"_s, u"ap-tokyo"_s, {});
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), 1);
    QCOMPARE(reply.response[u"InstanceSet"_s][0][u"InstanceName"_s].toString(), u"从文件加载"_s);
}

void FleetTest::badFleetFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << "{tencent:"_ba << u"not JSON"_s;
    QTest::newRow("no tencent array") << R"({"instances":[]})"_ba << u"tencent"_s;
    QTest::newRow("malformed id") << R"({"tencent":[{"InstanceId":"ins-1","Region":"ap-tokyo"}]})"_ba << u"ins-1"_s;
    QTest::newRow("no region or zone") << R"({"tencent":[{"InstanceId":"ins-abcd1234"}]})"_ba << u"Region"_s;
    QTest::newRow("duplicate id")
        << R"({"tencent":[{"InstanceId":"ins-abcd1234","Region":"ap-tokyo"},{"InstanceId":"ins-abcd1234","Region":"ap-tokyo"}]})"_ba
        << u"duplicate"_s;
    QTest::newRow("wrong type") << R"({"tencent":[{"InstanceId":"ins-abcd1234","Region":"ap-tokyo","CPU":"two"}]})"_ba
                                << u"CPU"_s;
}

void FleetTest::badFleetFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    emulator::Options options;
    options.fleet = writeFile(dir, content);
    Emulator e(options);
    QVERIFY2(e.setupError().contains(mentions), qPrintable(e.setupError()));
    QCOMPARE(e.tencentFleet().size(), 0);
    QString error;
    QVERIFY(!e.listen(QHostAddress::LocalHost, 0, &error));
    QCOMPARE(error, e.setupError());

    options.fleet = dir.filePath(u"missing.json"_s);
    QVERIFY(!Emulator(options).setupError().isEmpty());
}

void FleetTest::fleetApiForTests()
{
    emulator::Options options;
    options.fleet = u"sandbox"_s;
    Emulator e(options);
    TencentFleet& fleet = e.tencentFleet();
    const int before = fleet.size();

    TencentInstance i;
    i.instanceId = u"ins-a11a0001"_s;
    i.region = u"ap-seoul"_s;
    i.zone = u"ap-seoul-1"_s;
    QVERIFY(fleet.add(i));
    QVERIFY(!fleet.add(i)); // duplicate
    i.instanceId = u"ins-BAD"_s;
    QVERIFY(!fleet.add(i));
    QCOMPARE(fleet.size(), before + 1);
    QVERIFY(fleet.regions().contains(u"ap-seoul"_s));

    QVERIFY(fleet.setProtected(u"ins-a11a0001"_s, true));
    QVERIFY(fleet.find(u"ins-a11a0001"_s)->disableApiTermination);
    QVERIFY(fleet.setState(u"ins-a11a0001"_s, u"STOPPED"_s));
    QCOMPARE(fleet.idsWhere([](const TencentInstance& x) { return x.region == u"ap-seoul"_s; }),
             QStringList{u"ins-a11a0001"_s});
    QVERIFY(fleet.ids().contains(u"ins-a11a0001"_s));
    QVERIFY(!fleet.setState(u"ins-00000000"_s, u"STOPPED"_s));
    QVERIFY(fleet.remove(u"ins-a11a0001"_s));
    QVERIFY(!fleet.remove(u"ins-a11a0001"_s));
    QVERIFY(!fleet.find(u"ins-a11a0001"_s));
    QVERIFY(fleet.inRegion(u"ap-seoul"_s).isEmpty());
    QCOMPARE(fleet.size(), before);
}

QTEST_GUILESS_MAIN(FleetTest)
#include "tst_emulator_fleet.moc"

// DescribeRegions, DescribeInstances and DescribeInstancesStatus over HTTP: paging, every filter,
// parameter checks, the common errors and the language of messages.
#include "Emulator.h"
#include "TencentErrors.h"
#include "TencentFleet.h"
#include "TencentTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using emulator::Emulator;
using emulator::TencentInstance;

namespace {

const QString kDescribe = u"DescribeInstances"_s;
const QString kStatus = u"DescribeInstancesStatus"_s;
const QString kGuangzhou = u"ap-guangzhou"_s;

QStringList idsOf(const QJsonArray& set)
{
    QStringList ids;
    for (const QJsonValue& v : set)
        ids.append(v[u"InstanceId"_s].toString());
    return ids;
}

QJsonObject filter(const QString& name, const QStringList& values)
{
    return QJsonObject{{u"Name"_s, name}, {u"Values"_s, QJsonArray::fromStringList(values)}};
}

} // namespace

class DescribeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void describeRegionsNamesFollowTheLanguage_data();
    void describeRegionsNamesFollowTheLanguage();
    void pagingCoversTheRegion_data();
    void pagingCoversTheRegion();
    void defaultLimitIsTwenty();
    void pagingParametersAreChecked_data();
    void pagingParametersAreChecked();
    void filtersSelectTheMatchingInstances_data();
    void filtersSelectTheMatchingInstances();
    void invalidFiltersAreRefused_data();
    void invalidFiltersAreRefused();
    void instanceIdsAndFiltersAreExclusive();
    void instanceIdsListWhatExists();
    void invalidInstanceIdsAreRefused_data();
    void invalidInstanceIdsAreRefused();
    void instanceFieldsFollowTheApi();
    void describeInstancesStatus();
    void commonErrors_data();
    void commonErrors();
    void messagesFollowTheLanguage_data();
    void messagesFollowTheLanguage();

private:
    ApiReply describe(const QJsonObject& params, const QString& region = kGuangzhou)
    {
        return m_client->call(kDescribe, region, params);
    }
    QStringList expectedIds(const QString& region, const std::function<bool(const TencentInstance&)>& predicate)
    {
        return m_emulator->tencentFleet().idsWhere(
            [&](const TencentInstance& i) { return i.region == region && predicate(i); });
    }

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<TencentTestClient> m_client;
};

void DescribeTest::init()
{
    emulator::Options options;
    options.rateLimits = false; // paging loops would otherwise meet the 40/s limit
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<TencentTestClient>(m_emulator->url());
}

void DescribeTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void DescribeTest::describeRegionsNamesFollowTheLanguage_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("guangzhou");
    QTest::newRow("default zh-CN") << QByteArray() << u"华南地区(广州)"_s;
    QTest::newRow("zh-CN") << "zh-CN"_ba << u"华南地区(广州)"_s;
    QTest::newRow("en-US") << "en-US"_ba << u"South China(Guangzhou)"_s;
}

void DescribeTest::describeRegionsNamesFollowTheLanguage()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, guangzhou);
    m_client->setLanguage(language);
    const ApiReply reply = m_client->call(u"DescribeRegions"_s, {}, {}); // no region needed
    QVERIFY2(reply.succeeded(), qPrintable(reply.errorCode));
    const QJsonArray set = reply.response[u"RegionSet"_s].toArray();
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), set.size());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : set)
        byId.insert(v[u"Region"_s].toString(), v.toObject());
    QCOMPARE(byId.value(kGuangzhou)[u"RegionName"_s].toString(), guangzhou);
    // Every region of the fleet is listed and available.
    for (const QString& region : m_emulator->tencentFleet().regions())
        QCOMPARE(byId.value(region)[u"RegionState"_s].toString(), u"AVAILABLE"_s);
    QCOMPARE(byId.value(u"eu-moscow"_s)[u"RegionState"_s].toString(), u"UNAVAILABLE"_s);
}

void DescribeTest::pagingCoversTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("limit");
    for (const QString& region : {u"ap-guangzhou"_s, u"ap-beijing"_s, u"na-siliconvalley"_s}) {
        QTest::addRow("%s, Limit 100", qPrintable(region)) << region << 100;
        QTest::addRow("%s, Limit 7", qPrintable(region)) << region << 7;
    }
}

void DescribeTest::pagingCoversTheRegion()
{
    QFETCH(QString, region);
    QFETCH(int, limit);
    const QStringList expected = expectedIds(region, [](const TencentInstance&) { return true; });
    QVERIFY(expected.size() > 7);
    QStringList seen;
    int pages = 0;
    for (int offset = 0;; offset += limit) {
        const ApiReply reply = describe({{u"Offset"_s, offset}, {u"Limit"_s, limit}}, region);
        QVERIFY2(reply.succeeded(), qPrintable(reply.errorCode));
        QCOMPARE(reply.response[u"TotalCount"_s].toInt(), expected.size());
        const QStringList page = idsOf(reply.response[u"InstanceSet"_s].toArray());
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= limit);
        seen += page;
        ++pages;
    }
    QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    QCOMPARE(seen, expected); // every instance once, in a stable order
}

void DescribeTest::defaultLimitIsTwenty()
{
    const ApiReply reply = describe({});
    QVERIFY(reply.succeeded());
    const int inRegion = int(m_emulator->tencentFleet().inRegion(kGuangzhou).size());
    QVERIFY(inRegion > 20);
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), inRegion);
    QCOMPARE(reply.response[u"InstanceSet"_s].toArray().size(), 20);
}

void DescribeTest::pagingParametersAreChecked_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    QTest::newRow("Limit 100 is the maximum") << QJsonObject{{u"Limit"_s, 100}} << QString();
    QTest::newRow("Limit 101") << QJsonObject{{u"Limit"_s, 101}} << u"InvalidParameterValue"_s;
    QTest::newRow("Limit -1") << QJsonObject{{u"Limit"_s, -1}} << u"InvalidParameterValue"_s;
    QTest::newRow("Offset -1") << QJsonObject{{u"Offset"_s, -1}} << u"InvalidParameterValue"_s;
    QTest::newRow("Limit as text") << QJsonObject{{u"Limit"_s, u"20"_s}} << u"InvalidParameter"_s;
    QTest::newRow("Limit not whole") << QJsonObject{{u"Limit"_s, 2.5}} << u"InvalidParameter"_s;
    QTest::newRow("Offset past the end") << QJsonObject{{u"Offset"_s, 100000}} << QString();
}

void DescribeTest::pagingParametersAreChecked()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    for (const QString& action : {kDescribe, kStatus}) {
        const ApiReply reply = m_client->call(action, kGuangzhou, params);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.errorCode, code);
    }
}

void DescribeTest::filtersSelectTheMatchingInstances_data()
{
    QTest::addColumn<QJsonArray>("filters");
    QTest::addColumn<QStringList>("expected");

    // Expected ids are computed from the fleet records directly, independently of the filter code.
    emulator::Options options;
    Emulator e(options);
    const emulator::TencentFleet& fleet = e.tencentFleet();
    auto where = [&](const std::function<bool(const TencentInstance&)>& p) {
        return fleet.idsWhere([&](const TencentInstance& i) { return i.region == kGuangzhou && p(i); });
    };
    const QList<TencentInstance*>& region = fleet.inRegion(kGuangzhou);
    const TencentInstance* sample = region.at(3);
    const TencentInstance* withPublicIp = *std::find_if(
        region.cbegin(), region.cend(), [](const TencentInstance* i) { return !i->publicIpAddresses.isEmpty(); });

    QTest::newRow("zone") << QJsonArray{filter(u"zone"_s, {sample->zone})}
                          << where([&](const TencentInstance& i) { return i.zone == sample->zone; });
    QTest::newRow("two zones ORed") << QJsonArray{filter(u"zone"_s, {u"ap-guangzhou-3"_s, u"ap-guangzhou-7"_s})}
                                    << where([](const TencentInstance& i) {
                                           return i.zone == u"ap-guangzhou-3"_s || i.zone == u"ap-guangzhou-7"_s;
                                       });
    QTest::newRow("instance-id") << QJsonArray{filter(u"instance-id"_s, {sample->instanceId})}
                                 << QStringList{sample->instanceId};
    QTest::newRow("instance-name, part of the name")
        << QJsonArray{filter(u"instance-name"_s, {u"服务"_s})}
        << where([](const TencentInstance& i) { return i.instanceName.contains(u"服务"_s); });
    QTest::newRow("instance-state") << QJsonArray{filter(u"instance-state"_s, {u"STOPPED"_s})}
                                    << where([](const TencentInstance& i) { return i.instanceState == u"STOPPED"_s; });
    QTest::newRow("instance-state SHUTDOWN (recycle bin)")
        << QJsonArray{filter(u"instance-state"_s, {u"SHUTDOWN"_s})}
        << where([](const TencentInstance& i) { return i.instanceState == u"SHUTDOWN"_s; });
    QTest::newRow("instance-charge-type, two values")
        << QJsonArray{filter(u"instance-charge-type"_s, {u"PREPAID"_s, u"SPOTPAID"_s})}
        << where([](const TencentInstance& i) {
               return i.instanceChargeType == u"PREPAID"_s || i.instanceChargeType == u"SPOTPAID"_s;
           });
    QTest::newRow("tag-key") << QJsonArray{filter(u"tag-key"_s, {u"team"_s})}
                             << where([](const TencentInstance& i) { return i.hasTagKey(u"team"_s); });
    QTest::newRow("tag-value") << QJsonArray{filter(u"tag-value"_s, {u"prod"_s})}
                               << where([](const TencentInstance& i) {
                                      return std::any_of(i.tags.cbegin(), i.tags.cend(),
                                                         [](const auto& t) { return t.value == u"prod"_s; });
                                  });
    QTest::newRow("tag:env") << QJsonArray{filter(u"tag:env"_s, {u"prod"_s, u"staging"_s})}
                             << where([](const TencentInstance& i) {
                                    return i.tagValue(u"env"_s) == u"prod"_s || i.tagValue(u"env"_s) == u"staging"_s;
                                });
    QTest::newRow("tag:环境 (Chinese key)")
        << QJsonArray{filter(u"tag:环境"_s, {u"生产"_s})}
        << where([](const TencentInstance& i) { return i.tagValue(u"环境"_s) == u"生产"_s; });
    QTest::newRow("private-ip-address") << QJsonArray{filter(u"private-ip-address"_s, sample->privateIpAddresses)}
                                        << QStringList{sample->instanceId};
    QTest::newRow("public-ip-address") << QJsonArray{filter(u"public-ip-address"_s, withPublicIp->publicIpAddresses)}
                                       << QStringList{withPublicIp->instanceId};
    QTest::newRow("filters ANDed") << QJsonArray{filter(u"instance-charge-type"_s, {u"POSTPAID_BY_HOUR"_s}),
                                                 filter(u"instance-state"_s, {u"RUNNING"_s}),
                                                 filter(u"tag:env"_s, {u"prod"_s})}
                                   << where([](const TencentInstance& i) {
                                          return i.instanceChargeType == u"POSTPAID_BY_HOUR"_s
                                              && i.instanceState == u"RUNNING"_s && i.tagValue(u"env"_s) == u"prod"_s;
                                      });
    QTest::newRow("nothing matches") << QJsonArray{filter(u"instance-name"_s, {u"no-such-name"_s})} << QStringList();
}

void DescribeTest::filtersSelectTheMatchingInstances()
{
    QFETCH(QJsonArray, filters);
    QFETCH(QStringList, expected);
    const ApiReply reply = describe({{u"Filters"_s, filters}, {u"Limit"_s, 100}});
    QVERIFY2(reply.succeeded(), qPrintable(reply.errorCode + u' ' + reply.errorMessage));
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), expected.size());
    QCOMPARE(idsOf(reply.response[u"InstanceSet"_s].toArray()), expected);
}

void DescribeTest::invalidFiltersAreRefused_data()
{
    QTest::addColumn<QJsonValue>("filters");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown name") << QJsonValue(QJsonArray{filter(u"colour"_s, {u"red"_s})}) << u"InvalidFilter"_s;
    QTest::newRow("six values") << QJsonValue(QJsonArray{filter(
        u"instance-state"_s, {u"RUNNING"_s, u"STOPPED"_s, u"PENDING"_s, u"SHUTDOWN"_s, u"REBOOTING"_s, u"STARTING"_s})})
                                << u"InvalidFilterValue.LimitExceeded"_s;
    QJsonArray eleven;
    for (int n = 0; n < 11; ++n)
        eleven.append(filter(u"instance-state"_s, {u"RUNNING"_s}));
    QTest::newRow("eleven filters") << QJsonValue(eleven) << u"InvalidParameterValue.LimitExceeded"_s;
    QTest::newRow("zone of another region")
        << QJsonValue(QJsonArray{filter(u"zone"_s, {u"ap-beijing-3"_s})}) << u"InvalidZone.MismatchRegion"_s;
    QTest::newRow("malformed IP") << QJsonValue(QJsonArray{filter(u"private-ip-address"_s, {u"10.0.0.300"_s})})
                                  << u"InvalidParameterValue.IPAddressMalformed"_s;
    QTest::newRow("malformed instance-id") << QJsonValue(QJsonArray{filter(u"instance-id"_s, {u"ins-1122"_s})})
                                           << u"InvalidParameterValue.InstanceIdMalformed"_s;
    QTest::newRow("bad creation time") << QJsonValue(QJsonArray{filter(u"creation-start-time"_s, {u"yesterday"_s})})
                                       << u"InvalidParameterValue.InvalidTimeFormat"_s;
    QTest::newRow("Filters not an array") << QJsonValue(u"zone=ap-guangzhou-3"_s) << u"InvalidParameter"_s;
    QTest::newRow("Values not strings") << QJsonValue(
        QJsonArray{QJsonObject{{u"Name"_s, u"zone"_s}, {u"Values"_s, QJsonArray{3}}}})
                                        << u"InvalidParameter"_s;
}

void DescribeTest::invalidFiltersAreRefused()
{
    QFETCH(QJsonValue, filters);
    QFETCH(QString, code);
    const ApiReply reply = describe({{u"Filters"_s, filters}});
    QCOMPARE(reply.errorCode, code);
    QVERIFY(!reply.errorMessage.isEmpty());
}

void DescribeTest::instanceIdsAndFiltersAreExclusive()
{
    const QString id = m_emulator->tencentFleet().inRegion(kGuangzhou).constFirst()->instanceId;
    const ApiReply reply = describe(
        {{u"InstanceIds"_s, QJsonArray{id}}, {u"Filters"_s, QJsonArray{filter(u"instance-state"_s, {u"RUNNING"_s})}}});
    QCOMPARE(reply.errorCode, u"InvalidParameter"_s);
}

void DescribeTest::instanceIdsListWhatExists()
{
    emulator::TencentFleet& fleet = m_emulator->tencentFleet();
    const QString a = fleet.inRegion(kGuangzhou).at(0)->instanceId;
    const QString b = fleet.inRegion(kGuangzhou).at(1)->instanceId;
    const QString elsewhere = fleet.inRegion(u"ap-beijing"_s).at(0)->instanceId;
    const QString unknown = u"ins-zz99zz99"_s;
    QVERIFY(!fleet.contains(unknown));

    const ApiReply reply = describe({{u"InstanceIds"_s, QJsonArray{b, unknown, a, elsewhere, b}}});
    QVERIFY(reply.succeeded());
    // Unknown ids and ids of other regions are not errors for a listing: they are just not there.
    QCOMPARE(idsOf(reply.response[u"InstanceSet"_s].toArray()), (QStringList{b, a}));
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), 2);

    const ApiReply gone = describe({{u"InstanceIds"_s, QJsonArray{unknown}}});
    QVERIFY(gone.succeeded());
    QCOMPARE(gone.response[u"TotalCount"_s].toInt(), 0);
    QVERIFY(gone.response[u"InstanceSet"_s].toArray().isEmpty());
}

void DescribeTest::invalidInstanceIdsAreRefused_data()
{
    QTest::addColumn<QJsonValue>("ids");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // must appear in the message
    QTest::newRow("too short") << QJsonValue(QJsonArray{u"ins-1122"_s}) << u"InvalidInstanceId.Malformed"_s
                               << u"ins-1122"_s;
    QTest::newRow("upper case") << QJsonValue(QJsonArray{u"ins-ABCD1234"_s}) << u"InvalidInstanceId.Malformed"_s
                                << u"ins-ABCD1234"_s;
    QTest::newRow("wrong prefix") << QJsonValue(QJsonArray{u"ins-abcd1234"_s, u"lhins-abcd1234"_s})
                                  << u"InvalidInstanceId.Malformed"_s << u"lhins-abcd1234"_s;
    QJsonArray many;
    for (int n = 0; n < 101; ++n)
        many.append(u"ins-%1"_s.arg(n, 8, 10, QChar(u'0')));
    QTest::newRow("101 ids") << QJsonValue(many) << u"InvalidParameterValue.LimitExceeded"_s << QString();
    QTest::newRow("not an array") << QJsonValue(u"ins-abcd1234"_s) << u"InvalidParameter"_s << QString();
    QTest::newRow("not strings") << QJsonValue(QJsonArray{1234}) << u"InvalidParameter"_s << QString();
}

void DescribeTest::invalidInstanceIdsAreRefused()
{
    QFETCH(QJsonValue, ids);
    QFETCH(QString, code);
    QFETCH(QString, named);
    for (const QString& action : {kDescribe, kStatus}) {
        const ApiReply reply = m_client->call(action, kGuangzhou, {{u"InstanceIds"_s, ids}});
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(reply.errorMessage.contains(named), qPrintable(reply.errorMessage));
    }
}

void DescribeTest::instanceFieldsFollowTheApi()
{
    emulator::TencentFleet& fleet = m_emulator->tencentFleet();
    const QString prepaidId = fleet
                                  .idsWhere([](const TencentInstance& i) {
                                      return i.region == kGuangzhou && i.isPrepaid() && i.instanceState == u"RUNNING"_s;
                                  })
                                  .constFirst();
    const QString postpaidId = fleet
                                   .idsWhere([](const TencentInstance& i) {
                                       return i.region == kGuangzhou && i.instanceChargeType == u"POSTPAID_BY_HOUR"_s;
                                   })
                                   .constFirst();
    fleet.setProtected(postpaidId, true);

    const ApiReply reply = describe({{u"InstanceIds"_s, QJsonArray{prepaidId, postpaidId}}});
    QVERIFY(reply.succeeded());
    const QJsonArray set = reply.response[u"InstanceSet"_s].toArray();
    const QJsonObject prepaid = set.at(0).toObject();
    const QJsonObject postpaid = set.at(1).toObject();
    const TencentInstance* record = fleet.find(prepaidId);

    static const QRegularExpression isoUtc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    QCOMPARE(prepaid[u"InstanceChargeType"_s].toString(), u"PREPAID"_s);
    QVERIFY(isoUtc.match(prepaid[u"ExpiredTime"_s].toString()).hasMatch());
    QVERIFY(QDateTime::fromString(prepaid[u"ExpiredTime"_s].toString(), Qt::ISODate) > m_emulator->now());
    QVERIFY(isoUtc.match(prepaid[u"CreatedTime"_s].toString()).hasMatch());
    QVERIFY(!prepaid[u"RenewFlag"_s].toString().isEmpty());
    QCOMPARE(prepaid[u"Placement"_s][u"Zone"_s].toString(), record->zone);
    QCOMPARE(prepaid[u"InstanceName"_s].toString(), record->instanceName);
    QCOMPARE(prepaid[u"OsName"_s].toString(), record->osName);
    QCOMPARE(prepaid[u"PrivateIpAddresses"_s].toArray().at(0).toString(), record->privateIpAddresses.at(0));
    QCOMPARE(prepaid[u"RestrictState"_s].toString(), record->restrictState);
    QCOMPARE(prepaid[u"DisableApiTermination"_s].toBool(), false);
    QCOMPARE(prepaid[u"LatestOperationState"_s].toString(), record->latestOperationState);

    QVERIFY(postpaid[u"ExpiredTime"_s].isNull()); // null for postpaid (reference §3.3)
    QVERIFY(postpaid[u"RenewFlag"_s].isNull());
    QCOMPARE(postpaid[u"DisableApiTermination"_s].toBool(), true);
}

void DescribeTest::describeInstancesStatus()
{
    emulator::TencentFleet& fleet = m_emulator->tencentFleet();
    const QString id = fleet.inRegion(kGuangzhou).at(5)->instanceId;
    fleet.setState(id, u"REBOOTING"_s);
    ApiReply reply = m_client->call(kStatus, kGuangzhou, {{u"InstanceIds"_s, QJsonArray{id, u"ins-zz99zz99"_s}}});
    QVERIFY(reply.succeeded());
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), 1);
    const QJsonObject status = reply.response[u"InstanceStatusSet"_s].toArray().at(0).toObject();
    QCOMPARE(status, (QJsonObject{{u"InstanceId"_s, id}, {u"InstanceState"_s, u"REBOOTING"_s}}));

    // Without ids: the region, paged.
    reply = m_client->call(kStatus, kGuangzhou, {{u"Offset"_s, 10}, {u"Limit"_s, 5}});
    QVERIFY(reply.succeeded());
    QCOMPARE(reply.response[u"TotalCount"_s].toInt(), fleet.inRegion(kGuangzhou).size());
    QStringList expected;
    for (int n = 10; n < 15; ++n)
        expected.append(fleet.inRegion(kGuangzhou).at(n)->instanceId);
    QCOMPARE(idsOf(reply.response[u"InstanceStatusSet"_s].toArray()), expected);
}

void DescribeTest::commonErrors_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown action") << u"RebootInstances"_s << kGuangzhou << "{}"_ba << u"InvalidAction"_s;
    QTest::newRow("malformed JSON") << kDescribe << kGuangzhou << R"({"Limit": 5)"_ba << u"InvalidParameter"_s;
    QTest::newRow("JSON array body") << kDescribe << kGuangzhou << "[]"_ba << u"InvalidParameter"_s;
    QTest::newRow("unknown parameter") << kDescribe << kGuangzhou << R"({"Limt":5})"_ba << u"UnknownParameter"_s;
    QTest::newRow("region missing") << kDescribe << QString() << "{}"_ba << u"MissingParameter"_s;
    QTest::newRow("unknown region") << kDescribe << u"ap-atlantis"_s << "{}"_ba << u"UnsupportedRegion"_s;
    QTest::newRow("empty body is {}") << kDescribe << kGuangzhou << QByteArray() << QString();
}

void DescribeTest::commonErrors()
{
    QFETCH(QString, action);
    QFETCH(QString, region);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const ApiReply reply = m_client->send(m_client->build(action, region, body));
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY(reply.isJson);
    QCOMPARE(reply.errorCode, code);
    QVERIFY(!reply.requestId.isEmpty());
    QCOMPARE(m_emulator->callLog().constLast().errorCode, code);
}

void DescribeTest::messagesFollowTheLanguage_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header: zh-CN") << QByteArray() << u"接口不存在。"_s;
    QTest::newRow("zh-CN") << "zh-CN"_ba << u"接口不存在。"_s;
    QTest::newRow("en-US") << "en-US"_ba << u"The API does not exist."_s;
}

void DescribeTest::messagesFollowTheLanguage()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, message);
    m_client->setLanguage(language);
    const ApiReply reply = m_client->call(u"ResetInstance"_s, kGuangzhou, {});
    QCOMPARE(reply.errorCode, u"InvalidAction"_s);
    QVERIFY2(reply.errorMessage.startsWith(message), qPrintable(reply.errorMessage));

    // A refusal naming instances carries the catalog text of the language and the ids.
    const ApiReply malformed = m_client->call(kDescribe, kGuangzhou, {{u"InstanceIds"_s, QJsonArray{u"ins-1"_s}}});
    const emulator::Language lang = emulator::languageFromHeader(language);
    QVERIFY(malformed.errorMessage.startsWith(emulator::TencentErrors::text(u"InvalidInstanceId.Malformed"_s, lang)));
    QVERIFY(malformed.errorMessage.contains(u"ins-1"_s));
    const bool english = language == "en-US";
    QCOMPARE(malformed.errorMessage.contains(u"Invalid instance ID."_s), english);
    QCOMPARE(malformed.errorMessage.contains(u"无效实例ID"_s), !english);
}

QTEST_GUILESS_MAIN(DescribeTest)
#include "tst_emulator_describe.moc"

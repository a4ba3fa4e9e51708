// The Tencent Cloud API 3.0 client against the emulator over loopback HTTP: listing with all pages
// and filters, state reads, refund quotes, throttling, signature failures, broken replies and
// languages.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;

namespace {

QSet<QString> idSet(const QList<Instance>& instances)
{
    QSet<QString> ids;
    for (const Instance& i : instances)
        ids.insert(i.id);
    return ids;
}

QSet<QString> fleetIds(const emulator::TencentFleet& fleet, const QString& region,
                       const emulator::TencentFleet::Predicate& predicate = {})
{
    QSet<QString> ids;
    for (const emulator::TencentInstance* i : fleet.inRegion(region)) {
        if (!predicate || predicate(*i))
            ids.insert(i->instanceId);
    }
    return ids;
}

bool hasChinese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TencentClientTest : public QObject
{
    Q_OBJECT

private slots:
    void listsRegions();
    void listsEveryPage();
    void filtersByStateChargeTypeAndRecycleBin();
    void readsInstancesInChunks();
    void readsStates();
    void quotesRefundsForPrepaid();
    void retriesThrottledReads();
    void wrongSecretIsNotRetried();
    void garbageReplyIsReportedAfterRetries();
    void serverMessagesFollowTheLanguage();
    void refusedConnectionIsANetworkError();
};

void TencentClientTest::listsRegions()
{
    fixture::Sandbox s;
    QVERIFY(s.listening && s.provider);
    QList<RegionInfo> regions;
    bool finished = false;
    RegionListReply* reply = s.provider->listRegions();
    connect(reply, &ProviderReply::finished, reply, [&] {
        regions = reply->regions;
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QVERIFY(regions.size() >= 7);
    QStringList ids;
    for (const RegionInfo& r : regions)
        ids << r.id;
    QVERIFY(ids.contains(u"ap-guangzhou"_s));
    QVERIFY(ids.contains(u"na-siliconvalley"_s));
}

void TencentClientTest::listsEveryPage()
{
    auto options = fixture::fastOptions();
    options.scale = 60; // per zone: several pages of 100 in each region
    fixture::Sandbox s(options);
    const QString region = s.fleet().regions().first();
    const QSet<QString> expected = fleetIds(s.fleet(), region);
    QVERIFY(expected.size() > 100);

    const QList<Instance> listed = s.list(region);
    QVERIFY(!s.lastError.isError());
    QCOMPARE(listed.size(), expected.size());
    QCOMPARE(idSet(listed), expected);
    const int pages = int((expected.size() + 99) / 100);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), pages);
    for (const Instance& i : listed) {
        QCOMPARE(i.region, region);
        QCOMPARE(i.accountId, s.account.id);
    }
}

void TencentClientTest::filtersByStateChargeTypeAndRecycleBin()
{
    fixture::Sandbox s; // the sandbox fleet: every state and charge type
    const QString region = u"ap-guangzhou"_s;

    InstanceQuery running;
    running.states = {u"RUNNING"_s};
    const QList<Instance> listedRunning = s.list(region, running);
    QVERIFY(!listedRunning.isEmpty());
    QCOMPARE(idSet(listedRunning),
             fleetIds(s.fleet(), region, [](const auto& i) { return i.instanceState == u"RUNNING"_s; }));

    InstanceQuery prepaid;
    prepaid.chargeTypes = {u"PREPAID"_s};
    const QList<Instance> listedPrepaid = s.list(region, prepaid);
    QVERIFY(!listedPrepaid.isEmpty());
    for (const Instance& i : listedPrepaid) {
        QCOMPARE(i.rawChargeType, u"PREPAID"_s);
        QCOMPARE(i.chargeClass, ChargeClass::Prepaid);
        QVERIFY(i.expires.isValid());
    }
    QCOMPARE(idSet(listedPrepaid),
             fleetIds(s.fleet(), region, [](const auto& i) { return i.instanceChargeType == u"PREPAID"_s; }));

    QSet<QString> recycled;
    int ranOut = 0;
    for (const QString& r : s.fleet().regions()) {
        InstanceQuery bin;
        bin.recycleBinOnly = true;
        for (const Instance& i : s.list(r, bin)) {
            QCOMPARE(i.lifecycle, Lifecycle::RecycleBin);
            recycled.insert(i.id);
            // A subscription that ran out says when it went in: when it expired. Nothing else does.
            const bool expired = s.fleet().find(i.id)->isolatedSource == u"EXPIRE"_s;
            ranOut += expired;
            QCOMPARE(i.recycleBinEnteredAt, expired ? i.expires : QDateTime());
        }
    }
    QVERIFY2(!recycled.isEmpty(), "the sandbox fleet has instances in the recycle bin");
    QVERIFY2(ranOut > 0, "the sandbox fleet has subscriptions that ran out");
}

void TencentClientTest::readsInstancesInChunks()
{
    auto options = fixture::fastOptions();
    options.scale = 60;
    fixture::Sandbox s(options);
    const QString region = s.fleet().regions().first();
    QStringList ids = fleetIds(s.fleet(), region).values();
    ids = ids.mid(0, 150);
    ids << u"ins-zzzz9999"_s; // well-formed, unknown: absent from the answer, not an error

    const QList<Instance> read = s.read(region, ids);
    QVERIFY(!s.lastError.isError());
    QCOMPARE(read.size(), 150);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 2); // 100 ids per request
}

void TencentClientTest::readsStates()
{
    fixture::Sandbox s;
    s.useFleet({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s, u"PREPAID"_s, u"SHUTDOWN"_s)});
    QHash<QString, InstanceState> states;
    bool finished = false;
    StateReadReply* reply =
        s.provider->readStates(u"ap-guangzhou"_s, {u"ins-aaaa0001"_s, u"ins-aaaa0002"_s, u"ins-aaaa0003"_s});
    connect(reply, &ProviderReply::finished, reply, [&] {
        states = reply->states;
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QCOMPARE(states.size(), 2); // the third does not exist
    QCOMPARE(states.value(u"ins-aaaa0001"_s).lifecycle, Lifecycle::Running);
    QCOMPARE(states.value(u"ins-aaaa0002"_s).lifecycle, Lifecycle::RecycleBin);
}

void TencentClientTest::quotesRefundsForPrepaid()
{
    fixture::Sandbox s;
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s), instance(u"ins-prep0002"_s, u"PREPAID"_s)});
    QList<RefundQuote> quotes;
    ProviderError error;
    bool finished = false;
    RefundQuoteReply* reply = s.provider->quoteRefunds(u"ap-guangzhou"_s, {u"ins-prep0001"_s, u"ins-prep0002"_s});
    connect(reply, &ProviderReply::finished, reply, [&] {
        quotes = reply->quotes;
        error = reply->error();
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    QCOMPARE(quotes.size(), 2);
    for (const RefundQuote& q : quotes) {
        QVERIFY(q.amount > 0); // six months left of a 300/month subscription
        QCOMPARE(q.accountId, s.account.id);
    }
    QCOMPARE(s.emu.callCount(u"InquiryPriceTerminateInstances"_s), 1);
}

void TencentClientTest::retriesThrottledReads()
{
    auto options = fixture::fastOptions();
    options.faults = u"throttle:DescribeInstances@1"_s;
    fixture::Sandbox s(options);
    const QList<Instance> listed = s.list(u"ap-guangzhou"_s);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QVERIFY(!listed.isEmpty());
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 2);
}

void TencentClientTest::wrongSecretIsNotRetried()
{
    fixture::Sandbox s(fixture::fastOptions(), u"not-the-secret"_s);
    s.list(u"ap-guangzhou"_s);
    QCOMPARE(s.lastError.code, u"AuthFailure.SignatureFailure"_s);
    QVERIFY(s.lastError.outcomeKnown);
    QCOMPARE(s.emu.callCount(u"DescribeInstances"_s), 1);
    QVERIFY(!ErrorCatalog::describe(s.lastError).contains(u"not-the-secret"_s));
}

void TencentClientTest::garbageReplyIsReportedAfterRetries()
{
    auto options = fixture::fastOptions();
    options.faults = u"garbage:DescribeRegions"_s;
    fixture::Sandbox s(options);
    ProviderError error;
    bool finished = false;
    RegionListReply* reply = s.provider->listRegions();
    connect(reply, &ProviderReply::finished, reply, [&] {
        error = reply->error();
        finished = true;
    });
    QVERIFY(fixture::waitUntil([&] { return finished; }));
    QCOMPARE(error.code, u"Reply.Malformed"_s);
    QCOMPARE(s.emu.callCount(u"DescribeRegions"_s), s.environment.maxAttempts);
}

void TencentClientTest::serverMessagesFollowTheLanguage()
{
    fixture::Sandbox s;
    s.provider->setLanguage(u"zh-CN"_s);
    s.read(u"ap-guangzhou"_s, {u"ins-BAD"_s}); // malformed: the server says so in Chinese
    QVERIFY(s.lastError.isError());
    QVERIFY2(hasChinese(s.lastError.message), qPrintable(s.lastError.message));

    s.provider->setLanguage(u"en-US"_s);
    s.read(u"ap-guangzhou"_s, {u"ins-BAD"_s});
    QVERIFY(s.lastError.isError());
    QVERIFY2(!hasChinese(s.lastError.message), qPrintable(s.lastError.message));
    QVERIFY(s.lastError.message.contains(u"ins-BAD"_s));
}

void TencentClientTest::refusedConnectionIsANetworkError()
{
    fixture::Sandbox s;
    s.account.endpoint = QUrl(u"http://127.0.0.1:1"_s);
    s.environment.account = s.account;
    s.environment.maxAttempts = 2;
    s.directory.remove(s.account.id);
    s.open(u"sandbox-secret-key"_s);
    s.list(u"ap-guangzhou"_s);
    QCOMPARE(s.lastError.kind, ProviderError::Kind::Network);
    QCOMPARE(s.lastError.code, u"Network.ConnectionRefused"_s);
}

QTEST_GUILESS_MAIN(TencentClientTest)
#include "tst_tencentclient.moc"

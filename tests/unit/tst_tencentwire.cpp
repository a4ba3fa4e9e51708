// DescribeInstances pages as TencentWire reads them and a listing adds them (both Tencent dialects
// page this way; InstanceListReply::addPage for every dialect): each instance id once, whether a
// page names it twice, an earlier page listed it already (pages shift while instances are
// destroyed) or the same page is read again.
#include "Provider.h"
#include "TencentWire.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject instance(const QString& id, const QString& state = u"RUNNING"_s)
{
    return {{u"InstanceId"_s, id}, {u"InstanceState"_s, state}, {u"InstanceChargeType"_s, u"POSTPAID_BY_HOUR"_s}};
}

QJsonObject page(const QJsonArray& set, int total)
{
    return {{u"TotalCount"_s, total}, {u"InstanceSet"_s, set}};
}

// A listing of the account "acc" in ap-guangzhou, page by page.
struct Listing
{
    InstanceListReply reply{nullptr};
    InstanceQuery query;
    QList<Instance> added; // as instancesListed() reported them

    Listing()
    {
        QObject::connect(&reply, &InstanceListReply::instancesListed,
                         [this](const QList<Instance>& page) { added += page; });
    }

    TencentWire::Page read(const QJsonObject& response, int offset)
    {
        const TencentWire::Page page = TencentWire::readInstancePage(response, offset, u"acc"_s, u"ap-guangzhou"_s);
        reply.addPage(page.instances, query);
        return page;
    }
};

QStringList ids(const QList<Instance>& listed)
{
    QStringList out;
    for (const Instance& i : listed)
        out << i.id;
    return out;
}

} // namespace

class TencentWireTest : public QObject
{
    Q_OBJECT

private slots:
    void pageAddsEachIdOnce();
    void pageAfterShiftSkipsListedIds();
    void queryFiltersThePage();
    void consumerTakesThePages();
};

void TencentWireTest::pageAddsEachIdOnce()
{
    // Found by fuzz_tencent_wire: an id the page named twice was listed twice.
    const QJsonObject response =
        page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s), instance(u"ins-aaaa0001"_s)}, 3);
    Listing listing;
    const TencentWire::Page first = listing.read(response, 0);
    QCOMPARE(ids(listing.reply.instances), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
    QCOMPARE(first.next, 3);
    QCOMPARE(first.total, 3);
    QVERIFY(!first.more);

    listing.read(response, 3);
    QCOMPARE(ids(listing.reply.instances), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
    QCOMPARE(ids(listing.added), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
}

void TencentWireTest::pageAfterShiftSkipsListedIds()
{
    Listing listing;
    const TencentWire::Page first =
        listing.read(page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s)}, 4), 0);
    QVERIFY(first.more);
    // ins-aaaa0002 moved to the second page after an instance before it was destroyed.
    listing.read(page({instance(u"ins-aaaa0002"_s), instance(u"ins-aaaa0003"_s)}, 3), first.next);
    QCOMPARE(ids(listing.reply.instances), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s, u"ins-aaaa0003"_s}));
    QCOMPARE(ids(listing.added), ids(listing.reply.instances));
}

void TencentWireTest::queryFiltersThePage()
{
    Listing listing;
    listing.query.recycleBinOnly = true;
    listing.read(page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s, u"SHUTDOWN"_s)}, 2), 0);
    QCOMPARE(ids(listing.reply.instances), QStringList{u"ins-aaaa0002"_s});
    QCOMPARE(listing.reply.instances.constFirst().lifecycle, Lifecycle::RecycleBin);
}

void TencentWireTest::consumerTakesThePages()
{
    // teardownctl list takes each page as it arrives: the reply then keeps nothing, and still lists
    // an id once.
    Listing listing;
    listing.reply.setKeepsInstances(false);
    const TencentWire::Page first =
        listing.read(page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s)}, 3), 0);
    listing.read(page({instance(u"ins-aaaa0002"_s), instance(u"ins-aaaa0003"_s)}, 3), first.next);
    QVERIFY(listing.reply.instances.isEmpty());
    QCOMPARE(ids(listing.added), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s, u"ins-aaaa0003"_s}));
}

QTEST_GUILESS_MAIN(TencentWireTest)
#include "tst_tencentwire.moc"

// DescribeInstances pages as TencentWire adds them to a listing (both Tencent dialects page this
// way): each instance id once, whether a page names it twice, an earlier page listed it already
// (pages shift while instances are destroyed) or the same page is read again.
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
};

void TencentWireTest::pageAddsEachIdOnce()
{
    // Found by fuzz_tencent_wire: an id the page named twice was listed twice.
    const QJsonObject response =
        page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s), instance(u"ins-aaaa0001"_s)}, 3);
    QList<Instance> listed;
    const TencentWire::Page first = TencentWire::takeInstancePage(response, 0, u"acc"_s, u"ap-guangzhou"_s, {}, listed);
    QCOMPARE(ids(listed), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
    QCOMPARE(first.next, 3);
    QCOMPARE(first.total, 3);
    QVERIFY(!first.more);

    TencentWire::takeInstancePage(response, 3, u"acc"_s, u"ap-guangzhou"_s, {}, listed);
    QCOMPARE(ids(listed), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
}

void TencentWireTest::pageAfterShiftSkipsListedIds()
{
    QList<Instance> listed;
    const TencentWire::Page first =
        TencentWire::takeInstancePage(page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s)}, 4), 0, u"acc"_s,
                                      u"ap-guangzhou"_s, {}, listed);
    QVERIFY(first.more);
    // ins-aaaa0002 moved to the second page after an instance before it was destroyed.
    TencentWire::takeInstancePage(page({instance(u"ins-aaaa0002"_s), instance(u"ins-aaaa0003"_s)}, 3), first.next,
                                  u"acc"_s, u"ap-guangzhou"_s, {}, listed);
    QCOMPARE(ids(listed), (QStringList{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s, u"ins-aaaa0003"_s}));
}

void TencentWireTest::queryFiltersThePage()
{
    InstanceQuery recycleBin;
    recycleBin.recycleBinOnly = true;
    QList<Instance> listed;
    TencentWire::takeInstancePage(page({instance(u"ins-aaaa0001"_s), instance(u"ins-aaaa0002"_s, u"SHUTDOWN"_s)}, 2), 0,
                                  u"acc"_s, u"ap-guangzhou"_s, recycleBin, listed);
    QCOMPARE(ids(listed), QStringList{u"ins-aaaa0002"_s});
    QCOMPARE(listed.constFirst().lifecycle, Lifecycle::RecycleBin);
}

QTEST_GUILESS_MAIN(TencentWireTest)
#include "tst_tencentwire.moc"

// RefundQuoter against the emulator over loopback HTTP: every quote carries the currency of its
// dialect's rules (Tencent's InquiryPriceTerminateInstances has no currency field: CNY, inferred),
// and a Zenlayer selection gets no quote at all.

#include "ZenlayerFixture.h"

#include "RefundQuoter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;
using fixture::machine;

class RefundQuoterTest : public QObject
{
    Q_OBJECT

private slots:
    void tencentQuotesAreInYuan();
    void zenlayerIsNotQuoted();

private:
    static TeardownPlan quote(fixture::Sandbox& s, const TeardownPlan& plan)
    {
        RefundQuoter quoter(s.directory);
        TeardownPlan quoted;
        bool finished = false;
        QObject::connect(&quoter, &RefundQuoter::finished, &quoter, [&](const TeardownPlan& p) {
            quoted = p;
            finished = true;
        });
        quoter.quote(plan);
        fixture::waitUntil([&] { return finished; });
        return quoted;
    }
};

void RefundQuoterTest::tencentQuotesAreInYuan()
{
    fixture::Sandbox s;
    QVERIFY(s.listening && s.provider);
    s.useFleet({instance(u"ins-prep0001"_s, u"PREPAID"_s), instance(u"ins-prep0002"_s, u"PREPAID"_s),
                instance(u"ins-post0001"_s)});
    const TeardownPlan quoted = quote(s, s.plan(s.read(u"ap-guangzhou"_s, s.fleet().ids())));

    QVERIFY2(!quoted.quoteError.isError(), qPrintable(quoted.quoteError.code));
    QCOMPARE(quoted.refunds.size(), 2); // prepaid only
    for (const RefundQuote& q : quoted.refunds) {
        QCOMPARE(q.currency, u"CNY"_s);
        QCOMPARE(q.accountId, s.account.id);
        QVERIFY2(q.amount > 0, qPrintable(q.instanceId));
    }
}

void RefundQuoterTest::zenlayerIsNotQuoted()
{
    fixture::ZenlayerSandbox s;
    QVERIFY(s.listening && s.zl);
    s.useMachines({machine(u"41"_s, u"RUNNING"_s), machine(u"42"_s, u"RUNNING"_s, u"PREPAID"_s)});
    const TeardownPlan quoted = quote(s, s.plan(s.zlList(u"SEL-A"_s)));

    QCOMPARE(quoted.allowedCount(), 2);
    QVERIFY(quoted.refunds.isEmpty());
    QVERIFY(!quoted.quoteError.isError());
    QCOMPARE(s.emu.callCount(u"InquiryPriceTerminateInstances"_s), 0);
}

QTEST_GUILESS_MAIN(RefundQuoterTest)
#include "tst_refundquoter.moc"

// The per-account rate table of both Tencent dialects: the API's published limits for the
// 2017-03-12 actions (reference §3.1, §3.5, §4.1, §4.2), ModifyInstancesAttribute and the legacy
// host's ReturnInstance held to TerminateInstances' rate, and no limit for an action the table
// does not name.
#include "RateLimiter.h"
#include "TencentClient.h"
#include "TencentLegacyClient.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dialect)

namespace {

std::unique_ptr<Provider> clientFor(Dialect dialect)
{
    Account account;
    account.id = u"acct-1"_s;
    account.dialect = dialect;
    const Credentials credentials{u"AKIDEXAMPLE"_s, u"secret"_s};
    if (dialect == Dialect::TencentLegacy)
        return std::make_unique<TencentLegacyClient>(account, credentials, CallEnvironment{});
    return std::make_unique<TencentClient>(account, credentials, CallEnvironment{});
}

} // namespace

class TencentRateTableTest : public QObject
{
    Q_OBJECT

private slots:
    void limitsEachAction_data();
    void limitsEachAction();
};

void TencentRateTableTest::limitsEachAction_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("action");
    QTest::addColumn<double>("perSecond");

    const struct
    {
        const char* name;
        Dialect dialect;
    } dialects[] = {{"api3", Dialect::TencentApi3}, {"legacy", Dialect::TencentLegacy}};
    for (const auto& d : dialects) {
        const auto row = [&](const QString& action, double perSecond) {
            QTest::addRow("%s %s", d.name, qPrintable(action)) << d.dialect << action << perSecond;
        };
        row(u"DescribeInstances"_s, 40);
        row(u"DescribeInstancesStatus"_s, 40);
        row(u"DescribeRegions"_s, 20);
        row(u"TerminateInstances"_s, 10);
        row(u"InquiryPriceTerminateInstances"_s, 10);
        row(u"ModifyInstancesAttribute"_s, 10); // lifting termination protection, paced like the return
        row(u"RunInstances"_s, 0);
        row(u"ReturnInstance"_s, d.dialect == Dialect::TencentLegacy ? 10 : 0);
    }
}

void TencentRateTableTest::limitsEachAction()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, action);
    QFETCH(double, perSecond);

    const std::unique_ptr<Provider> client = clientFor(dialect);
    // The client's own limiter, the one every call of the account waits on.
    const QList<RateLimiter*> limiters = client->findChildren<RateLimiter*>();
    QCOMPARE(limiters.size(), 1);
    QCOMPARE(limiters.first()->rate(action), perSecond);
}

QTEST_GUILESS_MAIN(TencentRateTableTest)
#include "tst_tencentratetable.moc"

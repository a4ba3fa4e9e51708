// When temporary credentials run out: the words the accounts list and the plan use, when that is
// a warning, and which accounts a plan names (only those acting in it).
#include "TeardownPlanner.h"
#include "TencentRules.h"
#include "TencentStates.h"
#include "TokenExpiry.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

Instance makeInstance(const QString& accountId, const QString& id, const QString& state)
{
    Instance i;
    i.provider = ProviderId::Tencent;
    i.accountId = accountId;
    i.region = u"ap-guangzhou"_s;
    i.zone = u"ap-guangzhou-3"_s;
    i.id = id;
    i.rawState = state;
    i.lifecycle = TencentStates::lifecycleOf(state);
    i.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    i.chargeClass = TencentStates::chargeClassOf(i.rawChargeType);
    i.lastOperation = {u"StartInstances"_s, u"SUCCESS"_s, {}};
    return i;
}

} // namespace

class TokenExpiryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describe_data();
    void describe();
    void planNamesOnlyActingAccountsThatRunOut();

private:
    TencentRules m_rules;
};

void TokenExpiryTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TokenExpiryTest::describe_data()
{
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warning");
    QTest::newRow("none") << QDateTime() << QString() << false;
    QTest::newRow("passed") << kNow.addSecs(-300) << u"temporary credentials expired"_s << true;
    QTest::newRow("this second") << kNow << u"temporary credentials expired"_s << true;
    // Rounded up: "in 0 min" would read as already over.
    QTest::newRow("10 s") << kNow.addSecs(10) << u"temporary credentials expire in 1 min"_s << true;
    QTest::newRow("30 min") << kNow.addSecs(1800) << u"temporary credentials expire in 30 min"_s << true;
    QTest::newRow("59 min 59 s") << kNow.addSecs(3599) << u"temporary credentials expire in 60 min"_s << true;
    const QDateTime later = kNow.addSecs(3600);
    QTest::newRow("an hour") << later
                             << u"temporary credentials expire "_s
            + QLocale().toString(later.toLocalTime(), QLocale::ShortFormat)
                             << false;
}

void TokenExpiryTest::describe()
{
    QFETCH(QDateTime, expires);
    QFETCH(QString, text);
    QFETCH(bool, warning);
    QCOMPARE(TokenExpiry::describe(expires, kNow), text);
    QCOMPARE(TokenExpiry::needsWarning(expires, kNow), warning);
}

void TokenExpiryTest::planNamesOnlyActingAccountsThatRunOut()
{
    auto account = [](const QString& id, const QString& name, const QDateTime& expires) {
        Account a;
        a.id = id;
        a.name = name;
        a.tokenExpires = expires;
        return a;
    };
    const QList<Account> accounts{
        account(u"soon"_s, u"STS soon"_s, kNow.addSecs(1800)),
        account(u"later"_s, u"STS later"_s, kNow.addSecs(7200)),
        account(u"permanent"_s, u"Permanent"_s, {}),
        account(u"blocked"_s, u"Expired, blocked only"_s, kNow.addSecs(-60)),
    };
    const TeardownPlanner planner(
        [&](const QString& id) {
            for (const Account& a : accounts) {
                if (a.id == id)
                    return TeardownPlanner::AccountRules{&a, &m_rules};
            }
            return TeardownPlanner::AccountRules{};
        },
        [] { return kNow; });
    const TeardownPlan plan =
        planner.plan({makeInstance(u"soon"_s, u"ins-00000001"_s, u"RUNNING"_s),
                      makeInstance(u"soon"_s, u"ins-00000002"_s, u"STOPPED"_s),
                      makeInstance(u"later"_s, u"ins-00000003"_s, u"RUNNING"_s),
                      makeInstance(u"permanent"_s, u"ins-00000004"_s, u"RUNNING"_s),
                      makeInstance(u"blocked"_s, u"ins-00000005"_s, u"STARTING"_s)}, // transitional: blocked
                     Intent::Return);
    QCOMPARE(plan.allowedCount(), 4);
    QCOMPARE(plan.expiringCredentials, (QList<ExpiringCredentials>{{u"STS soon"_s, kNow.addSecs(1800)}}));
    QCOMPARE(TokenExpiry::planWarning(plan.expiringCredentials, kNow),
             u"STS soon: temporary credentials expire in 30 min. Renew the temporary credentials (edit the account) "
             "before confirming: once the provider refuses them, nothing more is sent through that account."_s);
    QVERIFY(TokenExpiry::planWarning({}, kNow).isEmpty());
}

QTEST_GUILESS_MAIN(TokenExpiryTest)
#include "tst_tokenexpiry.moc"

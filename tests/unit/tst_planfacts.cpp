// What a saved plan relied on about an instance, and the words for how it changed; the lengths of
// time teardownctl accepts (--max-age) and the console and teardownctl print (a plan's age).

#include "DurationText.h"
#include "PlanFacts.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(Instance&)>)

namespace {

Instance planned()
{
    Instance i;
    i.accountId = u"acct-1"_s;
    i.region = u"ap-guangzhou"_s;
    i.id = u"ins-fact0001"_s;
    i.name = u"web-1"_s;
    i.rawState = u"RUNNING"_s;
    i.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    i.expires = QDateTime::fromString(u"2027-01-01T00:00:00Z"_s, Qt::ISODate);
    i.tags = {{u"team"_s, u"web"_s}, {u"env"_s, u"prod"_s}};
    i.lastOperation = {u"RunInstances"_s, u"SUCCESS"_s, u"req-1"_s};
    i.privateIps = {u"10.0.0.1"_s};
    return i;
}

using Edit = std::function<void(Instance&)>;

} // namespace

class PlanFactsTest : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void severalChangesAreAllNamed();
    void formatDuration_data();
    void formatDuration();
};

void PlanFactsTest::changes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("change"); // empty: nothing the plan relied on changed

    QTest::newRow("nothing") << Edit([](Instance&) {}) << QString();
    QTest::newRow("name, addresses and lifecycle are not relied on") << Edit([](Instance& i) {
        i.name = u"web-renamed"_s;
        i.privateIps = {u"10.0.0.9"_s};
        i.lifecycle = Lifecycle::Stopped;
        i.autoRelease = QDateTime::currentDateTimeUtc();
    }) << QString();
    QTest::newRow("tags in another order")
        << Edit([](Instance& i) { std::reverse(i.tags.begin(), i.tags.end()); }) << QString();
    QTest::newRow("expiry to the same second")
        << Edit([](Instance& i) { i.expires = i.expires.toLocalTime(); }) << QString();
    QTest::newRow("state") << Edit([](Instance& i) { i.rawState = u"STOPPED"_s; }) << u"state RUNNING → STOPPED"_s;
    QTest::newRow("protection on") << Edit([](Instance& i) { i.terminationProtected = true; })
                                   << u"termination protection switched on"_s;
    QTest::newRow("charge type") << Edit([](Instance& i) { i.rawChargeType = u"PREPAID"_s; })
                                 << u"charge type changed: POSTPAID_BY_HOUR → PREPAID"_s;
    QTest::newRow("restriction") << Edit([](Instance& i) { i.restriction = u"PROTECTIVELY_ISOLATED"_s; })
                                 << u"provider restriction none → PROTECTIVELY_ISOLATED"_s;
    QTest::newRow("latest operation") << Edit([](Instance& i) {
        i.lastOperation = {u"StopInstances"_s, u"OPERATING"_s, u"req-2"_s};
    }) << u"latest operation RunInstances SUCCESS (RequestId req-1) → StopInstances OPERATING (RequestId req-2)"_s;
    QTest::newRow("latest operation's request id only")
        << Edit([](Instance& i) { i.lastOperation.requestId = u"req-9"_s; }) << u"(RequestId req-9)"_s;
    QTest::newRow("expiry renewed") << Edit([](Instance& i) { i.expires = i.expires.addMonths(1); }) << u"expiry "_s;
    QTest::newRow("keep tag added") << Edit([](Instance& i) {
        i.tags.append({u"teardown:keep"_s, u"true"_s});
    }) << u"tags changed: added teardown:keep=true"_s;
    QTest::newRow("tag value changed") << Edit([](Instance& i) { i.tags[1].value = u"staging"_s; })
                                       << u"tags changed: added env=staging; removed env=prod"_s;
}

void PlanFactsTest::changes()
{
    QFETCH(Edit, edit);
    QFETCH(QString, change);
    Instance now = planned();
    edit(now);
    const QStringList changes = PlanFacts::changes(planned(), now);
    if (change.isEmpty()) {
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(u" | "_s)));
        return;
    }
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().contains(change), qPrintable(changes.first()));
}

void PlanFactsTest::severalChangesAreAllNamed()
{
    Instance now = planned();
    now.rawState = u"STOPPED"_s;
    now.terminationProtected = true;
    now.tags.clear();
    const QStringList changes = PlanFacts::changes(planned(), now);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0], u"state RUNNING → STOPPED"_s);
    QCOMPARE(changes[1], u"termination protection switched on"_s);
    QCOMPARE(changes[2], u"tags changed: removed team=web, env=prod"_s);
    QVERIFY(PlanFacts::gone().contains(u"gone"_s));
}

void PlanFactsTest::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(59) << u"less than a minute"_s;
    QTest::newRow("minutes") << qint64(5 * 60 + 30) << u"5 min"_s;
    QTest::newRow("hours and minutes") << qint64(3 * 3600 + 20 * 60) << u"3 h 20 min"_s;
    QTest::newRow("whole hours") << qint64(24 * 3600) << u"1 d"_s;
    QTest::newRow("days and hours") << qint64(2 * 86400 + 3 * 3600 + 59) << u"2 d 3 h"_s;
}

void PlanFactsTest::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DurationText::format(seconds), text);
}

QTEST_GUILESS_MAIN(PlanFactsTest)
#include "tst_planfacts.moc"

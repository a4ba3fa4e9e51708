// Policy files (docs/policy-format.md): the documented example reads as documented; a malformed or
// hostile file is refused whole, with a message that names the problem and where it is.
#include "SelectionPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class SelectionPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentedExampleReads();
    void minimalPolicy();
    void refusesMalformedPolicies_data();
    void refusesMalformedPolicies();
    void refusesFilesThatAreNotPolicies();
    void messagesCannotDriveTheTerminal();
    void coversItsAccounts();
};

void SelectionPolicyTest::theDocumentedExampleReads()
{
    QString problem;
    const std::optional<SelectionPolicy> policy =
        SelectionPolicy::read(QStringLiteral(TEARDOWN_POLICY_EXAMPLE), &problem);
    QVERIFY2(policy, qPrintable(problem));
    QCOMPARE(policy->accounts, QStringList{u"ci-sandbox"_s});
    QCOMPARE(policy->filter.regions, (QStringList{u"ap-guangzhou"_s, u"ap-shanghai"_s}));
    QCOMPARE(policy->filter.tags.size(), 1);
    QCOMPARE(policy->filter.tags.first().text(), u"env=ci"_s);
    QCOMPARE(policy->filter.names.size(), 2);
    QCOMPARE(policy->filter.names.at(1).text(), u"/^tmp-[0-9]+$/"_s);
    QCOMPARE(policy->filter.states, (QStringList{u"RUNNING"_s, u"STOPPED"_s}));
    QCOMPARE(policy->filter.chargeTypes, (QStringList{u"POSTPAID_BY_HOUR"_s, u"SPOTPAID"_s}));
    QCOMPARE(policy->filter.createdAfter, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(policy->filter.olderThanSeconds, qint64(7 * 86400));
    QCOMPARE(policy->filter.excludedTags.size(), 2);
    QCOMPARE(policy->filter.excludedNames.first().text(), u"*-keep"_s);
}

void SelectionPolicyTest::minimalPolicy()
{
    QString problem;
    const std::optional<SelectionPolicy> policy = SelectionPolicy::fromJson(R"({"version": 1})", &problem);
    QVERIFY2(policy, qPrintable(problem));
    QVERIFY(policy->accounts.isEmpty());
    QVERIFY(policy->filter.isEmpty());
}

void SelectionPolicyTest::refusesMalformedPolicies_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("version: 1") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"version": 1, "include": {)") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray(R"([{"version": 1}])") << u"a JSON object"_s;
    QTest::newRow("a number") << QByteArray("1") << u"not JSON"_s; // Qt reads only objects and arrays
    QTest::newRow("no version") << QByteArray(R"({"include": {"tags": ["env=ci"]}})") << u"version: missing"_s;
    QTest::newRow("version 2") << QByteArray(R"({"version": 2})") << u"version: not a version"_s;
    QTest::newRow("version as text") << QByteArray(R"({"version": "1"})") << u"version: not a version"_s;
    QTest::newRow("version 1.5") << QByteArray(R"({"version": 1.5})") << u"version: not a version"_s;
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"version": 1, "exclud": {"tags": ["keep"]}})") << u"exclud: unknown key"_s;
    QTest::newRow("unknown include key") << QByteArray(R"({"version": 1, "include": {"tag": ["env"]}})")
                                         << u"include.tag: unknown key"_s;
    QTest::newRow("exclude takes no dates")
        << QByteArray(R"({"version": 1, "exclude": {"olderThan": "7d"}})") << u"exclude.olderThan: unknown key"_s;
    QTest::newRow("include not an object")
        << QByteArray(R"({"version": 1, "include": ["env"]})") << u"include: must be an object"_s;
    QTest::newRow("tags not a list") << QByteArray(R"({"version": 1, "include": {"tags": "env=ci"}})")
                                     << u"include.tags: must be a list"_s;
    QTest::newRow("a number in a list") << QByteArray(R"({"version": 1, "accounts": ["ci", 7]})")
                                        << u"accounts[1]: must be a non-empty text"_s;
    QTest::newRow("an empty text") << QByteArray(R"({"version": 1, "regions": [""]})")
                                   << u"regions[0]: must be a non-empty text"_s;
    QTest::newRow("a nested object") << QByteArray(R"({"version": 1, "regions": [{"id": "ap-guangzhou"}]})")
                                     << u"regions[0]: must be a non-empty text"_s;
    QTest::newRow("bad tag") << QByteArray(R"({"version": 1, "exclude": {"tags": ["keep", "=x"]}})")
                             << u"exclude.tags[1]: \"=x\" is not a tag"_s;
    QTest::newRow("bad regex") << QByteArray(R"({"version": 1, "include": {"names": ["/^(ci/"]}})")
                               << u"include.names[0]: \"/^(ci/\" is not a valid regular expression"_s;
    QTest::newRow("bad date") << QByteArray(R"({"version": 1, "include": {"createdBefore": "yesterday"}})")
                              << u"include.createdBefore: \"yesterday\" is not a date"_s;
    QTest::newRow("date as a number") << QByteArray(R"({"version": 1, "include": {"createdAfter": 20240101}})")
                                      << u"include.createdAfter: must be a non-empty text"_s;
    QTest::newRow("bad duration") << QByteArray(R"({"version": 1, "include": {"olderThan": "7 days"}})")
                                  << u"include.olderThan: \"7 days\" is not a duration"_s;
    QTest::newRow("null") << QByteArray(R"({"version": 1, "include": {"olderThan": null}})")
                          << u"include.olderThan: must be a non-empty text"_s;
    QTest::newRow("too long a text") << (R"({"version": 1, "accounts": [")" + QByteArray(1025, 'a') + R"("]})")
                                     << u"accounts[0]: must be a non-empty text of at most 1024"_s;
    QByteArray many = R"({"version": 1, "regions": [)";
    for (int i = 0; i <= SelectionPolicy::MaxListEntries; ++i)
        many += (i ? ",\"r" : "\"r") + QByteArray::number(i) + '"';
    QTest::newRow("too many entries") << many + "]}" << u"regions: must be a list of at most 1000"_s;
    QTest::newRow("deeply nested") << (R"({"version": 1, "include": )" + QByteArray(5000, '[') + QByteArray(5000, ']')
                                       + "}")
                                   << u"not JSON"_s;
}

void SelectionPolicyTest::refusesMalformedPolicies()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QString problem;
    QVERIFY(!SelectionPolicy::fromJson(json, &problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
}

void SelectionPolicyTest::refusesFilesThatAreNotPolicies()
{
    QTemporaryDir dir;
    QString problem;
    QVERIFY(!SelectionPolicy::read(dir.filePath(u"absent.json"_s), &problem));
    QVERIFY2(problem.contains(u"absent.json was refused: it does not exist"_s), qPrintable(problem));

    QVERIFY(!SelectionPolicy::read(dir.path(), &problem));
    QVERIFY2(problem.contains(u"not a regular file"_s), qPrintable(problem));

    QVERIFY(!SelectionPolicy::read(u"/dev/zero"_s, &problem)); // endless: never read whole
    QVERIFY2(problem.contains(u"not a regular file"_s), qPrintable(problem));

    QFile large(dir.filePath(u"large.json"_s));
    QVERIFY(large.open(QIODevice::WriteOnly));
    large.write(R"({"version": 1, "accounts": [)");
    large.write(QByteArray(SelectionPolicy::MaxFileBytes, ' '));
    large.write("]}");
    large.close();
    QVERIFY(!SelectionPolicy::read(large.fileName(), &problem));
    QVERIFY2(problem.contains(u"larger than 256 KiB"_s), qPrintable(problem));

    QFile wrong(dir.filePath(u"wrong.json"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(R"({"version": 1, "include": {"olderThan": "forever"}})");
    wrong.close();
    QVERIFY(!SelectionPolicy::read(wrong.fileName(), &problem));
    QVERIFY2(problem.startsWith(u"The policy file %1 was refused: include.olderThan: "_s.arg(wrong.fileName())),
             qPrintable(problem));
}

void SelectionPolicyTest::messagesCannotDriveTheTerminal()
{
    // A key with an escape sequence (clear the screen) is echoed as the replacement character.
    QString problem;
    QVERIFY(!SelectionPolicy::fromJson(R"({"version": 1, "\u001b[2Jx": 1})", &problem));
    QVERIFY(!problem.contains(QChar(0x1b)));
    QVERIFY2(problem.contains(u"\uFFFD[2Jx: unknown key"_s), qPrintable(problem));
}

void SelectionPolicyTest::coversItsAccounts()
{
    SelectionPolicy any;
    QVERIFY(any.covers(u"prod"_s, u"id-1"_s));
    SelectionPolicy named;
    named.accounts = {u"ci-sandbox"_s, u"id-7"_s};
    QVERIFY(named.covers(u"ci-sandbox"_s, u"id-1"_s));
    QVERIFY(named.covers(u"renamed"_s, u"id-7"_s));
    QVERIFY(!named.covers(u"prod"_s, u"id-1"_s));
    QVERIFY(named.covers(u"CI-Sandbox"_s, u"id-1"_s)); // as --account finds a name
    QVERIFY(!named.covers(u"prod"_s, u"ID-7"_s));
}

QTEST_GUILESS_MAIN(SelectionPolicyTest)
#include "tst_selectionpolicy.moc"

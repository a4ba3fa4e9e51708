// The console's filter bar on a fleet listed from its own emulator over loopback: the tag and age
// fields filter the table by the rule teardownctl selects by, a field that does not read says why
// and filters nothing, and "Select all shown" (Ctrl+A) selects exactly the rows the filters show,
// which is what Return then plans.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FilterBar.h"
#include "FlowFleet.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// ci-1, ci-2 (team=db) and ci-old are tagged env=ci; web is env=prod. ci-old and web are 30 days
// old, the others 3 days (FlowFleet's age).
emulator::TencentInstance tagged(const QString& id, const QList<emulator::TencentTag>& tags, int ageDays = 3)
{
    emulator::TencentInstance i = FlowFleet::instance(id, u"POSTPAID_BY_HOUR"_s);
    i.tags = tags;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    return i;
}

const QString kCi1 = u"ins-ci000001"_s;
const QString kCi2 = u"ins-ci000002"_s;
const QString kCiOld = u"ins-ci000003"_s;
const QString kWeb = u"ins-web00001"_s;

} // namespace

class FilterBarTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tagFilter();
    void ageFilter();
    void nameAndDateRange();
    void unreadableFieldsSayWhyAndFilterNothing();
    void selectAllShownSelectsOnlyWhatIsShown();
    void problemsFollowTheLanguage();

private:
    QSet<QString> shownIds() const
    {
        QSet<QString> ids;
        for (const Instance& i : m_console->window.instanceProxy().visibleInstances())
            ids.insert(i.id);
        return ids;
    }
    QLineEdit* field(const QString& name) const { return m_console->window.findChild<QLineEdit*>(name); }
    void type(const QString& name, const QString& text)
    {
        field(name)->clear();
        QTest::keyClicks(field(name), text);
    }

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<TestConsole> m_console;
};

void FilterBarTest::init()
{
    m_emulator = std::make_unique<emulator::Emulator>();
    QVERIFY(m_emulator->listen());
    auto& fleet = m_emulator->tencentFleet();
    fleet.clear();
    const emulator::TencentTag ci{u"env"_s, u"ci"_s};
    fleet.add(tagged(kCi1, {ci}));
    fleet.add(tagged(kCi2, {ci, {u"team"_s, u"db"_s}}));
    fleet.add(tagged(kCiOld, {ci}, 30));
    fleet.add(tagged(kWeb, {{u"env"_s, u"prod"_s}}, 30));
    m_console = std::make_unique<TestConsole>();
    m_console->addAccount(FlowFleet::account(u"Filter account"_s, m_emulator->url()), u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->window.instanceModel().rowCount(), 4, 30000);
    QTRY_VERIFY(!m_console->window.isRefreshing());
}

void FilterBarTest::cleanup()
{
    m_console.reset();
    m_emulator.reset();
}

void FilterBarTest::tagFilter()
{
    type(u"tagFilter"_s, u"env=ci"_s);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2, kCiOld}));
    type(u"tagFilter"_s, u"env=ci, !team=db"_s);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCiOld}));
    type(u"tagFilter"_s, u"env, team"_s); // all must match
    QCOMPARE(shownIds(), QSet<QString>{kCi2});
    QVERIFY(m_console->window.instanceProxy().selectionFilter().excludedTags.isEmpty());
    field(u"tagFilter"_s)->clear();
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 4);
}

void FilterBarTest::ageFilter()
{
    type(u"ageFilter"_s, u"7d"_s);
    QCOMPARE(shownIds(), (QSet<QString>{kCiOld, kWeb}));
    type(u"ageFilter"_s, u"48h"_s);
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 4);
    // A date: created before it.
    type(u"ageFilter"_s, QDateTime::currentDateTimeUtc().addDays(-10).date().toString(Qt::ISODate));
    QCOMPARE(shownIds(), (QSet<QString>{kCiOld, kWeb}));
    // With the tags and the existing filters, all of them.
    type(u"tagFilter"_s, u"env=ci"_s);
    QCOMPARE(shownIds(), QSet<QString>{kCiOld});
    QTest::keyClicks(m_console->window.findChild<QLineEdit*>(u"search"_s), u"ci000001"_s);
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 0);
}

void FilterBarTest::nameAndDateRange()
{
    // A glob or a regular expression in the search field selects by name (FlowFleet: "flow ID").
    type(u"search"_s, u"*ci00000?"_s);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2, kCiOld}));
    QCOMPARE(m_console->window.instanceProxy().selectionFilter().names.size(), 1);
    type(u"search"_s, u"/web0+1$/"_s);
    QCOMPARE(shownIds(), QSet<QString>{kWeb});
    type(u"search"_s, u"/(/"_s);
    QVERIFY(!m_console->window.findChild<FilterBar*>()->searchProblem().isEmpty());
    QVERIFY(!field(u"search"_s)->styleSheet().isEmpty()); // marked, and filters nothing
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 4);
    type(u"search"_s, u"ci00000"_s); // words again
    QVERIFY(field(u"search"_s)->styleSheet().isEmpty());
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2, kCiOld}));
    field(u"search"_s)->clear();

    // A range of creation dates: ci-1 and ci-2 are 3 days old, ci-old and web 30.
    const QString tenDaysAgo = QDateTime::currentDateTimeUtc().addDays(-10).date().toString(Qt::ISODate);
    const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).date().toString(Qt::ISODate);
    type(u"ageFilter"_s, tenDaysAgo + u".."_s);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2}));
    type(u"ageFilter"_s, u".."_s + tenDaysAgo);
    QCOMPARE(shownIds(), (QSet<QString>{kCiOld, kWeb}));
    type(u"ageFilter"_s, tenDaysAgo + u".."_s + yesterday);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2}));
    type(u"ageFilter"_s, yesterday + u".."_s + tenDaysAgo);
    QVERIFY2(m_console->window.findChild<FilterBar*>()->ageProblem().contains(u"empty range"_s),
             qPrintable(m_console->window.findChild<FilterBar*>()->ageProblem()));
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 4);
}

void FilterBarTest::unreadableFieldsSayWhyAndFilterNothing()
{
    type(u"tagFilter"_s, u"env=ci"_s);
    type(u"ageFilter"_s, u"7x"_s);
    QLineEdit* age = field(u"ageFilter"_s);
    QVERIFY2(age->toolTip().contains(u"\"7x\" is neither an age"_s), qPrintable(age->toolTip()));
    QVERIFY(!age->styleSheet().isEmpty()); // marked
    QCOMPARE(m_console->window.instanceProxy().selectionFilter().olderThanSeconds, 0);
    QCOMPARE(shownIds(), (QSet<QString>{kCi1, kCi2, kCiOld})); // the tags still apply

    type(u"tagFilter"_s, u"=ci"_s);
    QLineEdit* tags = field(u"tagFilter"_s);
    QVERIFY2(tags->toolTip().contains(u"is not a tag"_s), qPrintable(tags->toolTip()));
    QCOMPARE(m_console->window.instanceProxy().rowCount(), 4);

    // Corrected: marked no more, and the tooltips say what the fields take.
    type(u"ageFilter"_s, u"7d"_s);
    type(u"tagFilter"_s, u"env=ci"_s);
    QVERIFY(age->styleSheet().isEmpty());
    QVERIFY(tags->styleSheet().isEmpty());
    QVERIFY2(age->toolTip().contains(u"36h"_s), qPrintable(age->toolTip()));
    QCOMPARE(shownIds(), QSet<QString>{kCiOld});
}

void FilterBarTest::selectAllShownSelectsOnlyWhatIsShown()
{
    MainWindow& window = m_console->window;
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    type(u"tagFilter"_s, u"env=ci, !team"_s);
    QCOMPARE(window.instanceProxy().rowCount(), 2);

    // Ctrl+A in a text field selects its text, not rows.
    QTest::keyClick(field(u"tagFilter"_s), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(field(u"tagFilter"_s)->selectedText(), u"env=ci, !team"_s);
    QVERIFY(window.selectedInstances().isEmpty());

    // In the table, it selects every row shown and nothing hidden.
    QTableView& table = window.instanceView();
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_A, Qt::ControlModifier);
    QSet<QString> selected;
    for (const Instance& i : window.selectedInstances())
        selected.insert(i.id);
    QCOMPARE(selected, (QSet<QString>{kCi1, kCiOld}));
    QVERIFY2(window.selectionSummaryText().startsWith(u"2 selected"_s), qPrintable(window.selectionSummaryText()));

    // What Return plans is what is selected and shown.
    window.returnSelected();
    TeardownDialog* dialog = DialogDriver::finalConfirmation(window);
    QVERIFY(dialog);
    QSet<QString> planned;
    for (const PlanItem& item : dialog->plan().items)
        planned.insert(item.instance.id);
    QCOMPARE(planned, (QSet<QString>{kCi1, kCiOld}));
    dialog->reject();
    QTRY_VERIFY(!window.teardownWindows().confirmation() || !window.teardownWindows().confirmation()->isVisible());

    // The action is in the Edit menu too; a narrower filter leaves fewer rows to select.
    type(u"ageFilter"_s, u"7d"_s);
    table.clearSelection();
    auto* action = window.findChild<QAction*>(u"selectAllShown"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::SelectAll));
    QVERIFY(window.menuBar()->actions().at(1)->menu()->actions().contains(action));
    action->trigger();
    QCOMPARE(window.selectedInstances().size(), 1);
    QCOMPARE(window.selectedInstances().first().id, kCiOld);
}

void FilterBarTest::problemsFollowTheLanguage()
{
    type(u"ageFilter"_s, u"soon"_s);
    const QString english = field(u"ageFilter"_s)->toolTip();
    QVERIFY(english.contains(u"neither an age"_s));
    m_console->window.switchLanguage(u"zh_CN"_s);
    QTRY_VERIFY(field(u"ageFilter"_s)->toolTip() != english);
    QVERIFY2(field(u"ageFilter"_s)->toolTip().contains(u"soon"_s), qPrintable(field(u"ageFilter"_s)->toolTip()));
    QVERIFY(!field(u"ageFilter"_s)->placeholderText().startsWith(u"Older"_s));
    m_console->window.switchLanguage(u"en"_s);
    QTRY_COMPARE(field(u"ageFilter"_s)->toolTip(), english);
}

QTEST_MAIN(FilterBarTest)
#include "tst_filterbar.moc"

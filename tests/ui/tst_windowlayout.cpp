// The main window as it is laid out and keyed on a real X server (Xvfb) with a 1024×700 screen and
// the X11 key bindings, the way an operator on a small laptop display meets it: the columns that
// decide, the filters readable, the details pane out of the way, the listing progress whole, the
// window's shortcuts working from the search box, and an error notice that does not move the table
// under the pointer. ctest starts it under xvfb-run (tests/ui/CMakeLists.txt).

#include "ConsoleFleet.h"
#include "InstanceDetailsPane.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "InstanceTableView.h"
#include "TestConsole.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace Qt::StringLiterals;

class WindowLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitsTheSmallScreen();
    void detailsPaneCollapses();
    void windowShortcutsWorkFromTheSearchBox();
    void listingProgressIsReadableWhole();
    void problemNoticeDoesNotMoveTheTable();
    void datesReadTheSameInTableAndDetails();

private:
    void waitForTheFleet()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_console->window.instanceModel().rowCount() > 100, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->window.isRefreshing(), 30000);
    }
    template<typename T>
    T* child(const QString& name) const
    {
        return m_console->window.findChild<T*>(name);
    }
    // Visible whole in the table's viewport.
    bool columnShown(int column) const
    {
        const QHeaderView* header = m_console->window.instanceView().horizontalHeader();
        const int left = header->sectionViewportPosition(column);
        return !header->isSectionHidden(column) && left >= 0
            && left + header->sectionSize(column) <= header->viewport()->width();
    }
    void addBrokenAccount()
    {
        Account broken;
        broken.name = u"Broken endpoint"_s;
        broken.keyId = u"AKIDSANDBOX"_s;
        broken.endpoint = QUrl(u"http://127.0.0.1:1"_s);
        broken.regions = {u"ap-guangzhou"_s};
        m_console->addAccount(broken, u"sandbox-secret-key"_s);
    }

    std::unique_ptr<TestConsole> m_console;
};

void WindowLayoutTest::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1024, 700));
    // The bindings that made a line edit swallow Ctrl+E.
    QVERIFY(QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine).contains(QKeySequence(u"Ctrl+E"_s)));
}

void WindowLayoutTest::init()
{
    m_console = std::make_unique<TestConsole>(u"en"_s, TestConsole::Sandbox::On);
    QVERIFY(QTest::qWaitForWindowExposed(&m_console->window));
    // The keys go where an operator's would: to the active window's shortcuts.
    m_console->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_console->window));
}

void WindowLayoutTest::cleanup()
{
    m_console.reset();
}

void WindowLayoutTest::fitsTheSmallScreen()
{
    MainWindow& window = m_console->window;
    QVERIFY2(window.width() <= 1024 && window.height() <= 700,
             qPrintable(u"%1x%2"_s.arg(window.width()).arg(window.height())));
    waitForTheFleet();

    // What an operator decides by, whole, without scrolling sideways.
    for (const int column : {InstanceTableModel::IdColumn, InstanceTableModel::NameColumn,
                             InstanceTableModel::StatusColumn, InstanceTableModel::ChargeTypeColumn})
        QVERIFY2(columnShown(column), qPrintable(window.instanceModel().headerData(column, Qt::Horizontal).toString()));
    // The columns are sized to their contents: an id is never cut.
    const QHeaderView* header = window.instanceView().horizontalHeader();
    const QString id = window.instanceProxy().index(0, InstanceTableModel::IdColumn).data().toString();
    QVERIFY(header->sectionSize(InstanceTableModel::IdColumn)
            > window.instanceView().fontMetrics().horizontalAdvance(id));
    QVERIFY(header->sectionSize(InstanceTableModel::AccountColumn) <= InstanceTableView::MaxFittedColumnWidth);

    // The filters read whole ("All states", not "All state").
    for (const QString& name : {u"stateFilter"_s, u"chargeFilter"_s}) {
        auto* box = child<QComboBox>(name);
        QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(name));
    }
    // No room to spare: the details pane starts folded away.
    QCOMPARE(child<QSplitter>(u"mainSplitter"_s)->sizes().value(2), 0);
}

void WindowLayoutTest::detailsPaneCollapses()
{
    waitForTheFleet();
    auto* toggle = child<QAction>(u"showDetails"_s);
    auto* splitter = child<QSplitter>(u"mainSplitter"_s);
    QVERIFY(!toggle->isChecked());
    QTest::keyClick(&m_console->window, Qt::Key_F9);
    QVERIFY(toggle->isChecked());
    QVERIFY(splitter->sizes().value(2) > 200);
    QVERIFY(columnShown(InstanceTableModel::StatusColumn));
    QTest::keyClick(&m_console->window, Qt::Key_F9);
    QCOMPARE(splitter->sizes().value(2), 0);
}

void WindowLayoutTest::windowShortcutsWorkFromTheSearchBox()
{
    MainWindow& window = m_console->window;
    waitForTheFleet();
    auto* search = child<QLineEdit>(u"search"_s);
    search->setFocus();
    QTest::keyClicks(search, u"api"_s);

    // Export opens a file dialog; here only that the key reached it counts.
    auto* exportCsv = child<QAction>(u"exportCsv"_s);
    QObject::disconnect(exportCsv, &QAction::triggered, &window, nullptr);
    QSignalSpy exported(exportCsv, &QAction::triggered);
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(search->text(), u"api"_s);

    // The line edit keeps its own editing keys.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(search->selectedText(), u"api"_s);
}

void WindowLayoutTest::listingProgressIsReadableWhole()
{
    MainWindow& window = m_console->window;
    waitForTheFleet();
    auto* progress = child<QProgressBar>(u"listingProgress"_s);
    // Checked at every step of a listing: the bar is as wide as its longest text.
    bool seen = false;
    bool whole = true;
    connect(&m_console->session.fleet(), &ConsoleFleet::loadProgress, progress, [&](int done, int total) {
        if (done >= total)
            return;
        seen = true;
        const QString text = progress->text();
        whole = whole && progress->minimumWidth() > progress->fontMetrics().horizontalAdvance(text);
    });
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), 30000);
    QVERIFY(seen);
    QVERIFY(whole);
}

void WindowLayoutTest::problemNoticeDoesNotMoveTheTable()
{
    MainWindow& window = m_console->window;
    waitForTheFleet();
    addBrokenAccount();
    auto* notice = child<QLabel>(u"problemBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), 30000);
    const int tableTop = window.instanceView().mapTo(&window, QPoint()).y();

    // A refresh that fails again: the notice neither goes nor comes back, the rows stay put.
    int hidden = 0;
    struct HideCounter : QObject
    {
        int* count;
        bool eventFilter(QObject*, QEvent* event) override
        {
            *count += event->type() == QEvent::Hide;
            return false;
        }
    } counter;
    counter.count = &hidden;
    notice->installEventFilter(&counter);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isRefreshing());
    QCOMPARE(window.instanceView().mapTo(&window, QPoint()).y(), tableTop);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), 30000);
    QCOMPARE(hidden, 0);
    QVERIFY(notice->isVisible());
    QCOMPARE(window.instanceView().mapTo(&window, QPoint()).y(), tableTop);

    // Its coming did not move them either: it sits below the table.
    QVERIFY(notice->mapTo(&window, QPoint()).y() > tableTop);
}

void WindowLayoutTest::datesReadTheSameInTableAndDetails()
{
    MainWindow& window = m_console->window;
    waitForTheFleet();
    const QModelIndex first = window.instanceProxy().index(0, 0);
    window.instanceView().selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString created = window.instanceProxy().index(0, InstanceTableModel::CreatedColumn).data().toString();
    QVERIFY(!created.isEmpty());
    QVERIFY2(window.detailsPane().text().contains(u"Created\n"_s + created), qPrintable(window.detailsPane().text()));
}

QTEST_MAIN(WindowLayoutTest)
#include "tst_windowlayout.moc"

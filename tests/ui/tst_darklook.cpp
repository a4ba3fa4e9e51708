// The console in the desktop's light palette and in the dark one (`--dark`, or a palette that turns
// dark while it runs): the instance table tells its model the background, so every status on the
// sandbox's fleet keeps WCAG AA contrast against the rows it is drawn on, and the markers are drawn
// in the colours of the tone; so are the results of a run. With TEARDOWN_SCREENSHOT_DIR set, the
// confirmation and the run are saved as confirm-dark-LANGUAGE.png and run-dark-LANGUAGE.png.

#include "DarkPalette.h"
#include "DialogDriver.h"
#include "Emulator.h"
#include "FlowFleet.h"
#include "InstanceTableModel.h"
#include "LifecyclePalette.h"
#include "RunView.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class DarkLookTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void lightPaletteKeepsTheStatusReadable();
    void darkPaletteKeepsTheStatusReadable();
    void tableFollowsThePaletteTurningDark();
    void darkPaletteIsQtsFusionDark();
    void runResultsReadInTheDark();

private:
    // Every row's status colour against the two backgrounds rows are drawn on.
    void checkEveryStatusReadable(TestConsole& console);
    void waitForTheFleet(TestConsole& console)
    {
        QTRY_VERIFY_WITH_TIMEOUT(console.window.instanceModel().rowCount() > 100, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!console.window.isRefreshing(), 30000);
    }
    // Pixels of exactly this colour in the table as drawn: the markers' full-coverage pixels.
    static int pixelsOf(const QImage& image, const QColor& colour);
    // The confirmation's "cannot be undone" line and the plan's irreversible group, in red that
    // keeps AA contrast against what they are drawn on.
    static void checkWarningsReadable(const TeardownDialog& dialog);

    QPalette m_desktop; // the palette the application started with
};

void DarkLookTest::initTestCase()
{
    m_desktop = QApplication::palette();
}

void DarkLookTest::cleanup()
{
    QApplication::setPalette(m_desktop);
}

void DarkLookTest::checkEveryStatusReadable(TestConsole& console)
{
    const QTableView& view = console.window.instanceView();
    const InstanceTableModel& model = console.window.instanceModel();
    const QColor base = view.palette().color(QPalette::Base);
    const QColor alternateBase = view.palette().color(QPalette::AlternateBase);
    QSet<int> states;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QColor text = model.index(row, InstanceTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        states.insert(int(model.instanceAt(row).lifecycle));
        for (const QColor& background : {base, alternateBase}) {
            const double ratio = LifecyclePalette::contrastRatio(text, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(model.instanceAt(row).id, text.name(), background.name())
                                    .arg(ratio)));
        }
    }
    QVERIFY(states.size() >= 5); // the sandbox's fleet shows most states
}

int DarkLookTest::pixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    }
    return count;
}

void DarkLookTest::lightPaletteKeepsTheStatusReadable()
{
    TestConsole console(u"en"_s, TestConsole::Sandbox::On);
    waitForTheFleet(console);
    QCOMPARE(console.window.instanceModel().tone(), LifecyclePalette::Tone::Light);
    checkEveryStatusReadable(console);
}

void DarkLookTest::darkPaletteKeepsTheStatusReadable()
{
    // As `teardown-console --dark` starts: the palette is set before the window exists.
    QApplication::setPalette(DarkPalette::fusion());
    TestConsole console(u"en"_s, TestConsole::Sandbox::On);
    waitForTheFleet(console);
    QCOMPARE(console.window.instanceModel().tone(), LifecyclePalette::Tone::Dark);
    checkEveryStatusReadable(console);
}

void DarkLookTest::tableFollowsThePaletteTurningDark()
{
    TestConsole console(u"en"_s, TestConsole::Sandbox::On);
    waitForTheFleet(console);
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    const QColor lightRunning = LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Light);
    const QColor darkRunning = LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Dark);
    QTableView& view = console.window.instanceView();
    QVERIFY(pixelsOf(view.viewport()->grab().toImage(), lightRunning) > 0);

    // A desktop turning dark changes the application's palette, which QApplication hands to the
    // widgets only while exec() runs (a test does not): the window's palette changes the same way.
    console.window.setPalette(DarkPalette::fusion());
    QCOMPARE(console.window.instanceModel().tone(), LifecyclePalette::Tone::Dark);
    checkEveryStatusReadable(console);
    // Redrawn in the dark colours: the running discs and text, and nothing left in the light ones.
    const QImage dark = view.viewport()->grab().toImage();
    QVERIFY(pixelsOf(dark, darkRunning) > 0);
    QCOMPARE(pixelsOf(dark, lightRunning), 0);
}

void DarkLookTest::darkPaletteIsQtsFusionDark()
{
    const QPalette dark = DarkPalette::fusion();
    QCOMPARE(dark.color(QPalette::Window), QColor(50, 50, 50));
    QCOMPARE(dark.color(QPalette::Base), QColor(50, 50, 50).darker(140));
    QCOMPARE(LifecyclePalette::toneFor(dark.color(QPalette::Base)), LifecyclePalette::Tone::Dark);
    QCOMPARE(LifecyclePalette::toneFor(dark.color(QPalette::AlternateBase)), LifecyclePalette::Tone::Dark);
    // Its own text reads on its own backgrounds.
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
        QVERIFY(LifecyclePalette::contrastRatio(dark.color(QPalette::Text), dark.color(background)) >= 7.0);
    QVERIFY(LifecyclePalette::contrastRatio(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight))
            >= 3.0);
}

void DarkLookTest::runResultsReadInTheDark()
{
    QApplication::setPalette(DarkPalette::fusion());
    emulator::Emulator emu;
    QVERIFY(emu.listen());
    emu.tencentFleet().clear();
    emu.tencentFleet().add(FlowFleet::instance(u"ins-dark0001"_s, u"POSTPAID_BY_HOUR"_s));
    emu.tencentFleet().add(FlowFleet::instance(u"ins-dark0002"_s, u"POSTPAID_BY_HOUR"_s, u"STOPPING"_s));
    TestConsole console(DialogDriver::screenshotLanguage());
    console.addAccount(FlowFleet::account(u"Dark account"_s, emu.url()), u"sandbox-secret-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(console.window.instanceModel().rowCount(), 2, 30000);

    // One destroyed, one blocked (it is stopping): a green row and an amber one.
    console.window.instanceView().selectAll();
    console.window.returnSelected();
    QVERIFY(DialogDriver::answerConfirmation(console.window, [](TeardownDialog& dialog) {
        DialogDriver::screenshot(dialog, u"confirm-dark"_s);
        checkWarningsReadable(dialog);
    }));
    RunView* run = console.window.currentRun();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
    DialogDriver::screenshot(*run, u"run-dark"_s);

    const QTreeView* results = run->findChild<QTreeView*>(u"results"_s);
    QVERIFY(results);
    QCOMPARE(results->model()->rowCount(), 2);
    const QColor base = results->palette().color(QPalette::Base);
    QSet<QRgb> colours;
    for (int i = 0; i < results->model()->rowCount(); ++i) {
        const QColor text = results->model()->index(i, 0).data(Qt::ForegroundRole).value<QColor>();
        colours.insert(text.rgb());
        QVERIFY2(LifecyclePalette::contrastRatio(text, base) >= 4.5, qPrintable(text.name()));
    }
    QCOMPARE(colours.size(), 2); // what happened differs, and so does the colour
    run->close();
}

void DarkLookTest::checkWarningsReadable(const TeardownDialog& dialog)
{
    const QLabel* irreversible = dialog.findChild<QLabel*>(u"irreversible"_s);
    QVERIFY(irreversible && irreversible->isVisibleTo(&dialog));
    const QRegularExpressionMatch colour =
        QRegularExpression(u"color: (#[0-9a-f]{6})"_s).match(irreversible->styleSheet());
    QVERIFY2(colour.hasMatch(), qPrintable(irreversible->styleSheet()));
    const QColor red(colour.captured(1));
    QVERIFY2(LifecyclePalette::contrastRatio(red, dialog.palette().color(QPalette::Window)) >= 4.5,
             qPrintable(red.name()));

    int warned = 0;
    const auto* items = dialog.findChild<QTreeView*>(u"planItems"_s);
    QVERIFY(items);
    const QColor base = items->palette().color(QPalette::Base);
    for (int i = 0; i < items->model()->rowCount(); ++i) {
        const QVariant foreground = items->model()->index(i, 0).data(Qt::ForegroundRole);
        if (!foreground.isValid())
            continue;
        ++warned;
        const QColor text = foreground.value<QColor>();
        QVERIFY2(LifecyclePalette::contrastRatio(text, base) >= 4.5, qPrintable(text.name()));
    }
    QVERIFY(warned > 0); // the destroyed-now group is marked
}

QTEST_MAIN(DarkLookTest)
#include "tst_darklook.moc"

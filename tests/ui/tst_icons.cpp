// The console's icons: every action has one on a bare system (the bundled SVGs, drawn through Qt's
// SVG plugins), the desktop's icon theme wins where it has the icon, the application icon comes in
// every hicolor size, and the toolbar shows icons and text when wide and icons only when narrow.

#include "Icons.h"
#include "WindowActions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Icons::Action)

namespace {

// Pixels that are drawn: a missing SVG engine or resource gives a null or fully transparent pixmap.
int opaquePixels(const QIcon& icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString()); // a bare system: no icon theme at all
    }

    void bundledIconsDraw_data()
    {
        QTest::addColumn<Icons::Action>("action");
        for (const Icons::Action action : Icons::allActions())
            QTest::newRow(qPrintable(Icons::bundledFile(action))) << action;
    }
    void bundledIconsDraw()
    {
        QFETCH(Icons::Action, action);
        QVERIFY2(QFile::exists(Icons::bundledFile(action)), qPrintable(Icons::bundledFile(action)));
        const QIcon icon = Icons::action(action);
        QVERIFY(!icon.isNull());
        QVERIFY(icon.name().isEmpty()); // not from a theme
        for (const int size : {16, 24, 48})
            QVERIFY2(opaquePixels(icon, size) > size, qPrintable(u"%1 px"_s.arg(size)));
    }

    void themeWinsWhereItHasTheIcon()
    {
        // A minimal icon theme with a refresh icon only.
        QTemporaryDir themes;
        QVERIFY(QDir(themes.path()).mkpath(u"probe/24x24/actions"_s));
        QFile index(themes.filePath(u"probe/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=probe\nDirectories=24x24/actions\n\n[24x24/actions]\nSize=24\n");
        index.close();
        QImage red(24, 24, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(themes.filePath(u"probe/24x24/actions/view-refresh.png"_s)));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(u"probe"_s);

        const QIcon refresh = Icons::action(Icons::Action::Refresh);
        QCOMPARE(refresh.name(), u"view-refresh"_s);
        QCOMPARE(refresh.pixmap(24, 24).toImage().pixelColor(12, 12), QColor(Qt::red));
        // What the theme lacks still has the bundled icon.
        const QIcon release = Icons::action(Icons::Action::Release);
        QVERIFY(release.name().isEmpty());
        QVERIFY(opaquePixels(release, 24) > 24);
    }

    void applicationIconHasEveryHicolorSize()
    {
        const QIcon icon = Icons::application();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(u"%1 px"_s.arg(size)));
            QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
        }
        QVERIFY(opaquePixels(icon, 16) > 100);
    }

    void everyToolbarActionHasAnIcon()
    {
        QMainWindow window;
        WindowActions actions(window, u"en"_s);
        actions.install();
        actions.retranslate();
        const QList<QAction*> shown = actions.toolBar()->actions();
        QVERIFY(!shown.isEmpty());
        for (const QAction* action : shown) {
            if (!action->isSeparator())
                QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        }
        QVERIFY(!actions.about->icon().isNull());
    }

    void toolbarShowsTextOnlyWhenWide_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<Qt::ToolButtonStyle>("style");
        QTest::newRow("1600") << 1600 << Qt::ToolButtonTextBesideIcon;
        QTest::newRow("threshold") << WindowActions::kIconsOnlyBelowWidth << Qt::ToolButtonTextBesideIcon;
        QTest::newRow("1024") << 1024 << Qt::ToolButtonIconOnly;
        QTest::newRow("800") << 800 << Qt::ToolButtonIconOnly;
    }
    void toolbarShowsTextOnlyWhenWide()
    {
        QFETCH(int, width);
        QFETCH(Qt::ToolButtonStyle, style);
        QMainWindow window;
        WindowActions actions(window, u"en"_s);
        actions.install();
        actions.retranslate();
        // From the other side of the threshold, so the style has to change.
        const int start = style == Qt::ToolButtonIconOnly ? 1600 : 800;
        window.resize(start, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(actions.toolBar()->toolButtonStyle() != style);
        window.resize(width, 600);
        QTRY_COMPARE(actions.toolBar()->toolButtonStyle(), style);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

// Help → About: the version of this build, the Qt version, the licence, and where this console's
// history database and settings are, as the session has them.

#include "AboutDialog.h"
#include "BuildInfo.h"
#include "TestConsole.h"

#include <QAction>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionBuildAndQt()
    {
        AboutDialog dialog({u"/data/history.sqlite"_s, u"/config/teardown-console.conf"_s});
        const QString version = dialog.findChild<QLabel*>(u"aboutVersion"_s)->text();
        QVERIFY2(version.contains(QLatin1StringView(BuildInfo::version)), qPrintable(version));
        QVERIFY(version.contains(QLatin1StringView(BuildInfo::buildType)));
        QVERIFY(version.contains(QString::fromLatin1(qVersion())));
        QCOMPARE(dialog.findChild<QLabel*>(u"aboutHistoryPath"_s)->text(), u"/data/history.sqlite"_s);
        QCOMPARE(dialog.findChild<QLabel*>(u"aboutSettingsPath"_s)->text(), u"/config/teardown-console.conf"_s);
        QVERIFY(!dialog.findChild<QLabel*>(u"aboutIcon"_s)->pixmap().isNull());
    }

    void windowOpensItWithTheSessionsPaths()
    {
        TestConsole console;
        auto* about = console.window.findChild<QAction*>(u"about"_s);
        QVERIFY(about);
        QCOMPARE(about->text(), u"&About Teardown Console"_s);
        about->trigger();
        auto* dialog = console.window.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(u"aboutHistoryPath"_s)->text(), console.session.history().path());
        QCOMPARE(dialog->findChild<QLabel*>(u"aboutSettingsPath"_s)->text(), console.settings.fileName());
        QVERIFY(console.session.history().path().endsWith(u"history.sqlite"_s));
        // Asked again, the same dialog comes back.
        about->trigger();
        QCOMPARE(console.window.findChildren<AboutDialog*>().size(), 1);
    }

    void followsTheLanguage()
    {
        TestConsole console(u"zh_CN"_s);
        console.window.findChild<QAction*>(u"about"_s)->trigger();
        auto* dialog = console.window.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle() != u"About Teardown Console"_s, qPrintable(dialog->windowTitle()));
        console.window.switchLanguage(u"en"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"About Teardown Console"_s);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"

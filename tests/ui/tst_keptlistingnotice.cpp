// The next start of the console on the embedded sandbox: the listing the first start kept is in the
// window before anything is listed, in italics, with a notice under the table that names the
// accounts and the age of what is shown, in the UI language (switched while it is shown); a return
// of a kept row says that it is read again first; the notice goes once every account has listed
// again. With TEARDOWN_SCREENSHOT_DIR set, the window
// is saved at a small and a large size while the kept listing is shown.
#include "ConsoleFleet.h"
#include "DialogDriver.h"
#include "InstanceTableModel.h"
#include "SandboxHost.h"
#include "TeardownController.h"
#include "TeardownDialog.h"
#include "TeardownWindows.h"
#include "TestConsole.h"

#include <QFont>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class KeptListingNoticeTest : public QObject
{
    Q_OBJECT

private slots:
    void nextStartShowsTheKeptListingMarked();
};

void KeptListingNoticeTest::nextStartShowsTheKeptListingMarked()
{
    QTemporaryDir kept;
    int listed = 0;
    {
        TestConsole first(u"en"_s, TestConsole::Sandbox::On, kept.path());
        QVERIFY(first.window.findChild<QLabel*>(u"keptListingNotice"_s)->isHidden()); // nothing kept yet
        QTRY_VERIFY_WITH_TIMEOUT(first.window.instanceModel().rowCount() > 0 && !first.window.isRefreshing(), 30000);
        listed = first.window.instanceModel().rowCount();
    } // closing writes what it kept

    const QString language = DialogDriver::screenshotLanguage();
    TestConsole next(language, TestConsole::Sandbox::On, kept.path());
    // The listing is held back until the end, so that what is checked meanwhile stays the kept one.
    next.session.fleet().cancel();
    const InstanceTableModel& model = next.window.instanceModel();
    QCOMPARE(model.rowCount(), listed); // before anything is listed
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row, InstanceTableModel::NameColumn), Qt::FontRole).value<QFont>().italic());
    auto* notice = next.window.findChild<QLabel*>(u"keptListingNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    const QString sandboxName = next.session.accountName(SandboxHost::accountId());
    QVERIFY2(notice->text().contains(sandboxName), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(language == u"en"_s ? u"not refreshed yet"_s : u"尚未刷新"_s),
             qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(language == u"en"_s ? u"refresh to try again"_s : u"请刷新重试"_s),
             qPrintable(notice->text()));
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        next.window.resize(size);
        QCoreApplication::processEvents();
        DialogDriver::screenshot(next.window, u"kept-listing-%1"_s.arg(size.width()));
    }

    // The language switched while it is shown: the notice follows at once.
    next.translations.apply(language == u"en"_s ? u"zh_CN"_s : u"en"_s);
    QTRY_VERIFY2(notice->text().contains(language == u"en"_s ? u"尚未刷新"_s : u"not refreshed yet"_s),
                 qPrintable(notice->text()));

    // Returning a kept row (in the language switched to): the confirmation says that it is read
    // again first, then shows the plan made from what the provider answered.
    next.window.instanceView().selectRow(0);
    next.window.returnSelected();
    TeardownDialog* confirmation = next.window.teardownWindows().confirmation();
    QVERIFY(confirmation);
    QVERIFY(!confirmation->isFinal());
    auto* waiting = confirmation->findChild<QLabel*>(u"quoting"_s);
    QVERIFY(waiting);
    QVERIFY2(waiting->text().contains(language == u"en"_s ? u"本机保存"_s : u"kept on this computer"_s),
             qPrintable(waiting->text()));
    DialogDriver::screenshot(*confirmation, u"kept-listing-confirmation"_s);
    QVERIFY(DialogDriver::finalConfirmation(next.window));
    QVERIFY(!next.window.teardownWindows().controller().isReadingKeptAgain());
    confirmation->reject();
    QTRY_VERIFY(!next.window.teardownWindows().confirmation());

    // Listed again: the notice goes and the rows are plain.
    next.window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 30000);
    QTRY_VERIFY(!next.window.isRefreshing());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.data(model.index(row, InstanceTableModel::NameColumn), Qt::FontRole).isValid());
}

QTEST_MAIN(KeptListingNoticeTest)
#include "tst_keptlistingnotice.moc"

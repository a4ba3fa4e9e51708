// The history view over a real History database: each filter narrows the table to exactly the
// expected calls, the CSV export holds what is shown, and the start-up dialog for calls that an
// earlier session sent but never saw answered.

#include "History.h"
#include "HistoryDialog.h"
#include "HistoryTableModel.h"
#include "TranslationLoader.h"
#include "UnconfirmedCallsDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QDate kDay1(2024, 3, 10);
const QDate kDay2(2024, 3, 11);
} // namespace

class HistoryDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_translations.apply(u"en"_s)); } // English plurals
    void init();
    void cleanup();
    void showsEveryCallNewestFirst();
    void filtersNarrowTheCalls();
    void csvHoldsTheVisibleRows();
    void unconfirmedCallsAreListedAndVerified();
    void markAsReviewedResolvesThem();

private:
    TranslationLoader m_translations;
    // Writes one call; finished unless status is Sent (the console "crashed" before the reply).
    qint64 write(History& history, const QDateTime& sentAt, const QString& accountId, const QString& accountName,
                 const QString& region, const QString& action, const QStringList& ids, bool destructive,
                 CallStatus status, const QString& errorCode = {}, int attempt = 1);
    QList<qint64> shownIds(const HistoryDialog& dialog) const; // in the order the table shows them
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    void selectComboData(QComboBox* combo, const QVariant& data);
    template<typename T>
    T* child(QWidget& parent, const char* name)
    {
        T* w = parent.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    // Ids of the calls written by init(), in writing order.
    qint64 m_describeA = -1, m_stopA = -1, m_terminateB = -1, m_describeB = -1, m_deleteA = -1, m_crashB = -1;
};

qint64 HistoryDialogTest::write(History& history, const QDateTime& sentAt, const QString& accountId,
                                const QString& accountName, const QString& region, const QString& action,
                                const QStringList& ids, bool destructive, CallStatus status, const QString& errorCode,
                                int attempt)
{
    CallRecord r;
    r.sentAt = sentAt;
    r.accountId = accountId;
    r.accountName = accountName;
    r.dialect = u"aliyun"_s;
    r.region = region;
    r.action = action;
    r.instanceIds = ids;
    r.destructive = destructive;
    r.attempt = attempt;
    r.status = CallStatus::Sent;
    if (!history.recordSent(r))
        qFatal("recordSent failed");
    if (status != CallStatus::Sent) {
        r.finishedAt = sentAt.addSecs(2);
        r.status = status;
        r.errorCode = errorCode;
        r.requestId = u"req-%1"_s.arg(r.id);
        r.httpStatus = status == CallStatus::Failed ? 400 : 200;
        history.recordFinished(r);
    }
    return r.id;
}

void HistoryDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"history.sqlite"_s);
    {
        // The earlier session: it dies with the last call sent and never answered.
        History earlier;
        QVERIFY2(earlier.open(path), qPrintable(earlier.errorString()));
        const auto at = [](QDate day, int hour) { return QDateTime(day, QTime(hour, 0), Qt::UTC); };
        m_describeA = write(earlier, at(kDay1, 10), u"acc-a"_s, u"Alpha"_s, u"cn-hangzhou"_s, u"DescribeInstances"_s,
                            {}, false, CallStatus::Succeeded);
        m_stopA = write(earlier, at(kDay1, 11), u"acc-a"_s, u"Alpha"_s, u"cn-hangzhou"_s, u"StopInstances"_s,
                        {u"i-1"_s, u"i-2"_s}, true, CallStatus::Succeeded);
        m_terminateB = write(earlier, at(kDay1, 12), u"acc-b"_s, u"Beta"_s, u"ap-guangzhou"_s, u"TerminateInstances"_s,
                             {u"i-3"_s}, true, CallStatus::Failed, u"InvalidInstance.NotFound"_s);
        m_describeB = write(earlier, at(kDay2, 9), u"acc-b"_s, u"Beta"_s, u"ap-guangzhou"_s, u"DescribeInstances"_s,
                            {u"i-3"_s}, false, CallStatus::Unknown);
        m_deleteA = write(earlier, at(kDay2, 10), u"acc-a"_s, u"Alpha"_s, u"cn-hangzhou"_s, u"DeleteInstance"_s,
                          {u"i-2"_s}, true, CallStatus::Succeeded, {}, 2);
        m_crashB = write(earlier, at(kDay2, 11), u"acc-b"_s, u"Beta"_s, u"ap-guangzhou"_s, u"TerminateInstances"_s,
                         {u"i-4"_s, u"i-5"_s}, true, CallStatus::Sent);
        // Within its own session a call in flight is not "unconfirmed" yet.
        QVERIFY(!UnconfirmedCallsDialog::hasUnconfirmed(earlier));
    }
    // This session: the console restarted.
    m_history = std::make_unique<History>();
    QVERIFY2(m_history->open(path), qPrintable(m_history->errorString()));
}

void HistoryDialogTest::cleanup()
{
    m_history.reset();
    m_dir.reset();
}

QList<qint64> HistoryDialogTest::shownIds(const HistoryDialog& dialog) const
{
    const QTableView* table = dialog.findChild<QTableView*>(u"historyTable"_s);
    QList<qint64> ids;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(HistoryTableModel::IdRole).toLongLong();
    return ids;
}

void HistoryDialogTest::selectComboData(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() != target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

void HistoryDialogTest::showsEveryCallNewestFirst()
{
    HistoryDialog dialog(*m_history);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // It opens on the destructive calls and the reads of named instances that check them; the
    // listing of a whole region is behind a switch.
    QCOMPARE(shownIds(dialog), (QList<qint64>{m_crashB, m_deleteA, m_describeB, m_terminateB, m_stopA}));
    QVERIFY(child<QLabel>(dialog, "count")->text().startsWith(u"5 "_s));
    QTest::keyClick(child<QCheckBox>(dialog, "showListings"), Qt::Key_Space);
    QCOMPARE(shownIds(dialog), (QList<qint64>{m_crashB, m_deleteA, m_describeB, m_terminateB, m_stopA, m_describeA}));
    QVERIFY(child<QLabel>(dialog, "count")->text().startsWith(u"6 "_s));

    // The unfinished call reads as sent, not confirmed, and says why.
    const HistoryTableModel* model = dialog.model();
    int crashRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->recordAt(row).id == m_crashB)
            crashRow = row;
    QVERIFY(crashRow >= 0);
    const QModelIndex status = model->index(crashRow, HistoryTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Sent, not confirmed"_s);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"may have been applied"_s));
    QCOMPARE(model->index(crashRow, HistoryTableModel::DestructiveColumn).data().toString(), u"yes"_s);
    QCOMPARE(model->index(crashRow, HistoryTableModel::InstancesColumn).data().toString(), u"i-4, i-5"_s);
    QCOMPARE(model->index(crashRow, HistoryTableModel::AccountColumn).data().toString(), u"Beta"_s);
    QVERIFY(model->index(crashRow, HistoryTableModel::FinishedColumn).data().toString().isEmpty());
    const int deleteRow = crashRow + 1; // newest first
    QCOMPARE(model->recordAt(deleteRow).id, m_deleteA);
    QCOMPARE(model->index(deleteRow, HistoryTableModel::AttemptColumn).data().toString(), u"2"_s);
    QCOMPARE(model->index(deleteRow, HistoryTableModel::SentColumn).data().toString(),
             QDateTime(kDay2, QTime(10, 0), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(model->headerData(HistoryTableModel::ErrorCodeColumn, Qt::Horizontal).toString(), u"Error code"_s);

    // A call recorded after the dialog opened appears on Refresh.
    const qint64 later = write(*m_history, QDateTime(kDay2, QTime(12, 0), Qt::UTC), u"acc-a"_s, u"Alpha"_s,
                               u"cn-hangzhou"_s, u"DescribeInstances"_s, {}, false, CallStatus::Succeeded);
    QCOMPARE(shownIds(dialog).size(), 6);
    QTest::mouseClick(child<QPushButton>(dialog, "refresh"), Qt::LeftButton);
    QCOMPARE(shownIds(dialog).first(), later);
    QVERIFY(child<QLabel>(dialog, "count")->text().startsWith(u"7 "_s));
}

void HistoryDialogTest::filtersNarrowTheCalls()
{
    HistoryDialog dialog(*m_history);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<qint64> all = sorted({m_describeA, m_stopA, m_terminateB, m_describeB, m_deleteA, m_crashB});
    auto* instance = child<QLineEdit>(dialog, "instanceFilter");
    auto* account = child<QComboBox>(dialog, "accountFilter");
    auto* range = child<QCheckBox>(dialog, "dateRange");
    auto* from = child<QDateEdit>(dialog, "fromDate");
    auto* to = child<QDateEdit>(dialog, "toDate");
    auto* status = child<QComboBox>(dialog, "statusFilter");
    auto* destructive = child<QCheckBox>(dialog, "destructiveOnly");
    auto* count = child<QLabel>(dialog, "count");
    QTest::keyClick(child<QCheckBox>(dialog, "showListings"), Qt::Key_Space);

    // Instance id.
    QTest::keyClicks(instance, u"i-2"_s);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_stopA, m_deleteA}));
    QVERIFY(count->text().startsWith(u"2 "_s));
    instance->clear();
    QCOMPARE(sorted(shownIds(dialog)), all);

    // Account: the accounts present in the history, by name.
    QCOMPARE(account->count(), 3);
    QCOMPARE(account->itemText(0), u"All accounts"_s);
    QCOMPARE(account->itemText(1), u"Alpha"_s);
    QCOMPARE(account->itemText(2), u"Beta"_s);
    selectComboData(account, u"acc-b"_s);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_terminateB, m_describeB, m_crashB}));
    selectComboData(account, QString());
    QCOMPARE(sorted(shownIds(dialog)), all);

    // Dates: any date until the range is switched on.
    QVERIFY(!from->isEnabled());
    from->setDate(kDay2);
    to->setDate(kDay2);
    QCOMPARE(sorted(shownIds(dialog)), all);
    QTest::keyClick(range, Qt::Key_Space);
    QVERIFY(range->isChecked());
    QVERIFY(from->isEnabled());
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_describeB, m_deleteA, m_crashB}));
    from->setDate(kDay1);
    to->setDate(kDay1);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_describeA, m_stopA, m_terminateB}));
    to->setDate(kDay2);
    QCOMPARE(sorted(shownIds(dialog)), all);
    from->setDate(kDay2.addDays(1));
    to->setDate(kDay2.addDays(3));
    QVERIFY(shownIds(dialog).isEmpty());
    QVERIFY(count->text().startsWith(u"0 "_s));
    QTest::keyClick(range, Qt::Key_Space);
    QCOMPARE(sorted(shownIds(dialog)), all);

    // Outcome.
    QCOMPARE(status->count(), 5);
    selectComboData(status, int(CallStatus::Succeeded));
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_describeA, m_stopA, m_deleteA}));
    selectComboData(status, int(CallStatus::Failed));
    QCOMPARE(shownIds(dialog), QList<qint64>{m_terminateB});
    selectComboData(status, int(CallStatus::Unknown));
    QCOMPARE(shownIds(dialog), QList<qint64>{m_describeB});
    selectComboData(status, int(CallStatus::Sent));
    QCOMPARE(shownIds(dialog), QList<qint64>{m_crashB});
    QCOMPARE(status->currentText(), u"Sent, not confirmed"_s);
    selectComboData(status, -1);
    QCOMPARE(sorted(shownIds(dialog)), all);

    // Destructive only, alone and with an account.
    QTest::keyClick(destructive, Qt::Key_Space);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_stopA, m_terminateB, m_deleteA, m_crashB}));
    selectComboData(account, u"acc-a"_s);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_stopA, m_deleteA}));
    QTest::keyClick(destructive, Qt::Key_Space);
    selectComboData(account, QString());
    QCOMPARE(sorted(shownIds(dialog)), all);

    // Unconfirmed only.
    dialog.showUnconfirmedOnly();
    QCOMPARE(status->currentText(), u"Sent, not confirmed"_s);
    QCOMPARE(shownIds(dialog), QList<qint64>{m_crashB});
    QVERIFY(count->text().startsWith(u"1 "_s));
}

void HistoryDialogTest::csvHoldsTheVisibleRows()
{
    HistoryDialog dialog(*m_history);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    selectComboData(child<QComboBox>(dialog, "accountFilter"), u"acc-b"_s);
    QTest::keyClick(child<QCheckBox>(dialog, "destructiveOnly"), Qt::Key_Space);
    QCOMPARE(sorted(shownIds(dialog)), sorted({m_terminateB, m_crashB}));

    const QByteArray csv = dialog.visibleCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a line break
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QByteArray("Sent (UTC),Finished (UTC),Account,Region,Action,Instances,Destructive,Status,Error code,"
                        "Request id,Attempt\r"));
    // Times say their zone: ISO 8601 in UTC, whatever the machine's zone.
    QVERIFY2(lines.at(2).startsWith("2024-03-10T12:00:00Z"), lines.at(2).constData());
    QVERIFY2(lines.at(2).split(',').at(0).endsWith('Z'), lines.at(2).constData());
    QVERIFY2(lines.at(2).split(',').at(1).endsWith('Z'), lines.at(2).constData());
    // Newest first, as shown.
    QVERIFY(
        lines.at(1).contains(",Beta,ap-guangzhou,TerminateInstances,\"i-4, i-5\",yes,\"Sent, not confirmed\",,,1\r"));
    QVERIFY(lines.at(2).contains(
        ",Beta,ap-guangzhou,TerminateInstances,i-3,yes,Failed,InvalidInstance.NotFound,req-%1,1\r"_ba.replace(
            "%1", QByteArray::number(m_terminateB))));
    QVERIFY(!csv.contains("Alpha"));
    QVERIFY(!csv.contains("DescribeInstances"));
}

void HistoryDialogTest::unconfirmedCallsAreListedAndVerified()
{
    QVERIFY(UnconfirmedCallsDialog::hasUnconfirmed(*m_history));
    {
        UnconfirmedCallsDialog dialog(*m_history);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(dialog, "explanation")->text().contains(u"may or may not have been applied"_s));
        auto* list = child<QTreeWidget>(dialog, "callList");
        QCOMPARE(list->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = list->topLevelItem(0);
        QCOMPARE(item->data(0, Qt::UserRole).toLongLong(), m_crashB);
        QCOMPARE(item->text(1), u"Beta"_s);
        QCOMPARE(item->text(2), u"ap-guangzhou"_s);
        QCOMPARE(item->text(3), u"TerminateInstances"_s);
        QCOMPARE(item->text(4), u"i-4, i-5"_s);

        QTest::mouseClick(child<QPushButton>(dialog, "later"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(UnconfirmedCallsDialog::hasUnconfirmed(*m_history));
    }
    UnconfirmedCallsDialog dialog(*m_history);
    QSignalSpy spy(&dialog, &UnconfirmedCallsDialog::verifyRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "verify"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{u"i-4"_s, u"i-5"_s}));
    // The window runs the verification (UnconfirmedVerification); the dialog stays and shows it.
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_history->unconfirmedCalls().size(), 1);
    dialog.showVerifying();
    QVERIFY(!child<QPushButton>(dialog, "verify")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "markReviewed")->isEnabled());

    // An unreadable call stays to verify again; one that was read is listed with its finding.
    CallFinding unreadable = UnconfirmedReview::unreadable(u"The account Beta cannot be read: no secret"_s);
    dialog.showFindings({{m_crashB, unreadable}}, 1, {});
    auto* list = child<QTreeWidget>(dialog, "callList");
    QCOMPARE(list->topLevelItem(0)->text(5), u"The account Beta cannot be read: no secret"_s);
    QCOMPARE(child<QLabel>(dialog, "error")->text(), u"1 call could not be verified and is still unconfirmed."_s);
    QVERIFY(child<QPushButton>(dialog, "verify")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog, "later")->text(), u"&Later"_s);

    CallRecord call = m_history->unconfirmedCalls().first();
    const CallFinding read = UnconfirmedReview::find(call, {});
    dialog.showFindings({{m_crashB, read}}, 0, {});
    QCOMPARE(list->topLevelItem(0)->text(5), u"Verified: i-4 is gone; i-5 is gone"_s);
    QCOMPARE(child<QLabel>(dialog, "error")->text(),
             u"Every call is verified; what was found is recorded in the history."_s);
    QVERIFY(!child<QPushButton>(dialog, "verify")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog, "later")->text(), u"&Close"_s);
}

void HistoryDialogTest::markAsReviewedResolvesThem()
{
    HistoryDialog history(*m_history);
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.showUnconfirmedOnly();
    QCOMPARE(shownIds(history), QList<qint64>{m_crashB});

    UnconfirmedCallsDialog dialog(*m_history);
    QSignalSpy spy(&dialog, &UnconfirmedCallsDialog::verifyRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "markReviewed"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(spy.size(), 0);
    QVERIFY(m_history->unconfirmedCalls().isEmpty());
    QVERIFY(!UnconfirmedCallsDialog::hasUnconfirmed(*m_history));

    history.refresh();
    QVERIFY(shownIds(history).isEmpty());
    selectComboData(child<QComboBox>(history, "statusFilter"), int(CallStatus::Unknown));
    QCOMPARE(sorted(shownIds(history)), sorted({m_describeB, m_crashB}));
    const HistoryTableModel* model = history.model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->recordAt(row).id != m_crashB)
            continue;
        found = true;
        QCOMPARE(model->index(row, HistoryTableModel::StatusColumn).data().toString(), u"Unknown"_s);
        // What the review recorded shows with the status.
        QVERIFY(model->index(row, HistoryTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u"\nReviewed after restart"_s));
    }
    QVERIFY(found);
}

QTEST_MAIN(HistoryDialogTest)
#include "tst_historydialog.moc"

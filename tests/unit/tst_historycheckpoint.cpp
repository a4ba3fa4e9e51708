// The history's write-ahead log is copied into its database by HistoryCheckpointer, off the writing
// thread: the writing connection never checkpoints (wal_autocheckpoint=0), and every
// WritesPerCheckpoint writes the rows reach the database file itself, as a second connection
// (another process) would read them with the log gone. Real SQLite in a temporary directory.
#include "History.h"
#include "HistoryFixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace historyfixture;

class HistoryCheckpointTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theWritingConnectionNeverCheckpoints();
    void writesReachTheDatabaseOffTheWritingThread();

private:
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    qint64 databaseSize() const { return QFileInfo(dbPath()).size(); }
    // Sends and finishes `count` calls of `ids` instances each: two writes a call.
    void record(History& history, int count, int ids = 100);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryCheckpointTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void HistoryCheckpointTest::record(History& history, int count, int ids)
{
    for (int c = 0; c < count; ++c) {
        QStringList instanceIds;
        for (int i = 0; i < ids; ++i)
            instanceIds << u"ins-%1-%2"_s.arg(c).arg(i);
        CallRecord r = makeRecord(u"Production"_s, kT0.addSecs(c), instanceIds, true);
        QVERIFY(history.recordSent(r));
        r.status = CallStatus::Succeeded;
        r.finishedAt = r.sentAt.addMSecs(200);
        history.recordFinished(r);
    }
}

void HistoryCheckpointTest::theWritingConnectionNeverCheckpoints()
{
    // Calls of 2,000 instances, one write short of a checkpoint: the log grows past the 1,000 pages
    // at which SQLite would copy it in the commit that fills it.
    History history;
    QVERIFY(history.open(dbPath()));
    const qint64 opened = databaseSize();
    record(history, HistoryCheckpointer::WritesPerCheckpoint / 2 - 1, 2000);
    history.waitForCheckpoints();
    QVERIFY2(QFileInfo(dbPath() + u"-wal"_s).size() > 1000 * 4096,
             qPrintable(QString::number(QFileInfo(dbPath() + u"-wal"_s).size())));
    // Nothing copied: the rows are in the log only, and the database file is as it was made.
    QCOMPARE(databaseSize(), opened);
    Probe probe(dbPath());
    QVERIFY(probe.isOpen());
    QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM calls"_s).toInt(), HistoryCheckpointer::WritesPerCheckpoint / 2 - 1);
}

void HistoryCheckpointTest::writesReachTheDatabaseOffTheWritingThread()
{
    History history;
    QVERIFY(history.open(dbPath()));
    const qint64 opened = databaseSize();
    constexpr int kCalls = 150; // 300 writes: three checkpoints
    record(history, kCalls);
    history.waitForCheckpoints();
    QVERIFY2(databaseSize() > opened + 100 * 1024, qPrintable(QString::number(databaseSize())));

    // What the checkpoints copied is whole: with the log set aside, the database alone has every
    // row of the last checkpoint's writes.
    QFile::copy(dbPath(), m_dir->filePath(u"copy.sqlite"_s));
    Probe copy(m_dir->filePath(u"copy.sqlite"_s));
    QVERIFY(copy.isOpen());
    const int calls = copy.scalar(u"SELECT COUNT(*) FROM calls"_s).toInt();
    QVERIFY2(calls >= HistoryCheckpointer::WritesPerCheckpoint / 2 && calls <= kCalls,
             qPrintable(QString::number(calls)));
    QCOMPARE(copy.scalar(u"SELECT COUNT(*) FROM call_instances"_s).toInt(), calls * 100);
    QCOMPARE(copy.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(HistoryCheckpointTest)
#include "tst_historycheckpoint.moc"

#pragma once

#include <QString>
#include <QThreadPool>

// Copies the history's write-ahead log into its database on a thread of its own, every
// WritesPerCheckpoint writes. SQLite otherwise does it in the commit that fills the log past 1,000
// pages, on the thread that writes: the console's UI thread, which a checkpoint held for 0.9 s under
// disk load in a 9,000-instance run (bench_console). A passive checkpoint never blocks the writer,
// nor waits for it; what it leaves is copied by the next.
class HistoryCheckpointer
{
public:
    static constexpr int WritesPerCheckpoint = 100;

    explicit HistoryCheckpointer(QString databasePath);
    ~HistoryCheckpointer(); // waits for a checkpoint under way
    HistoryCheckpointer(const HistoryCheckpointer&) = delete;
    HistoryCheckpointer& operator=(const HistoryCheckpointer&) = delete;

    // A write was committed.
    void wrote();
    // Until no checkpoint is under way; for tests.
    void waitForDone();
    int checkpointsStarted() const { return m_started; }

private:
    QString m_path;
    QThreadPool m_thread;
    int m_writes = 0;
    int m_started = 0;
};

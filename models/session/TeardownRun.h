#pragma once

#include "Clock.h"
#include "RunLane.h"
#include "RunReport.h"
#include "TeardownPlan.h"

#include <QList>
#include <QObject>
#include <QTimer>

class ProviderDirectory;
class TeardownRunner;

// One confirmed run and everything it said: the plan it executes, every instance's result and
// the whole log. It outlives the windows that show it, so a run window can be closed and opened
// again at any time without losing a line; the run goes on meanwhile.
class TeardownRun : public QObject
{
    Q_OBJECT

public:
    TeardownRun(int number, ProviderDirectory& providers, const TeardownPlan& plan, const RunnerSettings& settings,
                Clock clock, QObject* parent = nullptr);
    ~TeardownRun() override;

    void start();
    // No new calls are sent; calls already sent are still verified and reported.
    void cancel();

    int number() const { return m_number; } // 1, 2, … in the order runs were confirmed
    const TeardownPlan& plan() const { return m_plan; }
    const RunReport& report() const;
    const QList<RunLogEntry>& log() const { return m_log; }
    bool isRunning() const;
    bool isCancelRequested() const;
    // Whether the instance is still waiting for, or in the middle of, a call of this run.
    bool isActingOn(const QString& instanceKey) const;
    // Instances whose call the provider refused: safe to plan again. Unknown outcomes are never
    // here: they are checked first, never retried blind.
    QStringList failedKeys() const;

    static constexpr int MaxLogEntries = 5000;

    // How often a running run says progressChanged(): a view that counts walks every result.
    static constexpr int ProgressIntervalMs = 100;

signals:
    void instanceUpdated(const InstanceResult& result);
    // The run's counts changed: at most every ProgressIntervalMs while it runs, and once more just
    // before finished(). Views that count (progress, what happened) follow this rather than each
    // instanceUpdated(), which a run of 10,000 instances emits tens of thousands of times.
    void progressChanged();
    void logged(const RunLogEntry& entry);
    void finished();

private:
    void onLogged(const RunLogEntry& entry);
    void onFinished();

    int m_number;
    TeardownPlan m_plan;
    TeardownRunner* m_runner = nullptr;
    QList<RunLogEntry> m_log;
    QTimer m_progressTimer;
};

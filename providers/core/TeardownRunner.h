#pragma once

#include "Clock.h"
#include "RunLane.h"
#include "RunReport.h"
#include "TeardownPlan.h"
#include "TeardownPlanner.h"

#include <QMultiHash>
#include <QObject>
#include <QPointer>

class ProviderDirectory;

// Executes a confirmed TeardownPlan: one lane per account and region, all in parallel, each
// re-checking before it sends and verifying after. Cancel stops new calls; what was already sent is
// still verified and reported.
class TeardownRunner : public QObject
{
    Q_OBJECT

public:
    explicit TeardownRunner(ProviderDirectory& providers, RunnerSettings settings = {}, Clock clock = systemClock(),
                            QObject* parent = nullptr);

    void start(const TeardownPlan& plan);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCanceled() const { return m_canceled; }
    const RunReport& report() const { return m_report; }
    const InstanceResult* result(const QString& instanceKey) const; // O(1)

signals:
    void instanceUpdated(const InstanceResult& result);
    void logged(const RunLogEntry& entry);
    void finished();

private:
    const PlanItem* planItem(const QString& accountId, const QString& instanceId) const;
    void onResultChanged(const InstanceResult& result);
    void onLaneFinished();
    // The provider refused the account's credentials: no lane of it sends anything more.
    void stopAccount(const QString& accountId, const ProviderError& refusal);

    ProviderDirectory& m_providers;
    TeardownPlanner m_planner;
    RunnerSettings m_settings;
    Clock m_clock;
    TeardownPlan m_plan; // what the lanes look their instances up in (planItem())
    RunReport m_report;
    // Result row by instance key: the results are the plan's items in order, so it is the item's too.
    QHash<QString, qsizetype> m_index;
    QMultiHash<QString, QPointer<RunLane>> m_lanes; // by account id
    int m_lanesRunning = 0;
    bool m_running = false;
    bool m_canceled = false;
};

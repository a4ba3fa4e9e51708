#include "RunReport.h"

#include "Csv.h"
#include "DisplayFormat.h"
#include "ErrorCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

QString runStateKey(RunState state)
{
    switch (state) {
    case RunState::Pending:
        return u"pending"_s;
    case RunState::Sending:
        return u"sending"_s;
    case RunState::Verifying:
        return u"verifying"_s;
    case RunState::Done:
        return u"done"_s;
    case RunState::Failed:
        return u"failed"_s;
    case RunState::Unknown:
        return u"unknown"_s;
    case RunState::Skipped:
        return u"skipped"_s;
    case RunState::Blocked:
        return u"blocked"_s;
    case RunState::Canceled:
        return u"canceled"_s;
    }
    return {};
}

QString runStateLabel(RunState state)
{
    switch (state) {
    case RunState::Pending:
        return QCoreApplication::translate("RunState", "Pending");
    case RunState::Sending:
        return QCoreApplication::translate("RunState", "Sending");
    case RunState::Verifying:
        return QCoreApplication::translate("RunState", "Verifying");
    case RunState::Done:
        return QCoreApplication::translate("RunState", "Done");
    case RunState::Failed:
        return QCoreApplication::translate("RunState", "Failed");
    case RunState::Unknown:
        return QCoreApplication::translate("RunState", "Unknown");
    case RunState::Skipped:
        return QCoreApplication::translate("RunState", "Skipped");
    case RunState::Blocked:
        return QCoreApplication::translate("RunState", "Blocked");
    case RunState::Canceled:
        return QCoreApplication::translate("RunState", "Not sent (canceled)");
    }
    return {};
}

bool isFinal(RunState state)
{
    return state != RunState::Pending && state != RunState::Sending && state != RunState::Verifying;
}

Happened whatHappened(const InstanceResult& result)
{
    switch (result.state) {
    case RunState::Pending:
    case RunState::Sending:
    case RunState::Verifying:
        return Happened::InProgress;
    case RunState::Done:
        break;
    case RunState::Failed:
        return Happened::Failed;
    case RunState::Unknown:
        return Happened::Unknown;
    case RunState::Skipped:
    case RunState::Canceled:
        return Happened::NotSent;
    case RunState::Blocked:
        return Happened::Blocked;
    }
    switch (result.outcome) {
    case Outcome::DestroyedNow:
        return Happened::Destroyed;
    case Outcome::MovedToRecycleBin:
        return Happened::InRecycleBin;
    case Outcome::SubscriptionCancelled:
        return Happened::SubscriptionCancelled;
    case Outcome::DeletedCreationFailed:
        return Happened::DeletedCreationFailed;
    }
    return Happened::Destroyed;
}

QString happenedKey(Happened happened)
{
    switch (happened) {
    case Happened::InProgress:
        return u"in-progress"_s;
    case Happened::Destroyed:
        return u"destroyed"_s;
    case Happened::InRecycleBin:
        return u"recycle-bin"_s;
    case Happened::SubscriptionCancelled:
        return u"subscription-cancelled"_s;
    case Happened::DeletedCreationFailed:
        return u"deleted-creation-failed"_s;
    case Happened::Blocked:
        return u"blocked"_s;
    case Happened::NotSent:
        return u"not-sent"_s;
    case Happened::Failed:
        return u"failed"_s;
    case Happened::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString happenedLabel(Happened happened)
{
    switch (happened) {
    case Happened::InProgress:
        return QCoreApplication::translate("RunResult", "In progress");
    case Happened::Destroyed:
        return QCoreApplication::translate("RunResult", "Destroyed");
    case Happened::InRecycleBin:
        return QCoreApplication::translate("RunResult", "In the recycle bin");
    case Happened::SubscriptionCancelled:
        return QCoreApplication::translate("RunResult", "Subscription cancelled");
    case Happened::DeletedCreationFailed:
        return QCoreApplication::translate("RunResult", "Deleted after failed creation");
    case Happened::Blocked:
        return QCoreApplication::translate("RunResult", "Blocked");
    case Happened::NotSent:
        return QCoreApplication::translate("RunResult", "Not sent");
    case Happened::Failed:
        return QCoreApplication::translate("RunResult", "Failed");
    case Happened::Unknown:
        return QCoreApplication::translate("RunResult", "Unknown");
    }
    return {};
}

QString describeResult(const InstanceResult& result)
{
    const QString reason = ErrorCatalog::describe(result.error, result.instanceId);
    switch (whatHappened(result)) {
    case Happened::InProgress:
        return runStateLabel(result.state);
    case Happened::Destroyed:
        return QCoreApplication::translate("RunResult", "Destroyed");
    case Happened::InRecycleBin:
        return result.releaseAt.isValid()
            ? QCoreApplication::translate("RunResult", "In the recycle bin until %1")
                  .arg(DisplayFormat::timeWithZone(result.releaseAt))
            : QCoreApplication::translate("RunResult", "In the recycle bin (release time not known)");
    case Happened::SubscriptionCancelled:
        return QCoreApplication::translate("RunResult", "Subscription cancelled; returned when it expires");
    case Happened::DeletedCreationFailed:
        return QCoreApplication::translate("RunResult", "Deleted after its creation failed");
    case Happened::Blocked:
        return QCoreApplication::translate("RunResult", "Blocked: %1").arg(reason);
    case Happened::NotSent:
        return QCoreApplication::translate("RunResult", "Not sent: %1").arg(reason);
    case Happened::Failed:
        return QCoreApplication::translate("RunResult", "Failed: %1").arg(reason);
    case Happened::Unknown:
        return QCoreApplication::translate("RunResult", "Unknown: %1").arg(reason);
    }
    return {};
}

int RunReport::count(RunState state) const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [&](const InstanceResult& r) { return r.state == state; }));
}

int RunReport::count(Happened happened) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [&](const InstanceResult& r) { return whatHappened(r) == happened; }));
}

RunProgress RunReport::progress() const
{
    RunProgress p;
    for (const InstanceResult& r : results) {
        if (r.state == RunState::Blocked)
            continue;
        ++p.total;
        if (isFinal(r.state))
            ++p.settled;
    }
    return p;
}

int RunReport::finishedCount() const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [](const InstanceResult& r) { return isFinal(r.state); }));
}

bool RunReport::allDone() const
{
    return std::all_of(results.cbegin(), results.cend(),
                       [](const InstanceResult& r) { return r.state == RunState::Done; });
}

const InstanceResult* RunReport::result(const QString& key) const
{
    const auto it =
        std::find_if(results.cbegin(), results.cend(), [&](const InstanceResult& r) { return r.key == key; });
    return it == results.cend() ? nullptr : &*it;
}

QByteArray RunReport::toJson() const
{
    QJsonArray rows;
    for (const InstanceResult& r : results) {
        rows.append(QJsonObject{
            {u"account"_s, r.accountName},
            {u"accountId"_s, r.accountId},
            {u"region"_s, r.region},
            {u"instanceId"_s, r.instanceId},
            {u"name"_s, r.instanceName},
            {u"action"_s, r.state == RunState::Blocked ? QString() : r.action},
            {u"outcome"_s, happenedKey(whatHappened(r))},
            {u"detail"_s, describeResult(r)},
            {u"plannedOutcome"_s, r.state == RunState::Blocked ? QString() : outcomeKey(r.outcome)},
            {u"state"_s, runStateKey(r.state)},
            {u"releaseAt"_s, DisplayFormat::timeForFile(r.releaseAt)},
            {u"observedState"_s, r.observedState},
            {u"requestId"_s, r.requestId},
            {u"errorCode"_s, r.error.code},
            {u"errorRequestId"_s, r.error.requestId},
            {u"error"_s, ErrorCatalog::describe(r.error, r.instanceId)},
            {u"updatedAt"_s, DisplayFormat::timeForFile(r.updatedAt)},
        });
    }
    const QJsonObject doc{
        {u"intent"_s, intentKey(intent)},
        {u"startedAt"_s, DisplayFormat::timeForFile(startedAt)},
        {u"finishedAt"_s, DisplayFormat::timeForFile(finishedAt)},
        {u"canceled"_s, canceled},
        {u"instances"_s, rows},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray RunReport::toCsv() const
{
    CsvWriter csv;
    csv.addRow({u"account"_s, u"region"_s, u"instance_id"_s, u"name"_s, u"action"_s, u"outcome"_s, u"detail"_s,
                u"planned_outcome"_s, u"state"_s, u"release_at"_s, u"observed_state"_s, u"request_id"_s,
                u"error_code"_s, u"error_request_id"_s, u"error"_s, u"updated_at"_s});
    for (const InstanceResult& r : results) {
        const bool blocked = r.state == RunState::Blocked;
        csv.addRow({r.accountName, r.region, r.instanceId, r.instanceName, blocked ? QString() : r.action,
                    happenedKey(whatHappened(r)), describeResult(r), blocked ? QString() : outcomeKey(r.outcome),
                    runStateKey(r.state), DisplayFormat::timeForFile(r.releaseAt), r.observedState, r.requestId,
                    r.error.code, r.error.requestId, ErrorCatalog::describe(r.error, r.instanceId),
                    DisplayFormat::timeForFile(r.updatedAt)});
    }
    return csv.data();
}

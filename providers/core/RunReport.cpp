#include "RunReport.h"

#include "Csv.h"
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

int RunReport::count(RunState state) const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [&](const InstanceResult& r) { return r.state == state; }));
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
            {u"action"_s, r.action},
            {u"outcome"_s, outcomeKey(r.outcome)},
            {u"state"_s, runStateKey(r.state)},
            {u"observedState"_s, r.observedState},
            {u"requestId"_s, r.requestId},
            {u"errorCode"_s, r.error.code},
            {u"errorRequestId"_s, r.error.requestId},
            {u"error"_s, ErrorCatalog::describe(r.error)},
            {u"updatedAt"_s, r.updatedAt.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject doc{
        {u"intent"_s, intentKey(intent)},
        {u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODate)},
        {u"finishedAt"_s, finishedAt.toUTC().toString(Qt::ISODate)},
        {u"canceled"_s, canceled},
        {u"instances"_s, rows},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray RunReport::toCsv() const
{
    CsvWriter csv;
    csv.addRow({u"account"_s, u"region"_s, u"instance_id"_s, u"name"_s, u"action"_s, u"outcome"_s, u"state"_s,
                u"observed_state"_s, u"request_id"_s, u"error_code"_s, u"error_request_id"_s, u"error"_s,
                u"updated_at"_s});
    for (const InstanceResult& r : results) {
        csv.addRow({r.accountName, r.region, r.instanceId, r.instanceName, r.action, outcomeKey(r.outcome),
                    runStateKey(r.state), r.observedState, r.requestId, r.error.code, r.error.requestId,
                    ErrorCatalog::describe(r.error), r.updatedAt.toUTC().toString(Qt::ISODate)});
    }
    return csv.data();
}

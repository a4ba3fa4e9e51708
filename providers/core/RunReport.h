#pragma once

#include "ProviderError.h"
#include "TeardownRules.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Where one instance of a run stands.
enum class RunState {
    Pending, // not reached yet
    Sending, // re-checked; its call is on the way
    Verifying, // the call was accepted; waiting for the expected state
    Done,
    Failed, // the provider refused, or nothing could be sent (error says why)
    Unknown, // the call may or may not have been applied; it was not resent
    Skipped, // changed since the plan, or gone already; nothing was sent
    Blocked, // blocked by the plan
    Canceled, // not sent because the run was canceled
};

QString runStateKey(RunState state);
QString runStateLabel(RunState state); // translated
bool isFinal(RunState state);

struct InstanceResult
{
    QString key;
    QString accountId;
    QString accountName;
    QString region;
    QString instanceId;
    QString instanceName;
    QString action;
    Outcome outcome = Outcome::DestroyedNow;
    RunState state = RunState::Pending;
    ProviderError error; // why it failed, is unknown, was skipped or blocked
    QString requestId; // of the destructive call that carried it
    QString observedState; // the last raw state read
    QDateTime releaseAt; // moved to the recycle bin: when the provider releases it (invalid: not known)
    QDateTime updatedAt;
};

Q_DECLARE_METATYPE(InstanceResult)

// What actually happened to an instance, as a report says it: the planned outcome only once it
// was reached, and never for an instance that was blocked, not sent, refused or left unknown.
enum class Happened {
    InProgress,
    Destroyed,
    InRecycleBin,
    SubscriptionCancelled,
    DeletedCreationFailed,
    Blocked, // by the plan: nothing was sent
    NotSent, // changed since the plan, gone already, or canceled
    Failed, // the provider refused the call
    Unknown, // the call may or may not have been applied; it was not resent
};

Happened whatHappened(const InstanceResult& result);
QString happenedKey(Happened happened); // stable, for files and scripts
QString happenedLabel(Happened happened); // translated, for counts: "In the recycle bin"
// One translated line: what happened, with the reason or the release time.
QString describeResult(const InstanceResult& result);

// How far a run is: only the instances that are to be sent count, so blocked ones are not progress.
struct RunProgress
{
    int settled = 0;
    int total = 0;
};

// The results of one run, per instance, exportable with request ids.
class RunReport
{
public:
    Intent intent = Intent::Return;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool canceled = false;
    QList<InstanceResult> results;

    int count(RunState state) const;
    int count(Happened happened) const;
    int finishedCount() const;
    RunProgress progress() const;
    bool allDone() const;
    const InstanceResult* result(const QString& key) const;

    QByteArray toJson() const;
    QByteArray toCsv() const;
};

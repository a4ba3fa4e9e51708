#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

enum class CallStatus {
    Sent, // written before the call goes out; stays so if the console dies before the reply
    Succeeded,
    Failed,
    Unknown, // the reply was lost: the call may or may not have been applied
};

QString callStatusKey(CallStatus status); // "sent", "succeeded", "failed", "unknown"
CallStatus callStatusFromKey(QStringView key);
// The key's call status; nullopt for a word that is not one of the keys.
std::optional<CallStatus> callStatusForKey(QStringView key);
QString callStatusLabel(CallStatus status); // translated: "Sent, not confirmed", "Succeeded", ...
QString callStatusDescription(CallStatus status); // translated: what the status says about the call

// One API call as the history keeps it. Never holds a secret.
struct CallRecord
{
    qint64 id = -1;
    QDateTime sentAt;
    QDateTime finishedAt;
    QString accountId;
    QString accountName;
    QString dialect;
    QString region;
    QString action;
    QStringList instanceIds;
    bool destructive = false;
    int attempt = 1;
    CallStatus status = CallStatus::Sent;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    int httpStatus = 0;
    // What a later review found for a call that was sent and never confirmed; empty otherwise.
    QString verificationNote;
};

// Receives every call before it is sent and again when it is over (the History implements it).
class CallRecorder
{
public:
    using Ticket = qint64;

    virtual ~CallRecorder() = default;
    // Queues the row of a call about to be sent and returns the ticket its completion is queued
    // with. `written` runs on this thread once the row is committed (for a destructive call, synced
    // to disk), with false when it could not be written: a destructive call is then not sent at all,
    // because a call that leaves no trace must not happen. It does not run once `context` is gone.
    virtual Ticket queueSent(const CallRecord& record, QObject* context, std::function<void(bool written)> written) = 0;
    // Queues the completion of that row; nothing happens when it could not be written.
    virtual void queueFinished(Ticket ticket, const CallRecord& record) = 0;
    // When a destructive `action` (empty: any) on this instance last succeeded; invalid when not recorded. Lets
    // a dialect date a move to the recycle bin that the provider's API does not date (Zenlayer).
    virtual QDateTime lastSucceeded(const QString& accountId, const QString& action, const QString& instanceId) const
    {
        return lastSucceeded(accountId, action, QStringList{instanceId}).value(instanceId);
    }
    // The same for many instances at once (a recycle bin of 10,000 is one question, not 10,000):
    // the instances that have such a call, with its time.
    virtual QHash<QString, QDateTime> lastSucceeded(const QString& accountId, const QString& action,
                                                    const QStringList& instanceIds) const
    {
        Q_UNUSED(accountId);
        Q_UNUSED(action);
        Q_UNUSED(instanceIds);
        return {};
    }
};

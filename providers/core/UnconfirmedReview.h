#pragma once

#include "History.h"
#include "Instance.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// What re-reading one instance showed after a destructive call whose reply never came.
enum class Sighting {
    Gone, // the provider no longer lists it
    Terminating, // being destroyed
    InRecycleBin,
    StillThere, // in any other state
};

struct InstanceSighting
{
    QString instanceId;
    Sighting sighting = Sighting::Gone;
    QString rawState; // the provider's word for the state; empty when gone
    // The instance's latest operation when it is the call's own action: the call reached the provider.
    LastOperation operation;
};

// What a re-read means for one unconfirmed call.
struct CallFinding
{
    bool readable = false; // false: the instances could not be read, the call stays unconfirmed
    QString problem; // why they could not be read (translated)
    QList<InstanceSighting> sightings; // in the call's order

    // What was observed, for the history's note and the operator (translated).
    QString note() const;
};

// The destructive calls an earlier session sent and never saw answered (History::unconfirmedCalls())
// and the operator's review of them. The console's UnconfirmedCallsDialog and `teardownctl unconfirmed`
// both go through it, so a call is marked reviewed one way; `teardownctl unconfirmed --verify` also
// decides here what re-reading a call's instances shows.
class UnconfirmedReview
{
    Q_DECLARE_TR_FUNCTIONS(UnconfirmedReview)

public:
    explicit UnconfirmedReview(History& history);

    // The calls still to review, oldest first.
    const QList<CallRecord>& calls() const { return m_calls; }
    bool isEmpty() const { return m_calls.isEmpty(); }
    // Every instance id the calls name, once each, in order.
    QStringList instanceIds() const;

    // What the call's instances show, read by id in the call's region: `read` holds those the provider
    // still lists.
    static CallFinding find(const CallRecord& call, const QList<Instance>& read);
    static CallFinding unreadable(const QString& problem);

    // Records each call as reviewed, with its note: the outcome stays unknown (no reply ever came to
    // say), the note says what the review found. Afterwards calls() holds the calls still unconfirmed:
    // those not in `notes`, and those the history could not record (false; History::errorString()
    // says why). A call another console resolved meanwhile is no longer listed and is not a failure.
    bool markReviewed(const QHash<qint64, QString>& notes);
    // Every listed call, with the note the console gives when the operator reviewed them all at once.
    bool markAllReviewed();

private:
    History& m_history;
    QList<CallRecord> m_calls;
};

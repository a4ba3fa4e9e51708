#pragma once

#include "Account.h"
#include "Instance.h"
#include "ProviderError.h"
#include "TeardownPlan.h"

#include <QHash>
#include <QObject>
#include <QSet>

class TeardownRules;

// What a listing asks the provider to filter, in the provider's own values.
struct InstanceQuery
{
    QStringList states; // raw states, e.g. RUNNING
    QStringList chargeTypes; // raw charge types, e.g. PREPAID
    bool recycleBinOnly = false;

    // Whether a listed instance is wanted: what a provider cannot filter itself is filtered here.
    bool matches(const Instance& instance) const;
};

// Ids in groups of at most `size`, for calls that take a limited number of ids.
QList<QStringList> chunked(const QStringList& ids, int size);

struct RegionInfo
{
    QString id;
    QString name; // in the language the provider answered in
};

struct InstanceState
{
    QString rawState;
    Lifecycle lifecycle = Lifecycle::Unknown;
};

// The answer to one provider request, delivered asynchronously. It emits finished() exactly once
// and deletes itself after the slots connected to finished() have run: read it there.
class ProviderReply : public QObject
{
    Q_OBJECT

public:
    const ProviderError& error() const { return m_error; }
    QString requestId() const { return m_requestId; }
    bool isFinished() const { return m_finished; }

    // For the client that produces it.
    void finish(const ProviderError& error, const QString& requestId = {});
    void reportProgress(int done, int total) { emit progress(done, total); }

signals:
    void progress(int done, int total); // e.g. instances listed so far, of how many
    void finished();

protected:
    explicit ProviderReply(QObject* parent)
        : QObject(parent)
    { }

private:
    ProviderError m_error;
    QString m_requestId;
    bool m_finished = false;
};

class RegionListReply : public ProviderReply
{
    Q_OBJECT
public:
    explicit RegionListReply(QObject* parent)
        : ProviderReply(parent)
    { }
    QList<RegionInfo> regions;
};

// A listing (or a read by ids) of instances. A paged listing reports each page's new instances as
// it arrives (instancesListed); a consumer that takes them from there can stop the reply keeping
// them (setKeepsInstances(false)), so that a listing of 100,000 instances is never held whole.
class InstanceListReply : public ProviderReply
{
    Q_OBJECT
public:
    explicit InstanceListReply(QObject* parent)
        : ProviderReply(parent)
    { }
    QList<Instance> instances; // every instance listed, unless the consumer takes them page by page

    void setKeepsInstances(bool keeps) { m_keepsInstances = keeps; }

    // For the client: adds what `query` wants of one page, each id once whatever the pages repeat
    // (they shift while instances are destroyed, and a page may name an id twice). Returns the
    // instances new to the listing, also reported through instancesListed().
    QList<Instance> addPage(const QList<Instance>& page, const InstanceQuery& query);

signals:
    void instancesListed(const QList<Instance>& added);

private:
    QSet<QString> m_listedIds;
    bool m_keepsInstances = true;
};

// Current states by instance id. An id that is absent is gone.
class StateReadReply : public ProviderReply
{
    Q_OBJECT
public:
    explicit StateReadReply(QObject* parent)
        : ProviderReply(parent)
    { }
    QHash<QString, InstanceState> states;
};

class RefundQuoteReply : public ProviderReply
{
    Q_OBJECT
public:
    explicit RefundQuoteReply(QObject* parent)
        : ProviderReply(parent)
    { }
    QList<RefundQuote> quotes;
};

// The outcome of one destructive call; requestId() is the provider's.
class ActionReply : public ProviderReply
{
    Q_OBJECT
public:
    explicit ActionReply(QObject* parent)
        : ProviderReply(parent)
    { }
};

// One account's client for one dialect. The only code that knows a wire format lives behind it.
// Replies are children of the provider: destroying it abandons what is pending.
class Provider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const Account& account() const = 0;
    virtual const TeardownRules& rules() const = 0;
    // The language of the provider's own messages: "en-US" or "zh-CN".
    virtual void setLanguage(const QString& languageTag) = 0;

    virtual RegionListReply* listRegions() = 0;
    // Every instance of a region matching the query, all pages.
    virtual InstanceListReply* listInstances(const QString& region, const InstanceQuery& query) = 0;
    // Full fresh records of the given instances (to re-plan them); absent ones are gone.
    virtual InstanceListReply* readInstances(const QString& region, const QStringList& ids) = 0;
    // Lightweight state polling.
    virtual StateReadReply* readStates(const QString& region, const QStringList& ids) = 0;
    virtual RefundQuoteReply* quoteRefunds(const QString& region, const QStringList& ids) = 0;
    // Sends one planned destructive call. Never retried unless the reply proves nothing happened.
    virtual ActionReply* execute(const PlannedCall& call) = 0;
    // The exact request a planned call becomes (action and body), for the plan's details.
    virtual QString describeCall(const PlannedCall& call) const = 0;
};

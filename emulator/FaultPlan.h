#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace emulator {

// What an injected fault does to a call.
enum class FaultKind {
    Delay, // answer normally, but only after ARG ms
    Throttle, // the dialect's rate-limit reply, nothing applied
    Internal, // the dialect's InternalError envelope, nothing applied
    Http500, // HTTP 500 with a plain-text body, nothing applied
    Garbage, // HTTP 200 with a body that is not JSON, nothing applied
    DropBefore, // connection aborted before anything was applied
    DropAfter, // the action is applied, then the connection is aborted without a reply
};

QString faultKindName(FaultKind kind);

// One item of a fault SPEC: KIND[:ACTION][@N|%P][=ARG].
struct FaultRule
{
    FaultKind kind = FaultKind::Delay;
    QString action; // empty: every action
    int nth = 0; // > 0: only the nth matching call (1-based)
    int percent = -1; // >= 0: that share of matching calls
    int argMs = 0; // delay only
    QString text; // the item as written
};

// What the faults decided for one call: a delay (the sum of the delays that fired) and at most
// one fault that replaces the normal reply (the first one in SPEC order).
struct FaultDecision
{
    int delayMs = 0;
    std::optional<FaultKind> outcome;
    QStringList fired;

    bool replacesReply() const { return outcome.has_value(); }
};

// The faults a running emulator injects, shared by every dialect: a rule with an action matches
// calls of that name in any dialect. Every matching call advances a rule's counter, so @N and %P
// are deterministic for a given seed and call sequence.
class FaultPlan
{
public:
    explicit FaultPlan(quint64 seed = 1);

    // Adds every item of a comma-separated SPEC, or none of them when one is malformed.
    bool add(const QString& spec, QString* error = nullptr);
    void clear();
    bool isEmpty() const { return m_rules.isEmpty(); }
    QList<FaultRule> rules() const;

    FaultDecision next(const QString& action);

    static std::optional<FaultRule> parseItem(const QString& item, QString* error);

private:
    struct Armed
    {
        FaultRule rule;
        int matched = 0;
        QRandomGenerator random;
    };

    quint64 m_seed;
    QList<Armed> m_rules;
};

} // namespace emulator

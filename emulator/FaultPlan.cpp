#include "FaultPlan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

struct KindName
{
    FaultKind kind;
    QLatin1StringView name;
};

constexpr KindName kKinds[] = {
    {FaultKind::Delay, "delay"_L1},          {FaultKind::Throttle, "throttle"_L1},
    {FaultKind::Internal, "internal"_L1},    {FaultKind::Http500, "http500"_L1},
    {FaultKind::Garbage, "garbage"_L1},      {FaultKind::DropBefore, "drop-before"_L1},
    {FaultKind::DropAfter, "drop-after"_L1},
};

std::optional<FaultKind> kindNamed(QStringView name)
{
    for (const KindName& k : kKinds) {
        if (name == k.name)
            return k.kind;
    }
    return std::nullopt;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return k.name;
    }
    return {};
}

FaultPlan::FaultPlan(quint64 seed)
    : m_seed(seed)
{ }

std::optional<FaultRule> FaultPlan::parseItem(const QString& item, QString* error)
{
    static const QRegularExpression grammar(
        uR"(^([a-z0-9-]+)(?::([A-Za-z][A-Za-z0-9]*))?(?:@([0-9]+)|%([0-9]+))?(?:=([0-9]+))?$)"_s);
    const QRegularExpressionMatch m = grammar.match(item);
    if (!m.hasMatch()) {
        fail(error, u"malformed fault \"%1\": expected KIND[:ACTION][@N|%P][=ARG]"_s.arg(item));
        return std::nullopt;
    }
    const std::optional<FaultKind> kind = kindNamed(m.capturedView(1));
    if (!kind) {
        fail(error,
             u"unknown fault kind \"%1\" (delay, throttle, internal, http500, garbage, drop-before, "
             "drop-after)"_s.arg(m.captured(1)));
        return std::nullopt;
    }
    FaultRule rule;
    rule.kind = *kind;
    rule.action = m.captured(2);
    rule.text = item;
    bool ok = true;
    if (m.hasCaptured(3)) {
        rule.nth = m.captured(3).toInt(&ok);
        if (!ok || rule.nth < 1) {
            fail(error, u"fault \"%1\": @N counts calls from 1"_s.arg(item));
            return std::nullopt;
        }
    }
    if (m.hasCaptured(4)) {
        rule.percent = m.captured(4).toInt(&ok);
        if (!ok || rule.percent > 100) {
            fail(error, u"fault \"%1\": %P must be between 0 and 100"_s.arg(item));
            return std::nullopt;
        }
    }
    if (rule.kind == FaultKind::Delay) {
        if (!m.hasCaptured(5)) {
            fail(error, u"fault \"%1\": delay needs =MILLISECONDS"_s.arg(item));
            return std::nullopt;
        }
        rule.argMs = m.captured(5).toInt(&ok);
        if (!ok || rule.argMs > 3'600'000) {
            fail(error, u"fault \"%1\": the delay must be at most one hour"_s.arg(item));
            return std::nullopt;
        }
    } else if (m.hasCaptured(5)) {
        fail(error, u"fault \"%1\": only delay takes =ARG"_s.arg(item));
        return std::nullopt;
    }
    return rule;
}

bool FaultPlan::add(const QString& spec, QString* error)
{
    QList<FaultRule> parsed;
    for (const QString& raw : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const std::optional<FaultRule> rule = parseItem(item, error);
        if (!rule)
            return false;
        parsed.append(*rule);
    }
    for (const FaultRule& rule : std::as_const(parsed)) {
        // A distinct stream per rule, fixed by the seed and the rule's position: the same SPEC
        // draws the same way in every run, and one rule's draws never shift another's.
        const auto ordinal = quint32(m_rules.size() + 1);
        m_rules.append(Armed{rule, 0, QRandomGenerator(quint32(m_seed ^ (m_seed >> 32)) + ordinal * 7919u)});
    }
    return true;
}

void FaultPlan::clear()
{
    m_rules.clear();
}

QList<FaultRule> FaultPlan::rules() const
{
    QList<FaultRule> out;
    out.reserve(m_rules.size());
    for (const Armed& a : m_rules)
        out.append(a.rule);
    return out;
}

FaultDecision FaultPlan::next(const QString& action)
{
    FaultDecision decision;
    for (Armed& armed : m_rules) {
        const FaultRule& rule = armed.rule;
        if (!rule.action.isEmpty() && rule.action != action)
            continue;
        ++armed.matched;
        bool fires = true;
        if (rule.nth > 0)
            fires = armed.matched == rule.nth;
        else if (rule.percent >= 0)
            fires = int(armed.random.bounded(100)) < rule.percent;
        if (!fires)
            continue;
        decision.fired.append(rule.text);
        if (rule.kind == FaultKind::Delay)
            decision.delayMs += rule.argMs;
        else if (!decision.outcome)
            decision.outcome = rule.kind;
    }
    return decision;
}

} // namespace emulator

#include "PlanFacts.h"

#include "DisplayFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

class PlanFactsText
{
    Q_DECLARE_TR_FUNCTIONS(PlanFacts)
};

QString orNone(const QString& text)
{
    return text.isEmpty() ? PlanFactsText::tr("none") : text;
}

QString operationText(const LastOperation& op)
{
    if (op.action.isEmpty() && op.state.isEmpty() && op.requestId.isEmpty())
        return PlanFactsText::tr("none");
    QString text = op.action;
    if (!op.state.isEmpty())
        text += u' ' + op.state;
    if (!op.requestId.isEmpty())
        text += u" ("_s + PlanFactsText::tr("RequestId %1").arg(op.requestId) + u')';
    return text.trimmed();
}

bool sameTime(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
}

QStringList tagTexts(const QList<InstanceTag>& tags)
{
    QStringList texts;
    for (const InstanceTag& tag : tags)
        texts << (tag.value.isEmpty() ? tag.key : tag.key + u'=' + tag.value);
    return texts;
}

// The tags added and removed, whatever order the provider lists them in.
QString tagChange(const QList<InstanceTag>& planned, const QList<InstanceTag>& now)
{
    QStringList removed = tagTexts(planned);
    QStringList added = tagTexts(now);
    for (qsizetype i = removed.size() - 1; i >= 0; --i) {
        if (added.removeOne(removed[i]))
            removed.removeAt(i);
    }
    if (added.isEmpty() && removed.isEmpty())
        return {};
    QStringList parts;
    if (!added.isEmpty())
        parts << PlanFactsText::tr("added %1").arg(added.join(u", "_s));
    if (!removed.isEmpty())
        parts << PlanFactsText::tr("removed %1").arg(removed.join(u", "_s));
    return PlanFactsText::tr("tags changed: %1").arg(parts.join(u"; "_s));
}

} // namespace

namespace PlanFacts {

QStringList changes(const Instance& planned, const Instance& now)
{
    QStringList out;
    if (planned.rawState != now.rawState)
        out << PlanFactsText::tr("state %1 → %2").arg(orNone(planned.rawState), orNone(now.rawState));
    if (planned.rawChargeType != now.rawChargeType)
        out << PlanFactsText::tr("charge type changed: %1 → %2")
                   .arg(orNone(planned.rawChargeType), orNone(now.rawChargeType));
    if (planned.terminationProtected != now.terminationProtected)
        out << (now.terminationProtected ? PlanFactsText::tr("termination protection switched on")
                                         : PlanFactsText::tr("termination protection switched off"));
    if (planned.restriction != now.restriction)
        out << PlanFactsText::tr("provider restriction %1 → %2")
                   .arg(orNone(planned.restriction), orNone(now.restriction));
    if (planned.lastOperation != now.lastOperation)
        out << PlanFactsText::tr("latest operation %1 → %2")
                   .arg(operationText(planned.lastOperation), operationText(now.lastOperation));
    if (!sameTime(planned.expires, now.expires))
        out << PlanFactsText::tr("expiry %1 → %2")
                   .arg(orNone(DisplayFormat::timeWithZone(planned.expires)),
                        orNone(DisplayFormat::timeWithZone(now.expires)));
    if (const QString tags = tagChange(planned.tags, now.tags); !tags.isEmpty())
        out << tags;
    return out;
}

QString gone()
{
    return PlanFactsText::tr("gone: the provider no longer lists it");
}

QString otherOutcome(Outcome now)
{
    return PlanFactsText::tr("the provider's rules now give another outcome: %1").arg(outcomeLabel(now));
}

} // namespace PlanFacts

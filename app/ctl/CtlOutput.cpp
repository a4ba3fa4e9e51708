#include "CtlOutput.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "InstanceExport.h"
#include "KeepTags.h"
#include "ProtectionLift.h"
#include "ProviderFactory.h"
#include "TextTable.h"
#include "TokenExpiry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

// What happens to an allowed instance, or why it is blocked.
QString verdict(const PlanItem& item)
{
    if (!item.decision.isAllowed())
        return Text::tr("BLOCKED: %1").arg(ErrorCatalog::describe(item.decision.blockedError(), item.instance.id));
    QString outcome = outcomeLabel(item.decision.outcome);
    if (item.decision.outcome == Outcome::MovedToRecycleBin && item.recoverableUntil.isValid())
        outcome =
            Text::tr("Moved to the recycle bin, recoverable until %1").arg(CtlOutput::localTime(item.recoverableUntil));
    else if (item.decision.outcome == Outcome::SubscriptionCancelled && item.instance.expires.isValid())
        outcome = Text::tr("Subscription cancelled, returned when it expires at %1")
                      .arg(CtlOutput::localTime(item.instance.expires));
    if (item.decision.liftsProtection)
        return Text::tr("Termination protection lifted first, then: %1").arg(outcome);
    return outcome;
}

} // namespace

namespace CtlOutput {

QJsonObject planObject(const TeardownPlan& plan, const QStringList& notFound)
{
    QJsonArray items;
    for (const PlanItem& item : plan.items) {
        const Instance& i = item.instance;
        QJsonObject row{
            {u"accountId"_s, i.accountId},
            {u"region"_s, i.region},
            {u"instanceId"_s, i.id},
            {u"name"_s, i.name},
            {u"state"_s, i.rawState},
            {u"chargeType"_s, i.rawChargeType},
            {u"allowed"_s, item.decision.isAllowed()},
        };
        if (item.decision.isAllowed()) {
            row.insert(u"action"_s, item.decision.action);
            row.insert(u"outcome"_s, outcomeKey(item.decision.outcome));
            row.insert(u"irreversible"_s, isIrreversible(item.decision.outcome));
            row.insert(u"liftsProtection"_s, item.decision.liftsProtection);
            if (item.recoverableUntil.isValid())
                row.insert(u"recoverableUntil"_s, item.recoverableUntil.toUTC().toString(Qt::ISODate));
        } else {
            row.insert(u"blockedCode"_s, item.decision.blockedCode);
            QString reason = ErrorCatalog::text(item.decision.blockedCode, i.id);
            if (const QString context = item.decision.blockedError().context; !context.isEmpty())
                reason += u' ' + context;
            row.insert(u"blockedReason"_s, reason);
            if (!item.decision.blockedDetail.isEmpty())
                row.insert(u"blockedDetail"_s, item.decision.blockedDetail);
        }
        if (item.keptByTag)
            row.insert(u"keptByTag"_s, true);
        if (const auto it = plan.refunds.constFind(i.key()); it != plan.refunds.cend()) {
            row.insert(u"refund"_s, it->amount);
            row.insert(u"refundCurrency"_s, it->currency);
        }
        items.append(row);
    }
    QJsonArray calls;
    for (const PlannedCall& call : plan.calls) {
        QJsonObject row{
            {u"kind"_s, ProtectionLift::callKindKey(call.kind)},
            {u"accountId"_s, call.accountId},
            {u"region"_s, call.region},
            {u"action"_s, call.action},
            {u"batchKey"_s, call.batchKey},
            {u"instanceIds"_s, QJsonArray::fromStringList(call.instanceIds)},
        };
        if (call.kind != CallKind::LiftProtection) // a lift's instances have their outcome in the call after it
            row.insert(u"outcome"_s, outcomeKey(call.outcome));
        calls.append(row);
    }
    QJsonObject refundTotals;
    const QMap<QString, double> totals = plan.refundTotals();
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        refundTotals.insert(it.key(), it.value());
    QJsonObject doc{
        {u"intent"_s, intentKey(plan.intent)},
        {u"allowed"_s, plan.allowedCount()},
        {u"blocked"_s, plan.blockedCount()},
        {u"irreversible"_s, plan.irreversibleCount()},
        {u"refundTotals"_s, refundTotals},
        {u"requiresTypedConfirmation"_s, plan.requiresTypedConfirmation()},
        {u"ignoreKeepTags"_s, plan.options.ignoreKeepTags},
        {u"liftProtection"_s, plan.options.liftProtection},
        {u"liftProtectionOnProduction"_s, plan.options.liftProtectionOnProduction},
        {u"protectionLifted"_s, plan.liftedCount()},
        {u"offersLiftProtection"_s, plan.offersLiftProtection},
        {u"offersLiftProtectionOnProduction"_s, plan.offersLiftProtectionOnProduction},
        {u"items"_s, items},
        {u"calls"_s, calls},
        {u"notFound"_s, QJsonArray::fromStringList(notFound)},
    };
    if (plan.quoteError.isError())
        doc.insert(u"refundQuoteError"_s, ErrorCatalog::describe(plan.quoteError));
    if (!plan.liftProtectionRefusals.isEmpty())
        doc.insert(u"liftProtectionUnavailable"_s, QJsonArray::fromStringList(plan.liftProtectionRefusals));
    QJsonArray expiring;
    for (const ExpiringCredentials& e : plan.expiringCredentials) {
        expiring.append(
            QJsonObject{{u"account"_s, e.accountName}, {u"expires"_s, e.expires.toUTC().toString(Qt::ISODate)}});
    }
    if (!expiring.isEmpty())
        doc.insert(u"expiringCredentials"_s, expiring);
    return doc;
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString plan(const TeardownPlan& plan, const QStringList& notFound, CtlRequest::Format format)
{
    if (format == CtlRequest::Format::Json)
        return QString::fromUtf8(QJsonDocument(planObject(plan, notFound)).toJson(QJsonDocument::Indented));

    const QString title = plan.intent == Intent::Release ? Text::tr("Plan: release from the recycle bin")
                                                         : Text::tr("Plan: return instances");
    QString out = title + u'\n';
    TextTable table({Text::tr("REGION"), Text::tr("ID"), Text::tr("NAME"), Text::tr("STATE"), Text::tr("CHARGE TYPE"),
                     Text::tr("OUTCOME"), Text::tr("REFUND")});
    for (const PlanItem& item : plan.items) {
        const Instance& i = item.instance;
        const auto refund = plan.refunds.constFind(i.key());
        table.addRow(
            {i.region, i.id, i.name, ProviderCatalog::stateLabel(i.provider, i.rawState),
             ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType), verdict(item),
             refund == plan.refunds.cend() ? QString() : DisplayFormat::money(refund->amount, refund->currency)});
    }
    for (const QString& id : notFound) {
        table.addRow({QString(), id, QString(), QString(), QString(),
                      Text::tr("BLOCKED: %1").arg(ErrorCatalog::text(u"InvalidInstanceId.NotFound"_s)), QString()});
    }
    out += table.render() + u'\n';

    out += Text::tr("Calls to send: %n", nullptr, int(plan.calls.size())) + u'\n';
    for (const PlannedCall& call : plan.calls) {
        QString line = u"  "_s
            + Text::tr("%1 %2 %3: %n instance(s)", nullptr, int(call.instanceIds.size()))
                  .arg(call.region, call.action, call.batchKey);
        if (call.kind != CallKind::Teardown)
            line += u" ("_s + ProtectionLift::callKindLabel(call.kind) + u')';
        out += line + u'\n';
    }
    out += u'\n';
    out += Text::tr("Destroyed now (irreversible): %1").arg(plan.count(Outcome::DestroyedNow)) + u'\n';
    out += Text::tr("Moved to the recycle bin (recoverable): %1").arg(plan.count(Outcome::MovedToRecycleBin)) + u'\n';
    out += Text::tr("Blocked or not found: %1").arg(plan.blockedCount() + notFound.size()) + u'\n';
    if (const int lifted = plan.liftedCount(); lifted > 0)
        out += Text::tr("Termination protection lifted first: %1").arg(lifted) + u'\n';
    if (plan.offersLiftProtection && !plan.options.liftProtection)
        out += Text::tr("Protected instances stay blocked; --lift-protection lifts their protection first.") + u'\n';
    else if (plan.offersLiftProtectionOnProduction && !plan.options.liftProtectionOnProduction)
        out += Text::tr("Protected instances of production accounts stay blocked; add "
                        "--lift-protection-on-production to lift theirs too.")
            + u'\n';
    for (const QString& code : plan.liftProtectionRefusals)
        out += Text::tr("Termination protection is not lifted here: %1")
                   .arg(ErrorCatalog::describe(ProviderError::local(code)))
            + u'\n';
    if (!plan.refunds.isEmpty())
        out += Text::tr("Refund quoted: %1").arg(DisplayFormat::money(plan.refundTotals())) + u'\n';
    if (plan.quoteError.isError())
        out += Text::tr("Refund quote unavailable: %1").arg(ErrorCatalog::describe(plan.quoteError)) + u'\n';
    if (!plan.productionAccounts.isEmpty())
        out += Text::tr("Production accounts: %1").arg(plan.productionAccounts.join(u", "_s)) + u'\n';
    if (!plan.expiringCredentials.isEmpty())
        out += TokenExpiry::planWarning(plan.expiringCredentials, QDateTime::currentDateTimeUtc()) + u'\n';
    return out;
}

QString confirmationPrompt(const TeardownPlan& plan)
{
    if (plan.requiresTypedConfirmation()) {
        const int kept = plan.keptActedOnCount();
        const int lifted = plan.liftedCount();
        return (kept > 0 ? KeepTags::confirmationReason(kept) + u'\n' : QString())
            + (lifted > 0 ? ProtectionLift::confirmationReason(lifted) + u'\n' : QString())
            + Text::tr("%n instance(s) will be returned; this cannot be undone. Type %1 to go ahead: ", nullptr,
                       plan.allowedCount())
                  .arg(plan.confirmationPhrase());
    }
    return Text::tr("%n instance(s) will be moved to the recycle bin. Go ahead? [y/N] ", nullptr, plan.allowedCount());
}

QString progress(const InstanceResult& result, int finished, int total)
{
    QString line = u"[%1/%2] "_s.arg(finished).arg(total) + result.instanceId;
    if (!result.instanceName.isEmpty())
        line += u' ' + result.instanceName;
    // What happened, as the report says it: never the plan's outcome for one that did not reach it.
    line += u": "_s + describeResult(result);
    if (!result.requestId.isEmpty() && !result.error.isError())
        line += u" ("_s + Text::tr("RequestId %1").arg(result.requestId) + u')';
    return line + u'\n';
}

QString logLine(const RunLogEntry& entry)
{
    QString where = entry.accountName;
    if (!entry.region.isEmpty())
        where += (where.isEmpty() ? QString() : u"/"_s) + entry.region;
    return (where.isEmpty() ? QString() : where + u": "_s) + entry.text + u'\n';
}

QString summary(const RunReport& report)
{
    QStringList parts;
    for (const Happened happened :
         {Happened::Destroyed, Happened::InRecycleBin, Happened::SubscriptionCancelled, Happened::DeletedCreationFailed,
          Happened::Failed, Happened::Unknown, Happened::Blocked, Happened::NotSent}) {
        if (const int n = report.count(happened))
            parts << happenedLabel(happened) + u": "_s + QString::number(n);
    }
    QString out = Text::tr("Finished.") + u' ' + parts.join(u", "_s) + u'\n';
    if (report.count(RunState::Unknown) > 0)
        out += Text::tr("Instances marked unknown were not resent. Check them in the console or with list before "
                        "trying again.")
            + u'\n';
    return out;
}

} // namespace CtlOutput

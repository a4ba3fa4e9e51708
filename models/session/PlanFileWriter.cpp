#include "PlanFileWriter.h"

#include "PlanFileFormat.h"
#include "ProtectionLift.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace PlanFileFormat;

namespace {

QJsonObject optionsJson(const PlanOptions& options)
{
    return {{u"releaseAddress"_s, options.releaseAddress},
            {u"releasePrepaidDataDisks"_s, options.releasePrepaidDataDisks},
            {u"ignoreKeepTags"_s, options.ignoreKeepTags},
            {u"liftProtection"_s, options.liftProtection},
            {u"liftProtectionOnProduction"_s, options.liftProtectionOnProduction}};
}

// What the plan relied on: compared with the provider's answer before anything is sent.
QJsonObject factsJson(const Instance& i)
{
    QJsonArray tags;
    for (const InstanceTag& tag : i.tags)
        tags.append(QJsonObject{{u"key"_s, tag.key}, {u"value"_s, tag.value}});
    return {
        {u"state"_s, i.rawState},
        {u"chargeType"_s, i.rawChargeType},
        {u"terminationProtected"_s, i.terminationProtected},
        {u"restriction"_s, i.restriction},
        {u"latestOperation"_s,
         QJsonObject{{u"action"_s, i.lastOperation.action},
                     {u"state"_s, i.lastOperation.state},
                     {u"requestId"_s, i.lastOperation.requestId}}},
        {u"expires"_s, timeText(i.expires)},
        {u"tags"_s, tags},
    };
}

// The rest of the instance as it was listed, for people reviewing the plan.
QJsonObject detailsJson(const Instance& i)
{
    return {
        {u"lifecycle"_s, lifecycleKey(i.lifecycle)},
        {u"chargeClass"_s, chargeClassKey(i.chargeClass)},
        {u"created"_s, timeText(i.created)},
        {u"autoRelease"_s, timeText(i.autoRelease)},
        {u"recycleBinEnteredAt"_s, timeText(i.recycleBinEnteredAt)},
        {u"instanceType"_s, i.instanceType},
        {u"os"_s, i.osName},
        {u"privateIps"_s, QJsonArray::fromStringList(i.privateIps)},
        {u"publicIps"_s, QJsonArray::fromStringList(i.publicIps)},
    };
}

QJsonObject decisionJson(const PlanItem& item)
{
    const Decision& d = item.decision;
    if (!d.isAllowed()) {
        return {{u"allowed"_s, false},
                {u"blockedCode"_s, d.blockedCode},
                {u"blockedDetail"_s, d.blockedDetail},
                {u"keptByTag"_s, item.keptByTag}};
    }
    return {
        {u"allowed"_s, true},
        {u"keptByTag"_s, item.keptByTag},
        {u"action"_s, d.action},
        {u"batchKey"_s, d.batchKey},
        {u"outcome"_s, outcomeKey(d.outcome)},
        {u"expectedEnd"_s, expectedEndKey(d.expectedEnd)},
        {u"recoverableUntil"_s, timeText(item.recoverableUntil)},
        {u"liftsProtection"_s, d.liftsProtection},
    };
}

QJsonObject instanceJson(const PlanItem& item, const TeardownPlan& plan)
{
    const Instance& i = item.instance;
    QJsonObject row{
        {u"accountId"_s, i.accountId},
        {u"region"_s, i.region},
        {u"zone"_s, i.zone},
        {u"instanceId"_s, i.id},
        {u"name"_s, i.name},
        {u"facts"_s, factsJson(i)},
        {u"details"_s, detailsJson(i)},
        {u"plan"_s, decisionJson(item)},
    };
    if (const auto refund = plan.refunds.constFind(i.key()); refund != plan.refunds.cend()) {
        row.insert(u"refund"_s,
                   QJsonObject{{u"amount"_s, amountText(refund->amount)},
                               {u"currency"_s, refund->currency},
                               {u"detail"_s, refund->detail}});
    }
    return row;
}

QJsonObject callJson(const PlannedCall& call)
{
    QJsonObject row{
        {u"kind"_s, ProtectionLift::callKindKey(call.kind)},
        {u"accountId"_s, call.accountId},
        {u"region"_s, call.region},
        {u"action"_s, call.action},
        {u"batchKey"_s, call.batchKey},
        {u"instanceIds"_s, QJsonArray::fromStringList(call.instanceIds)},
        {u"options"_s, optionsJson(call.options)},
    };
    // A lift changes no instance's fate by itself: the call that follows it has the outcome.
    if (call.kind != CallKind::LiftProtection) {
        row.insert(u"outcome"_s, outcomeKey(call.outcome));
        row.insert(u"expectedEnd"_s, expectedEndKey(call.expectedEnd));
    }
    return row;
}

} // namespace

namespace PlanFileWriter {

QByteArray toJson(const PlanFile& file, QString* digest)
{
    QJsonArray accounts;
    for (const PlanFileAccount& a : file.accounts) {
        accounts.append(QJsonObject{
            {u"id"_s, a.id}, {u"name"_s, a.name}, {u"provider"_s, dialectKey(a.dialect)}, {u"keyId"_s, a.keyId}});
    }
    QJsonArray instances;
    for (const PlanItem& item : file.plan.items)
        instances.append(instanceJson(item, file.plan));
    QJsonArray calls;
    for (const PlannedCall& call : file.plan.calls)
        calls.append(callJson(call));

    QJsonObject root{
        {u"format"_s, QString(Name)},
        {u"version"_s, PlanFile::FormatVersion},
        {u"planned"_s,
         QJsonObject{{u"by"_s, file.origin.user},
                     {u"host"_s, file.origin.host},
                     {u"at"_s, timeText(file.origin.savedAt)},
                     {u"tool"_s, file.origin.tool}}},
        {u"intent"_s, intentKey(file.plan.intent)},
        {u"options"_s, optionsJson(file.plan.options)},
        {u"accounts"_s, accounts},
        {u"instances"_s, instances},
        {u"calls"_s, calls},
    };
    if (file.plan.quoteError.isError())
        root.insert(u"refundQuoteError"_s, file.plan.quoteError.code);
    const QString sum = PlanFileFormat::digest(root);
    root.insert(u"digest"_s, sum);
    if (digest)
        *digest = sum;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProviderError write(const QString& path, const PlanFile& file, QString* digest)
{
    const QByteArray bytes = toJson(file, digest);
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return {};
    ProviderError error = ProviderError::local(u"Teardown.PlanFileNotWritten"_s);
    error.context = QCoreApplication::translate("PlanFile", "%1: %2").arg(path, out.errorString());
    return error;
}

} // namespace PlanFileWriter

#include "PlanFileReader.h"

#include "PlanFileFields.h"
#include "PlanFileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

class PlanFileText
{
    Q_DECLARE_TR_FUNCTIONS(PlanFileReader)
};

ProviderError refusal(const QString& code, const QString& context)
{
    ProviderError error = ProviderError::local(code);
    error.context = context;
    return error;
}

ProviderError malformed(const QString& context)
{
    return refusal(u"Teardown.PlanFileMalformed"_s, context);
}

PlanOptions readOptions(PlanFileFields& f, const QJsonObject& o, const QString& path)
{
    PlanOptions options;
    options.releaseAddress = f.boolean(o, "releaseAddress", path);
    options.releasePrepaidDataDisks = f.boolean(o, "releasePrepaidDataDisks", path);
    options.ignoreKeepTags = f.boolean(o, "ignoreKeepTags", path);
    // Added with lifting termination protection: a file saved before has neither (off).
    options.liftProtection = f.optionalBoolean(o, "liftProtection", path);
    options.liftProtectionOnProduction = f.optionalBoolean(o, "liftProtectionOnProduction", path);
    return options;
}

void readFacts(PlanFileFields& f, const QJsonObject& o, const QString& path, Instance& i)
{
    i.rawState = f.string(o, "state", path);
    i.rawChargeType = f.string(o, "chargeType", path);
    i.terminationProtected = f.boolean(o, "terminationProtected", path);
    i.restriction = f.string(o, "restriction", path);
    const QString opPath = path + u".latestOperation"_s;
    const QJsonObject op = f.object(o, "latestOperation", path);
    i.lastOperation.action = f.string(op, "action", opPath);
    i.lastOperation.state = f.string(op, "state", opPath);
    i.lastOperation.requestId = f.string(op, "requestId", opPath);
    i.expires = f.time(o, "expires", path);
    const QJsonArray tags = f.array(o, "tags", path);
    for (qsizetype t = 0; t < tags.size() && f.ok(); ++t) {
        const QString tagPath = path + u".tags[%1]"_s.arg(t);
        const QJsonObject tag = f.element(tags, t, tagPath);
        i.tags << InstanceTag{f.string(tag, "key", tagPath), f.string(tag, "value", tagPath)};
    }
}

void readDetails(PlanFileFields& f, const QJsonObject& o, const QString& path, Instance& i)
{
    i.lifecycle = f.key(o, "lifecycle", path, PlanFileFormat::lifecycleFromKey).value_or(Lifecycle::Unknown);
    i.chargeClass = f.key(o, "chargeClass", path, PlanFileFormat::chargeClassFromKey).value_or(ChargeClass::Other);
    i.created = f.time(o, "created", path);
    i.autoRelease = f.time(o, "autoRelease", path);
    i.recycleBinEnteredAt = f.time(o, "recycleBinEnteredAt", path);
    i.instanceType = f.string(o, "instanceType", path);
    i.osName = f.string(o, "os", path);
    i.privateIps = f.strings(o, "privateIps", path);
    i.publicIps = f.strings(o, "publicIps", path);
}

void readDecision(PlanFileFields& f, const QJsonObject& o, const QString& path, PlanItem& item)
{
    item.keptByTag = f.boolean(o, "keptByTag", path);
    if (!f.boolean(o, "allowed", path)) {
        const QString code = f.string(o, "blockedCode", path);
        item.decision = Decision::blocked(code, f.string(o, "blockedDetail", path));
        if (f.ok() && item.decision.blockedCode.isEmpty())
            f.fail(path + u".blockedCode"_s, PlanFileText::tr("a blocked instance needs the code of its reason"));
        return;
    }
    Decision& d = item.decision;
    d.action = f.string(o, "action", path);
    d.batchKey = f.string(o, "batchKey", path);
    d.outcome = f.key(o, "outcome", path, PlanFileFormat::outcomeFromKey).value_or(Outcome::DestroyedNow);
    d.expectedEnd = f.key(o, "expectedEnd", path, PlanFileFormat::expectedEndFromKey).value_or(ExpectedEnd::Gone);
    item.recoverableUntil = f.time(o, "recoverableUntil", path);
    d.liftsProtection = f.optionalBoolean(o, "liftsProtection", path);
    if (f.ok() && d.action.isEmpty())
        f.fail(path + u".action"_s, PlanFileText::tr("an allowed instance needs the action that carries it"));
}

void readRefund(PlanFileFields& f, const QJsonObject& o, const QString& path, const Instance& i, TeardownPlan& plan)
{
    if (!o.contains(u"refund"_s))
        return;
    const QString refundPath = path + u".refund"_s;
    const QJsonObject r = f.object(o, "refund", path);
    RefundQuote quote;
    quote.accountId = i.accountId;
    quote.instanceId = i.id;
    quote.amount = f.amount(r, "amount", refundPath);
    quote.currency = f.string(r, "currency", refundPath);
    quote.detail = f.string(r, "detail", refundPath);
    if (f.ok())
        plan.refunds.insert(i.key(), quote);
}

void readInstances(PlanFileFields& f, const QJsonObject& root, const QList<PlanFileAccount>& accounts,
                   TeardownPlan& plan)
{
    const QJsonArray rows = f.array(root, "instances", {});
    QSet<QString> seen;
    for (qsizetype n = 0; n < rows.size() && f.ok(); ++n) {
        const QString path = u"instances[%1]"_s.arg(n);
        const QJsonObject o = f.element(rows, n, path);
        PlanItem item;
        Instance& i = item.instance;
        i.accountId = f.string(o, "accountId", path);
        i.region = f.string(o, "region", path);
        i.zone = f.string(o, "zone", path);
        i.id = f.string(o, "instanceId", path);
        i.name = f.string(o, "name", path);
        readFacts(f, f.object(o, "facts", path), path + u".facts"_s, i);
        readDetails(f, f.object(o, "details", path), path + u".details"_s, i);
        readDecision(f, f.object(o, "plan", path), path + u".plan"_s, item);
        if (!f.ok())
            return;
        const auto account = std::find_if(accounts.cbegin(), accounts.cend(),
                                          [&](const PlanFileAccount& a) { return a.id == i.accountId; });
        if (account == accounts.cend())
            return f.fail(path + u".accountId"_s,
                          PlanFileText::tr("the account \"%1\" is not among the plan's accounts").arg(i.accountId));
        if (i.id.isEmpty())
            return f.fail(path + u".instanceId"_s, PlanFileText::tr("the instance id is empty"));
        if (seen.contains(i.key()))
            return f.fail(path, PlanFileText::tr("the instance %1 is listed twice").arg(i.id));
        seen.insert(i.key());
        i.provider = providerOf(account->dialect);
        readRefund(f, o, path, i, plan);
        plan.items << item;
    }
}

// The call an instance must be in, by its kind: a lifted instance in one lift call and then one
// return after the lift, any other allowed instance in one ordinary return.
QString kindProblem(const PlannedCall& call, const PlanItem& item, const QSet<QString>& lifted)
{
    const QString& id = item.instance.id;
    const bool lifts = item.decision.liftsProtection;
    switch (call.kind) {
    case CallKind::LiftProtection:
        return lifts ? QString() : PlanFileText::tr("%1 is lifted, but its protection is not to be lifted").arg(id);
    case CallKind::TeardownAfterLift:
        if (!lifts)
            return PlanFileText::tr("%1 is returned after a lift, but its protection is not to be lifted").arg(id);
        return lifted.contains(item.instance.key())
            ? QString()
            : PlanFileText::tr("%1 is returned before a call lifts its protection").arg(id);
    case CallKind::Teardown:
        return lifts ? PlanFileText::tr("%1 is returned without the lift of its protection").arg(id) : QString();
    }
    return {};
}

bool optionsWithin(const PlanOptions& call, const PlanOptions& plan)
{
    return (!call.releaseAddress || plan.releaseAddress)
        && (!call.releasePrepaidDataDisks || plan.releasePrepaidDataDisks)
        && (!call.liftProtection || plan.liftProtection)
        && (!call.liftProtectionOnProduction || plan.liftProtectionOnProduction);
}

// Every call carries allowed instances of the plan with its own account, region, action, batch and
// outcome, and every allowed instance is in exactly one call of each kind it needs, a lift before
// the return that depends on it: a call can send nothing the plan does not show.
void checkCalls(PlanFileFields& f, const TeardownPlan& plan)
{
    QHash<QString, const PlanItem*> allowed;
    for (const PlanItem& item : plan.items) {
        if (!item.decision.isAllowed())
            continue;
        allowed.insert(item.instance.key(), &item);
        if (item.decision.liftsProtection && !plan.options.liftProtection)
            return f.fail(u"instances"_s,
                          PlanFileText::tr("%1 is to have its protection lifted, but the plan's "
                                           "options do not lift protection")
                              .arg(item.instance.id));
    }
    QSet<QString> called;
    QSet<QString> lifted;
    for (qsizetype n = 0; n < plan.calls.size() && f.ok(); ++n) {
        const PlannedCall& call = plan.calls[n];
        const QString path = u"calls[%1]"_s.arg(n);
        if (call.instanceIds.isEmpty())
            return f.fail(path + u".instanceIds"_s, PlanFileText::tr("a call needs at least one instance"));
        if (call.action.isEmpty())
            return f.fail(path + u".action"_s, PlanFileText::tr("a call needs its action"));
        if (!optionsWithin(call.options, plan.options))
            return f.fail(path + u".options"_s,
                          PlanFileText::tr("the call has an option the plan's options do not have"));
        const bool lift = call.kind == CallKind::LiftProtection;
        for (const QString& id : call.instanceIds) {
            const QString key = Instance::keyFor(call.accountId, id);
            const PlanItem* item = allowed.value(key);
            if (!item)
                return f.fail(path, PlanFileText::tr("%1 is not an instance the plan allows").arg(id));
            if (const QString problem = kindProblem(call, *item, lifted); !problem.isEmpty())
                return f.fail(path, problem);
            const Decision& d = item->decision;
            if (item->instance.region != call.region
                || (!lift
                    && (d.action != call.action || d.batchKey != call.batchKey || d.outcome != call.outcome
                        || d.expectedEnd != call.expectedEnd)))
                return f.fail(path, PlanFileText::tr("%1 is planned for another call than this one").arg(id));
            QSet<QString>& seen = lift ? lifted : called;
            if (seen.contains(key))
                return f.fail(path, PlanFileText::tr("%1 is in more than one call").arg(id));
            seen.insert(key);
        }
    }
    for (const PlanItem& item : plan.items) {
        if (f.ok() && item.decision.isAllowed() && !called.contains(item.instance.key()))
            return f.fail(u"calls"_s, PlanFileText::tr("the allowed instance %1 is in no call").arg(item.instance.id));
    }
}

void readCalls(PlanFileFields& f, const QJsonObject& root, TeardownPlan& plan)
{
    const QJsonArray rows = f.array(root, "calls", {});
    for (qsizetype n = 0; n < rows.size() && f.ok(); ++n) {
        const QString path = u"calls[%1]"_s.arg(n);
        const QJsonObject o = f.element(rows, n, path);
        PlannedCall call;
        // A file saved before protection could be lifted has ordinary returns only.
        if (o.contains(u"kind"_s))
            call.kind = f.key(o, "kind", path, PlanFileFormat::callKindFromKey).value_or(CallKind::Teardown);
        call.accountId = f.string(o, "accountId", path);
        call.region = f.string(o, "region", path);
        call.action = f.string(o, "action", path);
        call.batchKey = f.string(o, "batchKey", path);
        if (call.kind == CallKind::LiftProtection) {
            call.expectedEnd = ExpectedEnd::Unchanged; // the return after it has the outcome
        } else {
            call.outcome = f.key(o, "outcome", path, PlanFileFormat::outcomeFromKey).value_or(Outcome::DestroyedNow);
            call.expectedEnd =
                f.key(o, "expectedEnd", path, PlanFileFormat::expectedEndFromKey).value_or(ExpectedEnd::Gone);
        }
        call.instanceIds = f.strings(o, "instanceIds", path);
        call.options = readOptions(f, f.object(o, "options", path), path + u".options"_s);
        plan.calls << call;
    }
    checkCalls(f, plan);
}

QList<PlanFileAccount> readAccounts(PlanFileFields& f, const QJsonObject& root)
{
    QList<PlanFileAccount> accounts;
    const QJsonArray rows = f.array(root, "accounts", {});
    for (qsizetype n = 0; n < rows.size() && f.ok(); ++n) {
        const QString path = u"accounts[%1]"_s.arg(n);
        const QJsonObject o = f.element(rows, n, path);
        PlanFileAccount a;
        a.id = f.string(o, "id", path);
        a.name = f.string(o, "name", path);
        a.dialect = f.key(o, "provider", path, dialectFromKey).value_or(Dialect::TencentApi3);
        a.keyId = f.string(o, "keyId", path);
        if (f.ok() && a.id.isEmpty())
            f.fail(path + u".id"_s, PlanFileText::tr("the account id is empty"));
        if (f.ok() && std::any_of(accounts.cbegin(), accounts.cend(), [&](const auto& b) { return b.id == a.id; }))
            f.fail(path + u".id"_s, PlanFileText::tr("the account %1 is listed twice").arg(a.id));
        accounts << a;
    }
    return accounts;
}

// The header first: a file of another version is refused as such, whatever follows; then the
// digest, so that an edited file is named edited rather than malformed.
ProviderError checkHeader(const QJsonObject& root)
{
    if (root.value(u"format"_s) != QJsonValue(QString(PlanFileFormat::Name)))
        return malformed(PlanFileText::tr("it does not say \"format\": \"teardown-plan\""));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return malformed(PlanFileText::tr("\"version\" is not a whole number"));
    if (version.toInt() != PlanFile::FormatVersion)
        return refusal(u"Teardown.PlanFileVersion"_s,
                       PlanFileText::tr("The file is of version %1; this program reads version %2.")
                           .arg(version.toInt())
                           .arg(PlanFile::FormatVersion));
    static const QRegularExpression digestPattern(u"^sha256:[0-9a-f]{64}$"_s);
    const QJsonValue digest = root.value(u"digest"_s);
    if (!digest.isString() || !digestPattern.match(digest.toString()).hasMatch())
        return malformed(PlanFileText::tr("\"digest\" is missing or not \"sha256:\" with 64 hexadecimal digits"));
    if (digest.toString() != PlanFileFormat::digest(root))
        return refusal(u"Teardown.PlanFileEdited"_s, {});
    return {};
}

} // namespace

namespace PlanFileReader {

ProviderError read(const QString& path, PlanFile* file)
{
    QFile in(path);
    const QFileInfo info(path);
    if (info.exists() && info.size() > PlanFile::MaxBytes)
        return malformed(
            PlanFileText::tr("%1 is larger than a plan can be (%2 MiB).").arg(path).arg(PlanFile::MaxBytes >> 20));
    if (!info.isFile() || !in.open(QIODevice::ReadOnly))
        return refusal(
            u"Teardown.PlanFileUnreadable"_s,
            QCoreApplication::translate("PlanFile", "%1: %2")
                .arg(path, info.exists() && !info.isFile() ? PlanFileText::tr("not a file") : in.errorString()));
    // Read no more than the limit, whatever the file grew to since it was measured.
    const QByteArray bytes = in.read(PlanFile::MaxBytes + 1);
    if (bytes.size() > PlanFile::MaxBytes)
        return malformed(
            PlanFileText::tr("%1 is larger than a plan can be (%2 MiB).").arg(path).arg(PlanFile::MaxBytes >> 20));
    return parse(bytes, file);
}

ProviderError parse(const QByteArray& bytes, PlanFile* file)
{
    if (bytes.size() > PlanFile::MaxBytes)
        return malformed(
            PlanFileText::tr("The file is larger than a plan can be (%1 MiB).").arg(PlanFile::MaxBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            PlanFileText::tr("It is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return malformed(PlanFileText::tr("It holds no JSON object."));
    const QJsonObject root = document.object();
    if (const ProviderError header = checkHeader(root); header.isError())
        return header;

    PlanFileFields f;
    PlanFile read;
    const QJsonObject planned = f.object(root, "planned", {});
    read.origin.user = f.string(planned, "by", u"planned"_s);
    read.origin.host = f.string(planned, "host", u"planned"_s);
    read.origin.savedAt = f.time(planned, "at", u"planned"_s);
    read.origin.tool = f.string(planned, "tool", u"planned"_s);
    if (f.ok() && !read.origin.savedAt.isValid())
        f.fail(u"planned.at"_s, PlanFileText::tr("the time the plan was saved is missing"));
    read.plan.intent = f.key(root, "intent", {}, PlanFileFormat::intentFromKey).value_or(Intent::Return);
    read.plan.options = readOptions(f, f.object(root, "options", {}), u"options"_s);
    read.accounts = readAccounts(f, root);
    if (f.ok())
        readInstances(f, root, read.accounts, read.plan);
    if (f.ok())
        readCalls(f, root, read.plan);
    if (f.ok() && root.contains(u"refundQuoteError"_s)) {
        read.plan.quoteError = ProviderError::local(f.string(root, "refundQuoteError", {}));
    }
    if (!f.ok())
        return malformed(f.problem());
    read.digest = root.value(u"digest"_s).toString();
    *file = read;
    return {};
}

} // namespace PlanFileReader

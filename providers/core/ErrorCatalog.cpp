#include "ErrorCatalog.h"

#include "DialectRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

using Entry = ErrorCatalogEntry;

// The console's own codes: transport failures, unreadable replies and the planner's and runner's
// reasons that have no provider code.
const Entry kConsoleEntries[] = {
    {"Network.ConnectionRefused",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The connection was refused. Check the endpoint and that the service is reachable.",
                        "Network.ConnectionRefused")},
    {"Network.HostNotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The host name of the endpoint could not be resolved.",
                        "Network.HostNotFound")},
    {"Network.Timeout", QT_TRANSLATE_NOOP3("ErrorCatalog", "The request timed out.", "Network.Timeout")},
    {"Network.ConnectionClosed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The connection was closed before the reply arrived.",
                        "Network.ConnectionClosed")},
    {"Network.Tls", QT_TRANSLATE_NOOP3("ErrorCatalog", "The secure connection (TLS) failed.", "Network.Tls")},
    {"Network.TlsUntrusted",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The server's certificate is not signed by a certificate authority this computer trusts; "
                        "nothing was sent.",
                        "Network.TlsUntrusted"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "If your network inspects TLS with its own CA, add that CA's certificate to the account "
                        "(or --ca-file).",
                        "Network.TlsUntrusted")},
    {"Network.TlsHostMismatch",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The server's certificate was issued for another host than the endpoint; nothing was sent.",
                        "Network.TlsHostMismatch"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Check the endpoint's host name. If it is right, something else (a proxy or a wrong "
                        "server) is answering for it.",
                        "Network.TlsHostMismatch")},
    {"Network.TlsExpired",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The server's certificate has expired or is not valid yet; nothing was sent.",
                        "Network.TlsExpired"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Check this computer's date and time. If they are right, the server's operator must renew "
                        "its certificate.",
                        "Network.TlsExpired")},
    {"Network.Other", QT_TRANSLATE_NOOP3("ErrorCatalog", "A network error occurred.", "Network.Other")},
    {"Network.ProxyUnreachable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The proxy could not be reached, so nothing was sent.",
                        "Network.ProxyUnreachable"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Check the proxy's host and port in the account's network settings (or the https_proxy "
                        "environment variable for the system proxy) and that the proxy is running.",
                        "Network.ProxyUnreachable")},
    {"Network.ProxyAuthentication",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The proxy refused the request: it requires authentication (HTTP 407).",
                        "Network.ProxyAuthentication"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Enter the proxy's user name and password in the account's network settings and try again.",
                        "Network.ProxyAuthentication")},
    {"Reply.Malformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The server's reply could not be read (it is not the expected JSON).",
                        "Reply.Malformed")},
    {"Reply.HttpStatus",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The server answered with an unexpected HTTP status.", "Reply.HttpStatus")},
    {"Teardown.OutcomeUnknown",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The reply to this call was lost: the provider may or may not have applied it. It was not "
                        "resent; check the instance and plan again.",
                        "Teardown.OutcomeUnknown")},
    {"Teardown.NotConfirmed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The call was accepted, but the expected state was not reached in time.",
                        "Teardown.NotConfirmed")},
    {"Teardown.AlreadyInRecycleBin",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance is already in the recycle bin. Release it from the recycle bin to destroy it.",
                        "Teardown.AlreadyInRecycleBin")},
    {"Teardown.NotInRecycleBin",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Only instances in the recycle bin can be released.",
                        "Teardown.NotInRecycleBin")},
    {"Teardown.AccountReadOnly",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The account is marked read-only: nothing can be returned through it.",
                        "Teardown.AccountReadOnly")},
    {"Teardown.UnknownAccount",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance belongs to an account that is not configured.",
                        "Teardown.UnknownAccount")},
    {"Teardown.InvalidInstanceId",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance ID is malformed.", "Teardown.InvalidInstanceId")},
    {"Teardown.ChangedSincePlan",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance changed after the plan was confirmed. Plan again.",
                        "Teardown.ChangedSincePlan")},
    {"Teardown.NoLongerExists",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance no longer exists.", "Teardown.NoLongerExists")},
    {"Teardown.CredentialsRefused",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Not sent: the provider refused this account's credentials earlier in the run, so nothing "
                        "more was sent through it. Renew the credentials, then plan again.",
                        "Teardown.CredentialsRefused")},
    {"Teardown.Canceled",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The run was canceled before the call was sent.", "Teardown.Canceled")},
    {"Teardown.InActiveRun",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance is part of a run that has not finished. Wait for it to end, then plan again.",
                        "Teardown.InActiveRun")},
    {"Teardown.HistoryUnavailable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The history could not be written, so the destructive call was not sent.",
                        "Teardown.HistoryUnavailable")},
    {"Teardown.NoCredentials",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "No credentials are available for this account.", "Teardown.NoCredentials")},
    {"Teardown.CaFileMissing",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The extra CA certificate file does not exist.", "Teardown.CaFileMissing"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Choose the CA certificate file again in the account's network settings (or --ca-file), or "
                        "clear it to trust only the system's certificate authorities.",
                        "Teardown.CaFileMissing")},
    {"Teardown.CaFileUnreadable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The extra CA certificate file could not be read.",
                        "Teardown.CaFileUnreadable"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Check that the file is readable by you, then try again.",
                        "Teardown.CaFileUnreadable")},
    {"Teardown.CaFileInvalid",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The extra CA certificate file holds no PEM certificate.",
                        "Teardown.CaFileInvalid"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Export the CA's certificate in PEM form (text starting with \"-----BEGIN CERTIFICATE-----\") "
                        "and choose that file.",
                        "Teardown.CaFileInvalid")},
    {"Teardown.KeptByTag",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Kept by tag: the instance is tagged teardown:keep.", "Teardown.KeptByTag"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Remove the tag (or set it to false) to return it, or plan again with the keep tags ignored.",
                        "Teardown.KeptByTag")},
    {"Teardown.KeptUntil",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Kept by tag: the instance's teardown:keep-until time has not come yet.",
                        "Teardown.KeptUntil"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Wait until then, or plan again with the keep tags ignored.",
                        "Teardown.KeptUntil")},
    {"Teardown.KeepUntilMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Kept by tag: the instance's teardown:keep-until tag is not a date (RFC 3339, e.g. "
                        "2030-01-31T18:00:00Z), so it is kept to be safe.",
                        "Teardown.KeepUntilMalformed"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Correct the tag's value, or plan again with the keep tags ignored.",
                        "Teardown.KeepUntilMalformed")},
    // Lifting termination protection first (PlanOptions::liftProtection).
    {"Teardown.ProtectionNotLifted",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Not returned: its termination protection could not be lifted, so the return was not sent.",
                        "Teardown.ProtectionNotLifted"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Check the instance's termination protection in the console, then plan it again.",
                        "Teardown.ProtectionNotLifted")},
    {"Teardown.LiftProtectionUnsupported",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Termination protection cannot be lifted through this provider's API.",
                        "Teardown.LiftProtectionUnsupported"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Lift it in the provider's console, then plan again.",
                        "Teardown.LiftProtectionUnsupported")},
    {"Teardown.LiftProtectionLegacy",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Termination protection cannot be lifted through the API 2.0 dialect.",
                        "Teardown.LiftProtectionLegacy"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Lift it in the Tencent Cloud console, or use an API 3.0 account for this cloud account.",
                        "Teardown.LiftProtectionLegacy")},
    {"Teardown.LiftProtectionZenlayer",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Zenlayer Bare Metal Cloud has no termination protection to lift.",
                        "Teardown.LiftProtectionZenlayer"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Nothing to do: Zenlayer instances are returned without it.",
                        "Teardown.LiftProtectionZenlayer")},
    {"Teardown.InsecureEndpoint",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Plain http:// is accepted only for loopback addresses; use https://.",
                        "Teardown.InsecureEndpoint")},
    // Saved plans (docs/plan-format.md): a file is refused as a whole, before anything is sent.
    {"Teardown.ChangedSinceSaved",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance changed after the plan was saved, so it is not sent.",
                        "Teardown.ChangedSinceSaved"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Plan it again from its current state and review the new plan.",
                        "Teardown.ChangedSinceSaved")},
    {"Teardown.PlanFileUnreadable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan file could not be read; nothing was sent.",
                        "Teardown.PlanFileUnreadable"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Check the file's name and that you may read it.",
                        "Teardown.PlanFileUnreadable")},
    {"Teardown.PlanFileMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The file is not a readable Teardown Console plan; nothing was sent.",
                        "Teardown.PlanFileMalformed"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Use the file exactly as the console's Save plan or teardownctl plan --out wrote it, or "
                        "plan again.",
                        "Teardown.PlanFileMalformed")},
    {"Teardown.PlanFileVersion",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The plan file is of a format version this program does not read; nothing "
                        "was sent.",
                        "Teardown.PlanFileVersion"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Open it with the version of Teardown Console that saved it, or plan again.",
                        "Teardown.PlanFileVersion")},
    {"Teardown.PlanFileEdited",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The plan file was changed after it was saved (its digest does not match); nothing was sent.",
                        "Teardown.PlanFileEdited"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Saved plans cannot be edited. Ask for the original file, or plan again.",
                        "Teardown.PlanFileEdited")},
    {"Teardown.PlanFileUnknownAccount",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan is for an account that is not configured here; nothing was sent.",
                        "Teardown.PlanFileUnknownAccount"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Configure the account with the same key id (console: Accounts; teardownctl: --account, or "
                        "--provider with the key pair in the environment), then open the plan again.",
                        "Teardown.PlanFileUnknownAccount")},
    {"Teardown.PlanFileOtherKey",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan's account is configured here with another key id; nothing was sent.",
                        "Teardown.PlanFileOtherKey"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Use the key the plan was made with, or plan again with this account.",
                        "Teardown.PlanFileOtherKey")},
    {"Teardown.PlanFileTooOld",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan is older than the maximum age; nothing was sent.",
                        "Teardown.PlanFileTooOld"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Plan again: the fleet may have changed since. teardownctl --max-age accepts older plans.",
                        "Teardown.PlanFileTooOld")},
    {"Teardown.PlanFileFuture",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan says it was saved in the future; nothing was sent.",
                        "Teardown.PlanFileFuture"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Check this computer's clock and the clock of the computer the plan was saved on, then plan "
                        "again.",
                        "Teardown.PlanFileFuture")},
    {"Teardown.PlanFileNotWritten",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The plan could not be saved.", "Teardown.PlanFileNotWritten"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice", "Choose a folder you may write to, with room for the file.",
                        "Teardown.PlanFileNotWritten")},
};

const Entry* find(QStringView code)
{
    const auto it = std::find_if(std::begin(kConsoleEntries), std::end(kConsoleEntries),
                                 [&](const Entry& e) { return code == QLatin1StringView(e.code); });
    if (it != std::end(kConsoleEntries))
        return &*it;
    return DialectRegistry::findError(code);
}

QString translated(const Entry& entry)
{
    return QCoreApplication::translate("ErrorCatalog", entry.text.source, entry.text.disambiguation);
}

// The reference's sample ids have six to eight x: ins-xxxxxx, ins-xxxxxxx, ins-xxxxxxxx.
const QRegularExpression& samplePattern()
{
    static const QRegularExpression pattern(u"ins-x{6,8}(?![0-9a-z])"_s);
    return pattern;
}

} // namespace

bool ErrorCatalog::contains(QStringView code)
{
    return find(code) != nullptr;
}

QString ErrorCatalog::text(QStringView code)
{
    const Entry* e = find(code);
    return e ? translated(*e) : QString();
}

QString ErrorCatalog::text(QStringView code, QStringView instanceId)
{
    const Entry* e = find(code);
    if (!e)
        return {};
    QString line = translated(*e);
    // Only where the sample id stands for the instance: elsewhere (InstanceIdMalformed) it shows
    // what a well-formed id looks like and must stay.
    if (e->placeholder == Entry::Placeholder::InstanceId && !instanceId.isEmpty())
        line.replace(samplePattern(), instanceId.toString());
    return line;
}

QString ErrorCatalog::advice(QStringView code)
{
    const Entry* e = find(code);
    if (!e || !e->advice.source)
        return {};
    return QCoreApplication::translate("ErrorAdvice", e->advice.source, e->advice.disambiguation);
}

QString ErrorCatalog::describe(const ProviderError& error)
{
    return describe(error, {});
}

QString ErrorCatalog::describe(const ProviderError& error, QStringView instanceId)
{
    if (!error.isError())
        return {};
    QString line = text(error.code, instanceId);
    if (line.isEmpty())
        line = error.message.isEmpty() ? QCoreApplication::translate("ErrorCatalog", "Unknown error") : error.message;
    QStringList facts;
    if (!error.code.isEmpty())
        facts << error.code;
    if (!error.requestId.isEmpty())
        facts << QCoreApplication::translate("ErrorCatalog", "RequestId %1").arg(error.requestId);
    // The transport's own detail helps with proxies and certificates; a console code may carry its
    // cause (e.g. why an outcome is unknown).
    const bool detailed = error.kind == ProviderError::Kind::Network || error.kind == ProviderError::Kind::Local;
    if (detailed && !error.message.isEmpty() && find(error.code))
        facts << error.message;
    if (!facts.isEmpty())
        line += u" ("_s + facts.join(u"; "_s) + u')';
    for (const QString& more : {error.context, advice(error.code)}) {
        if (!more.isEmpty())
            line += u' ' + more;
    }
    return line;
}

QStringList ErrorCatalog::codes()
{
    QStringList all;
    for (const Entry& e : kConsoleEntries)
        all << QString::fromLatin1(e.code);
    // A table two dialects share (API 3.0 codes on the legacy host) is listed once.
    QList<const ErrorCatalogEntry*> seen;
    for (const DialectInfo* dialect : DialectRegistry::all()) {
        for (const ErrorTable& table : dialect->errorTables) {
            if (table.empty() || seen.contains(table.data()))
                continue;
            seen << table.data();
            for (const Entry& e : table)
                all << QString::fromLatin1(e.code);
        }
    }
    return all;
}

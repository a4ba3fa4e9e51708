#include "CtlRequest.h"

#include "BuildInfo.h"
#include "CtlHistoryOptions.h"
#include "CtlSelectionOptions.h"
#include "Dialects.h"
#include "TimeInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

// Where each dialect's ad-hoc account finds its key pair, one line per dialect.
QString environmentLines()
{
    QStringList lines;
    for (const Dialect dialect : Dialects::supported()) {
        const DialectInfo& info = Dialects::info(dialect);
        QString line = u"  "_s
            + Text::tr("--provider %1: %2 and %3").arg(dialectKey(dialect), info.keyIdVariable, info.secretVariable);
        if (info.hasTemporaryCredentials())
            line += Text::tr(" (temporary credentials: also %1)").arg(info.sessionTokenVariable);
        lines << line;
    }
    return lines.join(u'\n');
}

QString description()
{
    return Text::tr("List, plan and return cloud instances with the Teardown Console engine.\n"
                    "\n"
                    "Commands:\n"
                    "  list                 list instances (filters: --region, --state, --charge-type, --recycle-bin)\n"
                    "  plan [ID...|--all]   show what returning the instances would do, without doing it\n"
                    "  apply [ID...|--all]  return the instances after confirmation, with progress\n"
                    "  plan ... --out FILE  also save the plan to FILE, to be reviewed and applied later\n"
                    "  show FILE            print a saved plan: who planned it, where, when, and what it does\n"
                    "  apply FILE           apply a saved plan: instances and options come from the file; what\n"
                    "                       changed since is not sent (--max-age, default 24h)\n"
                    "  accounts             list the stored accounts\n"
                    "  history              the recorded calls (filters: --instance, --account, --since,\n"
                    "                       --destructive, --outcome)\n"
                    "  unconfirmed          destructive calls sent and never confirmed; --verify re-reads their\n"
                    "                       instances through the stored accounts and records what they show\n"
                    "\n"
                    "Account: --account NAME|ID uses a stored account (secret from the OS keychain).\n"
                    "--provider with --endpoint uses an ad-hoc account with the key pair from the environment:\n"
                    "%1\n"
                    "(Zenlayer zones take the place of regions: --region SEL-A).\n"
                    "\n"
                    "Proxy: by default the environment's (https_proxy, HTTPS_PROXY, http_proxy, no_proxy), never for\n"
                    "loopback endpoints; a stored account's own proxy setting wins over it. --proxy URL\n"
                    "(http://HOST:PORT or socks5://HOST:PORT) wins over both and applies to every endpoint;\n"
                    "--proxy none connects directly. The proxy's user and password are read from\n"
                    "TEARDOWN_PROXY_USER and TEARDOWN_PROXY_PASSWORD, never from the command line.\n"
                    "\n"
                    "%2\n"
                    "\n"
                    "Exit codes:\n"
                    "  0  done; for plan: every instance can be returned\n"
                    "  1  apply: an instance failed or its outcome is unknown;\n"
                    "     unconfirmed: some calls remain unconfirmed\n"
                    "  2  bad arguments, malformed instance ids or a refused policy file\n"
                    "  3  account, credentials, keychain or history problem\n"
                    "  4  the provider could not be read (network, authentication, server)\n"
                    "  5  not confirmed, --yes missing off a terminal, or canceled\n"
                    "  6  some instances are blocked or were not found; the rest was planned or done\n"
                    "  7  show/apply FILE: the plan file was refused (unreadable, malformed, another version, edited,\n"
                    "     too old, or for an account not configured here); plan --out: it could not be written")
        .arg(environmentLines(), CtlSelectionOptions::description());
}

std::optional<CtlRequest::Format> formatFrom(const QString& value)
{
    if (value == u"table"_s || value == u"text"_s)
        return CtlRequest::Format::Table;
    if (value == u"json"_s)
        return CtlRequest::Format::Json;
    if (value == u"csv"_s)
        return CtlRequest::Format::Csv;
    return std::nullopt;
}

std::optional<CtlRequest::Command> commandFrom(const QString& value)
{
    if (value == u"list"_s)
        return CtlRequest::Command::List;
    if (value == u"plan"_s)
        return CtlRequest::Command::Plan;
    if (value == u"apply"_s)
        return CtlRequest::Command::Apply;
    if (value == u"accounts"_s)
        return CtlRequest::Command::Accounts;
    if (value == u"history"_s)
        return CtlRequest::Command::History;
    if (value == u"unconfirmed"_s)
        return CtlRequest::Command::Unconfirmed;
    if (value == u"show"_s)
        return CtlRequest::Command::Show;
    return std::nullopt;
}

// Repeated options may also carry comma-separated values: --region ap-guangzhou,ap-shanghai.
QStringList splitValues(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        for (const QString& part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

// --proxy: "none", http://HOST:PORT or socks5://HOST:PORT. Empty message: valid.
std::optional<NetworkSettings> proxyFrom(const QString& value, QString* problem)
{
    NetworkSettings settings;
    if (value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        settings.proxy = NetworkSettings::Proxy::None;
        return settings;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.userInfo().isEmpty()) {
        *problem = Text::tr("Do not put the proxy's user or password in --proxy: command lines can be read by other "
                            "users. Set TEARDOWN_PROXY_USER and TEARDOWN_PROXY_PASSWORD instead.");
        return std::nullopt;
    }
    const bool pathless = url.path().isEmpty() || url.path() == u"/"_s;
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"socks5"_s) || url.port() < 1
        || !pathless || url.hasQuery() || url.hasFragment()) {
        *problem = Text::tr("\"%1\" is not a proxy: use http://HOST:PORT, socks5://HOST:PORT or none.").arg(value);
        return std::nullopt;
    }
    settings.proxy = scheme == u"http"_s ? NetworkSettings::Proxy::Http : NetworkSettings::Proxy::Socks5;
    settings.proxyHost = url.host();
    settings.proxyPort = quint16(url.port());
    return settings;
}

// apply's one argument is a saved plan rather than an instance id when it names a file, or looks
// like a path: no provider's instance id has a dot or a slash.
bool isPlanFileArgument(const QString& argument)
{
    return argument.contains(u'/') || argument.contains(u'.') || QFileInfo(argument).isFile();
}

} // namespace

std::optional<CtlRequest> parseCtlRequest(const QStringList& arguments, QString* error, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption version(u"version"_s, Text::tr("Show the version."));
    const QCommandLineOption account(u"account"_s, Text::tr("Stored account to use (name or id)."), u"account"_s);
    const QCommandLineOption provider(
        u"provider"_s,
        Text::tr("Provider dialect of an ad-hoc account: tencent (API 3.0), tencent-legacy (API 2.0) or zenlayer."),
        u"provider"_s);
    const QCommandLineOption endpoint(
        u"endpoint"_s, Text::tr("API endpoint of an ad-hoc account (http only for loopback)."), u"url"_s);
    const QCommandLineOption region(u"region"_s, Text::tr("Region to look at (repeatable; default: all)."),
                                    u"region"_s);
    const QCommandLineOption state(u"state"_s, Text::tr("Only instances in this state, e.g. RUNNING (repeatable)."),
                                   u"state"_s);
    const QCommandLineOption charge(
        u"charge-type"_s, Text::tr("Only instances of this charge type, e.g. PREPAID (repeatable)."), u"type"_s);
    const QCommandLineOption recycle(u"recycle-bin"_s, Text::tr("Only instances in the recycle bin."));
    const QCommandLineOption all(u"all"_s, Text::tr("plan/apply: act on every instance the filters match."));
    const QCommandLineOption release(u"release"_s,
                                     Text::tr("plan/apply: release instances from the recycle bin for good."));
    const QCommandLineOption releaseAddress(u"release-address"_s,
                                            Text::tr("plan/apply: also release the instances' elastic IPs."));
    const QCommandLineOption releaseDisks(u"release-prepaid-data-disks"_s,
                                          Text::tr("plan/apply: also release prepaid data disks."));
    const QCommandLineOption yes(u"yes"_s, Text::tr("apply: do not ask for confirmation."));
    const QCommandLineOption format(u"format"_s, Text::tr("Output: table, json or csv (default table)."), u"format"_s,
                                    u"table"_s);
    const QCommandLineOption report(u"report"_s, Text::tr("apply: write the run report to FILE (.json or .csv)."),
                                    u"file"_s);
    const QCommandLineOption proxy(
        u"proxy"_s, Text::tr("Proxy for this command: http://HOST:PORT, socks5://HOST:PORT or none."), u"url"_s);
    const QCommandLineOption history(u"history"_s, Text::tr("History database (default: the console's)."), u"file"_s);
    const QCommandLineOption language(u"language"_s, Text::tr("Language of messages: en or zh_CN."), u"language"_s);
    const QCommandLineOption poll(u"poll-interval"_s, Text::tr("apply: milliseconds between state checks."), u"ms"_s,
                                  u"2000"_s);
    const QCommandLineOption verifyTimeout(
        u"verify-timeout"_s, Text::tr("apply: seconds to wait for each instance to reach its expected state."),
        u"seconds"_s, u"300"_s);
    parser.addOptions({help,    account, provider, endpoint,       region,       state,        charge,
                       recycle, all,     release,  releaseAddress, releaseDisks, yes,          format,
                       report,  proxy,   history,  language,       poll,         verifyTimeout});
    const QCommandLineOption caFile(
        u"ca-file"_s, Text::tr("Also trust the CA certificates in FILE (PEM), e.g. of a network that inspects TLS."),
        u"file"_s);
    parser.addOption(caFile);
    CtlHistoryOptions::add(parser);
    const CtlSelectionOptions selection;
    parser.addOptions(selection.options());
    const QCommandLineOption out(u"out"_s, Text::tr("plan: also save the plan to FILE (see show and apply FILE)."),
                                 u"file"_s);
    const QCommandLineOption maxAge(
        u"max-age"_s, Text::tr("show/apply FILE: refuse a saved plan older than this, e.g. 36h or 7d (default 24h)."),
        u"duration"_s);
    parser.addOptions({out, maxAge, version});
    parser.addPositionalArgument(u"command"_s, Text::tr("list, plan, apply, show, accounts, history or unconfirmed"));
    parser.addPositionalArgument(u"ids"_s, Text::tr("Instance ids for plan and apply."), u"[ID...]"_s);

    auto fail = [error](const QString& message) -> std::optional<CtlRequest> {
        *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        *helpText = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *helpText = u"teardownctl %1\n"_s.arg(QLatin1StringView(BuildInfo::version));
        return std::nullopt;
    }

    CtlRequest request;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Text::tr("No command given. Try --help."));
    const auto command = commandFrom(positional.first());
    if (!command)
        return fail(Text::tr("Unknown command \"%1\". Try --help.").arg(positional.first()));
    request.command = *command;
    if (request.command == CtlRequest::Command::Apply && positional.size() > 2) {
        const QStringList rest = positional.mid(1);
        if (std::any_of(rest.cbegin(), rest.cend(), isPlanFileArgument)) {
            QStringList ids = rest;
            ids.removeIf(isPlanFileArgument);
            return fail(
                Text::tr("A saved plan's instances and options come from the file; remove %1.").arg(ids.join(u", "_s)));
        }
    }
    const bool savedPlan = request.command == CtlRequest::Command::Show
        || (request.command == CtlRequest::Command::Apply && positional.size() == 2
            && isPlanFileArgument(positional[1]));
    if (savedPlan) {
        if (positional.size() != 2)
            return fail(Text::tr("show takes one saved plan: teardownctl show FILE."));
        request.planFile = positional[1];
        // What a saved plan acts on, and how, is in the file: nothing may widen or change it here.
        QStringList selecting;
        for (const QCommandLineOption* option :
             {&all, &region, &state, &charge, &recycle, &release, &releaseAddress, &releaseDisks, &out}) {
            if (parser.isSet(*option))
                selecting << u"--"_s + option->names().constFirst();
        }
        for (const QCommandLineOption& option : selection.options()) {
            if (parser.isSet(option))
                selecting << u"--"_s + option.names().constFirst();
        }
        if (!selecting.isEmpty())
            return fail(Text::tr("A saved plan's instances and options come from the file; remove %1.")
                            .arg(selecting.join(u", "_s)));
    } else {
        request.instanceIds = splitValues(positional.mid(1));
    }
    if (parser.isSet(maxAge)) {
        if (!savedPlan)
            return fail(Text::tr("--max-age applies to show FILE and apply FILE only."));
        QString problem;
        const std::optional<qint64> seconds = TimeInput::durationSeconds(parser.value(maxAge), &problem);
        if (!seconds)
            return fail(problem);
        request.maxAgeSeconds = *seconds;
    }
    request.outPath = parser.value(out);
    if (!request.outPath.isEmpty() && request.command != CtlRequest::Command::Plan)
        return fail(Text::tr("--out is taken by plan only."));

    const bool acts =
        !savedPlan && (request.command == CtlRequest::Command::Plan || request.command == CtlRequest::Command::Apply);
    if (!acts && !request.instanceIds.isEmpty())
        return fail(Text::tr("Instance ids are only taken by plan and apply."));
    if (acts && request.instanceIds.isEmpty() && !parser.isSet(all))
        return fail(Text::tr("Name the instances to act on, or use --all with filters."));
    if (acts && !request.instanceIds.isEmpty() && parser.isSet(all))
        return fail(Text::tr("Give instance ids or --all, not both."));

    request.account = parser.value(account);
    request.adHoc = parser.isSet(provider) || parser.isSet(endpoint);
    if (parser.isSet(provider)) {
        const auto dialect = dialectFromKey(parser.value(provider));
        if (!dialect)
            return fail(Text::tr("Unknown provider \"%1\".").arg(parser.value(provider)));
        request.dialect = *dialect;
    }
    if (parser.isSet(endpoint)) {
        request.endpoint = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!request.endpoint.isValid() || request.endpoint.host().isEmpty())
            return fail(Text::tr("\"%1\" is not a valid endpoint URL.").arg(parser.value(endpoint)));
    }
    if (!request.account.isEmpty() && (parser.isSet(provider) || parser.isSet(endpoint)))
        return fail(Text::tr("Use either --account or --provider/--endpoint, not both."));
    if (!CtlHistoryOptions::read(parser, &request, error))
        return std::nullopt;
    // A saved plan names its accounts, and so may a policy; for other commands that open an
    // account, say which.
    const bool opensAnAccount = acts || request.command == CtlRequest::Command::List;
    if (opensAnAccount && request.account.isEmpty() && !request.adHoc && !parser.isSet(u"policy"_s))
        return fail(Text::tr("Say which account to use: --account, or --provider with --endpoint."));

    if (parser.isSet(proxy)) {
        QString problem;
        request.proxy = proxyFrom(parser.value(proxy), &problem);
        if (!request.proxy)
            return fail(problem);
    }

    request.regions = splitValues(parser.values(region));
    request.states = splitValues(parser.values(state));
    request.chargeTypes = splitValues(parser.values(charge));
    request.recycleBinOnly = parser.isSet(recycle);
    request.all = parser.isSet(all);
    request.intent = parser.isSet(release) ? Intent::Release : Intent::Return;
    request.planOptions.releaseAddress = parser.isSet(releaseAddress);
    request.planOptions.releasePrepaidDataDisks = parser.isSet(releaseDisks);
    request.yes = parser.isSet(yes);
    request.reportPath = parser.value(report);
    request.historyPath = parser.value(history);
    request.caFile = parser.value(caFile);
    request.language = parser.value(language);

    const auto parsedFormat = formatFrom(parser.value(format));
    if (!parsedFormat)
        return fail(Text::tr("Unknown format \"%1\": use table, json or csv.").arg(parser.value(format)));
    request.format = *parsedFormat;
    if ((acts || savedPlan) && request.format == CtlRequest::Format::Csv)
        return fail(Text::tr("plan, apply and show print a table or json, not csv."));

    bool ok = false;
    request.pollIntervalMs = parser.value(poll).toInt(&ok);
    if (!ok || request.pollIntervalMs < 50)
        return fail(Text::tr("--poll-interval needs a number of milliseconds (at least 50)."));
    request.verifyTimeoutS = parser.value(verifyTimeout).toInt(&ok);
    if (!ok || request.verifyTimeoutS < 1)
        return fail(Text::tr("--verify-timeout needs a number of seconds (at least 1)."));
    if (!selection.read(parser, parser.isSet(provider) || parser.isSet(endpoint), &request, error))
        return std::nullopt;
    return request;
}

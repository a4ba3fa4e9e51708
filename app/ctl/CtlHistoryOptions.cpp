#include "CtlHistoryOptions.h"

#include "TimeInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

const QString kInstance = u"instance"_s;
const QString kSince = u"since"_s;
const QString kDestructive = u"destructive"_s;
const QString kOutcome = u"outcome"_s;
const QString kVerify = u"verify"_s;

bool failWith(QString* error, const QString& message)
{
    *error = message;
    return false;
}

} // namespace

namespace CtlHistoryOptions {

void add(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(kInstance, Text::tr("history: only calls that named this instance."), u"id"_s));
    parser.addOption(
        QCommandLineOption(kSince,
                           Text::tr("history: only calls sent since then: a date (2026-11-30, UTC), a date and time "
                                    "(2026-11-30T08:00:00Z; UTC unless it has an offset) or a duration before now "
                                    "(90m, 36h, 7d, 2w)."),
                           u"when"_s));
    parser.addOption(QCommandLineOption(kDestructive,
                                        Text::tr("history: only destructive calls (returns, releases, lifts of "
                                                 "termination protection).")));
    parser.addOption(QCommandLineOption(
        kOutcome,
        Text::tr("history: only calls with this outcome: succeeded, failed, unknown (the reply was lost, "
                 "or the call was reviewed later) or sent (sent, never confirmed)."),
        u"outcome"_s));
    parser.addOption(QCommandLineOption(
        kVerify,
        Text::tr("unconfirmed: re-read the calls' instances through their stored accounts and record "
                 "what they show.")));
}

bool read(const QCommandLineParser& parser, CtlRequest* request, QString* error)
{
    const bool history = request->command == CtlRequest::Command::History;
    const bool unconfirmed = request->command == CtlRequest::Command::Unconfirmed;
    for (const QString& filter : {kInstance, kSince, kDestructive, kOutcome}) {
        if (!history && parser.isSet(filter))
            return failWith(error, Text::tr("--%1 filters the history: use it with the history command.").arg(filter));
    }
    if (!unconfirmed && parser.isSet(kVerify))
        return failWith(error, Text::tr("--verify is taken by the unconfirmed command only."));
    if (!history && !unconfirmed)
        return true;
    if (parser.isSet(u"provider"_s) || parser.isSet(u"endpoint"_s))
        return failWith(error,
                        Text::tr("history and unconfirmed read the history database and the stored accounts: "
                                 "they take no --provider or --endpoint."));
    if (unconfirmed && parser.isSet(u"account"_s))
        return failWith(error, Text::tr("unconfirmed covers the calls of every account: it takes no --account."));

    CtlHistoryQuery& query = request->historyQuery;
    query.instanceId = parser.value(kInstance).trimmed();
    if (parser.isSet(kInstance) && query.instanceId.isEmpty())
        return failWith(error, Text::tr("--instance needs an instance id."));
    if (parser.isSet(kSince)) {
        const std::optional<QDateTime> since =
            TimeInput::momentOrAgo(parser.value(kSince), QDateTime::currentDateTimeUtc());
        if (!since)
            return failWith(error,
                            Text::tr("\"%1\" is not a time for --since: use a date (2026-11-30), a date and time "
                                     "(2026-11-30T08:00:00Z) or a duration (36h, 7d).")
                                .arg(parser.value(kSince)));
        query.since = *since;
    }
    query.destructiveOnly = parser.isSet(kDestructive);
    if (parser.isSet(kOutcome)) {
        query.outcome = callStatusForKey(parser.value(kOutcome).trimmed().toLower());
        if (!query.outcome)
            return failWith(error,
                            Text::tr("Unknown outcome \"%1\": use succeeded, failed, unknown or sent.")
                                .arg(parser.value(kOutcome)));
    }
    query.verify = parser.isSet(kVerify);
    return true;
}

} // namespace CtlHistoryOptions

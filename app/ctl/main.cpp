// teardownctl: list, plan and return instances from a terminal or a script, through the same
// engine as the console, and read the history of the calls both made. Exit codes: see ExitCode.h.

#include "AccountStore.h"
#include "AppIdentity.h"
#include "CtlHistory.h"
#include "CtlOutput.h"
#include "CtlPlanFile.h"
#include "CtlRequest.h"
#include "CtlSession.h"
#include "CtlUnconfirmed.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "TextTable.h"
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

// --language is needed before the arguments are parsed, so that parse errors are translated too.
QString languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i].startsWith(u"--language="_s))
            return arguments[i].mid(11);
        if (arguments[i] == u"--language"_s && i + 1 < arguments.size())
            return arguments[i + 1];
    }
    return TranslationLoader::languageFor(QLocale());
}

int listAccounts()
{
    AccountStore store;
    TextTable table({Text::tr("NAME"), Text::tr("ID"), Text::tr("PROVIDER"), Text::tr("KEY ID"), Text::tr("ENDPOINT"),
                     Text::tr("FLAGS")});
    for (const Account& a : store.accounts()) {
        QStringList flags;
        if (a.production)
            flags << Text::tr("production");
        if (a.readOnly)
            flags << Text::tr("read-only");
        table.addRow({a.name, a.id, dialectDisplayName(a.dialect), a.keyId, a.endpoint.toString(), flags.join(u',')});
    }
    Terminal::print(table.render());
    return ExitCode::Success;
}

int fail(const CtlFailure& failure)
{
    Terminal::printError(failure.message + u'\n');
    return failure.code;
}

int list(CtlSession& session, const CtlRequest& request)
{
    // Printed as the pages arrive; what could be read is still worth printing when one region failed.
    ListingWriter output(request.format, &Terminal::write);
    const CtlFailure failure = session.listInstances(output);
    output.finish(failure.isFailure());
    return failure.isFailure() ? fail(failure) : ExitCode::Success;
}

bool confirmed(const TeardownPlan& plan, const CtlRequest& request)
{
    if (request.yes)
        return true;
    if (!Terminal::isInteractive()) {
        Terminal::printError(Text::tr("Not on a terminal: nothing was returned. Add --yes to apply without asking.")
                             + u'\n');
        return false;
    }
    Terminal::print(CtlOutput::confirmationPrompt(plan));
    const QString answer = Terminal::readLine();
    if (plan.requiresTypedConfirmation())
        return answer == plan.confirmationPhrase();
    return answer.compare(u"y"_s, Qt::CaseInsensitive) == 0 || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

bool writeReport(const RunReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? report.toCsv() : report.toJson());
    return file.commit();
}

int exitCodeFor(const RunReport& report, int notFound)
{
    if (report.count(RunState::Failed) > 0 || report.count(RunState::Unknown) > 0)
        return ExitCode::RunFailed;
    if (report.canceled)
        return ExitCode::NotConfirmed;
    if (notFound > 0 || report.count(RunState::Blocked) > 0 || report.count(RunState::Skipped) > 0)
        return ExitCode::SomeBlocked;
    return ExitCode::Success;
}

// The plan shown, confirmed by the operator, then run to its end.
int confirmAndRun(CtlSession& session, const CtlRequest& request, const TeardownPlan& plan, const QStringList& notFound)
{
    const bool someBlocked = plan.blockedCount() > 0 || !notFound.isEmpty();
    if (plan.isEmpty()) {
        Terminal::printError(Text::tr("Nothing to do: no instance of the selection can be returned.") + u'\n');
        return someBlocked ? ExitCode::SomeBlocked : ExitCode::Success;
    }
    if (!confirmed(plan, request)) {
        Terminal::printError(Text::tr("Not confirmed: nothing was returned.") + u'\n');
        return ExitCode::NotConfirmed;
    }

    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &session, [&session] {
        Terminal::printError(Text::tr("Canceling after the calls already sent…") + u'\n');
        session.interrupt();
    });
    int finished = 0;
    const int total = plan.allowedCount(); // what is to be sent: blocked instances are not progress
    const RunReport report = session.apply(
        [&finished, total](const InstanceResult& result) {
            if (!isFinal(result.state))
                return;
            ++finished;
            Terminal::print(CtlOutput::progress(result, finished, total));
        },
        [](const RunLogEntry& entry) {
            if (entry.problem)
                Terminal::printError(CtlOutput::logLine(entry));
        });
    Terminal::print(CtlOutput::summary(report));
    if (!request.reportPath.isEmpty() && !writeReport(report, request.reportPath))
        Terminal::printError(Text::tr("Could not write the report to %1.").arg(request.reportPath) + u'\n');
    return exitCodeFor(report, int(notFound.size()));
}

int planAndApply(CtlSession& session, const CtlRequest& request)
{
    CtlSelection selection;
    if (const CtlFailure f = session.select(&selection); f.isFailure())
        return fail(f);
    const TeardownPlan plan = session.plan(selection.instances);
    Terminal::print(CtlOutput::plan(plan, selection.notFound, request.format));
    const bool someBlocked = plan.blockedCount() > 0 || !selection.notFound.isEmpty();

    if (request.command == CtlRequest::Command::Plan) {
        if (!request.outPath.isEmpty()) {
            if (const CtlFailure f = session.savePlan(request.outPath); f.isFailure())
                return fail(f);
            Terminal::printError(Text::tr("Plan saved to %1. Review it with teardownctl show %1; apply it with "
                                          "teardownctl apply %1.")
                                     .arg(request.outPath)
                                 + u'\n');
        }
        return someBlocked ? ExitCode::SomeBlocked : ExitCode::Success;
    }
    return confirmAndRun(session, request, plan, selection.notFound);
}

// apply FILE: the saved plan's accounts opened, its instances read again, then confirmed as any plan.
int applyPlanFile(CtlSession& session, const CtlRequest& request)
{
    PlanFile file;
    if (const CtlFailure f = CtlPlanFile::read(request.planFile, &file); f.isFailure())
        return fail(f);
    if (const CtlFailure f = session.openForPlan(file); f.isFailure())
        return fail(f);
    for (const QString& warning : session.warnings())
        Terminal::printError(warning + u'\n');
    TeardownPlan plan;
    if (const CtlFailure f = session.planFromFile(file, &plan); f.isFailure())
        return fail(f);
    if (request.format == CtlRequest::Format::Table)
        Terminal::print(CtlPlanFile::header(request.planFile, file, QDateTime::currentDateTimeUtc()));
    Terminal::print(CtlOutput::plan(plan, {}, request.format));
    return confirmAndRun(session, request, plan, {});
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList arguments = QCoreApplication::arguments();

    TranslationLoader translations;
    QString language = languageFromArguments(arguments);
    if (!translations.apply(language)) {
        Terminal::printError(u"Unknown language \"%1\": use en or zh_CN.\n"_s.arg(language));
        return ExitCode::UsageError;
    }

    QString error;
    QString help;
    std::optional<CtlRequest> request = parseCtlRequest(arguments, &error, &help);
    if (!request) {
        if (!help.isEmpty()) {
            Terminal::print(help);
            return ExitCode::Success;
        }
        Terminal::printError(error + u'\n');
        return ExitCode::UsageError;
    }
    request->language = translations.language();

    if (request->command == CtlRequest::Command::Accounts)
        return listAccounts();
    if (request->command == CtlRequest::Command::History)
        return CtlHistory::list(*request);
    if (request->command == CtlRequest::Command::Unconfirmed)
        return CtlUnconfirmed::run(*request);
    if (request->command == CtlRequest::Command::Show)
        return CtlPlanFile::show(*request);

    CtlSession session(*request);
    if (!request->planFile.isEmpty())
        return applyPlanFile(session, *request);
    const bool destructive = request->command == CtlRequest::Command::Apply;
    if (const CtlFailure f = session.open(destructive); f.isFailure())
        return fail(f);
    for (const QString& warning : session.warnings())
        Terminal::printError(warning + u'\n');

    if (request->command == CtlRequest::Command::List)
        return list(session, *request);
    return planAndApply(session, *request);
}

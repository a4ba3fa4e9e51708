#include "CtlHistory.h"

#include "AccountStore.h"
#include "CtlHistoryOutput.h"
#include "History.h"
#include "Terminal.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

QString pathOf(const CtlRequest& request)
{
    return request.historyPath.isEmpty() ? History::defaultPath() : request.historyPath;
}

HistoryFilter filterFor(const CtlRequest& request)
{
    const CtlHistoryQuery& query = request.historyQuery;
    HistoryFilter filter;
    filter.instanceId = query.instanceId;
    if (!request.account.isEmpty()) {
        // A stored account by its name or id: every call made through it, under any name it had.
        // Otherwise the id or the name a call was recorded with (an ad-hoc account, one removed since).
        const std::optional<Account> stored = AccountStore().find(request.account);
        filter.account = stored ? stored->id : request.account;
    }
    filter.since = query.since;
    filter.destructiveOnly = query.destructiveOnly;
    filter.status = query.outcome;
    return filter;
}

} // namespace

namespace CtlHistory {

CtlFailure openExisting(History& history, const CtlRequest& request, bool* exists)
{
    const QString path = pathOf(request);
    *exists = QFileInfo::exists(path);
    if (!*exists || history.open(path))
        return {};
    return {ExitCode::AccountError,
            Text::tr("The history database %1 could not be read: %2").arg(path, history.errorString())};
}

int list(const CtlRequest& request)
{
    History history;
    bool exists = false;
    if (const CtlFailure f = openExisting(history, request, &exists); f.isFailure()) {
        Terminal::printError(f.message + u'\n');
        return f.code;
    }
    const HistoryFilter filter = filterFor(request);
    QList<CallRecord> calls;
    if (exists)
        calls = history.calls(filter);
    else
        Terminal::printError(Text::tr("No call has been recorded yet: %1 does not exist.").arg(pathOf(request))
                             + u'\n');
    Terminal::print(CtlHistoryOutput::calls(calls, request.format));
    if (calls.size() >= filter.limit)
        Terminal::printError(
            Text::tr("Only the newest %n calls are shown; narrow the filters to see older ones.", nullptr, filter.limit)
            + u'\n');
    return ExitCode::Success;
}

} // namespace CtlHistory

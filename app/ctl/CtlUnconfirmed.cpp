#include "CtlUnconfirmed.h"

#include "AccountStore.h"
#include "CtlHistory.h"
#include "CtlHistoryOutput.h"
#include "CtlSession.h"
#include "ErrorCatalog.h"
#include "History.h"
#include "Terminal.h"
#include "UnconfirmedReview.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

bool isStored(const QString& accountId)
{
    for (const Account& account : AccountStore().accounts()) {
        if (account.id == accountId)
            return true;
    }
    return false;
}

// The stored account a call went through, opened as `--account` opens one (its secret from the
// keychain, the command's --proxy and --ca-file); null with `problem` set when it cannot be.
std::unique_ptr<CtlSession> openAccount(const CtlRequest& request, const CallRecord& call, QString* problem)
{
    const QString name = call.accountName.isEmpty() ? call.accountId : call.accountName;
    // By id only: a call names the account it went through, never another one that has its name now.
    if (!isStored(call.accountId)) {
        *problem = Text::tr("The account %1 (%2) is not configured here.").arg(name, call.accountId);
        return nullptr;
    }
    CtlRequest forAccount = request;
    forAccount.command = CtlRequest::Command::List;
    forAccount.account = call.accountId;
    auto session = std::make_unique<CtlSession>(forAccount);
    if (const CtlFailure f = session->open(false); f.isFailure()) {
        *problem = Text::tr("The account %1 cannot be read: %2").arg(name, f.message);
        return nullptr;
    }
    for (const QString& warning : session->warnings())
        Terminal::printError(warning + u'\n');
    return session;
}

// Reads every call's instances again, one account after the other; each account is opened once.
QHash<qint64, CallFinding> verify(const CtlRequest& request, const QList<CallRecord>& calls)
{
    QHash<qint64, CallFinding> findings;
    QHash<QString, std::shared_ptr<CtlSession>> sessions;
    QHash<QString, QString> problems; // by account id: why it cannot be read
    for (const CallRecord& call : calls) {
        if (!sessions.contains(call.accountId) && !problems.contains(call.accountId)) {
            QString problem;
            std::unique_ptr<CtlSession> session = openAccount(request, call, &problem);
            if (session)
                sessions.insert(call.accountId, std::move(session));
            else
                problems.insert(call.accountId, problem);
        }
        if (problems.contains(call.accountId)) {
            findings.insert(call.id, UnconfirmedReview::unreadable(problems.value(call.accountId)));
            continue;
        }
        QList<Instance> found;
        const CtlFailure f = sessions.value(call.accountId)->readInstances(call.region, call.instanceIds, &found);
        findings.insert(call.id,
                        f.isFailure() ? UnconfirmedReview::unreadable(Text::tr("Not readable: %1").arg(f.message))
                                      : UnconfirmedReview::find(call, found));
    }
    return findings;
}

QString summary(int remaining)
{
    if (remaining == 0)
        return Text::tr("No call is left unconfirmed.") + u'\n';
    return Text::tr("%n call(s) still unconfirmed. Check their instances before acting on them again: "
                    "teardownctl unconfirmed --verify, or the console.",
                    nullptr, remaining)
        + u'\n';
}

} // namespace

namespace CtlUnconfirmed {

int run(const CtlRequest& request)
{
    History history;
    bool exists = false;
    if (const CtlFailure f = CtlHistory::openExisting(history, request, &exists); f.isFailure()) {
        Terminal::printError(f.message + u'\n');
        return f.code;
    }
    const bool table = request.format == CtlRequest::Format::Table;
    UnconfirmedReview review(history); // empty when there is no history yet
    const QList<CallRecord> calls = review.calls();
    QList<UnconfirmedRow> rows;
    if (!request.historyQuery.verify) {
        for (const CallRecord& call : calls)
            rows << UnconfirmedRow{call, true, {}};
    } else if (!calls.isEmpty()) {
        const QHash<qint64, CallFinding> findings = verify(request, calls);
        QHash<qint64, QString> notes;
        for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
            if (it->readable)
                notes.insert(it.key(), it->note());
        }
        if (!review.markReviewed(notes))
            Terminal::printError(
                Text::tr("Some calls could not be marked in the history database: %1").arg(history.errorString())
                + u'\n');
        QSet<qint64> remaining;
        for (const CallRecord& call : review.calls())
            remaining.insert(call.id);
        for (CallRecord call : calls) {
            const CallFinding finding = findings.value(call.id);
            const bool still = remaining.contains(call.id);
            if (!still) {
                call.status = CallStatus::Unknown;
                call.verificationNote = notes.value(call.id);
            }
            rows << UnconfirmedRow{call, still, finding.note()};
        }
    }
    if (!rows.isEmpty() || !table)
        Terminal::print(CtlHistoryOutput::unconfirmed(rows, request.historyQuery.verify, request.format));
    const int remaining = int(review.calls().size());
    if (table)
        Terminal::print(summary(remaining));
    return remaining == 0 ? ExitCode::Success : ExitCode::CallsUnconfirmed;
}

} // namespace CtlUnconfirmed

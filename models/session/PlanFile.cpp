#include "PlanFile.h"

#include "DisplayFormat.h"
#include "DurationText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class OriginText
{
    Q_DECLARE_TR_FUNCTIONS(PlanOrigin)
};

} // namespace

PlanOrigin PlanOrigin::current(const QDateTime& now)
{
    PlanOrigin origin;
    origin.user = qEnvironmentVariable("USER");
    if (origin.user.isEmpty())
        origin.user = qEnvironmentVariable("LOGNAME");
    origin.host = QSysInfo::machineHostName();
    origin.tool = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
#ifdef TEARDOWN_VERSION
    origin.tool += u' ' + QStringLiteral(TEARDOWN_VERSION);
#endif
    origin.savedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return origin;
}

QString PlanOrigin::describe(const QDateTime& now) const
{
    const QString who = user.isEmpty() ? OriginText::tr("an unknown user") : user;
    const QString where = host.isEmpty() ? OriginText::tr("an unknown machine") : host;
    const qint64 age = ageSeconds(now);
    const QString when = age < 0 ? OriginText::tr("in the future by %1").arg(DurationText::format(-age))
                                 : OriginText::tr("%1 ago").arg(DurationText::format(age));
    const QString at = DisplayFormat::timeWithZone(savedAt);
    if (tool.isEmpty())
        return OriginText::tr("Planned by %1 on %2 at %3, %4.").arg(who, where, at, when);
    return OriginText::tr("Planned by %1 on %2 at %3, %4, with %5.").arg(who, where, at, when, tool);
}

PlanFile PlanFile::fromPlan(const TeardownPlan& plan, const QList<Account>& accounts, const PlanOrigin& origin)
{
    PlanFile file;
    file.origin = origin;
    file.plan.intent = plan.intent;
    file.plan.options = plan.options;
    file.plan.items = plan.items;
    file.plan.refunds = plan.refunds;
    if (plan.quoteError.isError())
        file.plan.quoteError = ProviderError::local(plan.quoteError.code); // only its code is saved
    for (PlannedCall call : plan.calls) {
        call.request.clear(); // made again from the call where the plan is opened
        file.plan.calls << call;
    }
    // The accounts the plan names, in the order it first names them.
    for (const PlanItem& item : plan.items) {
        if (file.account(item.instance.accountId))
            continue;
        const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                     [&](const Account& a) { return a.id == item.instance.accountId; });
        PlanFileAccount saved;
        saved.id = item.instance.accountId;
        if (it != accounts.cend()) {
            saved.name = it->name;
            saved.dialect = it->dialect;
            saved.keyId = it->keyId;
        }
        file.accounts << saved;
    }
    return file;
}

const PlanFileAccount* PlanFile::account(const QString& id) const
{
    const auto it =
        std::find_if(accounts.cbegin(), accounts.cend(), [&](const PlanFileAccount& a) { return a.id == id; });
    return it == accounts.cend() ? nullptr : &*it;
}

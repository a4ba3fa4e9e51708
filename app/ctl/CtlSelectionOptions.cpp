#include "CtlSelectionOptions.h"

#include "CtlRequest.h"
#include "TimeInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

template<typename T, typename Parse>
bool parseAll(const QStringList& values, QList<T>* into, Parse parse, QString* error)
{
    for (const QString& value : values) {
        const std::optional<T> parsed = parse(value, error);
        if (!parsed)
            return false;
        into->append(*parsed);
    }
    return true;
}

bool parseDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDateTime* into, QString* error)
{
    if (!parser.isSet(option))
        return true;
    const std::optional<QDateTime> date = TimeInput::dateOrDateTime(parser.value(option), error);
    if (!date) {
        *error = u"--%1: "_s.arg(option.names().constFirst()) + *error;
        return false;
    }
    *into = *date;
    return true;
}

} // namespace

CtlSelectionOptions::CtlSelectionOptions()
    : m_tag(u"tag"_s, Text::tr("Only instances tagged KEY, or KEY=VALUE (repeatable: all must match)."),
            u"key[=value]"_s)
    , m_excludeTag(u"exclude-tag"_s, Text::tr("Leave out instances tagged KEY, or KEY=VALUE (repeatable)."),
                   u"key[=value]"_s)
    , m_name(u"name"_s,
             Text::tr("Only instances whose name matches: a glob (ci-*, web-0?) or a regular expression /.../."),
             u"pattern"_s)
    , m_createdBefore(u"created-before"_s,
                      Text::tr("Only instances created before this ISO 8601 date or date-time (UTC unless it says)."),
                      u"date"_s)
    , m_createdAfter(u"created-after"_s,
                     Text::tr("Only instances created at or after this ISO 8601 date or date-time."), u"date"_s)
    , m_olderThan(u"older-than"_s, Text::tr("Only instances created longer ago than this: 90m, 36h, 7d or 2w."),
                  u"duration"_s)
    , m_policy(u"policy"_s, Text::tr("Also select with the policy in FILE.json (see docs/policy-format.md)."),
               u"file"_s)
    , m_ignoreKeepTags(u"ignore-keep-tags"_s,
                       Text::tr("plan/apply: also act on instances tagged teardown:keep or teardown:keep-until "
                                "(typed confirmation)."))
    , m_liftProtection(u"lift-protection"_s,
                       Text::tr("plan/apply: lift the termination protection of protected Tencent Cloud API 3.0 "
                                "instances first, then return them (typed confirmation)."))
    , m_liftProtectionOnProduction(u"lift-protection-on-production"_s,
                                   Text::tr("plan/apply, with --lift-protection: lift it on production accounts "
                                            "too."))
{ }

QList<QCommandLineOption> CtlSelectionOptions::options() const
{
    return {m_tag,       m_excludeTag, m_name,           m_createdBefore,  m_createdAfter,
            m_olderThan, m_policy,     m_ignoreKeepTags, m_liftProtection, m_liftProtectionOnProduction};
}

QString CtlSelectionOptions::description()
{
    return Text::tr("Selection (list, and plan/apply with --all): --tag, --exclude-tag, --name, --created-before,\n"
                    "--created-after and --older-than all apply, with --region, --state and --charge-type;\n"
                    "--policy FILE.json adds a policy file's accounts, regions and include/exclude sets.\n"
                    "Instances tagged teardown:keep (any value but false) or teardown:keep-until (an RFC 3339\n"
                    "time still to come) are blocked in plans unless --ignore-keep-tags is given.\n"
                    "Instances under termination protection are blocked unless --lift-protection is given\n"
                    "(Tencent Cloud API 3.0 only): their protection is lifted with ModifyInstancesAttribute,\n"
                    "then they are returned; production accounts also need --lift-protection-on-production.");
}

bool CtlSelectionOptions::read(const QCommandLineParser& parser, bool adHocAccount, CtlRequest* request,
                               QString* error) const
{
    request->planOptions.ignoreKeepTags = parser.isSet(m_ignoreKeepTags);
    request->planOptions.liftProtection = parser.isSet(m_liftProtection);
    request->planOptions.liftProtectionOnProduction = parser.isSet(m_liftProtectionOnProduction);
    if (request->planOptions.liftProtectionOnProduction && !request->planOptions.liftProtection) {
        *error = Text::tr("--lift-protection-on-production goes with --lift-protection.");
        return false;
    }
    SelectionFilter& filter = request->filter;
    if (!parseAll(parser.values(m_tag), &filter.tags, &TagSpec::parse, error)
        || !parseAll(parser.values(m_excludeTag), &filter.excludedTags, &TagSpec::parse, error)
        || !parseAll(parser.values(m_name), &filter.names, &NamePattern::parse, error)
        || !parseDate(parser, m_createdBefore, &filter.createdBefore, error)
        || !parseDate(parser, m_createdAfter, &filter.createdAfter, error))
        return false;
    if (parser.isSet(m_olderThan)) {
        const std::optional<qint64> seconds = TimeInput::durationSeconds(parser.value(m_olderThan), error);
        if (!seconds) {
            *error = u"--older-than: "_s + *error;
            return false;
        }
        filter.olderThanSeconds = *seconds;
    }
    if (parser.isSet(m_policy)) {
        request->policy = SelectionPolicy::read(parser.value(m_policy), error);
        if (!request->policy)
            return false;
    }

    const bool selects = !filter.isEmpty() || request->policy;
    if (selects && !request->instanceIds.isEmpty()) {
        *error = Text::tr("--tag, --exclude-tag, --name, --created-before, --created-after, --older-than and --policy "
                          "select instances with --all; they do not apply to instance ids.");
        return false;
    }
    if (request->policy && request->command != CtlRequest::Command::Accounts) {
        // A policy written for one account is the account to use; for several, the operator chooses.
        const QStringList& accounts = request->policy->accounts;
        if (request->account.isEmpty() && !adHocAccount && accounts.size() == 1)
            request->account = accounts.first();
        if (request->account.isEmpty() && !adHocAccount) {
            *error = accounts.isEmpty()
                ? Text::tr("Say which account to use: --account, or --provider with --endpoint.")
                : Text::tr("The policy is for the accounts %1: choose one with --account.").arg(accounts.join(u", "_s));
            return false;
        }
        // Listed where the policy says, unless the command line narrows it (both apply).
        if (request->regions.isEmpty())
            request->regions = request->policy->filter.regions;
    }
    return true;
}

namespace CtlFilters {

void keepSelected(const CtlRequest& request, QList<Instance>* instances, const QDateTime& now)
{
    instances->removeIf([&](const Instance& instance) {
        return !request.filter.matches(instance, now)
            || (request.policy && !request.policy->filter.matches(instance, now));
    });
}

QString policyRefusal(const CtlRequest& request, const Account& account, bool adHocAccount)
{
    if (!request.policy || request.policy->accounts.isEmpty())
        return {};
    const QString accounts = request.policy->accounts.join(u", "_s);
    if (adHocAccount)
        return Text::tr("The policy is for the stored accounts %1; use one of them with --account, not --provider.")
            .arg(accounts);
    if (!request.policy->covers(account.name, account.id))
        return Text::tr("The policy is for the accounts %1, not for %2: nothing was listed.")
            .arg(accounts, account.name);
    return {};
}

} // namespace CtlFilters

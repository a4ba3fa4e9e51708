#pragma once

#include "Instance.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>

class QCommandLineParser;
struct Account;
struct CtlRequest;

// teardownctl's selection by tags, names, dates, age and policy file, the keep-tag override and
// lifting termination protection: --tag, --exclude-tag, --name, --created-before, --created-after,
// --older-than, --policy, --ignore-keep-tags, --lift-protection and --lift-protection-on-production. What they select
// is decided by SelectionFilter (core), the same rule the console's filter bar uses; this only reads them from the
// command line and the policy file.
class CtlSelectionOptions
{
public:
    CtlSelectionOptions();

    QList<QCommandLineOption> options() const;
    // The help's paragraph on them.
    static QString description();

    // Reads them into the request once the parser has parsed and the rest of the request is read
    // (a policy for one account names the account; its regions are listed unless --region is
    // given). `adHocAccount`: --provider or --endpoint was given. False with `error` set (translated) when a value or
    // the policy file is refused; nothing has been listed then.
    bool read(const QCommandLineParser& parser, bool adHocAccount, CtlRequest* request, QString* error) const;

private:
    QCommandLineOption m_tag;
    QCommandLineOption m_excludeTag;
    QCommandLineOption m_name;
    QCommandLineOption m_createdBefore;
    QCommandLineOption m_createdAfter;
    QCommandLineOption m_olderThan;
    QCommandLineOption m_policy;
    QCommandLineOption m_ignoreKeepTags;
    QCommandLineOption m_liftProtection;
    QCommandLineOption m_liftProtectionOnProduction;
};

namespace CtlFilters {
// Keeps the instances that the command line's filters and the policy's both select.
void keepSelected(const CtlRequest& request, QList<Instance>* instances, const QDateTime& now);
// Empty when the request's policy may be used with this account; otherwise why not (translated).
QString policyRefusal(const CtlRequest& request, const Account& account, bool adHocAccount);
} // namespace CtlFilters

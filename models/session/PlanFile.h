#pragma once

#include "Account.h"
#include "TeardownPlan.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Who saved a plan, where, when and with what.
struct PlanOrigin
{
    QString user; // the login name (USER, else LOGNAME)
    QString host; // the machine's host name
    QString tool; // the program and its version, e.g. "teardownctl 0.1.0"
    QDateTime savedAt; // UTC, whole seconds

    // This user on this machine with this program, now.
    static PlanOrigin current(const QDateTime& now);
    // "planned by alice on ops-laptop at 2026-11-30 17:09 (UTC+08:00), 3 h 20 min ago, with teardownctl 0.1.0"
    QString describe(const QDateTime& now) const;
    qint64 ageSeconds(const QDateTime& now) const { return savedAt.secsTo(now); }
    friend bool operator==(const PlanOrigin&, const PlanOrigin&) = default;
};

// An account as a saved plan names it: never a secret.
struct PlanFileAccount
{
    QString id; // the account's id where the plan was made
    QString name;
    Dialect dialect = Dialect::TencentApi3;
    QString keyId; // SecretId / AccessKeyId: the key the plan was made with
    friend bool operator==(const PlanFileAccount&, const PlanFileAccount&) = default;
};

// A plan saved to be reviewed and executed later, by someone else or elsewhere (docs/plan-format.md):
// the plan as it was shown — every instance with the facts it relied on and its expected outcome
// or the reason it is blocked, the calls, the refunds and the options — with its origin and its
// accounts. PlanFileWriter writes it, PlanFileReader reads and checks it; the TeardownController
// re-reads its instances before anything is sent.
struct PlanFile
{
    static constexpr int FormatVersion = 1;
    static constexpr qint64 DefaultMaxAgeSeconds = 24 * 3600;
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024; // a larger file is refused unread
    // A saving time this far ahead of the reader's clock is taken as the clocks' difference, not
    // as a plan from the future.
    static constexpr qint64 ClockToleranceSeconds = 300;

    PlanOrigin origin;
    QList<PlanFileAccount> accounts;
    // intent, options, items, calls (without their request text), refunds and, when a quote
    // failed, quoteError's code. Nothing else of a TeardownPlan is saved: what depends on the
    // accounts as they are configured (production marks, expiring credentials, the options offered)
    // is worked out again where the plan is opened.
    TeardownPlan plan;
    QString digest; // "sha256:" and 64 hex digits, as written or read

    // The plan as shown, its accounts as configured now, saved by `origin`.
    static PlanFile fromPlan(const TeardownPlan& plan, const QList<Account>& accounts, const PlanOrigin& origin);
    const PlanFileAccount* account(const QString& id) const;
};

#pragma once

#include "Account.h"
#include "CtlHistoryQuery.h"
#include "Dialect.h"
#include "PlanFile.h"
#include "SelectionPolicy.h"
#include "TeardownRules.h"

#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

// One teardownctl invocation, parsed and validated; nothing has touched the network yet.
struct CtlRequest
{
    enum class Command { List, Plan, Apply, Accounts, History, Unconfirmed, Show };
    enum class Format { Table, Json, Csv };

    Command command = Command::List;
    // Which account: a stored one, or an ad-hoc one from --provider/--endpoint and the environment.
    QString account;
    bool adHoc = false; // --provider or --endpoint given
    Dialect dialect = Dialect::TencentApi3;
    QUrl endpoint;
    QString caFile; // an extra CA to trust, instead of the stored account's own
    // --proxy: the proxy to use instead of the account's (or the environment's); its user and
    // password come from TEARDOWN_PROXY_USER / TEARDOWN_PROXY_PASSWORD, never the command line.
    std::optional<NetworkSettings> proxy;
    // What to look at.
    QStringList regions;
    QStringList states;
    QStringList chargeTypes;
    bool recycleBinOnly = false;
    // --tag, --exclude-tag, --name, --created-before/after, --older-than (CtlSelectionOptions).
    SelectionFilter filter;
    // --policy FILE.json: its filter applies too; its accounts are the ones it may be used with.
    std::optional<SelectionPolicy> policy;
    // What to act on.
    QStringList instanceIds;
    bool all = false;
    Intent intent = Intent::Return;
    PlanOptions planOptions;
    bool yes = false;
    // history and unconfirmed.
    CtlHistoryQuery historyQuery;
    // A saved plan (docs/plan-format.md): written by plan --out, read by show and apply FILE.
    QString outPath;
    QString planFile;
    qint64 maxAgeSeconds = PlanFile::DefaultMaxAgeSeconds;
    // Output.
    Format format = Format::Table;
    QString reportPath;
    QString historyPath;
    QString language;
    int pollIntervalMs = 2000;
    int verifyTimeoutS = 300;
};

// Parses the arguments; on failure `error` says why in the user's language and the result is empty.
// `helpText` receives --help or --version output when asked for (and the result is empty, error empty).
std::optional<CtlRequest> parseCtlRequest(const QStringList& arguments, QString* error, QString* helpText);

#pragma once

#include "CtlRequest.h"
#include "ExitCode.h"

#include "History.h"
#include "Instance.h"
#include "ListingWriter.h"
#include "ProviderDirectory.h"
#include "RunLane.h"
#include "RunReport.h"
#include "TeardownController.h"
#include "TeardownPlan.h"

#include <QObject>

#include <functional>

class TeardownRun;

// A failure on the way: the exit code it maps to and a translated message for stderr.
struct CtlFailure
{
    ExitCode code = ExitCode::Success;
    QString message;
    bool isFailure() const { return code != ExitCode::Success; }
};

// The selection for plan/apply: instances found, and the requested ids the provider does not list.
struct CtlSelection
{
    QList<Instance> instances;
    QStringList notFound;
};

// One account opened for one teardownctl command. The engine is asynchronous; a command-line tool
// reads best as a sequence, so each step here waits on a local event loop for the replies it started.
class CtlSession : public QObject
{
    Q_OBJECT

public:
    explicit CtlSession(const CtlRequest& request, QObject* parent = nullptr);
    ~CtlSession() override;

    // History first (a destructive call is never sent unrecorded), then the account and its secret.
    CtlFailure open(bool needsHistory);
    // apply FILE: the history, then the account given (--account, --provider) or else every stored
    // account that stands for one of the plan's (by id, or by provider and key id). Whether they
    // may apply it is the controller's to say (planFromFile).
    CtlFailure openForPlan(const PlanFile& file);
    const Account& account() const { return m_account; }
    QStringList warnings() const { return m_warnings; }

    // The selected instances of every region, filtered and dated, page by page as they arrive.
    // A region that fails is done too; its error is in the failure, the others still listed.
    CtlFailure listInstances(ListingSink& sink);
    CtlFailure listInstances(QList<Instance>* instances); // the same, whole and in region order
    CtlFailure select(CtlSelection* selection);
    // Reads these instances by id in one region; `found` gets those the provider still lists.
    CtlFailure readInstances(const QString& region, const QStringList& ids, QList<Instance>* found);
    // The plan with its refund quotes filled in, as the console's TeardownController makes it.
    TeardownPlan plan(const QList<Instance>& selection);
    // Runs the plan just made, once the operator confirmed it, to the end. `progress` sees every
    // result change; interrupt() cancels.
    RunReport apply(const std::function<void(const InstanceResult&)>& progress,
                    const std::function<void(const RunLogEntry&)>& log);
    void interrupt();
    // The saved plan as the console's TeardownController makes it here: refused as a whole, or its
    // instances read again and what changed since blocked.
    CtlFailure planFromFile(const PlanFile& file, TeardownPlan* plan);
    // plan --out: the plan just made, saved.
    CtlFailure savePlan(const QString& path);

private:
    CtlFailure openHistory(bool required);
    CtlFailure openProvider(Credentials credentials); // the account in m_account
    TeardownPlan waitForPlan();
    CtlFailure resolveAccount(Credentials* credentials);
    CtlFailure useCaFile(); // --ca-file, or the stored account's CA file, checked before use
    CtlFailure readSecret(const Account& account, Credentials* credentials);
    // --proxy and TEARDOWN_PROXY_USER/PASSWORD over the account's setting; its password from the keychain.
    CtlFailure resolveProxy(Credentials* credentials);
    CtlFailure regions(QStringList* regions);
    Provider* provider() const;

    CtlRequest m_request;
    History m_history;
    ProviderDirectory m_directory;
    TeardownController m_teardown;
    Account m_account;
    TeardownRun* m_run = nullptr;
    QStringList m_warnings;
};

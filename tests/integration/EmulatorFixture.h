#pragma once

// One Tencent account opened on an in-process emulator over real loopback HTTP, with a real
// SQLite history in a temporary directory. Shared by the integration tests.

#include "Emulator.h"
#include "History.h"
#include "ProviderDirectory.h"
#include "ProviderFactory.h"
#include "TeardownPlanner.h"
#include "TeardownRunner.h"
#include "TencentFleet.h"
#include "TencentInstance.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace fixture {

// Fast transitions, so that verification completes in a test's time.
inline emulator::Options fastOptions()
{
    emulator::Options o;
    o.terminatingMs = 150;
    o.prepaidIsolationMs = 150;
    return o;
}

inline RunnerSettings fastRunner()
{
    RunnerSettings s;
    s.pollIntervalMs = 100;
    s.verifyTimeoutMs = 15000;
    s.unknownRechecks = 3;
    return s;
}

// Runs the event loop until `done` is true or the timeout passes; returns `done`.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

class Sandbox
{
public:
    explicit Sandbox(emulator::Options options = fastOptions(),
                     const QString& secret = QStringLiteral("sandbox-secret-key"),
                     Dialect dialect = Dialect::TencentApi3)
        : emu(std::move(options))
    {
        listening = emu.listen();
        historyOpen = history.open(dir.filePath(QStringLiteral("history.sqlite")));
        account.id = QStringLiteral("acct-1");
        account.name = QStringLiteral("Test account");
        account.dialect = dialect;
        account.keyId = QStringLiteral("AKIDSANDBOX");
        account.endpoint = emu.url();
        environment.network = &network;
        environment.recorder = &history;
        environment.account = account;
        environment.backoffBaseMs = 20;
        environment.backoffMaxMs = 100;
        environment.timeoutMs = 10000;
        open(secret);
    }

    void open(const QString& secret)
    {
        QString refusal;
        provider = ProviderFactory::create(account, {account.keyId, secret}, environment, &refusal);
        if (provider)
            directory.add(provider);
    }

    emulator::TencentFleet& fleet() { return emu.tencentFleet(); }

    // Replaces the emulator's fleet with exactly these instances (all in `region`).
    void useFleet(const QList<emulator::TencentInstance>& instances)
    {
        fleet().clear();
        for (const emulator::TencentInstance& i : instances)
            fleet().add(i);
    }

    QList<Instance> read(const QString& region, const QStringList& ids)
    {
        QList<Instance> out;
        bool finished = false;
        InstanceListReply* reply = provider->readInstances(region, ids);
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            lastError = reply->error();
            out = reply->instances;
            finished = true;
        });
        waitUntil([&] { return finished; });
        return out;
    }

    QList<Instance> list(const QString& region, const InstanceQuery& query = {})
    {
        QList<Instance> out;
        bool finished = false;
        InstanceListReply* reply = provider->listInstances(region, query);
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            lastError = reply->error();
            out = reply->instances;
            finished = true;
        });
        waitUntil([&] { return finished; });
        return out;
    }

    TeardownPlan plan(const QList<Instance>& selection, Intent intent = Intent::Return)
    {
        return TeardownPlanner(directory.plannerLookup()).plan(selection, intent);
    }

    // Runs the plan to its end and returns the report.
    RunReport run(const TeardownPlan& plan, RunnerSettings settings = fastRunner(),
                  const std::function<void(TeardownRunner&, const InstanceResult&)>& onUpdate = {})
    {
        TeardownRunner runner(directory, settings);
        bool finished = false;
        QObject::connect(&runner, &TeardownRunner::finished, &runner, [&] { finished = true; });
        if (onUpdate) {
            QObject::connect(&runner, &TeardownRunner::instanceUpdated, &runner,
                             [&](const InstanceResult& r) { onUpdate(runner, r); });
        }
        runner.start(plan);
        waitUntil([&] { return finished; }, 60000);
        return runner.report();
    }

    QTemporaryDir dir;
    emulator::Emulator emu;
    QNetworkAccessManager network;
    History history;
    ProviderDirectory directory;
    Account account;
    CallEnvironment environment;
    Provider* provider = nullptr;
    ProviderError lastError;
    bool listening = false;
    bool historyOpen = false;
};

inline emulator::TencentInstance instance(const QString& id,
                                          const QString& chargeType = QStringLiteral("POSTPAID_BY_HOUR"),
                                          const QString& state = QStringLiteral("RUNNING"))
{
    emulator::TencentInstance i;
    i.instanceId = id;
    i.instanceName = QStringLiteral("test ") + id;
    i.region = QStringLiteral("ap-guangzhou");
    i.zone = QStringLiteral("ap-guangzhou-3");
    i.instanceState = state;
    i.instanceChargeType = chargeType;
    i.createdTime = QDateTime::currentDateTimeUtc().addDays(-30);
    if (chargeType == QStringLiteral("PREPAID")) {
        i.expiredTime = QDateTime::currentDateTimeUtc().addMonths(6);
        i.renewFlag = QStringLiteral("NOTIFY_AND_MANUAL_RENEW");
        i.monthlyPrice = 300;
    }
    i.osName = QStringLiteral("TencentOS Server 3.1");
    i.privateIpAddresses = {QStringLiteral("10.0.0.1")};
    i.latestOperation = QStringLiteral("RunInstances");
    i.latestOperationState = QStringLiteral("SUCCESS");
    return i;
}

} // namespace fixture

// Measures the sandbox at the scale of a large fleet: generating 100,100 instances (26 zones x
// 3,850), and the product listing one region of about 15,000 of them through its own Tencent API
// 3.0 client over loopback HTTP, rate limits off (the emulator's speed, not the provider's floor;
// bench_teardown compares with the floor). Run by hand: bench_emulator_fleet
#include "BenchSupport.h"
#include "Emulator.h"
#include "ProviderFactory.h"
#include "TencentFleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    print(u"bench_emulator_fleet: CPU %1, load average at start %2"_s.arg(cpuModel(), loadAverage()));

    emulator::Options options;
    options.scale = 3850; // x 26 zones = 100,100 instances
    options.rateLimits = false;
    QElapsedTimer timer;
    timer.start();
    emulator::Emulator sandbox(options);
    print(u"generate %1 instances: %2 ms"_s.arg(sandbox.tencentFleet().size()).arg(timer.elapsed()));
    if (!sandbox.listen()) {
        print(u"the emulator could not listen"_s);
        return 1;
    }

    const QString region = u"ap-shanghai"_s;
    Account account;
    account.id = u"bench"_s;
    account.name = u"bench"_s;
    account.keyId = u"AKIDSANDBOX"_s;
    account.endpoint = sandbox.url();
    account.regions = {region};
    CallEnvironment environment;
    environment.account = account;
    QString refusal;
    Provider* provider =
        ProviderFactory::create(account, {account.keyId, u"sandbox-secret-key"_s}, environment, &refusal);
    if (!provider) {
        print(u"the account could not be opened: %1"_s.arg(refusal));
        return 1;
    }
    timer.restart();
    InstanceListReply* reply = provider->listInstances(region, {});
    QEventLoop loop; // a benchmark's main(), not a flow: nothing else runs meanwhile
    int listed = 0;
    QObject::connect(reply, &ProviderReply::finished, &loop, [&] {
        listed = int(reply->instances.size());
        loop.quit();
    });
    loop.exec();
    print(u"list %1 (%2 instances, pages of 100): %3 ms; memory %4 MB"_s.arg(region)
              .arg(listed)
              .arg(timer.elapsed())
              .arg(rssMb(), 0, 'f', 0));
    delete provider;
    return listed == int(sandbox.tencentFleet().inRegion(region).size()) ? 0 : 1;
}

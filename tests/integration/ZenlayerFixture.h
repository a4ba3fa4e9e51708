#pragma once

// The integration sandbox (EmulatorFixture.h) with a Zenlayer account next to the Tencent one:
// both providers on the same in-process emulator, the same history and the same directory, so a
// selection across both can be planned and run as one operation.

#include "EmulatorFixture.h"
#include "ZenlayerFleet.h"

namespace fixture {

class ZenlayerSandbox : public Sandbox
{
public:
    explicit ZenlayerSandbox(emulator::Options options = fastOptions(),
                             const QString& password = QStringLiteral("sandbox-key-password"),
                             const QString& apiVersion = {})
        : Sandbox(std::move(options))
    {
        zlAccount.id = QStringLiteral("acct-zl");
        zlAccount.name = QStringLiteral("Zenlayer account");
        zlAccount.dialect = Dialect::Zenlayer;
        zlAccount.keyId = QStringLiteral("SANDBOXKEY");
        zlAccount.endpoint = emu.url();
        zlAccount.apiVersion = apiVersion;
        CallEnvironment env = environment;
        env.account = zlAccount;
        zl = ProviderFactory::create(zlAccount, {zlAccount.keyId, password}, env, &zlRefusal);
        if (zl)
            directory.add(zl);
    }

    emulator::ZenlayerFleet& machines() { return emu.zenlayerFleet(); }

    void useMachines(const QList<emulator::ZenlayerInstance>& instances)
    {
        machines().clear();
        for (const emulator::ZenlayerInstance& i : instances)
            machines().add(i);
    }

    QList<Instance> zlList(const QString& zone, const InstanceQuery& query = {})
    {
        return collect(zl->listInstances(zone, query));
    }

    QList<Instance> zlRead(const QStringList& ids) { return collect(zl->readInstances(QStringLiteral("SEL-A"), ids)); }

    std::optional<Instance> zlOne(const QString& id)
    {
        const QList<Instance> found = zlRead({id});
        return found.isEmpty() ? std::nullopt : std::optional<Instance>(found.first());
    }

    Account zlAccount;
    Provider* zl = nullptr;
    QString zlRefusal;

private:
    QList<Instance> collect(InstanceListReply* reply)
    {
        QList<Instance> out;
        bool finished = false;
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            lastError = reply->error();
            out = reply->instances;
            finished = true;
        });
        waitUntil([&] { return finished; });
        return out;
    }
};

inline emulator::ZenlayerInstance machine(const QString& id, const QString& status,
                                          const QString& charge = QStringLiteral("POSTPAID"),
                                          const QString& zone = QStringLiteral("SEL-A"))
{
    emulator::ZenlayerInstance i;
    i.instanceId = id;
    i.instanceName = QStringLiteral("bmc-") + id;
    i.zoneId = zone;
    i.instanceStatus = status;
    i.instanceChargeType = charge;
    i.instanceTypeId = QStringLiteral("M6C");
    i.imageName = QStringLiteral("Ubuntu 22.04");
    i.createTime = QDateTime::currentDateTimeUtc().addDays(-10);
    if (charge == QStringLiteral("PREPAID")) {
        i.period = 1;
        i.autoRenew = true;
        i.expiredTime = QDateTime::currentDateTimeUtc().addDays(20);
    }
    i.privateIpAddresses = {QStringLiteral("10.0.0.9")};
    return i;
}

} // namespace fixture

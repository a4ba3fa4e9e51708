// The emulator's fleet files (FleetSource::loadFile, TencentInstanceJson::fromJson; emulator
// README, "Fleet files"): {"tencent": [{Instance fields with the API's names}, ...]}. The input is
// the file; it is written to a temporary directory and read from there.
//
// Properties: a file is taken whole or refused with a reason; every instance of a file taken has
// a well-formed, unique id and a region, and joins the fleet; the Instance object the emulator
// serves for it (DescribeInstances), with its region, reads back as the same instance.
#include "FuzzSupport.h"

#include "FleetSource.h"
#include "TencentFleet.h"
#include "TencentInstanceJson.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

QString fleetPath()
{
    // The file is written for every input: in memory where the system has a tmpfs for it.
    static const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    static QTemporaryDir directory(base + u"/teardown-fuzz-XXXXXX"_s); // removed when the run ends
    return directory.filePath(u"fleet.json"_s);
}

// A fleet file made of the Instance objects the emulator serves, with the region each is listed
// in (the emulator's own field), loads the same instances.
void checkServedForm(const TencentInstance& instance)
{
    const QJsonObject served = TencentInstanceJson::toJson(instance);
    QJsonObject record = served;
    record.insert(u"Region"_s, instance.region);
    QString why;
    std::optional<TencentInstance> again = TencentInstanceJson::fromJson(record, &why);
    fuzz::require(again.has_value(), "the served instance reads back", why);
    fuzz::require(again->region == instance.region, "the served instance keeps its region", instance.instanceId);
    fuzz::require(TencentInstanceJson::toJson(*again) == served, "the served instance reads back the same",
                  instance.instanceId);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QFile file(fleetPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();

    QList<TencentInstance> instances;
    QString error;
    if (!FleetSource::loadFile(file.fileName(), &instances, &error)) {
        fuzz::require(!error.isEmpty(), "a refused file says why");
        fuzz::require(instances.isEmpty(), "a refused file adds nothing");
        return 0;
    }
    QSet<QString> ids;
    TencentFleet fleet;
    for (const TencentInstance& instance : std::as_const(instances)) {
        fuzz::require(isWellFormedInstanceId(instance.instanceId), "ids are well-formed", instance.instanceId);
        fuzz::require(!ids.contains(instance.instanceId), "ids are unique", instance.instanceId);
        fuzz::require(!instance.region.isEmpty(), "every instance has a region", instance.instanceId);
        ids.insert(instance.instanceId);
        fuzz::require(fleet.add(instance), "every instance joins the fleet", instance.instanceId);
        checkServedForm(instance);
    }
    return 0;
}

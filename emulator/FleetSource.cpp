#include "FleetSource.h"

#include "FleetGenerator.h"
#include "TencentFleet.h"
#include "TencentInstanceJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace emulator::FleetSource {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool loadFile(const QString& path, QList<TencentInstance>* instances, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, u"cannot read fleet file %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            error,
            u"fleet file %1 is not JSON: %2 at offset %3"_s.arg(path, parseError.errorString()).arg(parseError.offset));
    const QJsonValue tencent = doc.object().value(u"tencent"_s);
    if (!doc.isObject() || !tencent.isArray())
        return fail(error, u"fleet file %1 needs an object with a \"tencent\" array"_s.arg(path));

    QList<TencentInstance> out;
    QSet<QString> seen;
    const QJsonArray records = tencent.toArray();
    for (qsizetype n = 0; n < records.size(); ++n) {
        QString why;
        std::optional<TencentInstance> instance = TencentInstanceJson::fromJson(records.at(n).toObject(), &why);
        if (!instance)
            return fail(error, u"fleet file %1, tencent[%2]: %3"_s.arg(path).arg(n).arg(why));
        if (seen.contains(instance->instanceId))
            return fail(
                error,
                u"fleet file %1, tencent[%2]: duplicate InstanceId %3"_s.arg(path).arg(n).arg(instance->instanceId));
        seen.insert(instance->instanceId);
        out.append(std::move(*instance));
    }
    *instances = std::move(out);
    return true;
}

bool populate(const Options& options, const QDateTime& now, TencentFleet* fleet, QString* error)
{
    QList<TencentInstance> instances;
    const bool sandbox = options.fleet.isEmpty() || options.fleet == u"sandbox"_s;
    if (!sandbox && options.scale > 0)
        return fail(error, u"--scale generates a fleet and cannot be combined with a fleet file"_s);
    if (options.scale < 0)
        return fail(error, u"--scale must not be negative"_s);
    if (!sandbox) {
        if (!loadFile(options.fleet, &instances, error))
            return false;
    } else {
        FleetGenerator generator(options.seed, now);
        instances = options.scale > 0 ? generator.scaled(options.scale) : generator.sandbox();
    }
    for (TencentInstance& instance : instances)
        fleet->add(std::move(instance));
    return true;
}

} // namespace emulator::FleetSource

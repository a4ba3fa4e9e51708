#include "TencentBatch.h"

#include "TencentFleet.h"

using namespace Qt::StringLiterals;

namespace emulator::TencentBatch {

TencentError resolve(TencentFleet& fleet, const QStringList& ids, const QString& region, QList<TencentInstance*>* out)
{
    QStringList missing;
    out->clear();
    for (const QString& id : ids) {
        TencentInstance* i = fleet.find(id);
        if (i && i->region == region)
            out->append(i);
        else
            missing.append(id);
    }
    if (!missing.isEmpty())
        return TencentError::of(u"InvalidInstanceId.NotFound"_s, missing);
    return {};
}

TencentError firstRefusal(const QList<TencentInstance*>& batch, const QList<Check>& checks)
{
    for (const Check& check : checks) {
        QString code;
        QStringList offenders;
        for (const TencentInstance* i : batch) {
            const QString refusal = check(*i);
            if (refusal.isEmpty() || (!code.isEmpty() && refusal != code))
                continue;
            code = refusal;
            offenders.append(i->instanceId);
        }
        if (!code.isEmpty())
            return TencentError::of(code, offenders);
    }
    return {};
}

QString operationInProgress(const TencentInstance& instance)
{
    return instance.latestOperationState == u"OPERATING"_s ? u"OperationDenied.InstanceOperationInProgress"_s
                                                           : QString();
}

} // namespace emulator::TencentBatch

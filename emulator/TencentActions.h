#pragma once

#include "TencentAttributes.h"
#include "TencentCall.h"
#include "TencentTermination.h"

#include <QList>
#include <QStringList>

namespace emulator {

class TencentFleet;
class TencentLifecycle;
struct TencentInstance;

// The CVM actions (version 2017-03-12) the emulator serves. Authentication, rate limits and
// faults happen before; this is the service's business logic only.
class TencentActions
{
public:
    TencentActions(TencentFleet& fleet, TencentLifecycle& lifecycle);

    static QStringList actions();
    static bool requiresRegion(const QString& action);
    // The actions an account's CAM settings can protect with MFA: the destructive ones and the
    // one that lifts termination protection.
    static bool requiresMfa(const QString& action);

    TencentResult run(const TencentCall& call);

private:
    TencentResult describeRegions(const TencentCall& call) const;
    TencentResult describeInstances(const TencentCall& call) const;
    TencentResult describeInstancesStatus(const TencentCall& call) const;
    // The instances of the region with these ids, in request order; unknown ids are skipped (a
    // listing by id is a query, not a reference: it answers what exists).
    QList<const TencentInstance*> byIds(const QStringList& ids, const QString& region) const;

    TencentFleet& m_fleet;
    TencentTermination m_termination;
    TencentAttributes m_attributes;
};

} // namespace emulator

#pragma once

#include "TencentCall.h"

#include <QList>

namespace emulator {

class TencentFleet;
class TencentLifecycle;
struct TencentInstance;

// TerminateInstances and InquiryPriceTerminateInstances (reference §4). A batch is checked as a
// whole before anything changes: one instance that may not go fails the call, and the message
// names every instance that failed the same check with the same code.
class TencentTermination
{
public:
    TencentTermination(TencentFleet& fleet, TencentLifecycle& lifecycle);

    TencentResult terminate(const TencentCall& call);
    TencentResult inquirePrice(const TencentCall& call);

    // The refusal of TerminateInstances for an instance in this state; empty when the state allows it.
    static QString stateRefusal(const QString& instanceState);
    // The refund of a prepaid instance returned now: the unused share of the month price.
    static double refundOf(const TencentInstance& instance, const QDateTime& now);

private:
    TencentFleet& m_fleet;
    TencentLifecycle& m_lifecycle;
};

} // namespace emulator

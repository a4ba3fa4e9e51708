#include "ProtectionLift.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ProtectionLift {

Decision decide(const Instance& instance, Intent intent, const Decision& protectedDecision, const PlanOptions& options,
                const Account& account, const TeardownRules& rules)
{
    if (protectedDecision.isAllowed() || !instance.terminationProtected || !options.liftProtection
        || (account.production && !options.liftProtectionOnProduction) || !rules.offersLiftProtection())
        return protectedDecision;
    if (!rules.liftProtection(instance).isAllowed())
        return protectedDecision;
    // Blocked only by its protection: the rules allow the same instance unprotected.
    Instance unprotected = instance;
    unprotected.terminationProtected = false;
    Decision lifted = rules.decide(unprotected, intent);
    if (!lifted.isAllowed())
        return protectedDecision;
    lifted.liftsProtection = true;
    return lifted;
}

PlanOptions everything(PlanOptions options)
{
    options.liftProtection = true;
    options.liftProtectionOnProduction = true;
    return options;
}

QString callKindKey(CallKind kind)
{
    switch (kind) {
    case CallKind::Teardown:
        return u"teardown"_s;
    case CallKind::LiftProtection:
        return u"lift-protection"_s;
    case CallKind::TeardownAfterLift:
        return u"teardown-after-lift"_s;
    }
    return {};
}

QString callKindLabel(CallKind kind)
{
    switch (kind) {
    case CallKind::Teardown:
        return QCoreApplication::translate("ProtectionLift", "Return");
    case CallKind::LiftProtection:
        return QCoreApplication::translate("ProtectionLift", "Lift termination protection");
    case CallKind::TeardownAfterLift:
        return QCoreApplication::translate("ProtectionLift", "Return after lifting protection");
    }
    return {};
}

QString confirmationReason(int liftedInstances)
{
    return QCoreApplication::translate("ProtectionLift",
                                       "The termination protection of %n instance(s) is lifted before they are "
                                       "returned.",
                                       nullptr, liftedInstances);
}

} // namespace ProtectionLift

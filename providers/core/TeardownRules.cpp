#include "TeardownRules.h"

#include "KeepTags.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString intentKey(Intent intent)
{
    return intent == Intent::Release ? u"release"_s : u"return"_s;
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::DestroyedNow:
        return u"destroyed"_s;
    case Outcome::MovedToRecycleBin:
        return u"recycle-bin"_s;
    case Outcome::SubscriptionCancelled:
        return u"subscription-cancelled"_s;
    case Outcome::DeletedCreationFailed:
        return u"deleted-creation-failed"_s;
    }
    return {};
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::DestroyedNow:
        return QCoreApplication::translate("Outcome", "Destroyed at once (irreversible)");
    case Outcome::MovedToRecycleBin:
        return QCoreApplication::translate("Outcome", "Moved to the recycle bin (recoverable)");
    case Outcome::SubscriptionCancelled:
        return QCoreApplication::translate("Outcome", "Subscription cancelled (returned when it expires)");
    case Outcome::DeletedCreationFailed:
        return QCoreApplication::translate("Outcome", "Deleted because creation failed");
    }
    return {};
}

bool isIrreversible(Outcome outcome)
{
    return outcome == Outcome::DestroyedNow || outcome == Outcome::DeletedCreationFailed;
}

ProviderError Decision::blockedError() const
{
    ProviderError error = ProviderError::local(blockedCode);
    error.context = KeepTags::context(blockedCode, blockedDetail);
    if (error.context.isEmpty())
        error.context = blockedDetail; // already said for people, e.g. what changed since a plan was saved
    return error;
}

QString TeardownRules::liftProtectionRefusal() const
{
    return u"Teardown.LiftProtectionUnsupported"_s;
}

Decision TeardownRules::liftProtection(const Instance& instance) const
{
    Q_UNUSED(instance);
    return Decision::blocked(liftProtectionRefusal());
}

#include "AutoReleaseEstimator.h"

#include "Provider.h"
#include "ProviderDirectory.h"
#include "TeardownRules.h"

AutoReleaseEstimator::AutoReleaseEstimator(const CallRecorder* history, RulesLookup rules, Clock clock)
    : m_history(history)
    , m_rules(std::move(rules))
    , m_clock(std::move(clock))
{ }

AutoReleaseEstimator::RulesLookup AutoReleaseEstimator::rulesOf(const ProviderDirectory& providers)
{
    return [&providers](const QString& accountId) -> const TeardownRules* {
        const Provider* provider = providers.provider(accountId);
        return provider ? &provider->rules() : nullptr;
    };
}

QDateTime AutoReleaseEstimator::autoRelease(const Instance& instance) const
{
    if (instance.lifecycle != Lifecycle::RecycleBin)
        return {};
    const TeardownRules* rules = m_rules ? m_rules(instance.accountId) : nullptr;
    if (!rules)
        return {};
    // The latest entry known: the console's own call, or what the provider's listing says.
    QDateTime movedAt = instance.recycleBinEnteredAt;
    if (m_history && !rules->recycleBinEntryAction().isEmpty()) {
        const QDateTime called =
            m_history->lastSucceeded(instance.accountId, rules->recycleBinEntryAction(), instance.id);
        if (called.isValid() && (!movedAt.isValid() || called > movedAt))
            movedAt = called;
    }
    if (!movedAt.isValid())
        return {};
    const QDateTime release = rules->recoverableUntil(instance, movedAt);
    return release > m_clock() ? release : QDateTime();
}

void AutoReleaseEstimator::estimate(QList<Instance>& instances) const
{
    for (Instance& instance : instances) {
        if (instance.lifecycle == Lifecycle::RecycleBin && !instance.autoRelease.isValid())
            instance.autoRelease = autoRelease(instance);
    }
}

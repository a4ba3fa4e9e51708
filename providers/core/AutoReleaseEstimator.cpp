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
    QDateTime called;
    if (m_history && !rules->recycleBinEntryAction().isEmpty())
        called = m_history->lastSucceeded(instance.accountId, rules->recycleBinEntryAction(), instance.id);
    return releaseAfter(instance, *rules, called);
}

QDateTime AutoReleaseEstimator::releaseAfter(const Instance& instance, const TeardownRules& rules,
                                             const QDateTime& called) const
{
    // The latest entry known: the console's own call, or what the provider's listing says.
    QDateTime movedAt = instance.recycleBinEnteredAt;
    if (called.isValid() && (!movedAt.isValid() || called > movedAt))
        movedAt = called;
    if (!movedAt.isValid())
        return {};
    const QDateTime release = rules.recoverableUntil(instance, movedAt);
    return release > m_clock() ? release : QDateTime();
}

void AutoReleaseEstimator::estimate(QList<Instance>& instances) const
{
    // The instances to date, by account: the history is asked once per account.
    QHash<QString, QList<qsizetype>> undated;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const Instance& instance = instances.at(i);
        if (instance.lifecycle == Lifecycle::RecycleBin && !instance.autoRelease.isValid())
            undated[instance.accountId].append(i);
    }
    for (auto account = undated.cbegin(); account != undated.cend(); ++account) {
        const TeardownRules* rules = m_rules ? m_rules(account.key()) : nullptr;
        if (!rules)
            continue;
        QHash<QString, QDateTime> called;
        if (m_history && !rules->recycleBinEntryAction().isEmpty()) {
            QStringList ids;
            for (qsizetype i : account.value())
                ids << instances.at(i).id;
            called = m_history->lastSucceeded(account.key(), rules->recycleBinEntryAction(), ids);
        }
        for (qsizetype i : account.value())
            instances[i].autoRelease = releaseAfter(instances.at(i), *rules, called.value(instances.at(i).id));
    }
}

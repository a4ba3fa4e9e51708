#include "ProviderDirectory.h"

#include "TeardownRules.h"

ProviderDirectory::ProviderDirectory(QObject* parent)
    : QObject(parent)
{ }

void ProviderDirectory::add(Provider* provider)
{
    remove(provider->account().id);
    provider->setParent(this);
    if (!m_languageTag.isEmpty())
        provider->setLanguage(m_languageTag);
    m_providers.append(provider);
    emit changed();
}

void ProviderDirectory::remove(const QString& accountId)
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers[i]->account().id == accountId) {
            delete m_providers.takeAt(i);
            emit changed();
            return;
        }
    }
}

void ProviderDirectory::clear()
{
    qDeleteAll(m_providers);
    m_providers.clear();
    emit changed();
}

Provider* ProviderDirectory::provider(const QString& accountId) const
{
    for (Provider* p : m_providers) {
        if (p->account().id == accountId)
            return p;
    }
    return nullptr;
}

QList<Provider*> ProviderDirectory::providers() const
{
    return m_providers;
}

TeardownPlanner::Lookup ProviderDirectory::plannerLookup() const
{
    return [this](const QString& accountId) {
        const Provider* p = provider(accountId);
        return p ? TeardownPlanner::AccountRules{&p->account(), &p->rules()} : TeardownPlanner::AccountRules{};
    };
}

void ProviderDirectory::setLanguage(const QString& languageTag)
{
    m_languageTag = languageTag;
    for (Provider* p : std::as_const(m_providers))
        p->setLanguage(languageTag);
}

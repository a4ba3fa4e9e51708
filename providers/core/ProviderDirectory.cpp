#include "ProviderDirectory.h"

#include "TeardownRules.h"

ProviderDirectory::ProviderDirectory(QObject* parent)
    : QObject(parent)
{ }

void ProviderDirectory::add(Provider* provider)
{
    remove(provider->account().id);
    provider->setParent(nullptr); // owned through the shared pointers, not the object tree
    if (!m_languageTag.isEmpty())
        provider->setLanguage(m_languageTag);
    m_providers.append(std::shared_ptr<Provider>(provider));
    emit changed();
}

void ProviderDirectory::remove(const QString& accountId)
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers[i]->account().id == accountId) {
            m_providers.removeAt(i);
            emit changed();
            return;
        }
    }
}

void ProviderDirectory::clear()
{
    m_providers.clear();
    emit changed();
}

std::shared_ptr<Provider> ProviderDirectory::share(const QString& accountId) const
{
    for (const std::shared_ptr<Provider>& p : m_providers) {
        if (p->account().id == accountId)
            return p;
    }
    return nullptr;
}

Provider* ProviderDirectory::provider(const QString& accountId) const
{
    return share(accountId).get();
}

QList<Provider*> ProviderDirectory::providers() const
{
    QList<Provider*> all;
    all.reserve(m_providers.size());
    for (const std::shared_ptr<Provider>& p : m_providers)
        all.append(p.get());
    return all;
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
    for (const std::shared_ptr<Provider>& p : std::as_const(m_providers))
        p->setLanguage(languageTag);
}

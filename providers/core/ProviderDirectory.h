#pragma once

#include "Provider.h"
#include "TeardownPlanner.h"

#include <QObject>

#include <memory>

// The open providers, one per account. The planner, the refund quoter and the runner find an
// account's provider and rules here. A run keeps the providers it sends through (share()), so an
// account removed or reopened in the middle of a run is replaced here at once while the run's
// calls and their verification finish on the provider they started with.
class ProviderDirectory : public QObject
{
    Q_OBJECT

public:
    explicit ProviderDirectory(QObject* parent = nullptr);

    // Takes ownership; replaces a provider of the same account.
    void add(Provider* provider);
    // The account's provider, kept alive for as long as the caller holds it.
    std::shared_ptr<Provider> share(const QString& accountId) const;
    void remove(const QString& accountId);
    void clear();

    Provider* provider(const QString& accountId) const;
    QList<Provider*> providers() const;
    bool isEmpty() const { return m_providers.isEmpty(); }

    TeardownPlanner::Lookup plannerLookup() const;
    void setLanguage(const QString& languageTag);

signals:
    void changed();

private:
    QList<std::shared_ptr<Provider>> m_providers;
    QString m_languageTag;
};

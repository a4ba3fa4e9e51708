#pragma once

#include "Provider.h"
#include "TeardownPlanner.h"

#include <QObject>

#include <memory>

// The open providers, one per account. It owns them; the planner, the refund quoter and the
// runner find an account's provider and rules here.
class ProviderDirectory : public QObject
{
    Q_OBJECT

public:
    explicit ProviderDirectory(QObject* parent = nullptr);

    // Takes ownership; replaces a provider of the same account.
    void add(Provider* provider);
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
    QList<Provider*> m_providers;
    QString m_languageTag;
};

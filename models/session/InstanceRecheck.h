#pragma once

#include "Instance.h"
#include "ProviderError.h"

#include <QHash>
#include <QObject>

class ProviderDirectory;

// Reads instances again through their accounts' providers (Provider::readInstances), all accounts
// and regions at once, and says what each provider answered: a saved plan's, and those the console
// shows from a listing kept from an earlier session. Destroying it abandons the reads.
class InstanceRecheck : public QObject
{
    Q_OBJECT

public:
    struct Read
    {
        QString accountId; // the account here
        QString region;
        QStringList instanceIds;
    };

    // The reads of these instances: one per account and region, in the order they first appear.
    static QList<Read> readsOf(const QList<Instance>& instances);

    explicit InstanceRecheck(ProviderDirectory& providers, QObject* parent = nullptr);

    void start(const QList<Read>& reads);

    // By instance key: what the provider lists now (absent: gone), and why an instance could not be read.
    const QHash<QString, Instance>& fresh() const { return m_fresh; }
    const QHash<QString, ProviderError>& errors() const { return m_errors; }

signals:
    void finished();

private:
    void settle();

    ProviderDirectory& m_providers;
    QHash<QString, Instance> m_fresh;
    QHash<QString, ProviderError> m_errors;
    int m_pending = 0;
};

#pragma once

#include "CredentialStore.h"

#include <QHash>

// Secrets held in memory for this session only: what the console offers when no keychain is
// available, and the sandbox's fixed emulator key.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString& accountId, QObject* context, Done done) override;
    void writeSecret(const QString& accountId, const QString& secret, QObject* context, Done done) override;
    void deleteSecret(const QString& accountId, QObject* context, Done done) override;

private:
    QHash<QString, QString> m_secrets;
};

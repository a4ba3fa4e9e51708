#pragma once

#include "CredentialStore.h"

// Secrets in the operating system's keychain through QtKeychain: one service name, the account id
// in the key, never an insecure fallback.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    static constexpr const char* ServiceName = "teardown-console";

    explicit KeychainCredentialStore(QObject* parent = nullptr);
    explicit KeychainCredentialStore(const QString& serviceName, QObject* parent = nullptr);

    void readSecret(const QString& accountId, QObject* context, Done done) override;
    void writeSecret(const QString& accountId, const QString& secret, QObject* context, Done done) override;
    void deleteSecret(const QString& accountId, QObject* context, Done done) override;

    static QString keyFor(const QString& accountId);

private:
    QString m_service;
};

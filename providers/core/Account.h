#pragma once

#include "Dialect.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// One configured cloud account. Everything here may be stored in plain settings: the secret
// never is (see Credentials and CredentialStore).
struct Account
{
    QString id; // stable, generated once; the keychain entry's key includes it
    Dialect dialect = Dialect::TencentApi3;
    QString name; // display name
    QString keyId; // SecretId / AccessKeyId: an identifier, not a secret
    QUrl endpoint; // empty: the provider's public endpoint
    QStringList regions; // empty: every region the provider lists
    QString apiVersion; // Zenlayer: the X-ZC-Version; empty elsewhere
    bool production = false; // more friction before anything is returned
    bool readOnly = false; // nothing can be returned through it
    bool sandbox = false; // the embedded emulator

    ProviderId provider() const { return providerOf(dialect); }
    friend bool operator==(const Account&, const Account&) = default;
};

Q_DECLARE_METATYPE(Account)

// A key pair, held in memory only as long as needed.
struct Credentials
{
    QString keyId;
    QString secret;
    bool isComplete() const { return !keyId.isEmpty() && !secret.isEmpty(); }
};

namespace EndpointPolicy {
// Empty when the endpoint may be used; otherwise the ErrorCatalog code of the reason.
// TLS is never switched off: plain http:// is allowed only for loopback hosts (the emulator).
QString check(const QUrl& endpoint);
bool isLoopback(const QUrl& url);
} // namespace EndpointPolicy

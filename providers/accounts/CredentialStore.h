#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no secret stored yet: not an error
        Unavailable, // no keychain on this machine (no secret service, no D-Bus session)
        Failed, // the keychain refused (locked, access denied, ...)
    };
    Status status = Status::Ok;
    QString secret;
    QString message; // the keychain's own explanation
};

// An account keeps up to three secrets, each in an entry of its own, named by these ids: the key
// pair's secret (under the account's id, as always), a session token of temporary credentials and
// a proxy password. Removing an account removes all three.
namespace SecretSlot {
inline QString keySecret(const QString& accountId)
{
    return accountId;
}
inline QString sessionToken(const QString& accountId)
{
    return accountId + QStringLiteral("/session-token");
}
inline QString proxyPassword(const QString& accountId)
{
    return accountId + QStringLiteral("/proxy-password");
}
inline QStringList all(const QString& accountId)
{
    return {keySecret(accountId), sessionToken(accountId), proxyPassword(accountId)};
}
} // namespace SecretSlot

// Where account secrets live. Asynchronous: keychains may ask the user to unlock.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretResult&)>;
    using QObject::QObject;

    // `done` runs later on `context`'s thread, and not at all if `context` is destroyed first.
    virtual void readSecret(const QString& accountId, QObject* context, Done done) = 0;
    virtual void writeSecret(const QString& accountId, const QString& secret, QObject* context, Done done) = 0;
    virtual void deleteSecret(const QString& accountId, QObject* context, Done done) = 0;
};

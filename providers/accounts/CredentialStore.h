#pragma once

#include <QObject>
#include <QString>

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

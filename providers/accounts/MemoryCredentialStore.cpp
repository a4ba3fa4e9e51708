#include "MemoryCredentialStore.h"

namespace {
void deliver(QObject* context, CredentialStore::Done done, SecretResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}
} // namespace

void MemoryCredentialStore::readSecret(const QString& accountId, QObject* context, Done done)
{
    SecretResult r;
    if (m_secrets.contains(accountId))
        r.secret = m_secrets.value(accountId);
    else
        r.status = SecretResult::Status::NotFound;
    deliver(context, std::move(done), r);
}

void MemoryCredentialStore::writeSecret(const QString& accountId, const QString& secret, QObject* context, Done done)
{
    m_secrets.insert(accountId, secret);
    deliver(context, std::move(done), {});
}

void MemoryCredentialStore::deleteSecret(const QString& accountId, QObject* context, Done done)
{
    m_secrets.remove(accountId);
    deliver(context, std::move(done), {});
}

#include "KeychainCredentialStore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

bool looksLikeNoSecretService(const QString& message)
{
    static const QStringList signs{
        u"d-bus"_s,         u"dbus"_s, u"autolaunch"_s, u"could not connect"_s, u"org.freedesktop.secrets"_s,
        u"secret service"_s};
    return std::any_of(signs.cbegin(), signs.cend(),
                       [&](const QString& sign) { return message.contains(sign, Qt::CaseInsensitive); });
}

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult r;
    r.message = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // Without a secret service (no desktop, no D-Bus session) libsecret fails here with
        // messages such as "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: No
        // such file or directory" or "Error spawning command line dbus-launch --autolaunch=…".
        // QtKeychain reports them all as OtherError, so the message is the only signal there is.
        r.status =
            looksLikeNoSecretService(r.message) ? SecretResult::Status::Unavailable : SecretResult::Status::Failed;
        break;
    default:
        r.status = SecretResult::Status::Failed;
        break;
    }
    return r;
}

template<typename JobT>
void startJob(JobT* job, QObject* context, CredentialStore::Done done, std::function<void(SecretResult&, JobT&)> fill)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done), fill = std::move(fill)](QKeychain::Job*) {
                         SecretResult r = resultOf(*job);
                         if (fill)
                             fill(r, *job);
                         done(r);
                     });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent)
    : KeychainCredentialStore(QString::fromLatin1(ServiceName), parent)
{ }

KeychainCredentialStore::KeychainCredentialStore(const QString& serviceName, QObject* parent)
    : CredentialStore(parent)
    , m_service(serviceName)
{ }

QString KeychainCredentialStore::keyFor(const QString& accountId)
{
    return u"account/"_s + accountId;
}

void KeychainCredentialStore::readSecret(const QString& accountId, QObject* context, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keyFor(accountId));
    startJob<QKeychain::ReadPasswordJob>(job, context, std::move(done),
                                         [](SecretResult& r, QKeychain::ReadPasswordJob& j) {
                                             if (r.status == SecretResult::Status::Ok)
                                                 r.secret = j.textData();
                                         });
}

void KeychainCredentialStore::writeSecret(const QString& accountId, const QString& secret, QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(accountId));
    job->setTextData(secret);
    startJob<QKeychain::WritePasswordJob>(job, context, std::move(done), {});
}

void KeychainCredentialStore::deleteSecret(const QString& accountId, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(accountId));
    startJob<QKeychain::DeletePasswordJob>(
        job, context, std::move(done), [](SecretResult& r, QKeychain::DeletePasswordJob&) {
            if (r.status == SecretResult::Status::NotFound)
                r.status = SecretResult::Status::Ok; // nothing to delete is what was asked for
        });
}

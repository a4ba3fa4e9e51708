#include "AccountSecrets.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace AccountSecrets {

namespace {

// One keychain operation per slot, strictly one after the other: keychains may ask the user to
// unlock, and one prompt is enough.
struct SlotStep
{
    QString slot;
    std::optional<QString> value; // nullopt: delete the slot
};

void runSteps(CredentialStore& store, QList<SlotStep> steps, QObject* context, CredentialStore::Done done,
              SecretResult firstProblem = {})
{
    if (steps.isEmpty()) {
        if (done)
            done(firstProblem);
        return;
    }
    const SlotStep step = steps.takeFirst();
    auto next = [&store, steps, context, done, firstProblem](const SecretResult& r) mutable {
        if (firstProblem.status == SecretResult::Status::Ok && r.status != SecretResult::Status::Ok)
            firstProblem = r;
        runSteps(store, steps, context, done, firstProblem);
    };
    if (step.value)
        store.writeSecret(step.slot, *step.value, context, next);
    else
        store.deleteSecret(step.slot, context, next);
}

// The secret and the token belong to one key pair: replacing the pair (`replaceKeyPair`) deletes a
// token not given anew. The proxy password belongs to the network settings and is only written.
QList<SlotStep> stepsFor(const QString& accountId, const Credentials& credentials, bool replaceKeyPair)
{
    struct Field
    {
        QString slot;
        QString value;
        bool partOfKeyPair;
    };
    const Field fields[] = {
        {SecretSlot::keySecret(accountId), credentials.secret, true},
        {SecretSlot::sessionToken(accountId), credentials.sessionToken, true},
        {SecretSlot::proxyPassword(accountId), credentials.proxyPassword, false},
    };
    QList<SlotStep> steps;
    for (const Field& field : fields) {
        if (!field.value.isEmpty())
            steps.append({field.slot, field.value});
        else if (replaceKeyPair && field.partOfKeyPair)
            steps.append({field.slot, std::nullopt});
    }
    return steps;
}

} // namespace

void read(CredentialStore& store, const Account& account, QObject* context, ReadDone done)
{
    auto credentials = std::make_shared<Credentials>(Credentials{account.keyId, {}});
    store.readSecret(SecretSlot::keySecret(account.id), context,
                     [&store, account, context, done, credentials](const SecretResult& keySecret) {
                         if (keySecret.status != SecretResult::Status::Ok) {
                             done(keySecret, *credentials);
                             return;
                         }
                         credentials->secret = keySecret.secret;
                         store.readSecret(
                             SecretSlot::sessionToken(account.id), context,
                             [&store, account, context, done, credentials, keySecret](const SecretResult& token) {
                                 if (token.status == SecretResult::Status::Ok)
                                     credentials->sessionToken = token.secret;
                                 store.readSecret(SecretSlot::proxyPassword(account.id), context,
                                                  [done, credentials, keySecret](const SecretResult& proxy) {
                                                      if (proxy.status == SecretResult::Status::Ok)
                                                          credentials->proxyPassword = proxy.secret;
                                                      done(keySecret, *credentials);
                                                  });
                             });
                     });
}

void write(CredentialStore& store, const QString& accountId, const Credentials& credentials, QObject* context,
           CredentialStore::Done done)
{
    runSteps(store, stepsFor(accountId, credentials, true), context, std::move(done));
}

void update(CredentialStore& store, const QString& accountId, const Credentials& credentials, QObject* context,
            CredentialStore::Done done)
{
    runSteps(store, stepsFor(accountId, credentials, false), context, std::move(done));
}

void forgetProxyPassword(CredentialStore& store, const QString& accountId, QObject* context)
{
    runSteps(store, {{SecretSlot::proxyPassword(accountId), std::nullopt}}, context, {});
}

void remove(CredentialStore& store, const QString& accountId, QObject* context, CredentialStore::Done done)
{
    QList<SlotStep> steps;
    for (const QString& slot : SecretSlot::all(accountId))
        steps.append({slot, std::nullopt});
    runSteps(store, steps, context, std::move(done));
}

} // namespace AccountSecrets

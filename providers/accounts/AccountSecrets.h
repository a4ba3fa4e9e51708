#pragma once

#include "Account.h"
#include "CredentialStore.h"

#include <functional>

// An account's secrets as one Credentials, over its keychain slots (SecretSlot): the key pair's
// secret, the session token of temporary credentials and the proxy password. The console and
// teardownctl read them alike.
namespace AccountSecrets {

// `keySecret` is the answer for the key pair's secret: when it is not Ok, the account cannot be
// opened and `credentials` holds the key id only. The other slots are optional: a slot that is not
// stored (or cannot be read once the secret could) leaves its field empty.
using ReadDone = std::function<void(const SecretResult& keySecret, const Credentials& credentials)>;
void read(CredentialStore& store, const Account& account, QObject* context, ReadDone done);

// A new key pair: writes each non-empty field into its slot and deletes the session token when
// none is given (it belonged to the old pair). An empty proxy password keeps the stored one: it
// belongs to the proxy, not to the key pair. `done` gets the first answer that was not Ok, or Ok.
void write(CredentialStore& store, const QString& accountId, const Credentials& credentials, QObject* context,
           CredentialStore::Done done);

// Writes only the non-empty fields, keeping what is stored for the others (an edit that changes
// the proxy password or the token without retyping the secret).
void update(CredentialStore& store, const QString& accountId, const Credentials& credentials, QObject* context,
            CredentialStore::Done done);

// Deletes the stored proxy password (the account no longer authenticates to a proxy).
void forgetProxyPassword(CredentialStore& store, const QString& accountId, QObject* context);

// Deletes every slot of the account.
void remove(CredentialStore& store, const QString& accountId, QObject* context, CredentialStore::Done done = {});

} // namespace AccountSecrets

#pragma once

#include "Account.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

// Account metadata in QSettings (group "accounts/<id>"). Never a secret: those go to a
// CredentialStore.
class AccountStore
{
public:
    // Uses the application's default QSettings when `settings` is null.
    explicit AccountStore(QSettings* settings = nullptr);
    ~AccountStore();
    AccountStore(const AccountStore&) = delete;
    AccountStore& operator=(const AccountStore&) = delete;

    QList<Account> accounts() const;
    std::optional<Account> find(const QString& idOrName) const;
    void save(const Account& account);
    void remove(const QString& accountId);

    static QString newId();

private:
    QSettings& settings() const;

    QSettings* m_settings;
    bool m_owned;
};

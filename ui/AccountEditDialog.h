#pragma once

#include "Account.h"

#include <QDialog>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Adds or edits one account: provider, name, key id and secret, endpoint override, regions and the
// production and read-only marks. Validates as the operator types; stores through the session (the
// secret to the keychain, or for this session only when there is no keychain).
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty account id means a new account.
    AccountEditDialog(ConsoleSession& session, const Account& account, QWidget* parent = nullptr);

    Account account() const; // what the form says
    QString secret() const;
    bool keepSecretForSessionOnly() const;
    // Empty when the form can be saved; otherwise what to fix, translated.
    QString validationError() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    void testConnection();
    void showKeychainState();
    // Labels, placeholders and the API version row follow the chosen provider's own words.
    void updateForDialect();
    bool isZenlayer() const;

    ConsoleSession& m_session;
    Account m_original;
    QComboBox* m_dialog = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_keyId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_regions = nullptr;
    QCheckBox* m_production = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QCheckBox* m_sessionOnly = nullptr;
    QLabel* m_keychainNote = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_test = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_labels[8] = {};
    QLineEdit* m_apiVersion = nullptr; // Zenlayer only: X-ZC-Version
    QLabel* m_apiVersionLabel = nullptr;
    bool m_saving = false;
};

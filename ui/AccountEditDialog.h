#pragma once

#include "Account.h"

#include <QDialog>
#include <QList>

class AccountNetworkSection;
class ConsoleSession;
struct DialectInfo;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TemporaryCredentialsFields;

// Adds or edits one account: provider, name, key id and secret, endpoint override, regions and the
// production and read-only marks. Each field is checked as the operator types, with its problem
// shown right under it, in the chosen dialect's own words and rules (DialectInfo); Save stays
// disabled while any field has a problem. Stores through the session (the secret to the keychain,
// or for this session only when there is no keychain).
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty account id means a new account.
    AccountEditDialog(ConsoleSession& session, const Account& account, QWidget* parent = nullptr);

    Account account() const; // what the form says
    QString secret() const;
    // The secrets the form was given (the secret, a session token, the proxy's password); empty
    // fields keep what is stored.
    Credentials credentials() const;
    bool keepSecretForSessionOnly() const;
    // Empty when the form can be saved; otherwise the problem of the first field to fix, translated.
    QString validationError() const;
    // The first field (in form order) with a problem, or null.
    QLineEdit* firstInvalidField() const;
    // Shows every field's problem, also of fields not typed in yet, and moves the focus to the
    // first field to fix.
    void focusFirstInvalidField();

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // One checked line edit: its problem label sits right under it.
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* problem = nullptr;
        QString (AccountEditDialog::*check)() const = nullptr;
        bool edited = false; // typed in by the operator: an empty required field is a problem worth showing
    };

    QWidget* addField(QLineEdit* edit, const char* objectName, QString (AccountEditDialog::*check)() const);
    void retranslateUi();
    void validate();
    void testConnection();
    void showKeychainState();
    // Labels, placeholders and the API version row follow the chosen provider's own words.
    void updateForDialect();
    const DialectInfo& dialect() const;
    bool isVisibleField(const Field& field) const;
    QString problemOf(const Field& field) const;

    QString nameProblem() const;
    QString keyIdProblem() const;
    QString secretProblem() const;
    QString endpointProblem() const;
    QString apiVersionProblem() const;
    QString regionsProblem() const;

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
    QLabel* m_problem = nullptr; // what saving ran into (the keychain)
    QLabel* m_summary = nullptr; // why Save is disabled
    QPushButton* m_showFirst = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_test = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_labels[8] = {};
    AccountNetworkSection* m_network = nullptr;
    QLineEdit* m_apiVersion = nullptr; // only where the version is an account setting (Zenlayer)
    QWidget* m_apiVersionRow = nullptr;
    TemporaryCredentialsFields* m_temporary = nullptr; // Tencent dialects only
    QLabel* m_apiVersionLabel = nullptr;
    QList<Field> m_fields; // in form order
    bool m_showAll = false;
    bool m_saving = false;
};

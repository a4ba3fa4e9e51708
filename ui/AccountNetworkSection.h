#pragma once

#include "Account.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;

// The network part of the account form: which proxy (the system's, none, an HTTP or SOCKS5 proxy
// with an optional user and password) and an extra CA certificate file to trust. Each field is
// checked as the operator types, with its problem right under it, like the rest of the form.
// The proxy password is not part of the account: it goes to the keychain (proxyPassword()).
class AccountNetworkSection : public QGroupBox
{
    Q_OBJECT

public:
    // `storedPassword`: the account already has a proxy password (an empty field keeps it).
    explicit AccountNetworkSection(const NetworkSettings& settings, bool storedPassword = false,
                                   QWidget* parent = nullptr);

    NetworkSettings settings() const; // what the section says
    QString proxyPassword() const; // empty: keep the stored one (or none)

    // Shows every problem (also of fields not typed in yet) when `all`; returns how many fields
    // have one.
    int validate(bool all);
    QString validationError() const; // the first field's problem, translated; empty when none
    QLineEdit* firstInvalidField() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* problem = nullptr;
        QString (AccountNetworkSection::*check)() const = nullptr;
        bool edited = false;
    };

    QWidget* addField(QLineEdit* edit, const QString& objectName, QString (AccountNetworkSection::*check)() const);
    void retranslateUi();
    void updateForProxy();
    void browseCaFile();
    bool hasExplicitProxy() const;

    QString hostProblem() const;
    QString portProblem() const;
    QString userProblem() const;
    QString passwordProblem() const;
    QString caFileProblem() const;

    bool m_storedPassword = false;
    QComboBox* m_proxy = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_labels[6] = {};
    QList<QWidget*> m_proxyRows; // enabled only for an explicit proxy
    QList<Field> m_fields; // in form order
};

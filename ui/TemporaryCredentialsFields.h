#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The account form's part for temporary credentials (Tencent STS, CAM roles): the session token,
// when it runs out, and an import of a tccli credential file (~/.tccli/NAME.credential) that fills
// them and the key pair. The token's label and field are rows of the form itself (tokenLabel(),
// tokenField()), aligned with the other fields; this widget is the row under them.
class TemporaryCredentialsFields : public QWidget
{
    Q_OBJECT

public:
    // `expires`: the account's stored expiry (invalid: none). The stored token is never shown: an
    // empty field keeps it.
    TemporaryCredentialsFields(const QDateTime& expires, bool existingAccount, QWidget* parent = nullptr);

    QLabel* tokenLabel() const { return m_tokenLabel; }
    QLineEdit* tokenField() const { return m_token; }
    // Shows or hides the token's row together with this one.
    void setRowsVisible(bool visible);

    QString sessionToken() const;
    QDateTime expires() const; // invalid when no expiry is set

    // Fills the fields from a tccli credential file and emits keyPairImported; on a bad file, says
    // what is wrong and changes nothing. Returns whether it was read.
    bool importFrom(const QString& path);

signals:
    void keyPairImported(const QString& secretId, const QString& secretKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseTccliFile();

    QLabel* m_tokenLabel = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_hasExpiry = nullptr;
    QDateTimeEdit* m_expires = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_importResult = nullptr;
    bool m_existingAccount = false;
};

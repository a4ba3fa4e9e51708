#include "TemporaryCredentialsFields.h"

#include "TccliProfile.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TemporaryCredentialsFields::TemporaryCredentialsFields(const QDateTime& expires, bool existingAccount, QWidget* parent)
    : QWidget(parent)
    , m_existingAccount(existingAccount)
{
    setObjectName(u"temporaryCredentials"_s);
    m_token = new QLineEdit;
    m_token->setObjectName(u"sessionToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenLabel = new QLabel;
    m_tokenLabel->setBuddy(m_token);
    m_hasExpiry = new QCheckBox;
    m_hasExpiry->setObjectName(u"hasTokenExpiry"_s);
    m_hasExpiry->setChecked(expires.isValid());
    m_expires =
        new QDateTimeEdit(expires.isValid() ? expires.toLocalTime() : QDateTime::currentDateTime().addSecs(2 * 3600));
    m_expires->setObjectName(u"tokenExpires"_s);
    m_expires->setCalendarPopup(true);
    m_expires->setEnabled(expires.isValid());
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    m_import = new QPushButton;
    m_import->setObjectName(u"importTccli"_s);
    m_import->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &TemporaryCredentialsFields::chooseTccliFile);
    m_importResult = new QLabel;
    m_importResult->setObjectName(u"importResult"_s);
    m_importResult->setWordWrap(true);
    m_importResult->hide();

    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expires, 1);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addStretch();
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(expiryRow);
    rows->addLayout(importRow);
    rows->addWidget(m_importResult);
    retranslateUi();
}

void TemporaryCredentialsFields::setRowsVisible(bool visible)
{
    m_tokenLabel->setVisible(visible);
    m_token->setVisible(visible);
    setVisible(visible);
}

void TemporaryCredentialsFields::retranslateUi()
{
    m_tokenLabel->setText(tr("Session &token (temporary credentials):"));
    m_token->setPlaceholderText(m_existingAccount ? tr("Leave empty to keep the stored token, if any")
                                                  : tr("Empty for permanent keys"));
    m_hasExpiry->setText(tr("Expires:"));
    m_import->setText(tr("Import tccli profile…"));
}

void TemporaryCredentialsFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString TemporaryCredentialsFields::sessionToken() const
{
    return m_token->text().trimmed();
}

QDateTime TemporaryCredentialsFields::expires() const
{
    return m_hasExpiry->isChecked() ? m_expires->dateTime().toUTC() : QDateTime();
}

void TemporaryCredentialsFields::chooseTccliFile()
{
    // Not modal-blocking: the form stays as it is until a file is chosen.
    auto* dialog = new QFileDialog(this, tr("Import tccli profile"), TccliProfile::defaultDirectory(),
                                   tr("tccli credentials (*.credential);;All files (*)"));
    dialog->setObjectName(u"tccliFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // hidden directory, same look everywhere
    connect(dialog, &QFileDialog::fileSelected, this, &TemporaryCredentialsFields::importFrom);
    dialog->open();
}

bool TemporaryCredentialsFields::importFrom(const QString& path)
{
    QString problem;
    const std::optional<TccliCredentials> read = TccliProfile::read(path, &problem);
    m_importResult->show();
    if (!read) {
        m_importResult->setText(tr("Nothing was imported: %1").arg(problem));
        return false;
    }
    m_token->setText(read->token);
    emit keyPairImported(read->secretId, read->secretKey);
    m_importResult->setText(read->token.isEmpty()
                                ? tr("Imported the key pair. The file has no session token: permanent keys.")
                                : tr("Imported the key pair and the session token. Set when they expire."));
    return true;
}

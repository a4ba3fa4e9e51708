#include "AccountEditDialog.h"

#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "ProviderFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QStringList regionsFrom(const QString& text)
{
    QStringList regions;
    for (const QString& part : text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        regions << part.trimmed();
    return regions;
}

// The X-ZC-Version a new Zenlayer account starts with (the current SDKs' version).
const QString kZenlayerDefaultVersion = u"2026-02-01"_s;

} // namespace

AccountEditDialog::AccountEditDialog(ConsoleSession& session, const Account& account, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(account)
{
    setObjectName(u"accountEditDialog"_s);
    m_dialog = new QComboBox;
    m_dialog->setObjectName(u"provider"_s);
    for (const Dialect d : ProviderFactory::supportedDialects())
        m_dialog->addItem(dialectDisplayName(d), int(d));
    m_dialog->setCurrentIndex(std::max(0, m_dialog->findData(int(account.dialect))));
    m_name = new QLineEdit(account.name);
    m_name->setObjectName(u"name"_s);
    m_keyId = new QLineEdit(account.keyId);
    m_keyId->setObjectName(u"keyId"_s);
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_endpoint = new QLineEdit(account.endpoint.toString());
    m_endpoint->setObjectName(u"endpoint"_s);
    m_regions = new QLineEdit(account.regions.join(u", "_s));
    m_regions->setObjectName(u"regions"_s);
    m_production = new QCheckBox;
    m_production->setObjectName(u"production"_s);
    m_production->setChecked(account.production);
    m_readOnly = new QCheckBox;
    m_readOnly->setObjectName(u"readOnly"_s);
    m_readOnly->setChecked(account.readOnly);
    m_sessionOnly = new QCheckBox;
    m_sessionOnly->setObjectName(u"sessionOnly"_s);
    m_keychainNote = new QLabel;
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton;
    m_test->setObjectName(u"testConnection"_s);

    auto* form = new QFormLayout;
    QWidget* fields[] = {m_dialog, m_name, m_keyId, m_secret, m_endpoint, m_regions, m_production, m_readOnly};
    for (int i = 0; i < 8; ++i) {
        m_labels[i] = new QLabel;
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    m_apiVersion = new QLineEdit(account.apiVersion);
    m_apiVersion->setObjectName(u"apiVersion"_s);
    m_apiVersionLabel = new QLabel;
    m_apiVersionLabel->setBuddy(m_apiVersion);
    form->insertRow(5, m_apiVersionLabel, m_apiVersion);
    form->addRow(QString(), m_sessionOnly);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AccountEditDialog::testConnection);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_testResult);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_name, m_keyId, m_secret, m_endpoint, m_regions, m_apiVersion})
        connect(edit, &QLineEdit::textChanged, this, &AccountEditDialog::validate);
    connect(m_dialog, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateForDialect);
    retranslateUi();
    showKeychainState();
    validate();
    resize(560, sizeHint().height());
}

void AccountEditDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("Add account") : tr("Edit account"));
    const QString labels[] = {tr("&Provider:"),  tr("&Display name:"),      tr("&Key id (SecretId):"),
                              tr("&Secret:"),    tr("&Endpoint override:"), tr("&Regions:"),
                              tr("Production:"), tr("Read-only:")};
    for (int i = 0; i < 8; ++i)
        m_labels[i]->setText(labels[i]);
    m_secret->setPlaceholderText(m_original.id.isEmpty() ? tr("Required")
                                                         : tr("Leave empty to keep the stored secret"));
    m_endpoint->setPlaceholderText(tr("Empty: the provider's public endpoint. https://, or http:// on loopback"));
    m_regions->setPlaceholderText(tr("Empty: every region. Or e.g. ap-guangzhou, ap-shanghai"));
    m_production->setText(tr("More friction: returning anything needs a typed confirmation"));
    m_readOnly->setText(tr("Nothing can be returned through this account"));
    m_sessionOnly->setText(tr("Keep the secret for this session only (not in the keychain)"));
    m_test->setText(tr("&Test connection"));
    for (QLineEdit* edit : {m_name, m_keyId})
        edit->setPlaceholderText(tr("Required"));
    m_apiVersionLabel->setText(tr("&API version:"));
    m_apiVersion->setPlaceholderText(tr("Empty: %1").arg(kZenlayerDefaultVersion));
    updateForDialect();
    showKeychainState();
}

bool AccountEditDialog::isZenlayer() const
{
    return Dialect(m_dialog->currentData().toInt()) == Dialect::Zenlayer;
}

void AccountEditDialog::updateForDialect()
{
    const bool zenlayer = isZenlayer();
    m_labels[2]->setText(zenlayer ? tr("&AccessKeyId:") : tr("&Key id (SecretId):"));
    m_labels[3]->setText(zenlayer ? tr("&AccessKeyPassword:") : tr("&Secret:"));
    m_labels[5]->setText(zenlayer ? tr("&Zones:") : tr("&Regions:"));
    m_regions->setPlaceholderText(zenlayer ? tr("Empty: every zone. Or e.g. SEL-A, HKG-A")
                                           : tr("Empty: every region. Or e.g. ap-guangzhou, ap-shanghai"));
    m_apiVersion->setVisible(zenlayer);
    m_apiVersionLabel->setVisible(zenlayer);
    validate();
}

void AccountEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountEditDialog::showKeychainState()
{
    if (m_session.isKeychainUnavailable()) {
        m_keychainNote->setText(tr("No keychain is available on this machine, so secrets cannot be stored. The "
                                   "secret will be kept for this session only and asked for again next time."));
        m_sessionOnly->setChecked(true);
        m_keychainNote->show();
    } else {
        m_keychainNote->hide();
    }
}

Account AccountEditDialog::account() const
{
    Account a = m_original;
    a.dialect = Dialect(m_dialog->currentData().toInt());
    a.name = m_name->text().trimmed();
    a.keyId = m_keyId->text().trimmed();
    const QString endpoint = m_endpoint->text().trimmed();
    a.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    a.regions = regionsFrom(m_regions->text());
    a.production = m_production->isChecked();
    a.readOnly = m_readOnly->isChecked();
    // Zenlayer: the X-ZC-Version, stored explicitly so that a later default does not change it.
    const QString version = m_apiVersion->text().trimmed();
    a.apiVersion = isZenlayer() ? (version.isEmpty() ? kZenlayerDefaultVersion : version) : QString();
    return a;
}

QString AccountEditDialog::secret() const
{
    return m_secret->text();
}

bool AccountEditDialog::keepSecretForSessionOnly() const
{
    return m_sessionOnly->isChecked();
}

QString AccountEditDialog::validationError() const
{
    const Account a = account();
    if (a.name.isEmpty())
        return tr("Enter a display name.");
    if (a.keyId.isEmpty())
        return tr("Enter the key id.");
    if (a.keyId.contains(QRegularExpression(u"\\s"_s)))
        return tr("The key id cannot contain spaces.");
    if (m_original.id.isEmpty() && secret().isEmpty())
        return tr("Enter the secret.");
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        if (!a.endpoint.isValid() || a.endpoint.host().isEmpty()
            || (a.endpoint.scheme() != u"https"_s && a.endpoint.scheme() != u"http"_s))
            return tr("The endpoint is not a valid http(s) URL.");
        if (const QString refusal = EndpointPolicy::check(a.endpoint); !refusal.isEmpty())
            return ErrorCatalog::text(refusal);
    }
    static const QRegularExpression regionPattern(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    static const QRegularExpression zonePattern(u"^[A-Z]{3}-[A-Z0-9]+$"_s);
    static const QRegularExpression versionPattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (const QString& region : a.regions) {
        if (isZenlayer() && !zonePattern.match(region).hasMatch())
            return tr("\"%1\" is not a zone id (e.g. SEL-A).").arg(region);
        if (!isZenlayer() && !regionPattern.match(region).hasMatch())
            return tr("\"%1\" is not a region id (e.g. ap-guangzhou).").arg(region);
    }
    if (isZenlayer() && !versionPattern.match(a.apiVersion).hasMatch())
        return tr("The API version is a date such as %1.").arg(kZenlayerDefaultVersion);
    return {};
}

void AccountEditDialog::validate()
{
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_saving);
    m_test->setEnabled(problem.isEmpty());
}

void AccountEditDialog::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_session.testConnection(account(), secret(), this, [this](const ProviderError& error, int regions) {
        m_test->setEnabled(true);
        if (error.isError())
            m_testResult->setText(tr("Connection failed: %1").arg(ErrorCatalog::describe(error)));
        else
            m_testResult->setText(tr("Connected: %n region(s) available.", nullptr, regions));
    });
}

void AccountEditDialog::accept()
{
    if (!validationError().isEmpty() || m_saving)
        return;
    m_saving = true;
    validate();
    // Once saved, the account has its id: a second attempt (e.g. for this session only) updates it.
    m_original.id =
        m_session.saveAccount(account(), secret(), keepSecretForSessionOnly(), this, [this](const SecretResult& r) {
            m_saving = false;
            switch (r.status) {
            case SecretResult::Status::Ok:
            case SecretResult::Status::NotFound:
                QDialog::accept();
                return;
            case SecretResult::Status::Unavailable:
                // The account is saved; its secret is not. Say so and offer this session only.
                showKeychainState();
                m_problem->setText(tr("No keychain is available: %1").arg(r.message));
                m_problem->show();
                break;
            case SecretResult::Status::Failed:
                m_problem->setText(tr("The keychain did not store the secret: %1").arg(r.message));
                m_problem->show();
                break;
            }
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        });
}

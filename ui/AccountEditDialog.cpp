#include "AccountEditDialog.h"

#include "AccountNetworkSection.h"
#include "ConsoleSession.h"
#include "Dialects.h"
#include "ErrorCatalog.h"
#include "FieldProblem.h"
#include "ProviderFactory.h"
#include "TemporaryCredentialsFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
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
    m_keyId = new QLineEdit(account.keyId);
    m_secret = new QLineEdit;
    m_secret->setEchoMode(QLineEdit::Password);
    m_endpoint = new QLineEdit(account.endpoint.toString());
    m_apiVersion = new QLineEdit(account.apiVersion);
    m_regions = new QLineEdit(account.regions.join(u", "_s));
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
    m_problem = problemLabel(u"problem"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"fieldSummary"_s);
    m_summary->setWordWrap(true);
    m_showFirst = new QPushButton;
    m_showFirst->setObjectName(u"showFirstProblem"_s);
    m_showFirst->setAutoDefault(false);
    connect(m_showFirst, &QPushButton::clicked, this, &AccountEditDialog::focusFirstInvalidField);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton;
    m_test->setObjectName(u"testConnection"_s);
    // A stored account whose proxy has a user has a stored password: an empty field keeps it.
    m_network =
        new AccountNetworkSection(account.network, !account.id.isEmpty() && !account.network.proxyUser.isEmpty());

    // In form order: the first field with a problem is the one the focus goes to.
    QWidget* nameRow = addField(m_name, "name", &AccountEditDialog::nameProblem);
    QWidget* keyIdRow = addField(m_keyId, "keyId", &AccountEditDialog::keyIdProblem);
    QWidget* secretRow = addField(m_secret, "secret", &AccountEditDialog::secretProblem);
    QWidget* endpointRow = addField(m_endpoint, "endpoint", &AccountEditDialog::endpointProblem);
    m_apiVersionRow = addField(m_apiVersion, "apiVersion", &AccountEditDialog::apiVersionProblem);
    QWidget* regionsRow = addField(m_regions, "regions", &AccountEditDialog::regionsProblem);

    auto* form = new QFormLayout;
    QWidget* buddies[] = {m_dialog, m_name, m_keyId, m_secret, m_endpoint, m_regions, m_production, m_readOnly};
    QWidget* rows[] = {m_dialog, nameRow, keyIdRow, secretRow, endpointRow, regionsRow, m_production, m_readOnly};
    for (int i = 0; i < 8; ++i) {
        m_labels[i] = new QLabel;
        m_labels[i]->setBuddy(buddies[i]);
        form->addRow(m_labels[i], rows[i]);
    }
    m_apiVersionLabel = new QLabel;
    m_apiVersionLabel->setBuddy(m_apiVersion);
    form->insertRow(5, m_apiVersionLabel, m_apiVersionRow);
    m_temporary = new TemporaryCredentialsFields(account.tokenExpires, !account.id.isEmpty());
    connect(m_temporary, &TemporaryCredentialsFields::keyPairImported, this,
            [this](const QString& secretId, const QString& secretKey) {
                m_keyId->setText(secretId);
                m_secret->setText(secretKey);
            });
    form->addRow(m_temporary->tokenLabel(), m_temporary->tokenField());
    form->addRow(QString(), m_temporary);
    form->addRow(QString(), m_sessionOnly);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AccountEditDialog::testConnection);

    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_showFirst);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_network);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problem);
    layout->addLayout(summaryRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_buttons);

    connect(m_dialog, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateForDialect);
    connect(m_network, &AccountNetworkSection::changed, this, &AccountEditDialog::validate);
    retranslateUi();
    showKeychainState();
    validate();
    resize(560, sizeHint().height());
}

QWidget* AccountEditDialog::addField(QLineEdit* edit, const char* objectName,
                                     QString (AccountEditDialog::*check)() const)
{
    const QString name = QString::fromLatin1(objectName);
    edit->setObjectName(name);
    Field field;
    field.edit = edit;
    field.problem = problemLabel(name + u"Problem"_s);
    field.check = check;
    m_fields.append(field);
    const qsizetype index = m_fields.size() - 1;
    // Every field is checked on every change: a key id's rules depend on the provider and endpoint.
    connect(edit, &QLineEdit::textChanged, this, &AccountEditDialog::validate);
    connect(edit, &QLineEdit::textEdited, this, [this, index] {
        m_fields[index].edited = true;
        validate();
    });

    auto* row = new QWidget;
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(field.problem);
    return row;
}

const DialectInfo& AccountEditDialog::dialect() const
{
    return Dialects::info(Dialect(m_dialog->currentData().toInt()));
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
    m_production->setText(tr("More friction: returning anything needs a typed confirmation"));
    m_readOnly->setText(tr("Nothing can be returned through this account"));
    m_sessionOnly->setText(tr("Keep the secret for this session only (not in the keychain)"));
    m_test->setText(tr("&Test connection"));
    m_showFirst->setText(tr("Go to the first field to fix"));
    for (QLineEdit* edit : {m_name, m_keyId})
        edit->setPlaceholderText(tr("Required"));
    m_apiVersionLabel->setText(tr("&API version:"));
    updateForDialect();
    showKeychainState();
}

void AccountEditDialog::updateForDialect()
{
    // The dialect's words are marked for this class's translation context (DialectInfo).
    const DialectInfo& info = dialect();
    m_labels[2]->setText(tr(info.keyIdLabel));
    m_labels[3]->setText(tr(info.secretLabel));
    m_labels[5]->setText(tr(info.regionsLabel));
    m_regions->setPlaceholderText(tr(info.regionsPlaceholder));
    m_apiVersion->setPlaceholderText(tr("Empty: %1").arg(info.defaultApiVersion));
    m_apiVersionRow->setVisible(info.hasApiVersionSetting());
    m_apiVersionLabel->setVisible(info.hasApiVersionSetting());
    m_temporary->setRowsVisible(info.hasTemporaryCredentials());
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
    const DialectInfo& info = dialect();
    Account a = m_original;
    a.dialect = info.dialect;
    a.name = m_name->text().trimmed();
    a.keyId = m_keyId->text().trimmed();
    const QString endpoint = m_endpoint->text().trimmed();
    a.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    a.regions = regionsFrom(m_regions->text());
    a.production = m_production->isChecked();
    a.readOnly = m_readOnly->isChecked();
    a.network = m_network->settings();
    // The version is stored explicitly, so that a later default does not change the account's.
    const QString version = m_apiVersion->text().trimmed();
    a.apiVersion = info.hasApiVersionSetting() ? (version.isEmpty() ? info.defaultApiVersion : version) : QString();
    a.tokenExpires = info.hasTemporaryCredentials() ? m_temporary->expires() : QDateTime();
    return a;
}

QString AccountEditDialog::secret() const
{
    return m_secret->text();
}

Credentials AccountEditDialog::credentials() const
{
    Credentials c{m_keyId->text().trimmed(), secret()};
    if (dialect().hasTemporaryCredentials())
        c.sessionToken = m_temporary->sessionToken();
    c.proxyPassword = m_network->proxyPassword();
    return c;
}

bool AccountEditDialog::keepSecretForSessionOnly() const
{
    return m_sessionOnly->isChecked();
}

QString AccountEditDialog::nameProblem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter a display name.") : QString();
}

QString AccountEditDialog::keyIdProblem() const
{
    const QString keyId = m_keyId->text().trimmed();
    if (keyId.isEmpty())
        return tr("Enter the key id.");
    if (keyId.contains(QRegularExpression(u"\\s"_s)))
        return tr("The key id cannot contain spaces.");
    const QUrl endpoint = account().endpoint;
    const bool loopback = !endpoint.isEmpty() && EndpointPolicy::isLoopback(endpoint);
    return dialect().isWellFormedKeyId(keyId, loopback) ? QString() : tr(dialect().keyIdProblem);
}

QString AccountEditDialog::secretProblem() const
{
    // An existing account keeps its stored secret when the field is left empty.
    return m_original.id.isEmpty() && secret().isEmpty() ? tr("Enter the secret.") : QString();
}

QString AccountEditDialog::endpointProblem() const
{
    if (m_endpoint->text().trimmed().isEmpty())
        return {};
    const QUrl endpoint = account().endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != u"https"_s && endpoint.scheme() != u"http"_s))
        return tr("The endpoint is not a valid http(s) URL.");
    const QString refusal = EndpointPolicy::check(endpoint);
    return refusal.isEmpty() ? QString() : ErrorCatalog::text(refusal);
}

QString AccountEditDialog::apiVersionProblem() const
{
    const QString version = m_apiVersion->text().trimmed();
    if (version.isEmpty() || DialectInfo::isWellFormedApiVersion(version))
        return {};
    return tr("The API version is a date such as %1.").arg(dialect().defaultApiVersion);
}

QString AccountEditDialog::regionsProblem() const
{
    const DialectInfo& info = dialect();
    for (const QString& region : regionsFrom(m_regions->text())) {
        if (!info.isWellFormedRegion(region))
            return tr(info.regionProblem).arg(region);
    }
    return {};
}

bool AccountEditDialog::isVisibleField(const Field& field) const
{
    // A field the dialect does not have (the API version of a Tencent account) is never a problem.
    return field.edit != m_apiVersion || dialect().hasApiVersionSetting();
}

QString AccountEditDialog::problemOf(const Field& field) const
{
    return isVisibleField(field) ? (this->*field.check)() : QString();
}

QString AccountEditDialog::validationError() const
{
    for (const Field& field : m_fields) {
        if (const QString problem = problemOf(field); !problem.isEmpty())
            return problem;
    }
    return m_network->validationError();
}

QLineEdit* AccountEditDialog::firstInvalidField() const
{
    for (const Field& field : m_fields) {
        if (!problemOf(field).isEmpty())
            return field.edit;
    }
    return m_network->firstInvalidField();
}

void AccountEditDialog::focusFirstInvalidField()
{
    m_showAll = true;
    validate();
    if (QLineEdit* field = firstInvalidField())
        field->setFocus(Qt::OtherFocusReason);
}

void AccountEditDialog::validate()
{
    int invalid = 0;
    for (const Field& field : std::as_const(m_fields)) {
        const QString problem = problemOf(field);
        // A field not typed in yet shows its problem only once the operator asks where to go:
        // a new form does not open full of complaints.
        const bool shown = !problem.isEmpty() && (field.edited || m_showAll || !field.edit->text().isEmpty());
        field.problem->setText(problem);
        field.problem->setVisible(shown);
        field.edit->setAccessibleDescription(problem);
        if (!problem.isEmpty())
            ++invalid;
    }
    invalid += m_network->validate(m_showAll);
    m_summary->setText(tr("%n field(s) to fill in or fix before saving.", nullptr, invalid));
    m_summary->setVisible(invalid > 0);
    m_showFirst->setVisible(invalid > 0);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(invalid == 0 && !m_saving);
    m_test->setEnabled(invalid == 0);
}

void AccountEditDialog::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_session.testConnection(account(), credentials(), this, [this](const ProviderError& error, int regions) {
        m_test->setEnabled(true);
        if (error.isError())
            m_testResult->setText(tr("Connection failed: %1").arg(ErrorCatalog::describe(error)));
        else
            m_testResult->setText(tr("Connected: %n region(s) available.", nullptr, regions));
    });
}

void AccountEditDialog::accept()
{
    if (m_saving)
        return;
    if (firstInvalidField()) {
        focusFirstInvalidField();
        return;
    }
    m_saving = true;
    validate();
    // Once saved, the account has its id: a second attempt (e.g. for this session only) updates it.
    m_original.id = m_session.saveAccount(
        account(), credentials(), keepSecretForSessionOnly(), this, [this](const SecretResult& r) {
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

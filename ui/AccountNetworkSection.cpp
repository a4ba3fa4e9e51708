#include "AccountNetworkSection.h"

#include "FieldProblem.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountNetworkSection::AccountNetworkSection(const NetworkSettings& settings, bool storedPassword, QWidget* parent)
    : QGroupBox(parent)
    , m_storedPassword(storedPassword)
{
    setObjectName(u"networkSection"_s);
    m_proxy = new QComboBox;
    m_proxy->setObjectName(u"proxy"_s);
    for (auto mode : {NetworkSettings::Proxy::System, NetworkSettings::Proxy::None, NetworkSettings::Proxy::Http,
                      NetworkSettings::Proxy::Socks5})
        m_proxy->addItem(QString(), int(mode));
    m_proxy->setCurrentIndex(std::max(0, m_proxy->findData(int(settings.proxy))));
    m_host = new QLineEdit(settings.proxyHost);
    m_port = new QLineEdit(settings.proxyPort ? QString::number(settings.proxyPort) : QString());
    m_user = new QLineEdit(settings.proxyUser);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit(settings.caFile);
    m_browse = new QPushButton;
    m_browse->setObjectName(u"browseCaFile"_s);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &AccountNetworkSection::browseCaFile);

    QWidget* rows[] = {
        m_proxy,
        addField(m_host, u"proxyHost"_s, &AccountNetworkSection::hostProblem),
        addField(m_port, u"proxyPort"_s, &AccountNetworkSection::portProblem),
        addField(m_user, u"proxyUser"_s, &AccountNetworkSection::userProblem),
        addField(m_password, u"proxyPassword"_s, &AccountNetworkSection::passwordProblem),
        nullptr,
    };
    auto* caRow = new QWidget;
    auto* caLine = new QHBoxLayout(caRow);
    caLine->setContentsMargins(0, 0, 0, 0);
    caLine->addWidget(addField(m_caFile, u"caFile"_s, &AccountNetworkSection::caFileProblem), 1);
    caLine->addWidget(m_browse, 0, Qt::AlignTop);
    rows[5] = caRow;
    QWidget* buddies[] = {m_proxy, m_host, m_port, m_user, m_password, m_caFile};

    auto* form = new QFormLayout(this);
    for (int i = 0; i < 6; ++i) {
        m_labels[i] = new QLabel;
        m_labels[i]->setBuddy(buddies[i]);
        form->addRow(m_labels[i], rows[i]);
    }
    m_proxyRows = {rows[1], rows[2], rows[3], rows[4]};

    connect(m_proxy, &QComboBox::currentIndexChanged, this, &AccountNetworkSection::updateForProxy);
    retranslateUi();
    updateForProxy();
}

QWidget* AccountNetworkSection::addField(QLineEdit* edit, const QString& objectName,
                                         QString (AccountNetworkSection::*check)() const)
{
    edit->setObjectName(objectName);
    Field field;
    field.edit = edit;
    field.problem = problemLabel(objectName + u"Problem"_s);
    field.check = check;
    m_fields.append(field);
    const qsizetype index = m_fields.size() - 1;
    connect(edit, &QLineEdit::textChanged, this, &AccountNetworkSection::changed);
    connect(edit, &QLineEdit::textEdited, this, [this, index] {
        m_fields[index].edited = true;
        emit changed();
    });

    auto* row = new QWidget;
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(field.problem);
    return row;
}

void AccountNetworkSection::retranslateUi()
{
    setTitle(tr("Network"));
    const QString names[] = {tr("System proxy (environment)"), tr("No proxy"), tr("HTTP proxy"), tr("SOCKS5 proxy")};
    for (int i = 0; i < 4; ++i)
        m_proxy->setItemText(i, names[i]);
    const QString labels[] = {tr("Pro&xy:"),      tr("Proxy &host:"),     tr("Proxy p&ort:"),
                              tr("Proxy &user:"), tr("Proxy pass&word:"), tr("Extra &CA certificate (PEM):")};
    for (int i = 0; i < 6; ++i)
        m_labels[i]->setText(labels[i]);
    m_port->setPlaceholderText(tr("1–65535"));
    m_user->setPlaceholderText(tr("Optional"));
    m_password->setPlaceholderText(m_storedPassword ? tr("Leave empty to keep the stored password") : QString());
    m_caFile->setPlaceholderText(tr("Optional: trusted in addition to the system's certificates"));
    m_browse->setText(tr("Browse…"));
    emit changed(); // problems are re-read in the new language
}

void AccountNetworkSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void AccountNetworkSection::updateForProxy()
{
    for (QWidget* row : std::as_const(m_proxyRows))
        row->setEnabled(hasExplicitProxy());
    emit changed();
}

void AccountNetworkSection::browseCaFile()
{
    // Non-blocking: the dialog reports back through fileSelected.
    auto* dialog = new QFileDialog(this, tr("Extra CA certificate"), QFileInfo(m_caFile->text()).absolutePath(),
                                   tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_caFile->setText(path);
        m_fields[m_fields.size() - 1].edited = true;
        emit changed();
    });
    dialog->open();
}

bool AccountNetworkSection::hasExplicitProxy() const
{
    const auto mode = NetworkSettings::Proxy(m_proxy->currentData().toInt());
    return mode == NetworkSettings::Proxy::Http || mode == NetworkSettings::Proxy::Socks5;
}

NetworkSettings AccountNetworkSection::settings() const
{
    NetworkSettings s;
    s.proxy = NetworkSettings::Proxy(m_proxy->currentData().toInt());
    // Host, port and user are kept while the system proxy is chosen, so switching back restores them.
    s.proxyHost = m_host->text().trimmed();
    s.proxyPort = quint16(m_port->text().trimmed().toUInt());
    s.proxyUser = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

QString AccountNetworkSection::proxyPassword() const
{
    return hasExplicitProxy() && !m_user->text().trimmed().isEmpty() ? m_password->text() : QString();
}

QString AccountNetworkSection::hostProblem() const
{
    if (!hasExplicitProxy())
        return {};
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the proxy's host name or address.");
    if (host.contains(QRegularExpression(u"[\\s/@]|://"_s)))
        return tr("Enter only the host name or address, without a scheme, user or path.");
    return {};
}

QString AccountNetworkSection::portProblem() const
{
    if (!hasExplicitProxy())
        return {};
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? QString() : tr("Enter the proxy's port, from 1 to 65535.");
}

QString AccountNetworkSection::userProblem() const
{
    if (!hasExplicitProxy())
        return {};
    return m_user->text().contains(u':') ? tr("The user name cannot contain a colon.") : QString();
}

QString AccountNetworkSection::passwordProblem() const
{
    if (!hasExplicitProxy() || m_password->text().isEmpty())
        return {};
    return m_user->text().trimmed().isEmpty() ? tr("Enter the user name the password belongs to.") : QString();
}

QString AccountNetworkSection::caFileProblem() const
{
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    if (!file.exists())
        return tr("The file does not exist.");
    if (!file.isFile() || !file.isReadable())
        return tr("The file cannot be read.");
    return {};
}

int AccountNetworkSection::validate(bool all)
{
    int invalid = 0;
    for (const Field& field : std::as_const(m_fields)) {
        const QString problem = (this->*field.check)();
        const bool shown = !problem.isEmpty() && (field.edited || all || !field.edit->text().isEmpty());
        field.problem->setText(problem);
        field.problem->setVisible(shown);
        field.edit->setAccessibleDescription(problem);
        if (!problem.isEmpty())
            ++invalid;
    }
    return invalid;
}

QString AccountNetworkSection::validationError() const
{
    for (const Field& field : m_fields) {
        if (const QString problem = (this->*field.check)(); !problem.isEmpty())
            return problem;
    }
    return {};
}

QLineEdit* AccountNetworkSection::firstInvalidField() const
{
    for (const Field& field : m_fields) {
        if (!(this->*field.check)().isEmpty())
            return field.edit;
    }
    return nullptr;
}

#include "AccountsDialog.h"

#include "AccountEditDialog.h"
#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "TokenExpiry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// What an operator looks for first comes first: a narrow window still shows it.
enum Column { NameColumn, MarksColumn, StateColumn, ProviderColumn, KeyIdColumn, EndpointColumn };

QString statusText(const AccountStatus& status)
{
    switch (status.state) {
    case AccountStatus::State::Opening:
        return AccountsDialog::tr("Opening…");
    case AccountStatus::State::Open:
        return AccountsDialog::tr("Ready");
    case AccountStatus::State::NoSecret:
    case AccountStatus::State::KeychainUnavailable:
    case AccountStatus::State::KeychainRefused:
    case AccountStatus::State::CannotOpen:
        break;
    }
    return status.message();
}

} // namespace

AccountsDialog::AccountsDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"accountsDialog"_s);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"accountList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_result = new QLabel;
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add = new QPushButton;
    m_add->setObjectName(u"add"_s);
    m_edit = new QPushButton;
    m_edit->setObjectName(u"edit"_s);
    m_remove = new QPushButton;
    m_remove->setObjectName(u"remove"_s);
    m_test = new QPushButton;
    m_test->setObjectName(u"test"_s);
    m_close = new QPushButton;
    m_close->setDefault(true);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_test})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_result);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testAccount);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AccountsDialog::editAccount);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &AccountsDialog::reload);
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, &AccountsDialog::reload);
    retranslateUi();
    resize(820, 360);
}

void AccountsDialog::retranslateUi()
{
    setWindowTitle(tr("Accounts"));
    m_list->setHeaderLabels({tr("Name"), tr("Marks"), tr("State"), tr("Provider"), tr("Key id"), tr("Endpoint")});
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_test->setText(tr("&Test connection"));
    m_close->setText(tr("Close"));
    reload();
}

void AccountsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountsDialog::reload()
{
    const QString current = currentAccountId();
    m_list->clear();
    for (const Account& a : m_session.accounts()) {
        QStringList marks;
        if (a.sandbox)
            marks << tr("sandbox");
        if (a.production)
            marks << tr("production");
        if (a.readOnly)
            marks << tr("read-only");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const QString expiry = TokenExpiry::describe(a.tokenExpires, now); !expiry.isEmpty())
            marks << expiry;
        auto* item = new QTreeWidgetItem(m_list,
                                         {a.name, marks.join(tr(", ")), statusText(m_session.status(a.id)),
                                          dialectDisplayName(a.dialect), a.keyId,
                                          a.endpoint.isEmpty() ? tr("public") : a.endpoint.toString()});
        if (TokenExpiry::needsWarning(a.tokenExpires, now)) {
            // Calls through it are about to be (or already are) refused: say so where it is seen.
            item->setIcon(MarksColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(MarksColumn,
                             tr("Get new temporary credentials and edit the account before they run out."));
        }
        item->setData(NameColumn, Qt::UserRole, a.id);
        item->setData(NameColumn, Qt::UserRole + 1, a.sandbox);
        if (a.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

QString AccountsDialog::currentAccountId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void AccountsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool stored = item && !item->data(NameColumn, Qt::UserRole + 1).toBool(); // the sandbox is not editable
    m_edit->setEnabled(stored);
    m_remove->setEnabled(stored);
    m_test->setEnabled(item != nullptr);
}

void AccountsDialog::openEditor(const Account& account)
{
    auto* dialog = new AccountEditDialog(m_session, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::addAccount()
{
    openEditor(Account());
}

void AccountsDialog::editAccount()
{
    const auto account = m_session.account(currentAccountId());
    if (!account || account->sandbox)
        return;
    openEditor(*account);
}

void AccountsDialog::removeAccount()
{
    const auto account = m_session.account(currentAccountId());
    if (!account || account->sandbox)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove account"),
                        tr("Remove the account \"%1\" and its secret from the keychain? Its instances are not touched.")
                            .arg(account->name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoval"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString accountId = account->id;
    connect(box, &QMessageBox::finished, this, [this, accountId](int answer) {
        if (answer == QMessageBox::Yes)
            m_session.removeAccount(accountId);
    });
    box->open();
}

void AccountsDialog::testAccount()
{
    const auto account = m_session.account(currentAccountId());
    if (!account)
        return;
    m_result->setText(tr("Connecting to %1…").arg(account->name));
    if (account->sandbox) {
        const bool open = m_session.status(account->id).state == AccountStatus::State::Open;
        m_result->setText(open ? tr("The sandbox emulator is running at %1.").arg(account->endpoint.toString())
                               : tr("The sandbox emulator is not running."));
        return;
    }
    const QString name = account->name;
    m_session.testConnection(*account, {}, this, [this, name](const ProviderError& error, int regions) {
        if (error.isError())
            m_result->setText(tr("%1: connection failed: %2").arg(name, ErrorCatalog::describe(error)));
        else
            m_result->setText(tr("%1: connected, %n region(s) available.", nullptr, regions).arg(name));
    });
}

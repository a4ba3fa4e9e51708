#include "AccountBrowser.h"

#include "ConsoleFleet.h"
#include "ConsoleSession.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAccountRole = Qt::UserRole;
constexpr int kRegionRole = Qt::UserRole + 1;
} // namespace

AccountBrowser::AccountBrowser(ConsoleSession& session, ConsoleFleet& fleet, QWidget* parent)
    : QTreeWidget(parent)
    , m_session(session)
    , m_fleet(fleet)
{
    setObjectName(u"browseTree"_s);
    setHeaderHidden(true);
    setMinimumWidth(140);
    connect(this, &QTreeWidget::currentItemChanged, this, &AccountBrowser::onCurrentChanged);
    connect(&m_session, &ConsoleSession::accountsChanged, this, &AccountBrowser::rebuild);
    connect(&m_session, &ConsoleSession::accountStatusChanged, this, &AccountBrowser::rebuild);
    connect(&m_fleet, &ConsoleFleet::regionsChanged, this, &AccountBrowser::rebuild);
    rebuild();
}

void AccountBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

void AccountBrowser::rebuild()
{
    QTreeWidgetItem* current = nullptr;
    {
        const QSignalBlocker block(this);
        clear();
        auto* all = new QTreeWidgetItem(this, {tr("All accounts")});
        current = all;
        for (const Account& a : m_session.accounts()) {
            const AccountStatus status = m_session.status(a.id);
            auto* accountItem = new QTreeWidgetItem(all, {status.isProblem() ? a.name + u"  ⚠"_s : a.name});
            accountItem->setData(0, kAccountRole, a.id);
            accountItem->setToolTip(0, status.isProblem() ? status.message() : dialectDisplayName(a.dialect));
            if (a.id == m_accountId && m_region.isEmpty())
                current = accountItem;
            for (const QString& region : m_fleet.regions(a.id)) {
                auto* regionItem = new QTreeWidgetItem(accountItem, {region});
                regionItem->setData(0, kAccountRole, a.id);
                regionItem->setData(0, kRegionRole, region);
                if (a.id == m_accountId && region == m_region)
                    current = regionItem;
            }
        }
        expandToDepth(0);
        setCurrentItem(current);
    }
    // What was browsed may be gone: the scope is whatever is current now.
    onCurrentChanged(current);
}

void AccountBrowser::onCurrentChanged(QTreeWidgetItem* current)
{
    setScope(current ? current->data(0, kAccountRole).toString() : QString(),
             current ? current->data(0, kRegionRole).toString() : QString());
}

void AccountBrowser::setScope(const QString& accountId, const QString& region)
{
    if (accountId == m_accountId && region == m_region)
        return;
    m_accountId = accountId;
    m_region = region;
    emit scopeChanged(accountId, region);
}

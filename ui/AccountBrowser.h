#pragma once

#include <QTreeWidget>

class ConsoleFleet;
class ConsoleSession;

// The left pane: all accounts, each account, and each region (zone) it has instances in. It
// keeps what the operator browses across rebuilds; when that account or region is gone, it goes
// back to All accounts and says so through scopeChanged(), so the table never filters on
// something that no longer exists.
class AccountBrowser : public QTreeWidget
{
    Q_OBJECT

public:
    AccountBrowser(ConsoleSession& session, ConsoleFleet& fleet, QWidget* parent = nullptr);

    // What is browsed: an empty account means all accounts, an empty region all its regions.
    QString accountId() const { return m_accountId; }
    QString region() const { return m_region; }

signals:
    void scopeChanged(const QString& accountId, const QString& region);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void onCurrentChanged(QTreeWidgetItem* current);
    void setScope(const QString& accountId, const QString& region);

    ConsoleSession& m_session;
    ConsoleFleet& m_fleet;
    QString m_accountId;
    QString m_region;
};

#pragma once

#include <QDialog>

struct Account;
class ConsoleSession;
class QLabel;
class QPushButton;
class QTreeWidget;

// The list of accounts with their state in this session: add, edit, remove, test connection.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(ConsoleSession& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    QString currentAccountId() const;
    void updateButtons();
    void openEditor(const Account& account);
    void addAccount();
    void editAccount();
    void removeAccount();
    void testAccount();

    ConsoleSession& m_session;
    QTreeWidget* m_list = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_close = nullptr;
};

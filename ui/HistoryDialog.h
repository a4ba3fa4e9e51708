#pragma once

#include "History.h"

#include <QByteArray>
#include <QDialog>

class HistoryTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Every API call the console made, from the history database: filter by instance, account, day,
// outcome and destructiveness; export what is shown to CSV.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(History& history, QWidget* parent = nullptr);

    // The filter the widgets describe, as History::calls() takes it.
    HistoryFilter currentFilter() const;
    // The rows shown, in the order shown, with a header row: what "Export to CSV" writes.
    QByteArray visibleCsv() const;
    int visibleCount() const;
    HistoryTableModel* model() const { return m_model; }

public slots:
    // Re-reads the history with the current filter (and the account list).
    void refresh();
    // Sets the outcome filter to "Sent, not confirmed".
    void showUnconfirmedOnly();
    void exportCsv();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadAccounts();
    void requery();
    void updateCount();
    void updateDateEnabled();

    History& m_history;
    HistoryTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_instanceLabel = nullptr;
    QLineEdit* m_instanceFilter = nullptr;
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_accountFilter = nullptr;
    QCheckBox* m_dateRange = nullptr;
    QDateEdit* m_fromDate = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_toDate = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QCheckBox* m_destructiveOnly = nullptr;
    QCheckBox* m_showListings = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
};

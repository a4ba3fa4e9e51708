#pragma once

#include "CallRecorder.h"

#include <QAbstractTableModel>
#include <QList>

// The recorded API calls (History::calls()) as a table, one row per call, newest first as given.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SentColumn,
        FinishedColumn,
        AccountColumn,
        RegionColumn,
        ActionColumn,
        InstancesColumn,
        DestructiveColumn,
        StatusColumn,
        ErrorCodeColumn,
        RequestIdColumn,
        AttemptColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: times as ms since the epoch, attempt as a number
        IdRole, // CallRecord::id
        ExportRole, // the text a CSV file gets: times in UTC, ISO 8601
    };

    explicit HistoryTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset).
    void setRecords(const QList<CallRecord>& records);
    const CallRecord& recordAt(int row) const;
    int recordCount() const { return int(m_records.size()); }

    // The UI language changed: headers and every cell's text.
    void retranslate();

private:
    QList<CallRecord> m_records;
};

#include "HistoryTableModel.h"

#include "DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(qint64(0));
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord& r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ExportRole) {
        // A file is read elsewhere and later: its times say their zone (UTC).
        if (index.column() == SentColumn)
            return DisplayFormat::timeForFile(r.sentAt);
        if (index.column() == FinishedColumn)
            return DisplayFormat::timeForFile(r.finishedAt);
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case SentColumn:
            return role == SortRole ? ms(r.sentAt) : QVariant(DisplayFormat::timeWithSeconds(r.sentAt));
        case FinishedColumn:
            return role == SortRole ? ms(r.finishedAt) : QVariant(DisplayFormat::timeWithSeconds(r.finishedAt));
        case AccountColumn:
            return r.accountName.isEmpty() ? r.accountId : r.accountName;
        case RegionColumn:
            return r.region;
        case ActionColumn:
            return r.action;
        case InstancesColumn:
            return r.instanceIds.join(u", "_s);
        case DestructiveColumn:
            if (role == SortRole)
                return r.destructive;
            return r.destructive ? tr("yes") : QString();
        case StatusColumn:
            return callStatusLabel(r.status);
        case ErrorCodeColumn:
            return r.errorCode;
        case RequestIdColumn:
            return r.requestId;
        case AttemptColumn:
            return role == SortRole ? QVariant(r.attempt) : QVariant(QLocale().toString(r.attempt));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn) // with what a review of an unconfirmed call found
            return r.verificationNote.isEmpty() ? callStatusDescription(r.status)
                                                : callStatusDescription(r.status) + u'\n' + r.verificationNote;
        if (index.column() == ErrorCodeColumn && !r.errorMessage.isEmpty())
            return r.errorMessage;
        if (index.column() == AccountColumn)
            return r.accountId;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SentColumn:
        return tr("Sent");
    case FinishedColumn:
        return tr("Finished");
    case AccountColumn:
        return tr("Account");
    case RegionColumn:
        return tr("Region");
    case ActionColumn:
        return tr("Action");
    case InstancesColumn:
        return tr("Instances");
    case DestructiveColumn:
        return tr("Destructive");
    case StatusColumn:
        return tr("Status");
    case ErrorCodeColumn:
        return tr("Error code");
    case RequestIdColumn:
        return tr("Request id");
    case AttemptColumn:
        return tr("Attempt");
    case ColumnCount:
        break;
    }
    return {};
}

void HistoryTableModel::setRecords(const QList<CallRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

const CallRecord& HistoryTableModel::recordAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_records.size());
    return m_records.at(row);
}

void HistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

#include "RunResultsModel.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A problem reads as a problem in words; the colour only repeats it. The colours are the instance
// table's (green runs, red failed, amber waits), in the variant for the list's background.
QColor colorFor(Happened happened, LifecyclePalette::Tone tone)
{
    switch (happened) {
    case Happened::Destroyed:
    case Happened::InRecycleBin:
    case Happened::SubscriptionCancelled:
    case Happened::DeletedCreationFailed:
        return LifecyclePalette::color(Lifecycle::Running, tone);
    case Happened::Failed:
    case Happened::Unknown:
        return LifecyclePalette::color(Lifecycle::CreateFailed, tone);
    case Happened::Blocked:
    case Happened::NotSent:
        return LifecyclePalette::color(Lifecycle::Transitioning, tone);
    case Happened::InProgress:
        break;
    }
    return {};
}

} // namespace

RunResultsModel::RunResultsModel(const RunReport& report, AccountNames names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_report(report)
    , m_names(std::move(names))
    , m_rowCount(int(report.results.size()))
{
    m_rows.reserve(m_rowCount);
    for (int row = 0; row < m_rowCount; ++row)
        m_rows.insert(m_report.results.at(row).key, row);
}

void RunResultsModel::resultChanged(const QString& key)
{
    const auto row = m_rows.constFind(key);
    if (row == m_rows.cend())
        return;
    if (m_changedFirst < 0)
        QMetaObject::invokeMethod(this, &RunResultsModel::announceChanged, Qt::QueuedConnection);
    m_changedFirst = m_changedFirst < 0 ? *row : std::min(m_changedFirst, *row);
    m_changedLast = std::max(m_changedLast, *row);
}

void RunResultsModel::announceChanged()
{
    if (m_changedFirst < 0)
        return;
    const int first = std::exchange(m_changedFirst, -1);
    const int last = std::exchange(m_changedLast, -1);
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void RunResultsModel::setTone(LifecyclePalette::Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    allChanged();
}

void RunResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allChanged();
}

void RunResultsModel::allChanged()
{
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

int RunResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RunResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_report.results.size())
        return {};
    const InstanceResult& r = m_report.results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.instanceId;
        case NameColumn:
            return r.instanceName;
        case AccountColumn:
            return m_names ? m_names(r.accountId) : r.accountId;
        case RegionColumn:
            return r.region;
        case StateColumn:
            return runStateLabel(r.state);
        case ResultColumn:
            return resultText(r);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ResultColumn ? QVariant(resultText(r)) : QVariant();
    case Qt::ForegroundRole: {
        const QColor color = colorFor(whatHappened(r), m_tone);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case KeyRole:
        return r.key;
    default:
        return {};
    }
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    case ResultColumn:
        return tr("What happened");
    default:
        return {};
    }
}

QString RunResultsModel::resultText(const InstanceResult& result) const
{
    QString text = describeResult(result);
    if (!result.requestId.isEmpty() && !result.error.isError())
        text += u" · "_s + tr("RequestId %1").arg(result.requestId);
    return text;
}

#include "InstanceSortOrder.h"

#include "InstanceTableModel.h"
#include "SortRankBuilder.h"

namespace {

// Dates as unsigned numbers in the same order.
quint64 orderedDate(qint64 key)
{
    return quint64(key) ^ (quint64(1) << 63);
}

int compareStrings(const QString& left, const QString& right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
}

} // namespace

InstanceSortOrder::SortKey InstanceSortOrder::sortKey(const InstanceRow& row, int column, QString& scratch) const
{
    using Model = InstanceTableModel;
    const Instance& in = row.instance;
    switch (column) {
    case Model::ProviderColumn:
        return {quint64(in.provider), {}};
    case Model::AccountColumn:
        return {m_rows.accounts().labelOrder(row.accountSlot), {}};
    case Model::RegionColumn:
        return {0, in.region};
    case Model::ZoneColumn:
        return {0, in.zone};
    case Model::IdColumn:
        return {0, in.id};
    case Model::NameColumn:
        // Case-insensitive, by code unit, through the lowercase copy at the start of the search
        // text: the order does not depend on the UI language (switching it re-sorts nothing) and
        // compares as plain integers and text in ranks(). Locale collation (what
        // QString::localeAwareCompare does) took 1.2-1.3x as long for a bare sort of 100k names and
        // would have to follow the UI language (bench_instance_model).
        return {0, m_rows.nameText(row)};
    case Model::StatusColumn:
        return {quint64(in.lifecycle), in.rawState};
    case Model::ChargeTypeColumn:
        return {quint64(in.chargeClass), in.rawChargeType};
    case Model::ProtectionColumn:
        return {quint64(in.terminationProtected), {}};
    case Model::TypeColumn:
        return {0, in.instanceType};
    case Model::PrivateIpColumn:
        return {row.privateIpKey, in.privateIps.isEmpty() ? QStringView() : QStringView(in.privateIps.constFirst())};
    case Model::PublicIpColumn:
        return {row.publicIpKey, in.publicIps.isEmpty() ? QStringView() : QStringView(in.publicIps.constFirst())};
    case Model::CreatedColumn:
        return {orderedDate(row.createdKey), {}};
    case Model::ExpiresColumn:
        return {orderedDate(row.expiresKey), {}};
    case Model::ReleaseColumn:
        return {orderedDate(row.releaseKey), {}};
    case Model::TagsColumn:
        // Tag by tag, key before value: U+0000 between them sorts a shorter list first.
        scratch.clear();
        for (const InstanceTag& tag : in.tags) {
            scratch += tag.key;
            scratch += QChar(0);
            scratch += tag.value;
            scratch += QChar(0);
        }
        return {0, scratch};
    default:
        return {};
    }
}

int InstanceSortOrder::compare(int column, int leftRow, int rightRow) const
{
    if (leftRow == rightRow)
        return 0;
    const InstanceRow& l = m_rows.at(leftRow);
    const InstanceRow& r = m_rows.at(rightRow);
    QString leftScratch;
    QString rightScratch;
    const SortKey a = sortKey(l, column, leftScratch);
    const SortKey b = sortKey(r, column, rightScratch);
    if (a.primary != b.primary)
        return a.primary < b.primary ? -1 : 1;
    if (const int c = a.text.compare(b.text))
        return c;
    if (const int c = compareStrings(l.instance.accountId, r.instance.accountId))
        return c;
    return compareStrings(l.instance.id, r.instance.id);
}

const std::vector<int>& InstanceSortOrder::tieRanks() const
{
    const size_t rows = size_t(m_rows.size());
    if (m_tieRanksGeneration != m_rows.generation() || m_tieRanks.size() != rows) {
        SortRankBuilder builder(rows);
        for (int r = 0; r < int(rows); ++r) {
            const InstanceRow& row = m_rows.at(r);
            builder.add(m_rows.accounts().idOrder(row.accountSlot), row.instance.id, 0, r);
        }
        m_tieRanks = builder.ranks();
        m_tieRanksGeneration = m_rows.generation();
    }
    return m_tieRanks;
}

std::vector<int> InstanceSortOrder::ranks(int column) const
{
    const std::vector<int>& ties = tieRanks();
    const int rows = m_rows.size();
    SortRankBuilder builder(static_cast<size_t>(rows));
    QString scratch;
    for (int r = 0; r < rows; ++r) {
        const SortKey key = sortKey(m_rows.at(r), column, scratch);
        builder.add(key.primary, key.text, ties[size_t(r)], r);
    }
    return builder.ranks();
}

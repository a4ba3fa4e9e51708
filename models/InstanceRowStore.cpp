#include "InstanceRowStore.h"

#include "InstanceTableModel.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModels, "teardown.models")

InstanceRowStore::SliceDiff::~SliceDiff()
{
    if (m_store)
        m_store->forget(m_fresh);
}

InstanceRowStore::~InstanceRowStore() = default;

std::unique_ptr<InstanceRow> InstanceRowStore::makeRow(const Instance& instance, QString key)
{
    auto row = std::make_unique<InstanceRow>(instance, std::move(key));
    row->accountSlot = m_accounts.slotOf(instance.accountId);
    row->text = m_text.add(row->instance);
    row->refreshSortKeys();
    return row;
}

void InstanceRowStore::setInstance(InstanceRow& row, const Instance& instance)
{
    row.instance = instance;
    m_text.release(row.text);
    row.text = m_text.add(row.instance);
    row.refreshSortKeys();
}

void InstanceRowStore::forget(const std::vector<std::unique_ptr<InstanceRow>>& unplaced)
{
    for (const std::unique_ptr<InstanceRow>& row : unplaced) {
        if (row) {
            m_byKey.remove(row->key);
            m_text.release(row->text);
        }
    }
}

void InstanceRowStore::clear()
{
    m_slots.clear();
    m_byKey.clear();
    m_slices.clear();
    m_text.clear();
}

void InstanceRowStore::load(const QList<Instance>& instances)
{
    ++m_generation;
    clear();
    // One pass builds the rows; a second places them grouped by slice, keeping the order in which
    // slices and instances first appear.
    std::vector<std::unique_ptr<InstanceRow>> built;
    built.reserve(size_t(instances.size()));
    std::vector<int> sliceOf;
    sliceOf.reserve(size_t(instances.size()));
    m_byKey.reserve(instances.size());
    m_text.reserve(size_t(instances.size()) * 64);
    int last = -1;
    for (const Instance& in : instances) {
        QString key = in.key();
        const size_t hash = KeyIndex::hashOf(key);
        if (m_byKey.find(key, hash)) {
            qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            continue;
        }
        std::unique_ptr<InstanceRow> row = makeRow(in, std::move(key));
        m_byKey.insert(row.get(), hash);
        if (last < 0 || m_slices.at(last).accountId != in.accountId || m_slices.at(last).region != in.region) {
            last = sliceIndex(in.accountId, in.region);
            if (last < 0) {
                m_slices.append(Slice{in.accountId, in.region, 0});
                last = int(m_slices.size() - 1);
            }
        }
        ++m_slices[last].count;
        built.push_back(std::move(row));
        sliceOf.push_back(last);
    }

    std::vector<int> next(size_t(m_slices.size()));
    int start = 0;
    for (qsizetype s = 0; s < m_slices.size(); ++s) {
        next[size_t(s)] = start;
        start += m_slices.at(s).count;
    }
    m_slots.resize(built.size());
    bool inOrder = true;
    for (size_t i = 0; i < built.size(); ++i) {
        const int at = next[size_t(sliceOf[i])]++;
        inOrder = inOrder && size_t(at) == i;
        built[i]->row = at;
        m_slots[size_t(at)] = std::move(built[i]);
    }
    if (!inOrder)
        forceCompactText(); // search texts in row order, for a sequential scan
    else
        m_text.trimCapacity();
}

InstanceRowStore::SliceDiff InstanceRowStore::diffSlice(const QString& accountId, const QString& region,
                                                        const QList<Instance>& instances, Unlisted unlisted,
                                                        quint32 listing)
{
    SliceDiff diff(this, accountId, region);
    diff.m_slice = sliceIndex(accountId, region);
    const int start = diff.m_slice < 0 ? size() : sliceStart(diff.m_slice);
    const int count = diff.m_slice < 0 ? 0 : m_slices.at(diff.m_slice).count;

    // Rows known already are marked `listed`; new rows are built now, but not placed yet.
    diff.m_order.reserve(size_t(instances.size()));
    m_byKey.reserve(m_byKey.size() + std::max<qsizetype>(0, instances.size() - count));
    for (const Instance& in : instances) {
        if (in.accountId != accountId || in.region != region) {
            qCWarning(lcModels) << "ignoring" << in.key() << "in the refresh of" << accountId << region;
            continue;
        }
        QString key = in.key();
        const size_t hash = KeyIndex::hashOf(key);
        if (InstanceRow* row = m_byKey.find(key, hash)) {
            if (row->listed || row->row < 0) {
                qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            } else if (row->instance.region != region) {
                qCWarning(lcModels) << "ignoring" << key << "listed in" << region << "but known in"
                                    << row->instance.region;
            } else {
                row->listed = true;
                if (listing != 0)
                    row->listing = listing;
                if (!(row->instance == in))
                    diff.m_updates.push_back({row, &in});
                diff.m_order.push_back(row);
            }
            continue;
        }
        std::unique_ptr<InstanceRow> row = makeRow(in, std::move(key));
        row->listing = listing;
        m_byKey.insert(row.get(), hash); // row -1 until it is placed: find() says so meanwhile
        diff.m_order.push_back(row.get());
        diff.m_fresh.push_back(std::move(row));
    }
    if (diff.isEmpty())
        return diff;

    QList<int> removed;
    for (int r = start; r < start + count; ++r) {
        InstanceRow& row = *m_slots[size_t(r)].row;
        if (!row.listed && unlisted == Unlisted::Remove)
            removed.append(r);
        row.listed = false;
    }
    diff.m_removedCount = removed.size();
    qsizetype runEnd = removed.size();
    while (runEnd > 0) {
        qsizetype runStart = runEnd - 1;
        while (runStart > 0 && removed.at(runStart - 1) == removed.at(runStart) - 1)
            --runStart;
        diff.m_removed.append({removed.at(runStart), removed.at(runEnd - 1)});
        runEnd = runStart;
    }

    QList<ChangedRows> changes;
    changes.reserve(qsizetype(diff.m_updates.size()));
    for (const SliceDiff::Update& update : diff.m_updates) {
        const int row = update.row->row;
        changes.append({row, row, changedColumns(update.row->instance, *update.instance)});
    }
    std::sort(changes.begin(), changes.end(),
              [](const ChangedRows& a, const ChangedRows& b) { return a.first < b.first; });
    for (const ChangedRows& change : std::as_const(changes)) {
        ChangedRows* run = diff.m_changed.isEmpty() ? nullptr : &diff.m_changed.last();
        if (run && run->last + 1 == change.first && run->columns == change.columns)
            run->last = change.first;
        else
            diff.m_changed.append(change);
    }
    return diff;
}

void InstanceRowStore::replaceSliceRows(SliceDiff diff)
{
    ++m_generation;
    const int slice = diff.m_slice;
    const int start = slice < 0 ? size() : sliceStart(slice);
    const int count = slice < 0 ? 0 : m_slices.at(slice).count;
    for (const SliceDiff::Update& update : diff.m_updates)
        setInstance(*update.row, *update.instance);
    for (const RowRange& range : std::as_const(diff.m_removed)) {
        for (int r = range.first; r <= range.last; ++r) {
            m_byKey.remove(m_slots[size_t(r)].row->key);
            m_text.release(m_slots[size_t(r)].row->text);
        }
    }
    // The slice's rows in the refresh's order: the known ones are taken out of their slots first.
    std::vector<std::unique_ptr<InstanceRow>> known(static_cast<size_t>(count));
    for (int r = start; r < start + count; ++r)
        known[size_t(r - start)] = std::move(m_slots[size_t(r)].row);
    size_t nextFresh = 0;
    std::vector<Slot> rows;
    rows.reserve(diff.m_order.size());
    for (InstanceRow* row : diff.m_order)
        rows.emplace_back(row->row >= 0 ? std::move(known[size_t(row->row - start)])
                                        : std::move(diff.m_fresh[nextFresh++]));
    diff.m_fresh.clear();
    m_slots.erase(m_slots.begin() + start, m_slots.begin() + start + count);
    const int newCount = int(rows.size());
    m_slots.insert(m_slots.begin() + start, std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    renumberFrom(start);
    if (slice < 0)
        m_slices.append(Slice{diff.m_accountId, diff.m_region, newCount});
    else if (newCount > 0)
        m_slices[slice].count = newCount;
    else
        m_slices.removeAt(slice);
    compactText();
}

void InstanceRowStore::applyChanges(const SliceDiff& diff)
{
    for (const SliceDiff::Update& update : diff.m_updates) {
        setInstance(*update.row, *update.instance);
        m_slots[size_t(update.row->row)].syncText();
    }
}

InstanceRowStore::RowRange InstanceRowStore::insertionRange(const SliceDiff& diff) const
{
    const int at = diff.m_slice < 0 ? size() : sliceStart(diff.m_slice) + m_slices.at(diff.m_slice).count;
    return {at, at + int(diff.m_fresh.size()) - 1};
}

void InstanceRowStore::insertNew(SliceDiff& diff)
{
    if (diff.m_fresh.empty())
        return;
    ++m_generation;
    if (diff.m_slice < 0) {
        m_slices.append(Slice{diff.m_accountId, diff.m_region, 0});
        diff.m_slice = int(m_slices.size() - 1);
    }
    const int at = sliceStart(diff.m_slice) + m_slices.at(diff.m_slice).count;
    m_slots.insert(m_slots.begin() + at, std::make_move_iterator(diff.m_fresh.begin()),
                   std::make_move_iterator(diff.m_fresh.end()));
    m_slices[diff.m_slice].count += int(diff.m_fresh.size());
    diff.m_fresh.clear();
    renumberFrom(at);
}

void InstanceRowStore::removeRows(RowRange range)
{
    removeRanges({range});
}

void InstanceRowStore::removeRanges(const QList<RowRange>& ranges)
{
    if (ranges.isEmpty())
        return;
    ++m_generation;
    int lowest = size();
    for (const RowRange& range : ranges) {
        for (int r = range.first; r <= range.last; ++r) {
            m_byKey.remove(m_slots[size_t(r)].row->key);
            m_text.release(m_slots[size_t(r)].row->text);
            m_slots[size_t(r)].row.reset();
        }
        lowest = std::min(lowest, range.first);
    }
    // Each slice loses its rows that went; one pass then closes every gap.
    int start = 0;
    for (Slice& slice : m_slices) {
        const int end = start + slice.count;
        if (end > lowest) {
            slice.count -= int(std::count_if(m_slots.begin() + std::max(start, lowest), m_slots.begin() + end,
                                             [](const Slot& slot) { return !slot.row; }));
        }
        start = end;
    }
    m_slots.erase(std::remove_if(m_slots.begin() + lowest, m_slots.end(), [](const Slot& slot) { return !slot.row; }),
                  m_slots.end());
    renumberFrom(lowest);
}

void InstanceRowStore::dropEmptySlices()
{
    m_slices.removeIf([](const Slice& slice) { return slice.count == 0; });
}

QList<InstanceRowStore::RowRange> InstanceRowStore::accountRanges(const QString& accountId) const
{
    QList<RowRange> ranges;
    int end = size();
    for (qsizetype s = m_slices.size() - 1; s >= 0; --s) {
        const Slice& slice = m_slices.at(s);
        if (slice.accountId == accountId && slice.count > 0)
            ranges.append({end - slice.count, end - 1});
        end -= slice.count;
    }
    return ranges;
}

InstanceRowStore::RowRange InstanceRowStore::sliceRows(const QString& accountId, const QString& region) const
{
    const int slice = sliceIndex(accountId, region);
    if (slice < 0)
        return {};
    const int start = sliceStart(slice);
    return {start, start + m_slices.at(slice).count - 1};
}

int InstanceRowStore::updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                                  const std::optional<QDateTime>& autoRelease)
{
    InstanceRow* row = m_byKey.find(key, KeyIndex::hashOf(key));
    if (!row)
        return -1;
    Instance& in = row->instance;
    const QDateTime release = autoRelease.value_or(in.autoRelease);
    if (in.rawState == rawState && in.lifecycle == lifecycle && in.autoRelease == release)
        return -1;
    in.rawState = rawState;
    in.lifecycle = lifecycle;
    in.autoRelease = release;
    row->refreshSortKeys(); // the search text has no state in it
    return row->row;
}

void InstanceRowStore::compactText()
{
    // Texts replaced or removed leave gaps; past half the buffer, the live ones are copied in row
    // order (which also makes the filter's scan through them sequential).
    if (m_text.wantsCompaction())
        forceCompactText();
}

void InstanceRowStore::forceCompactText()
{
    m_text.compact([this](auto&& move) {
        for (Slot& slot : m_slots) {
            move(slot.row->text);
            slot.syncText();
        }
    });
}

int InstanceRowStore::sliceIndex(const QString& accountId, const QString& region) const
{
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        if (m_slices.at(i).accountId == accountId && m_slices.at(i).region == region)
            return int(i);
    }
    return -1;
}

int InstanceRowStore::sliceStart(int sliceIndex) const
{
    int start = 0;
    for (int i = 0; i < sliceIndex; ++i)
        start += m_slices.at(i).count;
    return start;
}

int InstanceRowStore::sliceOfRow(int row) const
{
    int end = 0;
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        end += m_slices.at(i).count;
        if (row < end)
            return int(i);
    }
    return -1;
}

void InstanceRowStore::renumberFrom(int firstRow)
{
    for (size_t i = size_t(firstRow); i < m_slots.size(); ++i)
        m_slots[i].row->row = int(i);
}

int InstanceRowStore::changedColumns(const Instance& before, const Instance& after)
{
    using Model = InstanceTableModel;
    int mask = 0;
    auto mark = [&mask](int column) { mask |= 1 << column; };
    if (before.provider != after.provider)
        mark(Model::ProviderColumn);
    if (before.accountId != after.accountId)
        mark(Model::AccountColumn);
    if (before.region != after.region)
        mark(Model::RegionColumn);
    if (before.zone != after.zone)
        mark(Model::ZoneColumn);
    if (before.id != after.id)
        mark(Model::IdColumn);
    if (before.name != after.name)
        mark(Model::NameColumn);
    if (before.rawState != after.rawState || before.lifecycle != after.lifecycle
        || before.restriction != after.restriction || before.lastOperation != after.lastOperation)
        mark(Model::StatusColumn);
    if (before.expires != after.expires)
        mark(Model::ExpiresColumn);
    if (before.lifecycle != after.lifecycle || before.autoRelease != after.autoRelease)
        mark(Model::ReleaseColumn);
    if (before.rawChargeType != after.rawChargeType || before.chargeClass != after.chargeClass)
        mark(Model::ChargeTypeColumn);
    if (before.terminationProtected != after.terminationProtected)
        mark(Model::ProtectionColumn);
    if (before.instanceType != after.instanceType || before.osName != after.osName)
        mark(Model::TypeColumn);
    if (before.privateIps != after.privateIps)
        mark(Model::PrivateIpColumn);
    if (before.publicIps != after.publicIps)
        mark(Model::PublicIpColumn);
    if (before.created != after.created)
        mark(Model::CreatedColumn);
    if (before.tags != after.tags)
        mark(Model::TagsColumn);
    return mask;
}

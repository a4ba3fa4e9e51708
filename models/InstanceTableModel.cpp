#include "InstanceTableModel.h"

#include "ProviderFactory.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <bit>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModels, "teardown.models")

namespace {

constexpr QChar kFieldSeparator(0x1f); // cannot be typed, so a search never spans two fields
constexpr qint64 kNoDate = std::numeric_limits<qint64>::max(); // rows without a date sort last

qint64 dateKey(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : kNoDate;
}

// A dotted IPv4 address as a number, so 10.0.0.9 sorts before 10.0.0.10; 0 for anything else.
quint32 ipv4Key(const QStringList& ips)
{
    if (ips.isEmpty())
        return 0;
    const QString& ip = ips.constFirst();
    quint32 value = 0;
    int part = 0;
    int digits = 0;
    int parts = 0;
    for (const QChar c : ip) {
        if (c >= u'0' && c <= u'9') {
            part = part * 10 + (c.unicode() - u'0');
            if (++digits > 3 || part > 255)
                return 0;
        } else if (c == u'.' && digits > 0 && parts < 3) {
            value = (value << 8) | quint32(part);
            ++parts;
            part = 0;
            digits = 0;
        } else {
            return 0;
        }
    }
    if (parts != 3 || digits == 0)
        return 0;
    return (value << 8) | quint32(part);
}

template<typename T>
int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

int compareStrings(const QString& left, const QString& right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
}

int compareFirst(const QStringList& left, const QStringList& right)
{
    if (left.isEmpty() || right.isEmpty())
        return compareValues(!left.isEmpty(), !right.isEmpty());
    return compareStrings(left.constFirst(), right.constFirst());
}

int compareTags(const QList<InstanceTag>& left, const QList<InstanceTag>& right)
{
    const qsizetype n = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (int c = compareStrings(left.at(i).key, right.at(i).key))
            return c;
        if (int c = compareStrings(left.at(i).value, right.at(i).value))
            return c;
    }
    return compareValues(left.size(), right.size());
}

QString localDate(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString localDateLong(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(Qt::ISODate) : QString();
}

QString tagText(const InstanceTag& tag)
{
    return tag.value.isEmpty() ? tag.key : tag.key + u'=' + tag.value;
}

QString tagsText(const QList<InstanceTag>& tags, QStringView separator)
{
    QString text;
    for (const InstanceTag& tag : tags) {
        if (!text.isEmpty())
            text += separator;
        text += tagText(tag);
    }
    return text;
}

} // namespace

struct InstanceTableModel::Row
{
    Instance instance;
    QString key;
    QString haystack; // lowercase; starts with the name
    qint64 createdKey = kNoDate;
    qint64 expiresKey = kNoDate; // the date the Expires column shows
    quint32 privateIpKey = 0;
    quint32 publicIpKey = 0;
    int nameLength = 0; // of the name at the start of the haystack
    int accountSlot = -1;
    int row = -1;

    QStringView sortName() const { return QStringView(haystack).first(nameLength); }
    const QDateTime& shownExpiry() const
    {
        return instance.lifecycle == Lifecycle::RecycleBin && instance.autoRelease.isValid() ? instance.autoRelease
                                                                                             : instance.expires;
    }
};

InstanceTableModel::InstanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTipText(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        // The colour repeats what the status text says; it never stands alone.
        if (column == StatusColumn)
            return lifecycleColor(row.instance.lifecycle);
        return {};
    case SortRole:
        return sortValue(row, column);
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QString InstanceTableModel::displayText(const Row& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case ProviderColumn:
        return providerDisplayName(in.provider);
    case AccountColumn:
        return m_accounts.at(row.accountSlot).label;
    case RegionColumn:
        return in.region;
    case ZoneColumn:
        return in.zone;
    case IdColumn:
        return in.id;
    case NameColumn:
        return in.name;
    case StatusColumn: {
        // The provider's own word for the state when the catalog knows it, else the neutral one.
        const QString label = ProviderCatalog::stateLabel(in.provider, in.rawState);
        return label.isEmpty() || label == in.rawState ? lifecycleLabel(in.lifecycle) : label;
    }
    case ChargeTypeColumn: {
        const QString label = ProviderCatalog::chargeTypeLabel(in.provider, in.rawChargeType);
        return label.isEmpty() || label == in.rawChargeType ? chargeClassLabel(in.chargeClass) : label;
    }
    case ProtectionColumn:
        return in.terminationProtected ? tr("Protected") : QString();
    case TypeColumn:
        return in.instanceType;
    case PrivateIpColumn:
        return in.privateIps.join(u", ");
    case PublicIpColumn:
        return in.publicIps.join(u", ");
    case CreatedColumn:
        return localDate(in.created);
    case ExpiresColumn:
        return localDate(row.shownExpiry());
    case TagsColumn:
        return tagsText(in.tags, u", ");
    default:
        return {};
    }
}

QString InstanceTableModel::toolTipText(const Row& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case AccountColumn: {
        const AccountEntry& account = m_accounts.at(row.accountSlot);
        return account.label == account.id ? account.id : tr("%1 (%2)", "account name (account id)").arg(account.label, account.id);
    }
    case StatusColumn:
        // The provider's raw value: what its console and API documentation call the state.
        if (in.restriction.isEmpty())
            return in.rawState;
        return in.rawState + u'\n' + tr("Restriction: %1").arg(in.restriction);
    case ChargeTypeColumn:
        return in.rawChargeType;
    case ProtectionColumn:
        return in.terminationProtected ? tr("Termination protection is on: the provider refuses to return this instance")
                                       : tr("Termination protection is off");
    case TypeColumn:
        return in.osName.isEmpty() ? in.instanceType : in.instanceType + u'\n' + in.osName;
    case PrivateIpColumn:
        return in.privateIps.join(u'\n');
    case PublicIpColumn:
        return in.publicIps.join(u'\n');
    case CreatedColumn:
        return localDateLong(in.created);
    case ExpiresColumn:
        if (in.lifecycle == Lifecycle::RecycleBin && in.autoRelease.isValid())
            return tr("In the recycle bin; released for good at %1").arg(localDateLong(in.autoRelease));
        if (in.expires.isValid())
            return tr("Subscription ends at %1").arg(localDateLong(in.expires));
        return {};
    case TagsColumn:
        return tagsText(in.tags, u"\n");
    default:
        return displayText(row, column);
    }
}

QVariant InstanceTableModel::sortValue(const Row& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case ProviderColumn:
        return providerKey(in.provider);
    case AccountColumn:
        return m_accounts.at(row.accountSlot).label;
    case RegionColumn:
        return in.region;
    case ZoneColumn:
        return in.zone;
    case IdColumn:
        return in.id;
    case NameColumn:
        return in.name;
    case StatusColumn:
        return int(in.lifecycle);
    case ChargeTypeColumn:
        return int(in.chargeClass);
    case ProtectionColumn:
        return in.terminationProtected;
    case TypeColumn:
        return in.instanceType;
    case PrivateIpColumn:
        return in.privateIps.value(0);
    case PublicIpColumn:
        return in.publicIps.value(0);
    case CreatedColumn:
        return in.created;
    case ExpiresColumn:
        return row.shownExpiry();
    case TagsColumn:
        return tagsText(in.tags, u", ");
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProviderColumn:
            return tr("Provider");
        case AccountColumn:
            return tr("Account");
        case RegionColumn:
            return tr("Region");
        case ZoneColumn:
            return tr("Zone");
        case IdColumn:
            return tr("ID");
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case ChargeTypeColumn:
            return tr("Charge type");
        case ProtectionColumn:
            return tr("Protection");
        case TypeColumn:
            return tr("Type");
        case PrivateIpColumn:
            return tr("Private IP");
        case PublicIpColumn:
            return tr("Public IP");
        case CreatedColumn:
            return tr("Created");
        case ExpiresColumn:
            return tr("Expires");
        case TagsColumn:
            return tr("Tags");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("State in the provider's words; the tooltip shows the provider's raw value");
        case ChargeTypeColumn:
            return tr("How the instance is billed; the tooltip shows the provider's raw value");
        case ProtectionColumn:
            return tr("Whether termination protection is on");
        case ExpiresColumn:
            return tr("When a subscription ends, or when an instance in the recycle bin is released for good");
        default:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(KeyRole, "key");
    return names;
}

QColor InstanceTableModel::lifecycleColor(Lifecycle lifecycle)
{
    // Dark enough to read as text on a light background.
    switch (lifecycle) {
    case Lifecycle::Running:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Lifecycle::Creating:
    case Lifecycle::Transitioning:
        return QColor(0xb2, 0x6a, 0x00); // amber
    case Lifecycle::CreateFailed:
    case Lifecycle::Terminating:
        return QColor(0xc6, 0x28, 0x28); // red
    case Lifecycle::RecycleBin:
        return QColor(0x6a, 0x1b, 0x9a); // purple
    case Lifecycle::Stopped:
    case Lifecycle::Gone:
    case Lifecycle::Unknown:
        break;
    }
    return QColor(0x61, 0x61, 0x61); // grey
}

void InstanceTableModel::setAccountNames(const QHash<QString, QString>& namesById)
{
    m_accountNames = namesById;
    for (AccountEntry& account : m_accounts) {
        const QString name = m_accountNames.value(account.id);
        account.label = name.isEmpty() ? account.id : name;
        account.sortKey = account.label.toCaseFolded();
    }
    ++m_generation;
    if (!m_rows.empty())
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

int InstanceTableModel::accountSlot(const QString& accountId)
{
    const auto it = m_accountSlots.constFind(accountId);
    if (it != m_accountSlots.constEnd())
        return it.value();
    const QString name = m_accountNames.value(accountId);
    AccountEntry account{accountId, name.isEmpty() ? accountId : name, {}};
    account.sortKey = account.label.toCaseFolded();
    m_accounts.append(account);
    m_accountSlots.insert(accountId, int(m_accounts.size() - 1));
    return int(m_accounts.size() - 1);
}

std::unique_ptr<InstanceTableModel::Row> InstanceTableModel::makeRow(const Instance& instance)
{
    auto row = std::make_unique<Row>();
    row->instance = instance;
    row->key = instance.key();
    row->accountSlot = accountSlot(instance.accountId);
    refreshDerived(*row);
    return row;
}

void InstanceTableModel::refreshDerived(Row& row) const
{
    const Instance& in = row.instance;
    qsizetype length = in.name.size() + 1 + in.id.size();
    for (const QString& ip : in.privateIps)
        length += ip.size() + 1;
    for (const QString& ip : in.publicIps)
        length += ip.size() + 1;
    for (const InstanceTag& tag : in.tags)
        length += tag.key.size() + tag.value.size() + 2;

    QString haystack;
    haystack.reserve(length);
    QString name = in.name;
    name.remove(kFieldSeparator);
    haystack += name;
    haystack += kFieldSeparator;
    haystack += in.id;
    for (const QStringList* ips : {&in.privateIps, &in.publicIps}) {
        for (const QString& ip : *ips) {
            haystack += kFieldSeparator;
            haystack += ip;
        }
    }
    for (const InstanceTag& tag : in.tags) {
        haystack += kFieldSeparator;
        haystack += tag.key;
        haystack += u'=';
        haystack += tag.value;
    }
    row.haystack = std::move(haystack).toLower();
    row.haystack.squeeze();
    row.nameLength = int(row.haystack.indexOf(kFieldSeparator));
    row.createdKey = dateKey(in.created);
    row.expiresKey = dateKey(row.shownExpiry());
    row.privateIpKey = ipv4Key(in.privateIps);
    row.publicIpKey = ipv4Key(in.publicIps);
}

int InstanceTableModel::sliceIndex(const QString& accountId, const QString& region) const
{
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        if (m_slices.at(i).accountId == accountId && m_slices.at(i).region == region)
            return int(i);
    }
    return -1;
}

int InstanceTableModel::sliceStart(int sliceIndex) const
{
    int start = 0;
    for (int i = 0; i < sliceIndex; ++i)
        start += m_slices.at(i).count;
    return start;
}

void InstanceTableModel::renumberFrom(int firstRow)
{
    for (size_t i = size_t(firstRow); i < m_rows.size(); ++i)
        m_rows[i]->row = int(i);
}

void InstanceTableModel::removeRowRange(int first, int last)
{
    for (int i = first; i <= last; ++i)
        m_byKey.remove(m_rows[size_t(i)]->key);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    renumberFrom(first);
}

void InstanceTableModel::clearRows()
{
    m_rows.clear();
    m_byKey.clear();
    m_slices.clear();
}

void InstanceTableModel::appendGrouped(const QList<Instance>& instances)
{
    // Group by slice, keeping the order in which slices and instances first appear.
    std::vector<int> sliceOf(size_t(instances.size()), -1);
    int last = -1;
    QSet<QString> seen;
    seen.reserve(instances.size());
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const Instance& in = instances.at(i);
        const QString key = in.key();
        if (m_byKey.contains(key) || seen.contains(key)) {
            qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            continue;
        }
        seen.insert(key);
        if (last < 0 || m_slices.at(last).accountId != in.accountId || m_slices.at(last).region != in.region) {
            last = sliceIndex(in.accountId, in.region);
            if (last < 0) {
                m_slices.append(Slice{in.accountId, in.region, 0});
                last = int(m_slices.size() - 1);
            }
        }
        ++m_slices[last].count;
        sliceOf[size_t(i)] = last;
    }

    std::vector<int> next(size_t(m_slices.size()));
    int start = int(m_rows.size());
    for (qsizetype s = 0; s < m_slices.size(); ++s) {
        next[size_t(s)] = start;
        start += m_slices.at(s).count;
    }
    m_rows.resize(size_t(start));
    m_byKey.reserve(start);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        if (sliceOf[size_t(i)] < 0)
            continue;
        const int at = next[size_t(sliceOf[size_t(i)])]++;
        m_rows[size_t(at)] = makeRow(instances.at(i));
        m_rows[size_t(at)]->row = at;
        m_byKey.insert(m_rows[size_t(at)]->key, m_rows[size_t(at)].get());
    }
}

void InstanceTableModel::setInstances(const QList<Instance>& instances)
{
    beginResetModel();
    ++m_generation;
    clearRows();
    appendGrouped(instances);
    endResetModel();
}

int InstanceTableModel::changedColumns(const Instance& before, const Instance& after)
{
    int mask = 0;
    auto mark = [&mask](int column) { mask |= 1 << column; };
    if (before.provider != after.provider)
        mark(ProviderColumn);
    if (before.accountId != after.accountId)
        mark(AccountColumn);
    if (before.region != after.region)
        mark(RegionColumn);
    if (before.zone != after.zone)
        mark(ZoneColumn);
    if (before.id != after.id)
        mark(IdColumn);
    if (before.name != after.name)
        mark(NameColumn);
    if (before.rawState != after.rawState || before.lifecycle != after.lifecycle
        || before.restriction != after.restriction || before.lastOperation != after.lastOperation)
        mark(StatusColumn);
    if (before.lifecycle != after.lifecycle || before.expires != after.expires || before.autoRelease != after.autoRelease)
        mark(ExpiresColumn);
    if (before.rawChargeType != after.rawChargeType || before.chargeClass != after.chargeClass)
        mark(ChargeTypeColumn);
    if (before.terminationProtected != after.terminationProtected)
        mark(ProtectionColumn);
    if (before.instanceType != after.instanceType || before.osName != after.osName)
        mark(TypeColumn);
    if (before.privateIps != after.privateIps)
        mark(PrivateIpColumn);
    if (before.publicIps != after.publicIps)
        mark(PublicIpColumn);
    if (before.created != after.created)
        mark(CreatedColumn);
    if (before.tags != after.tags)
        mark(TagsColumn);
    return mask;
}

void InstanceTableModel::replaceSlice(const QString& accountId, const QString& region, const QList<Instance>& instances)
{
    // What arrives: this slice's instances, each once.
    QList<const Instance*> incoming;
    incoming.reserve(instances.size());
    QHash<QString, const Instance*> incomingByKey;
    incomingByKey.reserve(instances.size());
    for (const Instance& in : instances) {
        if (in.accountId != accountId || in.region != region) {
            qCWarning(lcModels) << "ignoring" << in.key() << "in the refresh of" << accountId << region;
            continue;
        }
        QString key = in.key();
        if (incomingByKey.contains(key)) {
            qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            continue;
        }
        if (const Row* existing = m_byKey.value(key); existing && existing->instance.region != region) {
            qCWarning(lcModels) << "ignoring" << key << "listed in" << region << "but known in" << existing->instance.region;
            continue;
        }
        incomingByKey.insert(std::move(key), &in);
        incoming.append(&in);
    }

    int slice = sliceIndex(accountId, region);
    if (slice < 0 && incoming.isEmpty())
        return;
    const int start = slice < 0 ? int(m_rows.size()) : sliceStart(slice);
    const int count = slice < 0 ? 0 : m_slices.at(slice).count;

    // Compare with what the slice holds.
    QList<int> removed;
    for (int r = start; r < start + count; ++r) {
        if (!incomingByKey.contains(m_rows[size_t(r)]->key))
            removed.append(r);
    }
    QList<const Instance*> added;
    for (const Instance* in : std::as_const(incoming)) {
        if (!m_byKey.contains(in->key()))
            added.append(in);
    }

    if (removed.size() + added.size() > m_resetThreshold) {
        // Thousands of scattered insertions or removals cost a sorted proxy and its views more than
        // one reset (bench_instance_model measures both).
        beginResetModel();
        ++m_generation;
        std::vector<std::unique_ptr<Row>> rows;
        rows.reserve(size_t(incoming.size()));
        for (const Instance* in : std::as_const(incoming)) {
            if (Row* existing = m_byKey.value(in->key())) {
                std::unique_ptr<Row> row = std::move(m_rows[size_t(existing->row)]);
                row->instance = *in;
                refreshDerived(*row);
                rows.push_back(std::move(row));
            } else {
                rows.push_back(makeRow(*in));
            }
        }
        for (int r = start; r < start + count; ++r) {
            if (m_rows[size_t(r)])
                m_byKey.remove(m_rows[size_t(r)]->key);
        }
        m_rows.erase(m_rows.begin() + start, m_rows.begin() + start + count);
        const int newCount = int(rows.size());
        m_rows.insert(m_rows.begin() + start, std::make_move_iterator(rows.begin()),
                      std::make_move_iterator(rows.end()));
        for (int r = start; r < start + newCount; ++r)
            m_byKey.insert(m_rows[size_t(r)]->key, m_rows[size_t(r)].get());
        renumberFrom(start);
        if (slice < 0)
            m_slices.append(Slice{accountId, region, newCount});
        else if (newCount > 0)
            m_slices[slice].count = newCount;
        else
            m_slices.removeAt(slice);
        endResetModel();
        return;
    }

    // 1. Changed rows, in place.
    struct Change
    {
        int row;
        int mask;
    };
    QList<Change> changes;
    for (const Instance* in : std::as_const(incoming)) {
        Row* row = m_byKey.value(in->key());
        if (!row || row->instance == *in)
            continue;
        changes.append({row->row, changedColumns(row->instance, *in)});
    }
    if (!changes.isEmpty()) {
        ++m_generation;
        for (const Change& change : std::as_const(changes)) {
            Row& row = *m_rows[size_t(change.row)];
            row.instance = *incomingByKey.value(row.key);
            refreshDerived(row);
        }
        std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.row < b.row; });
        // One signal per run of neighbouring rows whose changes span the same columns.
        qsizetype i = 0;
        while (i < changes.size()) {
            qsizetype j = i + 1;
            while (j < changes.size() && changes.at(j).row == changes.at(j - 1).row + 1
                   && changes.at(j).mask == changes.at(i).mask)
                ++j;
            const int mask = changes.at(i).mask;
            const int first = std::countr_zero(unsigned(mask));
            const int last = 31 - std::countl_zero(unsigned(mask));
            emit dataChanged(index(changes.at(i).row, first), index(changes.at(j - 1).row, last));
            i = j;
        }
    }

    // 2. Vanished rows, bottom run first so the rows above keep their numbers.
    qsizetype runEnd = removed.size();
    while (runEnd > 0) {
        qsizetype runStart = runEnd - 1;
        while (runStart > 0 && removed.at(runStart - 1) == removed.at(runStart) - 1)
            --runStart;
        const int first = removed.at(runStart);
        const int last = removed.at(runEnd - 1);
        ++m_generation;
        beginRemoveRows({}, first, last);
        removeRowRange(first, last);
        m_slices[slice].count -= last - first + 1;
        endRemoveRows();
        runEnd = runStart;
    }

    // 3. New rows, appended to the slice.
    if (!added.isEmpty()) {
        if (slice < 0) {
            m_slices.append(Slice{accountId, region, 0});
            slice = int(m_slices.size() - 1);
        }
        const int at = sliceStart(slice) + m_slices.at(slice).count;
        ++m_generation;
        beginInsertRows({}, at, at + int(added.size()) - 1);
        std::vector<std::unique_ptr<Row>> rows;
        rows.reserve(size_t(added.size()));
        for (const Instance* in : std::as_const(added))
            rows.push_back(makeRow(*in));
        m_rows.insert(m_rows.begin() + at, std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        for (int r = at; r < at + int(added.size()); ++r)
            m_byKey.insert(m_rows[size_t(r)]->key, m_rows[size_t(r)].get());
        m_slices[slice].count += int(added.size());
        renumberFrom(at);
        endInsertRows();
    }

    if (slice >= 0 && m_slices.at(slice).count == 0)
        m_slices.removeAt(slice);
}

void InstanceTableModel::removeAccount(const QString& accountId)
{
    int total = 0;
    for (const Slice& slice : std::as_const(m_slices)) {
        if (slice.accountId == accountId)
            total += slice.count;
    }
    if (total == 0)
        return;

    if (total > m_resetThreshold) {
        beginResetModel();
        ++m_generation;
        for (qsizetype s = m_slices.size() - 1; s >= 0; --s) {
            if (m_slices.at(s).accountId != accountId)
                continue;
            const int start = sliceStart(int(s));
            removeRowRange(start, start + m_slices.at(s).count - 1);
            m_slices.removeAt(s);
        }
        endResetModel();
        return;
    }

    for (qsizetype s = m_slices.size() - 1; s >= 0; --s) {
        if (m_slices.at(s).accountId != accountId)
            continue;
        const int start = sliceStart(int(s));
        const int last = start + m_slices.at(s).count - 1;
        ++m_generation;
        beginRemoveRows({}, start, last);
        removeRowRange(start, last);
        m_slices.removeAt(s);
        endRemoveRows();
    }
}

void InstanceTableModel::updateState(const QString& key, const QString& rawState, Lifecycle lifecycle)
{
    Row* row = m_byKey.value(key);
    if (!row || (row->instance.rawState == rawState && row->instance.lifecycle == lifecycle))
        return;
    ++m_generation;
    row->instance.rawState = rawState;
    row->instance.lifecycle = lifecycle;
    refreshDerived(*row);
    emit dataChanged(index(row->row, 0), index(row->row, ColumnCount - 1));
}

void InstanceTableModel::removeInstance(const QString& key)
{
    const Row* row = m_byKey.value(key);
    if (!row)
        return;
    const int r = row->row;
    const int slice = sliceIndex(row->instance.accountId, row->instance.region);
    ++m_generation;
    beginRemoveRows({}, r, r);
    removeRowRange(r, r);
    if (slice >= 0 && --m_slices[slice].count == 0)
        m_slices.removeAt(slice);
    endRemoveRows();
}

int InstanceTableModel::rowOf(const QString& key) const
{
    const Row* row = m_byKey.value(key);
    return row ? row->row : -1;
}

const Instance& InstanceTableModel::instanceAt(int row) const
{
    static const Instance none;
    if (row < 0 || size_t(row) >= m_rows.size())
        return none;
    return m_rows[size_t(row)]->instance;
}

QList<Instance> InstanceTableModel::instances() const
{
    QList<Instance> all;
    all.reserve(qsizetype(m_rows.size()));
    for (const auto& row : m_rows)
        all.append(row->instance);
    return all;
}

void InstanceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QStringView InstanceTableModel::searchText(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    return m_rows[size_t(row)]->haystack;
}

int InstanceTableModel::compareRows(int column, int leftRow, int rightRow) const
{
    if (leftRow == rightRow)
        return 0;
    const Row& l = *m_rows[size_t(leftRow)];
    const Row& r = *m_rows[size_t(rightRow)];
    const Instance& a = l.instance;
    const Instance& b = r.instance;
    int c = 0;
    switch (column) {
    case ProviderColumn:
        c = compareValues(int(a.provider), int(b.provider));
        break;
    case AccountColumn:
        if (l.accountSlot != r.accountSlot) {
            c = compareStrings(m_accounts.at(l.accountSlot).sortKey, m_accounts.at(r.accountSlot).sortKey);
            if (c == 0)
                c = compareStrings(a.accountId, b.accountId);
        }
        break;
    case RegionColumn:
        c = compareStrings(a.region, b.region);
        break;
    case ZoneColumn:
        c = compareStrings(a.zone, b.zone);
        break;
    case IdColumn:
        c = compareStrings(a.id, b.id);
        break;
    case NameColumn:
        // Case-insensitive on the lowercase copy in the search text: QString::localeAwareCompare
        // (ICU collation) is several times slower on 100k rows.
        c = l.sortName().compare(r.sortName());
        if (c == 0)
            c = compareStrings(a.name, b.name);
        break;
    case StatusColumn:
        c = compareValues(int(a.lifecycle), int(b.lifecycle));
        if (c == 0)
            c = compareStrings(a.rawState, b.rawState);
        break;
    case ChargeTypeColumn:
        c = compareValues(int(a.chargeClass), int(b.chargeClass));
        if (c == 0)
            c = compareStrings(a.rawChargeType, b.rawChargeType);
        break;
    case ProtectionColumn:
        c = compareValues(a.terminationProtected, b.terminationProtected);
        break;
    case TypeColumn:
        c = compareStrings(a.instanceType, b.instanceType);
        break;
    case PrivateIpColumn:
        c = compareValues(l.privateIpKey, r.privateIpKey);
        if (c == 0)
            c = compareFirst(a.privateIps, b.privateIps);
        break;
    case PublicIpColumn:
        c = compareValues(l.publicIpKey, r.publicIpKey);
        if (c == 0)
            c = compareFirst(a.publicIps, b.publicIps);
        break;
    case CreatedColumn:
        c = compareValues(l.createdKey, r.createdKey);
        break;
    case ExpiresColumn:
        c = compareValues(l.expiresKey, r.expiresKey);
        break;
    case TagsColumn:
        c = compareTags(a.tags, b.tags);
        break;
    default:
        break;
    }
    return c != 0 ? c : compareStrings(l.key, r.key);
}

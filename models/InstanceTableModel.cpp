#include "InstanceTableModel.h"

#include "ProviderFactory.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>

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

int compareStrings(const QString& left, const QString& right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
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

// Sorts rows on compact copies of their sort keys: a number, the first eight UTF-16 units of a text
// packed into two integers, and the text itself in one contiguous buffer. Most comparisons end on
// the integers; the rest read the buffer instead of chasing each row's strings through the heap.
class RankBuilder
{
public:
    explicit RankBuilder(size_t rows)
    {
        m_entries.reserve(rows);
        m_text.reserve(rows * 12);
    }

    void add(quint64 primary, QStringView text, int tie, int row)
    {
        Entry entry{primary, pack(text, 0), pack(text, 4), quint32(m_text.size()), quint32(text.size()), tie, row};
        m_text.insert(m_text.end(), text.utf16(), text.utf16() + text.size());
        m_entries.push_back(entry);
    }

    std::vector<int> ranks()
    {
        const char16_t* text = m_text.data();
        std::sort(m_entries.begin(), m_entries.end(), [text](const Entry& a, const Entry& b) {
            if (a.primary != b.primary)
                return a.primary < b.primary;
            if (a.prefix0 != b.prefix0)
                return a.prefix0 < b.prefix0;
            if (a.prefix1 != b.prefix1)
                return a.prefix1 < b.prefix1;
            if (a.length > 8 || b.length > 8 || a.length != b.length) {
                const int c = QStringView(text + a.offset, a.length).compare(QStringView(text + b.offset, b.length));
                if (c != 0)
                    return c < 0;
            }
            return a.tie < b.tie;
        });
        std::vector<int> ranks(m_entries.size());
        for (size_t i = 0; i < m_entries.size(); ++i)
            ranks[size_t(m_entries[i].row)] = int(i);
        return ranks;
    }

private:
    struct Entry
    {
        quint64 primary;
        quint64 prefix0;
        quint64 prefix1;
        quint32 offset;
        quint32 length;
        int tie;
        int row;
    };

    // Units [from, from + 4) big-endian, missing units as 0: integer order is code-unit order.
    static quint64 pack(QStringView text, qsizetype from)
    {
        quint64 packed = 0;
        for (qsizetype i = from; i < from + 4; ++i)
            packed = (packed << 16) | (i < text.size() ? text.at(i).unicode() : 0u);
        return packed;
    }

    std::vector<Entry> m_entries;
    std::vector<char16_t> m_text;
};

// Dates as unsigned numbers in the same order.
quint64 orderedDate(qint64 key)
{
    return quint64(key) ^ (quint64(1) << 63);
}

} // namespace

struct InstanceTableModel::Row
{
    Row(const Instance& in, QString instanceKey)
        : instance(in)
        , key(std::move(instanceKey))
    { }

    Instance instance;
    QString key;
    qint64 createdKey = kNoDate;
    qint64 expiresKey = kNoDate; // the date the Expires column shows
    quint32 privateIpKey = 0;
    quint32 publicIpKey = 0;
    quint32 textOffset = 0; // the search text in m_text: lowercase, starts with the name
    quint32 textLength = 0;
    int nameLength = 0;
    int accountSlot = -1;
    int row = -1;
    bool listed = false; // scratch for replaceSlice: the refresh lists this row's instance

    const QDateTime& shownExpiry() const
    {
        return instance.lifecycle == Lifecycle::RecycleBin && instance.autoRelease.isValid() ? instance.autoRelease
                                                                                             : instance.expires;
    }
};

// An owning pointer to a row that also keeps where the row's search text is: the filter reads it
// for every row on every keystroke, and an array of these spares it a visit to every row.
struct InstanceTableModel::RowSlot
{
    RowSlot() = default;
    RowSlot(std::unique_ptr<Row> owned)
        : row(std::move(owned))
    {
        syncText();
    }

    Row* operator->() const { return row.get(); }
    Row& operator*() const { return *row; }
    explicit operator bool() const { return bool(row); }
    void syncText()
    {
        textOffset = row->textOffset;
        textLength = row->textLength;
    }

    std::unique_ptr<Row> row;
    quint32 textOffset = 0;
    quint32 textLength = 0;
};

InstanceTableModel::InstanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

InstanceTableModel::~InstanceTableModel() = default;

QModelIndex InstanceTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // No virtual rowCount()/columnCount() calls as in QAbstractTableModel: the proxy asks for two
    // indexes per comparison while it sorts.
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

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
        return account.label == account.id ? account.id
                                           : tr("%1 (%2)", "account name (account id)").arg(account.label, account.id);
    }
    case StatusColumn:
        // The provider's raw value: what its console and API documentation call the state.
        if (in.restriction.isEmpty())
            return in.rawState;
        return in.rawState + u'\n' + tr("Restriction: %1").arg(in.restriction);
    case ChargeTypeColumn:
        return in.rawChargeType;
    case ProtectionColumn:
        return in.terminationProtected
            ? tr("Termination protection is on: the provider refuses to return this instance")
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
    refreshAccountOrder();
    if (!m_rows.empty())
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

int InstanceTableModel::accountSlot(const QString& accountId)
{
    if (m_lastAccountSlot >= 0 && m_accounts.at(m_lastAccountSlot).id == accountId)
        return m_lastAccountSlot;
    const auto it = m_accountSlots.constFind(accountId);
    if (it != m_accountSlots.constEnd())
        return m_lastAccountSlot = it.value();
    const QString name = m_accountNames.value(accountId);
    AccountEntry account{accountId, name.isEmpty() ? accountId : name, {}};
    account.sortKey = account.label.toCaseFolded();
    m_accounts.append(account);
    m_accountSlots.insert(accountId, int(m_accounts.size() - 1));
    refreshAccountOrder();
    return m_lastAccountSlot = int(m_accounts.size() - 1);
}

void InstanceTableModel::refreshAccountOrder()
{
    std::vector<int> byName(size_t(m_accounts.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [this](int a, int b) {
        const AccountEntry& l = m_accounts.at(a);
        const AccountEntry& r = m_accounts.at(b);
        const int c = compareStrings(l.sortKey, r.sortKey);
        return c != 0 ? c < 0 : compareStrings(l.id, r.id) < 0;
    });
    for (size_t i = 0; i < byName.size(); ++i)
        m_accounts[byName[i]].order = quint32(i);
    std::sort(byName.begin(), byName.end(),
              [this](int a, int b) { return compareStrings(m_accounts.at(a).id, m_accounts.at(b).id) < 0; });
    for (size_t i = 0; i < byName.size(); ++i)
        m_accounts[byName[i]].idOrder = quint32(i);
}

std::unique_ptr<InstanceTableModel::Row> InstanceTableModel::makeRow(const Instance& instance, QString key)
{
    auto row = std::make_unique<Row>(instance, std::move(key));
    row->accountSlot = accountSlot(instance.accountId);
    refreshDerived(*row);
    return row;
}

void InstanceTableModel::refreshDerived(Row& row)
{
    refreshText(row);
    refreshKeys(row);
}

void InstanceTableModel::refreshKeys(Row& row) const
{
    const Instance& in = row.instance;
    row.createdKey = dateKey(in.created);
    row.expiresKey = dateKey(row.shownExpiry());
    row.privateIpKey = ipv4Key(in.privateIps);
    row.publicIpKey = ipv4Key(in.publicIps);
}

void InstanceTableModel::refreshText(Row& row)
{
    const Instance& in = row.instance;
    qsizetype length = in.name.size() + 1 + in.id.size();
    for (const QString& ip : in.privateIps)
        length += ip.size() + 1;
    for (const QString& ip : in.publicIps)
        length += ip.size() + 1;
    for (const InstanceTag& tag : in.tags)
        length += tag.key.size() + tag.value.size() + 2;

    // Appended to the shared buffer and lowercased in one pass (ASCII here, the rest through
    // QString::toLower() below); the text it replaces stays behind until compactText().
    m_deadText += row.textLength;
    const size_t at = m_text.size();
    m_text.resize(at + size_t(length));
    char16_t* const begin = m_text.data() + at;
    char16_t* out = begin;
    bool onlyAscii = true;
    auto put = [&out, &onlyAscii](QStringView text) {
        for (const QChar c : text) {
            char16_t u = c.unicode();
            if (u == kFieldSeparator.unicode())
                continue;
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            else if (u >= 0x80)
                onlyAscii = false;
            *out++ = u;
        }
    };
    put(in.name);
    row.nameLength = int(out - begin);
    *out++ = kFieldSeparator.unicode();
    put(in.id);
    for (const QStringList* ips : {&in.privateIps, &in.publicIps}) {
        for (const QString& ip : *ips) {
            *out++ = kFieldSeparator.unicode();
            put(ip);
        }
    }
    for (const InstanceTag& tag : in.tags) {
        *out++ = kFieldSeparator.unicode();
        put(tag.key);
        *out++ = u'=';
        put(tag.value);
    }
    size_t written = size_t(out - begin);
    if (!onlyAscii) {
        // Full Unicode lowercasing, which may change lengths (the name's too).
        const QString lowered = QStringView(begin, qsizetype(written)).toString().toLower();
        written = size_t(lowered.size());
        m_text.resize(at + written);
        std::copy(lowered.utf16(), lowered.utf16() + written, m_text.begin() + qsizetype(at));
        row.nameLength = int(lowered.indexOf(kFieldSeparator));
    }
    m_text.resize(at + written);
    row.textOffset = quint32(at);
    row.textLength = quint32(written);
}

void InstanceTableModel::compactText(bool force)
{
    // Texts replaced or removed leave gaps; past half the buffer, copy the live ones in row order
    // (which also makes the filter's scan through them sequential).
    if (!force && m_deadText * 2 <= qsizetype(m_text.size()))
        return;
    std::vector<char16_t> text;
    text.reserve(m_text.size() - size_t(m_deadText));
    for (RowSlot& slot : m_rows) {
        Row& row = *slot;
        const auto first = m_text.begin() + row.textOffset;
        row.textOffset = quint32(text.size());
        text.insert(text.end(), first, first + row.textLength);
        slot.syncText();
    }
    m_text = std::move(text);
    m_deadText = 0;
}

QStringView InstanceTableModel::nameText(const Row& row) const
{
    return QStringView(m_text.data() + row.textOffset, row.nameLength);
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
    for (int i = first; i <= last; ++i) {
        m_byKey.remove(m_rows[size_t(i)]->key);
        m_deadText += m_rows[size_t(i)]->textLength;
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    renumberFrom(first);
}

void InstanceTableModel::clearRows()
{
    m_rows.clear();
    m_byKey.clear();
    m_slices.clear();
    m_text.clear();
    m_text.shrink_to_fit();
    m_deadText = 0;
}

void InstanceTableModel::loadRows(const QList<Instance>& instances)
{
    Q_ASSERT(m_rows.empty());
    // One pass builds the rows; a second places them grouped by slice, keeping the order in which
    // slices and instances first appear.
    std::vector<std::unique_ptr<Row>> built;
    built.reserve(size_t(instances.size()));
    std::vector<int> sliceOf;
    sliceOf.reserve(size_t(instances.size()));
    m_byKey.reserve(instances.size());
    m_text.reserve(size_t(instances.size()) * 64);
    int last = -1;
    for (const Instance& in : instances) {
        QString key = in.key();
        const size_t hash = InstanceKeyIndex<Row>::hashOf(key);
        if (m_byKey.find(key, hash)) {
            qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            continue;
        }
        std::unique_ptr<Row> row = makeRow(in, std::move(key));
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
    m_rows.resize(built.size());
    bool inOrder = true;
    for (size_t i = 0; i < built.size(); ++i) {
        const int at = next[size_t(sliceOf[i])]++;
        inOrder = inOrder && size_t(at) == i;
        built[i]->row = at;
        m_rows[size_t(at)] = std::move(built[i]);
    }
    if (!inOrder)
        compactText(true); // search texts in row order, for a sequential scan
    else if (m_text.capacity() > m_text.size() + m_text.size() / 4)
        m_text.shrink_to_fit();
}

void InstanceTableModel::setInstances(const QList<Instance>& instances)
{
    beginResetModel();
    ++m_structureGeneration;
    clearRows();
    loadRows(instances);
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
    if (before.lifecycle != after.lifecycle || before.expires != after.expires
        || before.autoRelease != after.autoRelease)
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
    int slice = sliceIndex(accountId, region);
    const int start = slice < 0 ? int(m_rows.size()) : sliceStart(slice);
    const int count = slice < 0 ? 0 : m_slices.at(slice).count;

    // What arrives: rows known already (marked `listed`), and new rows, built now but not yet in
    // m_rows; the hash knows them at once so that a duplicate is recognised.
    struct Update
    {
        Row* row;
        const Instance* instance;
    };
    std::vector<Update> known;
    std::vector<std::unique_ptr<Row>> fresh;
    std::vector<Row*> order; // the refresh's own order, for a reset
    order.reserve(size_t(instances.size()));
    m_byKey.reserve(m_byKey.size() + std::max<qsizetype>(0, instances.size() - count));
    for (const Instance& in : instances) {
        if (in.accountId != accountId || in.region != region) {
            qCWarning(lcModels) << "ignoring" << in.key() << "in the refresh of" << accountId << region;
            continue;
        }
        QString key = in.key();
        const size_t hash = InstanceKeyIndex<Row>::hashOf(key);
        if (Row* row = m_byKey.find(key, hash)) {
            if (row->listed || row->row < 0) {
                qCWarning(lcModels) << "instance listed twice, keeping the first:" << key;
            } else if (row->instance.region != region) {
                qCWarning(lcModels) << "ignoring" << key << "listed in" << region << "but known in"
                                    << row->instance.region;
            } else {
                row->listed = true;
                known.push_back({row, &in});
                order.push_back(row);
            }
            continue;
        }
        std::unique_ptr<Row> row = makeRow(in, std::move(key));
        m_byKey.insert(row.get(), hash); // row -1 until it is inserted: rowOf() says -1 meanwhile
        order.push_back(row.get());
        fresh.push_back(std::move(row));
    }
    if (slice < 0 && order.empty())
        return;

    QList<int> removed;
    for (int r = start; r < start + count; ++r) {
        Row& row = *m_rows[size_t(r)];
        if (!row.listed)
            removed.append(r);
        row.listed = false;
    }

    if (removed.size() + qsizetype(fresh.size()) > m_resetThreshold) {
        // Thousands of scattered insertions or removals cost a sorted proxy and its views more than
        // one reset (bench_instance_model measures both).
        beginResetModel();
        ++m_structureGeneration;
        for (const Update& update : known) {
            if (!(update.row->instance == *update.instance)) {
                update.row->instance = *update.instance;
                refreshDerived(*update.row);
            }
        }
        for (int r : std::as_const(removed))
            m_byKey.remove(m_rows[size_t(r)]->key);
        // The slice's rows, in the refresh's order: take ownership of the known ones first.
        std::vector<std::unique_ptr<Row>> owned(m_rows.size());
        for (int r = start; r < start + count; ++r)
            owned[size_t(r)] = std::move(m_rows[size_t(r)].row);
        size_t nextFresh = 0;
        std::vector<std::unique_ptr<Row>> rows;
        rows.reserve(order.size());
        for (Row* row : order)
            rows.push_back(row->row >= 0 ? std::move(owned[size_t(row->row)]) : std::move(fresh[nextFresh++]));
        m_rows.erase(m_rows.begin() + start, m_rows.begin() + start + count);
        const int newCount = int(rows.size());
        m_rows.insert(m_rows.begin() + start, std::make_move_iterator(rows.begin()),
                      std::make_move_iterator(rows.end()));
        renumberFrom(start);
        if (slice < 0)
            m_slices.append(Slice{accountId, region, newCount});
        else if (newCount > 0)
            m_slices[slice].count = newCount;
        else
            m_slices.removeAt(slice);
        compactText();
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
    for (const Update& update : known) {
        if (update.row->instance == *update.instance)
            continue;
        changes.append({update.row->row, changedColumns(update.row->instance, *update.instance)});
        update.row->instance = *update.instance;
        refreshDerived(*update.row);
        m_rows[size_t(update.row->row)].syncText();
    }
    if (!changes.isEmpty()) {
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
        ++m_structureGeneration;
        beginRemoveRows({}, first, last);
        removeRowRange(first, last);
        m_slices[slice].count -= last - first + 1;
        endRemoveRows();
        runEnd = runStart;
    }

    // 3. New rows, appended to the slice.
    if (!fresh.empty()) {
        if (slice < 0) {
            m_slices.append(Slice{accountId, region, 0});
            slice = int(m_slices.size() - 1);
        }
        const int at = sliceStart(slice) + m_slices.at(slice).count;
        const int added = int(fresh.size());
        ++m_structureGeneration;
        beginInsertRows({}, at, at + added - 1);
        m_rows.insert(m_rows.begin() + at, std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
        m_slices[slice].count += added;
        renumberFrom(at);
        endInsertRows();
    }

    if (slice >= 0 && m_slices.at(slice).count == 0)
        m_slices.removeAt(slice);
    compactText();
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
        ++m_structureGeneration;
        for (qsizetype s = m_slices.size() - 1; s >= 0; --s) {
            if (m_slices.at(s).accountId != accountId)
                continue;
            const int start = sliceStart(int(s));
            removeRowRange(start, start + m_slices.at(s).count - 1);
            m_slices.removeAt(s);
        }
        compactText();
        endResetModel();
        return;
    }

    for (qsizetype s = m_slices.size() - 1; s >= 0; --s) {
        if (m_slices.at(s).accountId != accountId)
            continue;
        const int start = sliceStart(int(s));
        const int last = start + m_slices.at(s).count - 1;
        ++m_structureGeneration;
        beginRemoveRows({}, start, last);
        removeRowRange(start, last);
        m_slices.removeAt(s);
        endRemoveRows();
    }
    compactText();
}

void InstanceTableModel::updateState(const QString& key, const QString& rawState, Lifecycle lifecycle,
                                     const std::optional<QDateTime>& autoRelease)
{
    Row* row = m_byKey.find(key, InstanceKeyIndex<Row>::hashOf(key));
    if (!row)
        return;
    const QDateTime release = autoRelease.value_or(row->instance.autoRelease);
    if (row->instance.rawState == rawState && row->instance.lifecycle == lifecycle
        && row->instance.autoRelease == release)
        return;
    row->instance.rawState = rawState;
    row->instance.lifecycle = lifecycle;
    row->instance.autoRelease = release;
    refreshKeys(*row); // the search text has no state in it
    emit dataChanged(index(row->row, 0), index(row->row, ColumnCount - 1));
}

void InstanceTableModel::removeInstance(const QString& key)
{
    const Row* row = m_byKey.find(key, InstanceKeyIndex<Row>::hashOf(key));
    if (!row)
        return;
    const int r = row->row;
    const int slice = sliceIndex(row->instance.accountId, row->instance.region);
    ++m_structureGeneration;
    beginRemoveRows({}, r, r);
    removeRowRange(r, r);
    if (slice >= 0 && --m_slices[slice].count == 0)
        m_slices.removeAt(slice);
    endRemoveRows();
    compactText();
}

int InstanceTableModel::rowOf(const QString& key) const
{
    const Row* row = m_byKey.find(key, InstanceKeyIndex<Row>::hashOf(key));
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
    const RowSlot& slot = m_rows[size_t(row)];
    return QStringView(m_text.data() + slot.textOffset, slot.textLength);
}

InstanceTableModel::SortKey InstanceTableModel::sortKey(const Row& row, int column, QString& scratch) const
{
    const Instance& in = row.instance;
    switch (column) {
    case ProviderColumn:
        return {quint64(in.provider), {}};
    case AccountColumn:
        return {m_accounts.at(row.accountSlot).order, {}};
    case RegionColumn:
        return {0, in.region};
    case ZoneColumn:
        return {0, in.zone};
    case IdColumn:
        return {0, in.id};
    case NameColumn:
        // Case-insensitive, by code unit, through the lowercase copy at the start of the search
        // text: the order does not depend on the UI language (switching it re-sorts nothing) and
        // compares as plain integers and text in sortRanks(). Locale collation (what
        // QString::localeAwareCompare does) took 1.2-1.3x as long for a bare sort of 100k names and
        // would have to follow the UI language (bench_instance_model).
        return {0, nameText(row)};
    case StatusColumn:
        return {quint64(in.lifecycle), in.rawState};
    case ChargeTypeColumn:
        return {quint64(in.chargeClass), in.rawChargeType};
    case ProtectionColumn:
        return {quint64(in.terminationProtected), {}};
    case TypeColumn:
        return {0, in.instanceType};
    case PrivateIpColumn:
        return {row.privateIpKey, in.privateIps.isEmpty() ? QStringView() : QStringView(in.privateIps.constFirst())};
    case PublicIpColumn:
        return {row.publicIpKey, in.publicIps.isEmpty() ? QStringView() : QStringView(in.publicIps.constFirst())};
    case CreatedColumn:
        return {orderedDate(row.createdKey), {}};
    case ExpiresColumn:
        return {orderedDate(row.expiresKey), {}};
    case TagsColumn:
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

int InstanceTableModel::compareRows(int column, int leftRow, int rightRow) const
{
    if (leftRow == rightRow)
        return 0;
    const Row& l = *m_rows[size_t(leftRow)];
    const Row& r = *m_rows[size_t(rightRow)];
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

const std::vector<int>& InstanceTableModel::tieRanks() const
{
    if (m_tieRanksGeneration != m_structureGeneration || m_tieRanks.size() != m_rows.size()) {
        RankBuilder builder(m_rows.size());
        for (const auto& row : m_rows)
            builder.add(m_accounts.at(row->accountSlot).idOrder, row->instance.id, 0, row->row);
        m_tieRanks = builder.ranks();
        m_tieRanksGeneration = m_structureGeneration;
    }
    return m_tieRanks;
}

std::vector<int> InstanceTableModel::sortRanks(int column) const
{
    const std::vector<int>& ties = tieRanks();
    RankBuilder builder(m_rows.size());
    QString scratch;
    for (const auto& row : m_rows) {
        const SortKey key = sortKey(*row, column, scratch);
        builder.add(key.primary, key.text, ties[size_t(row->row)], row->row);
    }
    return builder.ranks();
}

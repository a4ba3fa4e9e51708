#pragma once

// Fixtures of the InstanceFilterProxy tests (tst_instancefilterproxy, tst_instanceproxysort): a hand
// fleet whose every search answer is known, a generated fleet for sorting, and the reference filter
// and order computed from the Instance fields alone, independently of the model and the proxy.
#include "Instance.h"
#include "InstanceTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace proxyfixture {

using namespace Qt::StringLiterals;

struct Spec
{
    ProviderId provider;
    const char* account;
    const char* region;
    const char* id;
    const char* name;
    const char* rawState;
    Lifecycle lifecycle;
    ChargeClass charge;
    const char* privateIp;
    const char* publicIp;
    QList<InstanceTag> tags;
};

inline Instance fromSpec(const Spec& s)
{
    Instance in;
    in.provider = s.provider;
    in.accountId = QString::fromUtf8(s.account);
    in.region = QString::fromUtf8(s.region);
    in.zone = in.region + u"-1"_s;
    in.id = QString::fromUtf8(s.id);
    in.name = QString::fromUtf8(s.name);
    in.rawState = QString::fromUtf8(s.rawState);
    in.lifecycle = s.lifecycle;
    in.chargeClass = s.charge;
    in.rawChargeType = s.charge == ChargeClass::Prepaid ? u"PREPAID"_s : u"POSTPAID_BY_HOUR"_s;
    in.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    if (*s.privateIp)
        in.privateIps = {QString::fromUtf8(s.privateIp)};
    if (*s.publicIp)
        in.publicIps = {QString::fromUtf8(s.publicIp)};
    in.tags = s.tags;
    return in;
}

// A small fleet whose every search answer is written out by hand below.
inline QList<Instance> handFleet()
{
    const QList<Spec> specs{
        {ProviderId::Tencent,
         "100001",
         "ap-guangzhou",
         "ins-a1b2c3d4",
         "web-prod-01",
         "RUNNING",
         Lifecycle::Running,
         ChargeClass::Postpaid,
         "10.0.1.5",
         "43.1.2.3",
         {{u"env"_s, u"prod"_s}, {u"team"_s, u"payments"_s}}},
        {ProviderId::Tencent,
         "100001",
         "ap-guangzhou",
         "ins-e5f6g7h8",
         "支付网关-02",
         "STOPPED",
         Lifecycle::Stopped,
         ChargeClass::Prepaid,
         "10.0.1.17",
         "",
         {{u"项目"_s, u"支付系统"_s}}},
        {ProviderId::Tencent,
         "100001",
         "ap-guangzhou",
         "ins-i9j0k1l2",
         "DB-Staging",
         "SHUTDOWN",
         Lifecycle::RecycleBin,
         ChargeClass::Prepaid,
         "10.1.0.8",
         "",
         {{u"env"_s, u"staging"_s}}},
        {ProviderId::Tencent,
         "100001",
         "ap-shanghai",
         "ins-m3n4o5p6",
         "cache-prod",
         "PENDING",
         Lifecycle::Creating,
         ChargeClass::Spot,
         "192.168.3.4",
         "43.10.0.1",
         {{u"owner"_s, u"alice"_s}}},
        {ProviderId::Tencent,
         "100001",
         "ap-shanghai",
         "ins-q7r8s9t0",
         "search",
         "LAUNCH_FAILED",
         Lifecycle::CreateFailed,
         ChargeClass::Postpaid,
         "10.2.3.4",
         "",
         {}},
        {ProviderId::Zenlayer,
         "zl-1",
         "SEL-A",
         "184467440737095",
         "edge-prod-sel",
         "RUNNING",
         Lifecycle::Running,
         ChargeClass::Prepaid,
         "10.10.1.1",
         "128.1.1.1",
         {{u"env"_s, u"prod"_s}}},
        {ProviderId::Zenlayer,
         "zl-1",
         "SEL-A",
         "284467440737095",
         "edge-recycled",
         "RECYCLED",
         Lifecycle::RecycleBin,
         ChargeClass::Postpaid,
         "10.10.1.2",
         "",
         {}},
    };
    QList<Instance> fleet;
    for (const Spec& spec : specs)
        fleet << fromSpec(spec);
    return fleet;
}

// A larger generated fleet for sorting: ties everywhere, Chinese and mixed-case names, IPv4 that
// sort wrongly as text, IPv6, missing IPs and dates, recycle-bin rows with release dates.
inline QList<Instance> generatedFleet(int count)
{
    quint32 seed = 12345;
    auto next = [&seed](quint32 n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % n;
    };
    const QStringList names{u"web"_s, u"Web"_s, u"api"_s, u"支付"_s, u"订单"_s, u"DB"_s, u"cache"_s, u"Ärger"_s};
    const QStringList accounts{u"acct-b"_s, u"acct-a"_s, u"acct-c"_s};
    const QStringList regions{u"ap-shanghai"_s, u"ap-guangzhou"_s, u"SEL-A"_s};
    const QStringList states{u"RUNNING"_s, u"STOPPED"_s, u"SHUTDOWN"_s, u"PENDING"_s, u"REBOOTING"_s, u"STOPPING"_s};
    const QList<Lifecycle> lifecycles{Lifecycle::Running,  Lifecycle::Stopped,       Lifecycle::RecycleBin,
                                      Lifecycle::Creating, Lifecycle::Transitioning, Lifecycle::Transitioning};
    const QList<ChargeClass> charges{ChargeClass::Postpaid, ChargeClass::Prepaid, ChargeClass::Spot,
                                     ChargeClass::DedicatedHost, ChargeClass::Other};
    const QStringList rawCharges{u"POSTPAID_BY_HOUR"_s, u"PREPAID"_s, u"SPOTPAID"_s, u"CDHPAID"_s, u"WEIRD"_s};
    QList<Instance> fleet;
    for (int i = 0; i < count; ++i) {
        Instance in;
        in.provider = next(4) == 0 ? ProviderId::Zenlayer : ProviderId::Tencent;
        in.accountId = accounts.at(int(next(3)));
        in.region = regions.at(int(next(3)));
        in.zone = in.region + u'-' + QString::number(next(3));
        in.id = u"ins-%1"_s.arg((i * 7919) % 100000, 5, 10, QChar(u'0')); // unique, not in row order
        in.name = names.at(int(next(8))) + u'-' + QString::number(next(20));
        const int state = int(next(6));
        in.rawState = states.at(state);
        in.lifecycle = lifecycles.at(state);
        const int charge = int(next(5));
        in.chargeClass = charges.at(charge);
        in.rawChargeType = rawCharges.at(charge);
        if (next(10) != 0)
            in.created = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(next(40)) * 86400);
        if (in.chargeClass == ChargeClass::Prepaid)
            in.expires = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addDays(next(30));
        if (in.lifecycle == Lifecycle::RecycleBin && next(2))
            in.autoRelease = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).addDays(next(30));
        in.terminationProtected = next(5) == 0;
        in.instanceType = next(2) ? u"S5.MEDIUM4"_s : u"SA2.LARGE8"_s;
        switch (next(4)) {
        case 0:
            break;
        case 1:
            in.privateIps = {u"fd00::%1"_s.arg(next(50), 0, 16)};
            break;
        default:
            in.privateIps = {u"10.0.%1.%2"_s.arg(next(3)).arg(next(20))};
            break;
        }
        if (next(2))
            in.publicIps = {u"43.%1.0.%2"_s.arg(next(3)).arg(next(12))};
        const int tags = int(next(3));
        for (int t = 0; t < tags; ++t)
            in.tags.append({t == 0 ? u"env"_s : u"team"_s, next(2) ? u"prod"_s : u"支付"_s});
        fleet << in;
    }
    return fleet;
}

// ---- the reference: filter and order computed from the Instance fields, independently ----------

inline bool matchesText(const Instance& in, const QString& text)
{
    const QStringList terms = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    QStringList fields{in.name.toLower(), in.id.toLower()};
    for (const QString& ip : in.privateIps + in.publicIps)
        fields << ip.toLower();
    for (const InstanceTag& tag : in.tags)
        fields << (tag.key + u'=' + tag.value).toLower();
    return std::all_of(terms.begin(), terms.end(), [&fields](const QString& term) {
        return std::any_of(fields.begin(), fields.end(), [&term](const QString& f) { return f.contains(term); });
    });
}

quint32 ipv4(const QStringList& ips)
{
    const QStringList parts = ips.value(0).split(u'.');
    if (parts.size() != 4)
        return 0;
    quint32 value = 0;
    for (const QString& part : parts) {
        bool ok = false;
        const uint byte = part.toUInt(&ok);
        if (!ok || byte > 255)
            return 0;
        value = (value << 8) | byte;
    }
    return value;
}

inline qint64 dateOrder(const QDateTime& date)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

template<typename T>
inline int order(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

inline int tagOrder(const QList<InstanceTag>& a, const QList<InstanceTag>& b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (int c = QString::compare(a.at(i).key, b.at(i).key))
            return c;
        if (int c = QString::compare(a.at(i).value, b.at(i).value))
            return c;
    }
    return order(a.size(), b.size());
}

inline int referenceCompare(const Instance& a, const Instance& b, int column, const QHash<QString, QString>& names)
{
    auto label = [&names](const Instance& in) { return names.value(in.accountId, in.accountId).toCaseFolded(); };
    auto release = [](const Instance& in) {
        return in.lifecycle == Lifecycle::RecycleBin ? in.autoRelease : QDateTime();
    };
    int c = 0;
    switch (column) {
    case InstanceTableModel::ProviderColumn:
        c = order(int(a.provider), int(b.provider));
        break;
    case InstanceTableModel::AccountColumn:
        c = QString::compare(label(a), label(b));
        if (c == 0)
            c = QString::compare(a.accountId, b.accountId);
        break;
    case InstanceTableModel::RegionColumn:
        c = QString::compare(a.region, b.region);
        break;
    case InstanceTableModel::ZoneColumn:
        c = QString::compare(a.zone, b.zone);
        break;
    case InstanceTableModel::IdColumn:
        c = QString::compare(a.id, b.id);
        break;
    case InstanceTableModel::NameColumn:
        c = QString::compare(a.name.toLower(), b.name.toLower());
        break;
    case InstanceTableModel::StatusColumn:
        c = order(int(a.lifecycle), int(b.lifecycle));
        if (c == 0)
            c = QString::compare(a.rawState, b.rawState);
        break;
    case InstanceTableModel::ChargeTypeColumn:
        c = order(int(a.chargeClass), int(b.chargeClass));
        if (c == 0)
            c = QString::compare(a.rawChargeType, b.rawChargeType);
        break;
    case InstanceTableModel::ProtectionColumn:
        c = order(a.terminationProtected, b.terminationProtected);
        break;
    case InstanceTableModel::TypeColumn:
        c = QString::compare(a.instanceType, b.instanceType);
        break;
    case InstanceTableModel::PrivateIpColumn:
        c = order(ipv4(a.privateIps), ipv4(b.privateIps));
        if (c == 0)
            c = QString::compare(a.privateIps.value(0), b.privateIps.value(0));
        break;
    case InstanceTableModel::PublicIpColumn:
        c = order(ipv4(a.publicIps), ipv4(b.publicIps));
        if (c == 0)
            c = QString::compare(a.publicIps.value(0), b.publicIps.value(0));
        break;
    case InstanceTableModel::CreatedColumn:
        c = order(dateOrder(a.created), dateOrder(b.created));
        break;
    case InstanceTableModel::ExpiresColumn:
        c = order(dateOrder(a.expires), dateOrder(b.expires));
        break;
    case InstanceTableModel::ReleaseColumn:
        c = order(dateOrder(release(a)), dateOrder(release(b)));
        break;
    case InstanceTableModel::TagsColumn:
        c = tagOrder(a.tags, b.tags);
        break;
    }
    if (c == 0)
        c = QString::compare(a.accountId, b.accountId);
    if (c == 0)
        c = QString::compare(a.id, b.id);
    return c;
}

inline QStringList keysOf(const QList<Instance>& instances)
{
    QStringList keys;
    for (const Instance& in : instances)
        keys << in.key();
    return keys;
}

// The keys of the model's instances whose text matches, in the reference order of a column.
inline QStringList expectedKeys(const InstanceTableModel& model, int column, Qt::SortOrder sortOrder,
                                const QString& text, const QHash<QString, QString>& names)
{
    QList<Instance> expected;
    for (const Instance& in : model.instances()) {
        if (matchesText(in, text))
            expected << in;
    }
    std::sort(expected.begin(), expected.end(), [&](const Instance& a, const Instance& b) {
        const int c = referenceCompare(a, b, column, names);
        return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return keysOf(expected);
}

} // namespace proxyfixture

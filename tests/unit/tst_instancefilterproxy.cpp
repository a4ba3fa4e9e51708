// InstanceFilterProxy: search by id, name, IP and tag; status, charge, account and region filters;
// recycle bin only; tags and age (SelectionFilter, on an injected clock); sorting on every column in both orders
// against an order computed here from the Instance fields alone, also while the model changes underneath; the visible
// list in view order; SelectionSummary. A QAbstractItemModelTester watches the model and the proxy for the whole of
// every test.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"
#include "SelectionSummary.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

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

Instance fromSpec(const Spec& s)
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
QList<Instance> handFleet()
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
QList<Instance> generatedFleet(int count)
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

bool matchesText(const Instance& in, const QString& text)
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

qint64 dateOrder(const QDateTime& date)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

template<typename T>
int order(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int tagOrder(const QList<InstanceTag>& a, const QList<InstanceTag>& b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (int c = QString::compare(a.at(i).key, b.at(i).key))
            return c;
        if (int c = QString::compare(a.at(i).value, b.at(i).value))
            return c;
    }
    return order(a.size(), b.size());
}

int referenceCompare(const Instance& a, const Instance& b, int column, const QHash<QString, QString>& names)
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

QStringList keysOf(const QList<Instance>& instances)
{
    QStringList keys;
    for (const Instance& in : instances)
        keys << in.key();
    return keys;
}

} // namespace

class InstanceFilterProxyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void search_data();
    void search();
    void statusFilter_data();
    void statusFilter();
    void chargeFilter_data();
    void chargeFilter();
    void accountAndRegionFilters();
    void recycleBinOnly();
    void filtersCombine();
    void selectionFilterByTagsAndAge();
    void filterFollowsModelChanges();
    void eachFilterChangeIsOneAnnouncement();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void sortStaysRightWhileTheModelChanges_data();
    void sortStaysRightWhileTheModelChanges();
    void visibleInstancesInViewOrder();
    void instancesForRows();
    void selectionSummaryCounts();
    void selectionSummaryText();
    void otherSourcesShowNothing();

private:
    QStringList visibleIds() const;
    QStringList expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const;

    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<InstanceFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QHash<QString, QString> m_names;
};

void InstanceFilterProxyTest::init()
{
    m_model = std::make_unique<InstanceTableModel>();
    m_model->setInstances(handFleet());
    m_proxy = std::make_unique<InstanceFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_names.clear();
}

void InstanceFilterProxyTest::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList InstanceFilterProxyTest::visibleIds() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, InstanceTableModel::IdColumn).data().toString();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList InstanceFilterProxyTest::expectedKeys(int column, Qt::SortOrder sortOrder, const QString& text) const
{
    QList<Instance> expected;
    for (const Instance& in : m_model->instances()) {
        if (matchesText(in, text))
            expected << in;
    }
    std::sort(expected.begin(), expected.end(), [&](const Instance& a, const Instance& b) {
        const int c = referenceCompare(a, b, column, m_names);
        return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return keysOf(expected);
}

void InstanceFilterProxyTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const QString a = u"ins-a1b2c3d4"_s;
    const QString e = u"ins-e5f6g7h8"_s;
    const QString i = u"ins-i9j0k1l2"_s;
    const QString m = u"ins-m3n4o5p6"_s;
    const QString q = u"ins-q7r8s9t0"_s;
    const QString z1 = u"184467440737095"_s;
    const QString z2 = u"284467440737095"_s;
    QTest::newRow("nothing") << QString() << QStringList{a, e, i, m, q, z1, z2};
    QTest::newRow("only spaces") << u"   "_s << QStringList{a, e, i, m, q, z1, z2};
    QTest::newRow("id") << u"ins-a1b2"_s << QStringList{a};
    QTest::newRow("id in capitals") << u"INS-E5F6"_s << QStringList{e};
    QTest::newRow("numeric id") << u"1844674"_s << QStringList{z1};
    QTest::newRow("name or tag value") << u"prod"_s << QStringList{a, m, z1};
    QTest::newRow("name, other case") << u"db-staging"_s << QStringList{i};
    QTest::newRow("Chinese name and tag") << u"支付"_s << QStringList{e};
    QTest::newRow("private IP") << u"10.0.1.5"_s << QStringList{a};
    QTest::newRow("private IP prefix") << u"10.0.1."_s << QStringList{a, e};
    QTest::newRow("public IP prefix") << u"43.1"_s << QStringList{a, m};
    QTest::newRow("tag key") << u"owner"_s << QStringList{m};
    QTest::newRow("tag value") << u"payments"_s << QStringList{a};
    QTest::newRow("tag key=value") << u"env=prod"_s << QStringList{a, z1};
    QTest::newRow("Chinese tag key") << u"项目"_s << QStringList{e};
    QTest::newRow("two words, both must match") << u"prod 43.1"_s << QStringList{a, m};
    QTest::newRow("surrounding spaces") << u"  web  "_s << QStringList{a};
    QTest::newRow("state is not searched") << u"running"_s << QStringList{};
    QTest::newRow("nothing matches") << u"zzz"_s << QStringList{};
}

void InstanceFilterProxyTest::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    std::sort(ids.begin(), ids.end());
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->searchText(), text);
    QCOMPARE(visibleIds(), ids);
    // Typing on from there and erasing again lands where it started.
    m_proxy->setSearchText(text + u"x"_s);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleIds(), ids);
    m_proxy->setSearchText({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void InstanceFilterProxyTest::statusFilter_data()
{
    QTest::addColumn<QList<int>>("values"); // Lifecycle values
    QTest::addColumn<int>("expected");
    QTest::newRow("any") << QList<int>{} << 7;
    QTest::newRow("running") << QList<int>{int(Lifecycle::Running)} << 2;
    QTest::newRow("stopped or recycle bin") << QList<int>{int(Lifecycle::Stopped), int(Lifecycle::RecycleBin)} << 3;
    QTest::newRow("creating or failed") << QList<int>{int(Lifecycle::Creating), int(Lifecycle::CreateFailed)} << 2;
    QTest::newRow("terminating") << QList<int>{int(Lifecycle::Terminating)} << 0;
}

void InstanceFilterProxyTest::statusFilter()
{
    QFETCH(QList<int>, values);
    QFETCH(int, expected);
    QList<Lifecycle> lifecycles;
    for (int value : std::as_const(values))
        lifecycles << Lifecycle(value);
    m_proxy->setStatusFilter(lifecycles);
    QCOMPARE(m_proxy->statusFilter(), lifecycles);
    QCOMPARE(m_proxy->rowCount(), expected);
    for (const Instance& in : m_proxy->visibleInstances())
        QVERIFY(lifecycles.isEmpty() || lifecycles.contains(in.lifecycle));
}

void InstanceFilterProxyTest::chargeFilter_data()
{
    QTest::addColumn<QList<int>>("values"); // ChargeClass values
    QTest::addColumn<int>("expected");
    QTest::newRow("any") << QList<int>{} << 7;
    QTest::newRow("subscription") << QList<int>{int(ChargeClass::Prepaid)} << 3;
    QTest::newRow("pay as you go or spot") << QList<int>{int(ChargeClass::Postpaid), int(ChargeClass::Spot)} << 4;
    QTest::newRow("dedicated host") << QList<int>{int(ChargeClass::DedicatedHost)} << 0;
}

void InstanceFilterProxyTest::chargeFilter()
{
    QFETCH(QList<int>, values);
    QFETCH(int, expected);
    QList<ChargeClass> charges;
    for (int value : std::as_const(values))
        charges << ChargeClass(value);
    m_proxy->setChargeFilter(charges);
    QCOMPARE(m_proxy->chargeFilter(), charges);
    QCOMPARE(m_proxy->rowCount(), expected);
    for (const Instance& in : m_proxy->visibleInstances())
        QVERIFY(charges.isEmpty() || charges.contains(in.chargeClass));
}

void InstanceFilterProxyTest::accountAndRegionFilters()
{
    m_proxy->setAccountFilter({u"zl-1"_s});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"284467440737095"_s}));
    m_proxy->setAccountFilter({u"zl-1"_s, u"100001"_s});
    QCOMPARE(m_proxy->rowCount(), 7);
    m_proxy->setRegionFilter({u"ap-shanghai"_s});
    QCOMPARE(visibleIds(), QStringList({u"ins-m3n4o5p6"_s, u"ins-q7r8s9t0"_s}));
    m_proxy->setAccountFilter({u"zl-1"_s});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setRegionFilter({});
    m_proxy->setAccountFilter({});
    QCOMPARE(m_proxy->rowCount(), 7);
    QCOMPARE(m_proxy->accountFilter(), QStringList());
}

void InstanceFilterProxyTest::recycleBinOnly()
{
    m_proxy->setRecycleBinOnly(true);
    QVERIFY(m_proxy->recycleBinOnly());
    QCOMPARE(visibleIds(), QStringList({u"284467440737095"_s, u"ins-i9j0k1l2"_s}));
    m_proxy->setRecycleBinOnly(false);
    QCOMPARE(m_proxy->rowCount(), 7);
}

void InstanceFilterProxyTest::filtersCombine()
{
    m_proxy->setSearchText(u"prod"_s);
    m_proxy->setStatusFilter({Lifecycle::Running});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s}));
    m_proxy->setChargeFilter({ChargeClass::Prepaid});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s}));
    m_proxy->setRecycleBinOnly(true);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setRecycleBinOnly(false);
    m_proxy->setStatusFilter({});
    m_proxy->setChargeFilter({});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s, u"ins-m3n4o5p6"_s}));
}

void InstanceFilterProxyTest::selectionFilterByTagsAndAge()
{
    // Every instance of the hand fleet was created on 2024-01-01.
    QDateTime now(QDate(2024, 1, 5), QTime(0, 0), Qt::UTC);
    m_proxy->setClock([&now] { return now; });
    QStringList withEnv;
    for (const Instance& i : handFleet()) {
        if (std::any_of(i.tags.cbegin(), i.tags.cend(), [](const InstanceTag& t) { return t.key == u"env"_s; }))
            withEnv << i.id;
    }
    QVERIFY(withEnv.size() >= 2);

    SelectionFilter tags;
    QString problem;
    QVERIFY(tags.addTagList(u"env"_s, &problem));
    m_proxy->setSelectionFilter(tags);
    const QStringList visible = visibleIds();
    QCOMPARE(QSet<QString>(visible.cbegin(), visible.cend()), QSet<QString>(withEnv.cbegin(), withEnv.cend()));
    QVERIFY(tags.addTagList(u"!env=prod"_s, &problem));
    m_proxy->setSelectionFilter(tags);
    QCOMPARE(visibleIds(), QStringList{u"ins-i9j0k1l2"_s}); // the one with env, but not env=prod
    // Combined with the search box, both apply.
    m_proxy->setSearchText(u"web"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});

    SelectionFilter age;
    QVERIFY(age.setAge(u"3d"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount()); // four days old
    QVERIFY(age.setAge(u"1w"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), 0);
    now = now.addDays(7); // a week later, the same question has another answer
    m_proxy->setSelectionFilter({});
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QVERIFY(age.setAge(u"2023-12-31"_s, &problem));
    m_proxy->setSelectionFilter(age);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSelectionFilter({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void InstanceFilterProxyTest::filterFollowsModelChanges()
{
    m_proxy->sort(InstanceTableModel::NameColumn);
    m_proxy->setStatusFilter({Lifecycle::Running});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_model->updateState(u"100001/ins-e5f6g7h8"_s, u"RUNNING"_s, Lifecycle::Running);
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s, u"ins-e5f6g7h8"_s}));
    m_model->updateState(u"100001/ins-a1b2c3d4"_s, u"STOPPING"_s, Lifecycle::Transitioning);
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-e5f6g7h8"_s}));
    m_model->removeInstance(u"zl-1/184467440737095"_s);
    QCOMPARE(visibleIds(), QStringList({u"ins-e5f6g7h8"_s}));
    QList<Instance> refresh;
    for (const Instance& in : m_model->instances()) {
        if (in.accountId == u"100001"_s && in.region == u"ap-shanghai"_s)
            refresh << in;
    }
    Instance added = refresh.constFirst();
    added.id = u"ins-new00001"_s;
    added.rawState = u"RUNNING"_s;
    added.lifecycle = Lifecycle::Running;
    refresh << added;
    m_model->replaceSlice(u"100001"_s, u"ap-shanghai"_s, refresh);
    QCOMPARE(visibleIds(), QStringList({u"ins-e5f6g7h8"_s, u"ins-new00001"_s}));
    // A search keeps applying to rows that arrive later.
    m_proxy->setSearchText(u"new"_s);
    QCOMPARE(visibleIds(), QStringList({u"ins-new00001"_s}));
    m_model->setInstances(handFleet());
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});
    QCOMPARE(visibleIds(), QStringList({u"184467440737095"_s, u"ins-a1b2c3d4"_s}));
}

void InstanceFilterProxyTest::eachFilterChangeIsOneAnnouncement()
{
    QList<Instance> fleet = generatedFleet(300);
    for (qsizetype i = 0; i < fleet.size(); ++i) {
        fleet[i].id = u"ins-%1"_s.arg(i, 5, 10, QChar(u'0'));
        fleet[i].name = (i % 30 == 0 ? u"odd-"_s : u"vm-"_s) + QString::number(i);
    }
    m_model->setInstances(fleet);
    m_proxy->sort(InstanceTableModel::CreatedColumn);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);

    // Scattered rows (by creation) come and go in one layout change each time.
    m_proxy->setSearchText(u"vm"_s); // hides 10 rows
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(layout.at(0).at(1).value<QAbstractItemModel::LayoutChangeHint>(), QAbstractItemModel::VerticalSortHint);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm"_s));
    m_proxy->setSearchText(u"vm-1"_s); // hides most of the rest
    QCOMPARE(layout.count(), 2);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm-1"_s));
    m_proxy->setSearchText(u"vm"_s); // shows them again
    QCOMPARE(layout.count(), 3);
    QCOMPARE(keysOf(m_proxy->visibleInstances()),
             expectedKeys(InstanceTableModel::CreatedColumn, Qt::AscendingOrder, u"vm"_s));
    m_proxy->setSearchText({}); // 10 rows back
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 4);
    QCOMPARE(m_proxy->rowCount(), 300);
    // Typing the same again changes nothing, and says nothing.
    m_proxy->setSearchText(u" "_s);
    QCOMPARE(layout.count(), 4);

    // Rows next to each other in the view come and go as one block: by name, the ten "odd-" first.
    m_proxy->sort(InstanceTableModel::NameColumn);
    QCOMPARE(layout.count(), 5);
    m_proxy->setSearchText(u"vm"_s);
    QCOMPARE(layout.count(), 5);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 9);
    m_proxy->setSearchText({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(layout.count(), 5);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(InstanceTableModel::NameColumn, Qt::AscendingOrder, {}));
}

void InstanceFilterProxyTest::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("sortOrder");
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();
    for (int c = 0; c < InstanceTableModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", columns.valueToKey(c)) << c << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(c)) << c << Qt::DescendingOrder;
    }
}

void InstanceFilterProxyTest::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, sortOrder);
    m_names = {{u"acct-a"_s, u"Zeta"_s}, {u"acct-b"_s, u"alpha"_s}, {u"acct-c"_s, u"ALPHA"_s}};
    m_model->setAccountNames(m_names);
    m_model->setInstances(generatedFleet(400));
    m_proxy->sort(column, sortOrder);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, sortOrder, {}));
    // The model's own comparison agrees with the proxy's order.
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        const int previous = m_proxy->mapToSource(m_proxy->index(r - 1, 0)).row();
        const int current = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const int c = m_model->compareRows(column, previous, current);
        QVERIFY(sortOrder == Qt::AscendingOrder ? c < 0 : c > 0);
    }
    // Filtered and sorted at once.
    m_proxy->setSearchText(u"web"_s);
    QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, sortOrder, u"web"_s));
}

void InstanceFilterProxyTest::sortStaysRightWhileTheModelChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("status") << int(InstanceTableModel::StatusColumn);
    QTest::newRow("name") << int(InstanceTableModel::NameColumn);
    QTest::newRow("expires") << int(InstanceTableModel::ExpiresColumn);
    QTest::newRow("released") << int(InstanceTableModel::ReleaseColumn);
    QTest::newRow("account") << int(InstanceTableModel::AccountColumn);
}

void InstanceFilterProxyTest::sortStaysRightWhileTheModelChanges()
{
    QFETCH(int, column);
    m_model->setInstances(generatedFleet(400));
    m_proxy->sort(column, Qt::DescendingOrder);
    auto check = [&](const QString& text) {
        QCOMPARE(keysOf(m_proxy->visibleInstances()), expectedKeys(column, Qt::DescendingOrder, text));
    };
    check({});

    // State changes: those rows compare directly until the ranks are rebuilt.
    const QList<Instance> all = m_model->instances();
    for (int i = 0; i < 40; i += 3)
        m_model->updateState(all.at(i).key(), u"SHUTDOWN"_s, Lifecycle::RecycleBin);
    check({});
    m_proxy->setSearchText(u"a"_s); // one layout change, sorted on the ranks plus the changed rows
    check(u"a"_s);
    m_proxy->setSearchText(u"a-1"_s);
    check(u"a-1"_s);

    // A refresh of one slice: changes, removals and new rows while filtered.
    const Instance first = m_model->instanceAt(0);
    QList<Instance> refresh;
    for (const Instance& in : all) {
        if (in.accountId == first.accountId && in.region == first.region)
            refresh << in;
    }
    refresh.removeAt(2);
    refresh[0].name = u"web-renamed"_s;
    refresh[1].rawState = u"STOPPED"_s;
    refresh[1].lifecycle = Lifecycle::Stopped;
    for (int n = 0; n < 6; ++n) {
        Instance added = refresh.at(n);
        added.id = u"ins-added-%1"_s.arg(n);
        added.name = u"api-%1"_s.arg(n * 7);
        refresh << added;
    }
    m_model->replaceSlice(first.accountId, first.region, refresh);
    check(u"a-1"_s);
    m_proxy->setSearchText({});
    check({});
    m_model->removeInstance(m_model->instanceAt(5).key());
    check({});
    m_model->setAccountNames({{u"acct-c"_s, u"0 first"_s}});
    m_names = {{u"acct-c"_s, u"0 first"_s}};
    check({});
    m_proxy->setSearchText(u"web"_s);
    check(u"web"_s);
    // And through a reset.
    m_model->setInstances(generatedFleet(150));
    check(u"web"_s);
}

void InstanceFilterProxyTest::visibleInstancesInViewOrder()
{
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"prod"_s);
    QStringList names;
    for (const Instance& in : m_proxy->visibleInstances())
        names << in.name;
    QCOMPARE(names, QStringList({u"web-prod-01"_s, u"edge-prod-sel"_s, u"cache-prod"_s}));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->index(r, InstanceTableModel::NameColumn).data().toString(), names.at(r));
}

void InstanceFilterProxyTest::instancesForRows()
{
    m_proxy->sort(InstanceTableModel::IdColumn);
    QModelIndexList selection{m_proxy->index(3, 0), m_proxy->index(1, 2), m_proxy->index(3, 5),
                              m_proxy->index(0, 1), m_model->index(6, 0), QModelIndex()};
    QStringList ids;
    for (const Instance& in : m_proxy->instancesForRows(selection))
        ids << in.id;
    // Each row once, in view order; indexes of other models are ignored.
    QCOMPARE(ids, QStringList({u"184467440737095"_s, u"284467440737095"_s, u"ins-e5f6g7h8"_s}));
    QVERIFY(m_proxy->instancesForRows({}).isEmpty());
}

void InstanceFilterProxyTest::selectionSummaryCounts()
{
    const SelectionSummary summary(handFleet());
    QCOMPARE(summary.total(), 7);
    QCOMPARE(summary.count(ChargeClass::Postpaid), 3);
    QCOMPARE(summary.count(ChargeClass::Prepaid), 3);
    QCOMPARE(summary.count(ChargeClass::Spot), 1);
    QCOMPARE(summary.count(ChargeClass::DedicatedHost), 0);
    QCOMPARE(summary.count(ProviderId::Tencent), 5);
    QCOMPARE(summary.count(ProviderId::Zenlayer), 2);
    QCOMPARE(SelectionSummary().total(), 0);
}

void InstanceFilterProxyTest::selectionSummaryText()
{
    QList<Instance> selection;
    for (int i = 0; i < 12; ++i) {
        Instance in = handFleet().constFirst();
        in.id = u"ins-%1"_s.arg(i);
        in.chargeClass = i < 5 ? ChargeClass::Postpaid : ChargeClass::Prepaid;
        selection << in;
    }
    QCOMPARE(SelectionSummary(selection).text(), u"12 selected — 5 Pay as you go, 7 Subscription · Tencent Cloud 12"_s);
    QCOMPARE(SelectionSummary(selection.mid(0, 1)).text(), u"1 selected — 1 Pay as you go · Tencent Cloud 1"_s);
    QCOMPARE(SelectionSummary(handFleet()).text(),
             u"7 selected — 3 Pay as you go, 3 Subscription, 1 Spot · Tencent Cloud 5, Zenlayer 2"_s);
    QCOMPARE(SelectionSummary().text(), u"No instance selected"_s);
    // From a view's selection through the proxy.
    m_proxy->setRecycleBinOnly(true);
    const SelectionSummary recycled(m_proxy->instancesForRows({m_proxy->index(0, 0), m_proxy->index(1, 0)}));
    QCOMPARE(recycled.text(), u"2 selected — 1 Pay as you go, 1 Subscription · Tencent Cloud 1, Zenlayer 1"_s);
}

void InstanceFilterProxyTest::otherSourcesShowNothing()
{
    QStandardItemModel other;
    for (const QString& text : {u"b"_s, u"c"_s, u"a"_s})
        other.appendRow(new QStandardItem(text));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&other);
    QVERIFY(!proxy.instanceModel());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.sort(0);
    proxy.setSearchText(u"zzz"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.visibleInstances().isEmpty());

    proxy.setSearchText({});
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.instanceModel(), m_model.get());
    QCOMPARE(proxy.rowCount(), 7);
    proxy.setSourceModel(m_model.get()); // the same again changes nothing
    proxy.setSearchText(u"prod"_s);
    QCOMPARE(proxy.rowCount(), 3);
    // The columns are named even when no row is shown.
    proxy.setSearchText(u"nothing matches this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.headerData(InstanceTableModel::IdColumn, Qt::Horizontal).toString(),
             m_model->headerData(InstanceTableModel::IdColumn, Qt::Horizontal).toString());
    proxy.setSearchText(u"prod"_s);

    // A source that goes away leaves an empty proxy, not a dangling one.
    auto* temporary = new InstanceTableModel;
    temporary->setInstances(handFleet());
    proxy.setSourceModel(temporary);
    QCOMPARE(proxy.rowCount(), 3);
    delete temporary;
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"web"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(InstanceFilterProxyTest)
#include "tst_instancefilterproxy.moc"

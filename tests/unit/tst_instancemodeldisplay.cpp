// What InstanceTableModel shows: display text versus the raw values in tooltips, the expiry and
// release columns, account names, status colours and markers for the tone of the background, the
// sort and key roles, and retranslation. A QAbstractItemModelTester watches the model and a sorted
// InstanceFilterProxy on top of it for the whole of every test.
#include "InstanceModelFixture.h"
#include "ProviderFactory.h"
#include "WatchedInstanceModel.h"

#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace modelfixture;

namespace {

// Wraps every translated text, so a test sees which texts go through the translator.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        return u"⟦"_s + QString::fromUtf8(sourceText) + u"⟧"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class InstanceModelDisplayTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void displayAndToolTip();
    void expiresAndReleaseAreTwoColumns();
    void accountNames();
    void statusColoursAndMarkers();
    void viewPaletteChoosesTheTone();
    void sortAndKeyRoles();
    void retranslateEmitsHeaderAndDataChanges();

private:
    void load(const QList<Instance>& instances) { m_model->setInstances(instances); }

    std::unique_ptr<WatchedInstanceModel> m_watched;
    InstanceTableModel* m_model = nullptr; // m_watched's
    InstanceFilterProxy* m_proxy = nullptr;
};

void InstanceModelDisplayTest::init()
{
    m_watched = std::make_unique<WatchedInstanceModel>();
    m_model = &m_watched->model;
    m_proxy = &m_watched->proxy;
    m_proxy->sort(InstanceTableModel::NameColumn);
}

void InstanceModelDisplayTest::cleanup()
{
    m_watched.reset();
}

void InstanceModelDisplayTest::displayAndToolTip()
{
    Instance in = make(u"a"_s, u"ap-guangzhou"_s, u"ins-abc12345"_s, u"支付网关-01"_s);
    in.rawChargeType = u"PREPAID"_s;
    in.chargeClass = ChargeClass::Prepaid;
    in.terminationProtected = true;
    in.privateIps = {u"10.0.0.9"_s, u"10.0.0.10"_s};
    in.publicIps = {u"43.1.2.3"_s};
    in.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"支付"_s}};
    in.osName = u"TencentOS Server 3.1"_s;
    in.restriction = u"EXPIRED"_s;
    Instance other = make(u"a"_s, u"ap-guangzhou"_s, u"ins-zz"_s);
    other.provider = ProviderId::Zenlayer;
    other.rawState = u"CREATE_FAILED"_s;
    other.lifecycle = Lifecycle::CreateFailed;
    other.rawChargeType = u"POSTPAID"_s;
    load({in, other});

    auto display = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    auto tip = [this](int row, int column) { return m_model->index(row, column).data(Qt::ToolTipRole).toString(); };
    QCOMPARE(display(0, InstanceTableModel::ProviderColumn), providerDisplayName(ProviderId::Tencent));
    QCOMPARE(display(0, InstanceTableModel::IdColumn), u"ins-abc12345"_s);
    QCOMPARE(display(0, InstanceTableModel::NameColumn), u"支付网关-01"_s);
    QCOMPARE(display(0, InstanceTableModel::StatusColumn),
             ProviderCatalog::stateLabel(ProviderId::Tencent, u"RUNNING"));
    QCOMPARE(display(0, InstanceTableModel::StatusColumn), u"Running"_s);
    QVERIFY(tip(0, InstanceTableModel::StatusColumn).startsWith(u"RUNNING\n"_s)); // raw value, then restriction
    QVERIFY(tip(0, InstanceTableModel::StatusColumn).contains(u"EXPIRED"_s));
    QCOMPARE(display(0, InstanceTableModel::ChargeTypeColumn),
             ProviderCatalog::chargeTypeLabel(ProviderId::Tencent, u"PREPAID"));
    QCOMPARE(tip(0, InstanceTableModel::ChargeTypeColumn), u"PREPAID"_s);
    QCOMPARE(display(0, InstanceTableModel::ProtectionColumn), u"Protected"_s);
    QCOMPARE(display(1, InstanceTableModel::ProtectionColumn), QString());
    QVERIFY(!tip(1, InstanceTableModel::ProtectionColumn).isEmpty());
    QCOMPARE(display(0, InstanceTableModel::PrivateIpColumn), u"10.0.0.9, 10.0.0.10"_s);
    QCOMPARE(tip(0, InstanceTableModel::PrivateIpColumn), u"10.0.0.9\n10.0.0.10"_s);
    QCOMPARE(display(0, InstanceTableModel::PublicIpColumn), u"43.1.2.3"_s);
    QCOMPARE(display(0, InstanceTableModel::TagsColumn), u"env=prod, team=支付"_s);
    QCOMPARE(tip(0, InstanceTableModel::TagsColumn), u"env=prod\nteam=支付"_s);
    QCOMPARE(tip(0, InstanceTableModel::TypeColumn), u"S5.MEDIUM4\nTencentOS Server 3.1"_s);
    QCOMPARE(display(0, InstanceTableModel::CreatedColumn),
             in.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)); // local time
    QCOMPARE(display(0, InstanceTableModel::ExpiresColumn), QString());
    QCOMPARE(display(0, InstanceTableModel::ReleaseColumn), QString()); // not in the recycle bin
    // A raw value the provider's catalog does not know reads as the neutral lifecycle and class.
    QCOMPARE(display(1, InstanceTableModel::StatusColumn), lifecycleLabel(Lifecycle::CreateFailed));
    QCOMPARE(tip(1, InstanceTableModel::StatusColumn), u"CREATE_FAILED"_s);
    QCOMPARE(display(1, InstanceTableModel::ChargeTypeColumn), chargeClassLabel(ChargeClass::Postpaid));
    QCOMPARE(tip(1, InstanceTableModel::ChargeTypeColumn), u"POSTPAID"_s);
    // Headers: a translated title for every column.
    for (int c = 0; c < InstanceTableModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void InstanceModelDisplayTest::expiresAndReleaseAreTwoColumns()
{
    // A subscription's end and the recycle bin's release are two different dates: never one
    // column that shows either.
    Instance prepaid = make(u"a"_s, u"r"_s, u"ins-1"_s);
    prepaid.expires = QDateTime(QDate(2025, 1, 31), QTime(16, 0), Qt::UTC);
    prepaid.autoRelease = QDateTime(QDate(2024, 6, 8), QTime(0, 0), Qt::UTC);
    Instance recycled = prepaid;
    recycled.id = u"ins-2"_s;
    recycled.rawState = u"SHUTDOWN"_s;
    recycled.lifecycle = Lifecycle::RecycleBin;
    load({prepaid, recycled});
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, InstanceTableModel::ExpiresColumn).toString(), prepaid.expires.toLocalTime().toString(format));
    QCOMPARE(cell(0, InstanceTableModel::ReleaseColumn).toString(), QString());
    QCOMPARE(cell(1, InstanceTableModel::ExpiresColumn).toString(), prepaid.expires.toLocalTime().toString(format));
    QCOMPARE(cell(1, InstanceTableModel::ReleaseColumn).toString(),
             recycled.autoRelease.toLocalTime().toString(format));
    QCOMPARE(cell(1, InstanceTableModel::ReleaseColumn, InstanceTableModel::SortRole).toDateTime(),
             recycled.autoRelease);
    // In the bin with no known release: said, not left blank.
    m_model->updateState(recycled.key(), u"SHUTDOWN"_s, Lifecycle::RecycleBin, QDateTime());
    QCOMPARE(cell(1, InstanceTableModel::ReleaseColumn).toString(), u"not known"_s);
    // Leaving the recycle bin: no release date.
    m_model->updateState(recycled.key(), u"RUNNING"_s, Lifecycle::Running);
    QCOMPARE(cell(1, InstanceTableModel::ReleaseColumn).toString(), QString());
    QCOMPARE(cell(1, InstanceTableModel::ExpiresColumn).toString(), prepaid.expires.toLocalTime().toString(format));
}

void InstanceModelDisplayTest::accountNames()
{
    load(slice(u"100012345678"_s, u"r"_s, 2, u"a"_s) + slice(u"200087654321"_s, u"r"_s, 1, u"b"_s));
    QCOMPARE(m_model->index(0, InstanceTableModel::AccountColumn).data().toString(), u"100012345678"_s);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAccountNames({{u"100012345678"_s, u"生产账号"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(InstanceTableModel::AccountColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(InstanceTableModel::AccountColumn));
    QCOMPARE(m_model->index(0, InstanceTableModel::AccountColumn).data().toString(), u"生产账号"_s);
    QVERIFY(m_model->index(0, InstanceTableModel::AccountColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"100012345678"_s));
    QCOMPARE(m_model->index(2, InstanceTableModel::AccountColumn).data().toString(), u"200087654321"_s);
}

void InstanceModelDisplayTest::statusColoursAndMarkers()
{
    QList<Instance> all;
    const QList<Lifecycle> lifecycles{Lifecycle::Creating,    Lifecycle::CreateFailed,  Lifecycle::Running,
                                      Lifecycle::Stopped,     Lifecycle::Transitioning, Lifecycle::RecycleBin,
                                      Lifecycle::Terminating, Lifecycle::Gone,          Lifecycle::Unknown};
    for (qsizetype i = 0; i < lifecycles.size(); ++i) {
        Instance in = make(u"a"_s, u"r"_s, u"ins-%1"_s.arg(i));
        in.lifecycle = lifecycles.at(i);
        in.rawState.clear();
        in.chargeClass = i % 2 ? ChargeClass::Prepaid : ChargeClass::Other;
        in.rawChargeType = i % 2 ? u"PREPAID"_s : u"UNHEARD_OF"_s;
        all << in;
    }
    load(all);
    QCOMPARE(m_model->tone(), LifecyclePalette::Tone::Light);
    QSet<qint64> statusMarkers;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Instance& in = m_model->instanceAt(r);
        const QModelIndex status = m_model->index(r, InstanceTableModel::StatusColumn);
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                 LifecyclePalette::color(in.lifecycle, LifecyclePalette::Tone::Light));
        const QIcon marker = status.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!marker.isNull());
        statusMarkers.insert(marker.cacheKey());
        // Neither colour nor shape stands alone: the status text is always there.
        QCOMPARE(status.data().toString(), lifecycleLabel(in.lifecycle));
        // The charge type is marked when it is one the console knows.
        const QVariant charge = m_model->index(r, InstanceTableModel::ChargeTypeColumn).data(Qt::DecorationRole);
        QCOMPARE(charge.isValid(), in.chargeClass != ChargeClass::Other);
        QVERIFY(!m_model->index(r, InstanceTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!m_model->index(r, InstanceTableModel::NameColumn).data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(statusMarkers.size(), lifecycles.size()); // a marker per state
    // Asked again, the same (kept) icon.
    QCOMPARE(m_model->index(0, InstanceTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
             m_model->index(0, InstanceTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey());
}

void InstanceModelDisplayTest::viewPaletteChoosesTheTone()
{
    load(slice(u"a"_s, u"r"_s, 3, u"x"_s));
    const QModelIndex status = m_model->index(1, InstanceTableModel::StatusColumn);
    const qint64 lightMarker = status.data(Qt::DecorationRole).value<QIcon>().cacheKey();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy proxyLayout(m_proxy, &QAbstractItemModel::layoutChanged);
    auto palette = [](const QColor& base, const QColor& highlightedText) {
        QPalette p;
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::HighlightedText, highlightedText);
        return p;
    };

    m_model->setViewPalette(palette(QColor(0xf7, 0xf7, 0xf7), Qt::white)); // still light: nothing to tell
    QCOMPARE(changed.count(), 0);

    m_model->setViewPalette(palette(QColor(0x23, 0x23, 0x23), Qt::white));
    QCOMPARE(m_model->tone(), LifecyclePalette::Tone::Dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, InstanceTableModel::StatusColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(2, InstanceTableModel::ChargeTypeColumn));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), (QList<int>{Qt::ForegroundRole, Qt::DecorationRole}));
    QCOMPARE(proxyLayout.count(), 0); // no instance changed: the proxy neither sorts nor filters again
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
             LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Dark));
    QVERIFY(status.data(Qt::DecorationRole).value<QIcon>().cacheKey() != lightMarker);

    // The selection's text colour alone changes the markers on selected rows.
    m_model->setViewPalette(palette(QColor(0x23, 0x23, 0x23), Qt::black));
    QCOMPARE(changed.count(), 2);
    const QImage selected = status.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16, QIcon::Selected).toImage();
    QCOMPARE(selected.pixelColor(8, 8), QColor(Qt::black));

    m_model->setViewPalette(palette(Qt::white, Qt::white));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_model->tone(), LifecyclePalette::Tone::Light);
}

void InstanceModelDisplayTest::sortAndKeyRoles()
{
    Instance in = make(u"a"_s, u"r"_s, u"ins-1"_s);
    in.terminationProtected = true;
    load({in});
    auto sortValue = [this](int column) { return m_model->index(0, column).data(InstanceTableModel::SortRole); };
    QCOMPARE(sortValue(InstanceTableModel::StatusColumn).toInt(), int(Lifecycle::Running));
    QCOMPARE(sortValue(InstanceTableModel::ChargeTypeColumn).toInt(), int(ChargeClass::Postpaid));
    QCOMPARE(sortValue(InstanceTableModel::ProtectionColumn).toBool(), true);
    QCOMPARE(sortValue(InstanceTableModel::CreatedColumn).toDateTime(), in.created);
    QCOMPARE(sortValue(InstanceTableModel::IdColumn).toString(), u"ins-1"_s);
    QCOMPARE(m_model->index(0, 3).data(InstanceTableModel::KeyRole).toString(), u"a/ins-1"_s);
    QVERIFY(m_model->roleNames().contains(InstanceTableModel::KeyRole));
    QVERIFY(!m_model->index(0, 0).data(Qt::UserRole + 99).isValid());
}

void InstanceModelDisplayTest::retranslateEmitsHeaderAndDataChanges()
{
    load(slice(u"a"_s, u"r"_s, 3, u"a"_s));
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), InstanceTableModel::ColumnCount - 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(2, InstanceTableModel::ColumnCount - 1));
    // What people read now comes through the translator; raw values and ids do not.
    QCOMPARE(m_model->headerData(InstanceTableModel::StatusColumn, Qt::Horizontal).toString(), u"⟦Status⟧"_s);
    QCOMPARE(m_model->index(0, InstanceTableModel::StatusColumn).data().toString(), u"⟦Running⟧"_s);
    QCOMPARE(m_model->index(0, InstanceTableModel::StatusColumn).data(Qt::ToolTipRole).toString(), u"RUNNING"_s);
    QCOMPARE(m_model->index(0, InstanceTableModel::IdColumn).data().toString(), u"ins-a0000"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    // Through the proxy too, without re-sorting or re-filtering anything.
    QCOMPARE(m_proxy->rowCount(), 3);
}

QTEST_MAIN(InstanceModelDisplayTest) // the markers are pixmaps, which need a QGuiApplication
#include "tst_instancemodeldisplay.moc"

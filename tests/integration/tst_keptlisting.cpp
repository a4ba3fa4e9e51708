// The listing kept from one start of the console to the next: a stored account on an emulator over
// real loopback HTTP is listed once, the console starts again with the provider changed meanwhile,
// shows the kept rows at once (marked), plans from what the provider says now, and the listing
// refreshes the rows in place; and rows arrive with their pages. The keychain is the in-memory store
// (tests/keychain has the real one).
#include "ConsoleFleet.h"
#include "ConsoleSession.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "GuangzhouInstance.h"
#include "InstanceTableModel.h"
#include "ListingCache.h"
#include "MemoryCredentialStore.h"
#include "TeardownController.h"
#include "TencentFleet.h"

#include <QDir>
#include <QFont>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class KeptListingTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheKeptListingAtOnceAndRefreshesItInPlace();
    void anUnreadableKeptListingIsIgnored();
    void aRemovedAccountLeavesNoKeptListing();
    void rowsArriveWithTheirPages();
    void aListingRestartedMidwayEndsWithTheWholeListing();

private:
    std::unique_ptr<ConsoleSession> newSession();
    // Stores the account and lists it once; the session then closes, which writes what it kept.
    void listOnce();
    // A new session lists ap-guangzhou in three pages, the second of which never answers while the
    // test runs; returns once the first page's rows are in the table.
    void listFirstOfThreePages();
    QStringList keptFiles() const;
    QStringList rowIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
    Account m_account;
};

void KeptListingTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    emulator::Options options;
    options.terminatingMs = 100;
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-kept0001"_s, u"web-"_s));
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-kept0002"_s, u"db-"_s));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_account = {};
    m_account.name = u"Production"_s;
    m_account.keyId = u"AKIDSANDBOX"_s;
    m_account.endpoint = m_emulator->url();
    m_account.regions = {u"ap-guangzhou"_s};
}

void KeptListingTest::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<ConsoleSession> KeptListingTest::newSession()
{
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_keychain.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.keptListingsDirectory = m_dir->filePath(u"listings"_s);
    config.allowSandbox = false;
    return std::make_unique<ConsoleSession>(config);
}

void KeptListingTest::listOnce()
{
    std::unique_ptr<ConsoleSession> first = newSession();
    first->start();
    QCOMPARE(first->fleet().model().rowCount(), 0); // nothing kept yet
    QObject context;
    bool saved = false;
    m_account.id = first->saveAccount(m_account, {m_account.keyId, u"sandbox-secret-key"_s}, false, &context,
                                      [&](const SecretResult& r) { saved = r.status == SecretResult::Status::Ok; });
    QTRY_VERIFY(saved);
    QTRY_COMPARE(first->fleet().model().rowCount(), 2);
    QTRY_VERIFY(!first->fleet().isLoading());
    QVERIFY(first->fleet().keptListings().isEmpty());
}

QStringList KeptListingTest::keptFiles() const
{
    return QDir(m_dir->filePath(u"listings"_s)).entryList(QDir::Files);
}

QStringList KeptListingTest::rowIds() const
{
    QStringList ids;
    const InstanceTableModel& model = m_session->fleet().model();
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.instanceAt(row).id;
    ids.sort();
    return ids;
}

void KeptListingTest::showsTheKeptListingAtOnceAndRefreshesItInPlace()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    listOnce();
    QCOMPARE(keptFiles().size(), 1);
    // Meanwhile one instance went and another came.
    QVERIFY(m_emulator->tencentFleet().remove(u"ins-kept0001"_s));
    m_emulator->tencentFleet().add(fixture::guangzhouInstance(u"ins-kept0003"_s, u"cache-"_s));

    m_session = newSession();
    const InstanceTableModel& model = m_session->fleet().model();
    QStringList events;
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] { events << u"reset"_s; });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row)
            events << u"insert "_s + model.instanceAt(row).id;
    });
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row)
            events << u"remove "_s + model.instanceAt(row).id;
    });
    m_session->start();
    QCOMPARE(events.join(u", "_s), u"reset"_s); // the kept listing, all at once
    events.clear();

    // Before anything is listed: the kept rows, marked, with the time of their listing.
    QCOMPARE(rowIds(), (QStringList{u"ins-kept0001"_s, u"ins-kept0002"_s}));
    QVERIFY(m_session->fleet().keptListings().contains(m_account.id));
    const QDateTime listedAt = m_session->fleet().keptListings().value(m_account.id);
    QVERIFY(listedAt >= before && listedAt <= QDateTime::currentDateTimeUtc());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.cachedListingTime(row), listedAt);
        QVERIFY(model.data(model.index(row, InstanceTableModel::NameColumn), Qt::FontRole).value<QFont>().italic());
        QVERIFY(model.data(model.index(row, InstanceTableModel::IdColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"not refreshed yet"_s));
        QVERIFY(m_session->fleet().isFromKeptListing(model.instanceAt(row)));
    }

    // A plan of kept rows is made from what the provider says now.
    TeardownController& teardown = m_session->teardown();
    const QList<Instance> selection{model.instanceAt(model.rowOf(Instance::keyFor(m_account.id, u"ins-kept0001"_s))),
                                    model.instanceAt(model.rowOf(Instance::keyFor(m_account.id, u"ins-kept0002"_s)))};
    // Asked before the account is open (its secret is still being read): the reads wait for it.
    QCOMPARE(m_session->status(m_account.id).state, AccountStatus::State::Opening);
    QCOMPARE(teardown.request(Intent::Return, selection), TeardownController::RequestResult::Started);
    QVERIFY(!teardown.isPlanFinal());
    const QString goneKey = Instance::keyFor(m_account.id, u"ins-kept0001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->status(m_account.id).state == AccountStatus::State::Open
                                 && teardown.isPlanFinal() && teardown.plan().item(goneKey)
                                 && teardown.plan().item(goneKey)->decision.blockedCode == u"Teardown.NoLongerExists"_s,
                             20000);
    QCOMPARE(teardown.plan().items.size(), 2);
    const PlanItem* there = teardown.plan().item(Instance::keyFor(m_account.id, u"ins-kept0002"_s));
    QVERIFY(there);
    QVERIFY(there->decision.isAllowed());
    QCOMPARE(teardown.plan().calls.size(), 1);
    QCOMPARE(teardown.plan().calls.first().instanceIds, (QStringList{u"ins-kept0002"_s}));
    QVERIFY(m_emulator->callCount(u"DescribeInstances"_s) >= 1);
    teardown.dismiss();

    // The listing refreshes the rows in place. Its one page ends the region's listing at once, before
    // the page is shown (ConsoleFleet shows pages every 250 ms): the page joins the table, then the
    // region is settled: the new instance joins, the gone one leaves; no reset, the kept row stays.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->fleet().keptListings().isEmpty(), 20000);
    QTRY_VERIFY(!m_session->fleet().isLoading());
    QCOMPARE(events.join(u", "_s), u"insert ins-kept0003, remove ins-kept0001"_s);
    QCOMPARE(rowIds(), (QStringList{u"ins-kept0002"_s, u"ins-kept0003"_s}));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.cachedListingTime(row).isValid());
        QVERIFY(!model.data(model.index(row, InstanceTableModel::NameColumn), Qt::FontRole).isValid());
        QVERIFY(!m_session->fleet().isFromKeptListing(model.instanceAt(row)));
    }

    // What is kept now is this listing.
    m_session.reset(); // waits for the write
    ListingCache cache(m_dir->filePath(u"listings"_s));
    const std::optional<ListingCache::Listing> kept = cache.read(m_account);
    QVERIFY(kept);
    QVERIFY(kept->listedAt > listedAt);
    QCOMPARE(kept->slices.size(), 1);
    QStringList keptIds;
    for (const Instance& instance : kept->slices.first().instances)
        keptIds << instance.id;
    keptIds.sort();
    QCOMPARE(keptIds, (QStringList{u"ins-kept0002"_s, u"ins-kept0003"_s}));
}

void KeptListingTest::anUnreadableKeptListingIsIgnored()
{
    listOnce();
    QCOMPARE(keptFiles().size(), 1);
    QFile file(QDir(m_dir->filePath(u"listings"_s)).filePath(keptFiles().first()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2); // cut short, as by a full disk
    file.close();

    m_session = newSession();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable listing"_s));
    m_session->start();
    QCOMPARE(m_session->fleet().model().rowCount(), 0);
    QVERIFY(m_session->fleet().keptListings().isEmpty());
    QTRY_COMPARE(m_session->fleet().model().rowCount(), 2);
    QTRY_VERIFY(!m_session->fleet().isLoading());
    QVERIFY(m_session->fleet().listingErrors().isEmpty());
}

void KeptListingTest::aRemovedAccountLeavesNoKeptListing()
{
    listOnce();
    QCOMPARE(keptFiles().size(), 1);
    m_session = newSession();
    m_session->start();
    QCOMPARE(m_session->fleet().model().rowCount(), 2);
    m_session->removeAccount(m_account.id);
    QCOMPARE(m_session->fleet().model().rowCount(), 0);
    QVERIFY(m_session->fleet().keptListings().isEmpty());
    m_session.reset(); // waits for the removal
    QVERIFY(keptFiles().isEmpty());
}

void KeptListingTest::listFirstOfThreePages()
{
    for (int i = 3; i <= 250; ++i)
        m_emulator->tencentFleet().add(
            fixture::guangzhouInstance(u"ins-page%1"_s.arg(i, 4, 10, QChar(u'0')), u"web-"_s));
    QVERIFY(m_emulator->faults().add(u"delay:DescribeInstances@2=600000"_s));
    m_session = newSession();
    m_session->start();
    QObject context;
    m_account.id = m_session->saveAccount(m_account, {m_account.keyId, u"sandbox-secret-key"_s}, false, &context,
                                          [](const SecretResult&) {});
    QTRY_VERIFY_WITH_TIMEOUT(m_session->fleet().model().rowCount() >= 100, 20000);
}

void KeptListingTest::rowsArriveWithTheirPages()
{
    // The first page's rows are in the table while the listing is still under way, and nothing is
    // kept of a listing that has not ended.
    listFirstOfThreePages();
    if (QTest::currentTestFailed())
        return;
    const InstanceTableModel& model = m_session->fleet().model();
    QVERIFY(m_session->fleet().isLoading());
    QVERIFY(model.rowCount() < 250);
    QCOMPARE(m_session->fleet().regions(m_account.id), QStringList{u"ap-guangzhou"_s});
    m_session.reset();
    QVERIFY(keptFiles().isEmpty());
}

void KeptListingTest::aListingRestartedMidwayEndsWithTheWholeListing()
{
    // The first listing's first page is shown; then an instance of that page goes and the operator
    // refreshes.
    // The new listing's end settles the region from the new listing alone: the rows the first
    // listing's page showed do not keep the gone instance.
    listFirstOfThreePages();
    if (QTest::currentTestFailed())
        return;
    const InstanceTableModel& model = m_session->fleet().model();
    const QString goneKey = Instance::keyFor(m_account.id, u"ins-kept0001"_s);
    QVERIFY(model.rowOf(goneKey) >= 0); // on the first page
    QVERIFY(m_emulator->tencentFleet().remove(u"ins-kept0001"_s));

    m_session->fleet().refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->fleet().isLoading(), 20000);
    QCOMPARE(model.rowCount(), 249);
    QCOMPARE(model.rowOf(goneKey), -1);
    QVERIFY(model.rowOf(Instance::keyFor(m_account.id, u"ins-page0250"_s)) >= 0);
}

QTEST_MAIN(KeptListingTest) // a QGuiApplication: the rows' font
#include "tst_keptlisting.moc"

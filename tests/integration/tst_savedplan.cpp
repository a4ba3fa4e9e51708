// Saved plans through the TeardownController the console and teardownctl share, against the
// emulator over loopback HTTP, with the history on real SQLite: a file that cannot be applied here
// is refused whole before anything is read or sent; an instance that changed since the plan was
// saved is not sent while the rest is, in the saved batches with the saved options.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"
#include "FaultPlan.h"
#include "PlanFileFormat.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"
#include "TeardownController.h"
#include "TeardownRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fixture::instance;

namespace {

const QString kRegion = u"ap-guangzhou"_s;

// How a saved file is spoiled before it is opened.
enum class Spoil {
    NotJson,
    NotAnObject,
    UnknownVersion,
    EditedOneByte,
    Huge,
    WrongType,
    UnknownAccount,
    OtherKeyId,
    TooOld,
    OlderThanMaxAge,
    FromTheFuture,
};

QList<QStringList> terminateBatches(const emulator::Emulator& emu)
{
    QList<QStringList> batches;
    for (const emulator::CallLogEntry& e : emu.callLog()) {
        if (e.action != u"TerminateInstances"_s)
            continue;
        QStringList ids;
        for (const QJsonValue v : QJsonDocument::fromJson(e.body).object().value(u"InstanceIds"_s).toArray())
            ids << v.toString();
        batches << ids;
    }
    return batches;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

// The file's JSON changed by `edit`, with its digest made again: a file another tool wrote.
void resign(const QString& path, const std::function<void(QByteArray&)>& edit)
{
    QByteArray bytes = readAll(path);
    edit(bytes);
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    root.insert(u"digest"_s, PlanFileFormat::digest(root));
    writeAll(path, QJsonDocument(root).toJson());
}

QStringList ids(const QList<PlanItem>& items, bool allowed)
{
    QStringList out;
    for (const PlanItem& item : items) {
        if (item.decision.isAllowed() == allowed)
            out << item.instance.id;
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Spoil)

class SavedPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusalsSendNothing_data();
    void refusalsSendNothing();
    void changedInstancesAreNotSentTheRestIs();
    void optionsAndBatchesComeFromTheFile();
    void anAccountIsFoundByItsKeyId();
    void unreadableInstancesAreBlocked();
    void savingNeedsTheFinalPlanShown();

private:
    // Plans `ids` as teardownctl plan does and saves the plan to `path`.
    bool save(const QStringList& ids, const QString& path, const PlanOptions& options = {})
    {
        TeardownController planner(m_sandbox->directory, &m_sandbox->history);
        planner.request(Intent::Return, m_sandbox->read(kRegion, ids), TeardownController::Purpose::Review, options);
        if (!fixture::waitUntil([&] { return planner.isPlanFinal(); }))
            return false;
        return !planner.savePlan(path, planner.planRevision()).isError();
    }
    // Opens the saved plan in the controller and waits until its instances were read again.
    bool open(const QString& path)
    {
        ProviderError refusal;
        if (m_controller->requestSavedFile(path, &refusal) != TeardownController::RequestResult::Started) {
            qWarning() << refusal.code << refusal.context;
            return false;
        }
        return fixture::waitUntil([&] { return m_controller->isPlanFinal(); });
    }
    TeardownRun* confirmAndWait()
    {
        TeardownRun* run = m_controller->confirm(m_controller->planRevision());
        if (run)
            fixture::waitUntil([&] { return !run->isRunning(); }, 60000);
        return run;
    }
    QString path(const QString& name) const { return m_sandbox->dir.filePath(name); }

    std::unique_ptr<fixture::Sandbox> m_sandbox;
    std::unique_ptr<TeardownController> m_controller;
};

void SavedPlanTest::init()
{
    m_sandbox = std::make_unique<fixture::Sandbox>();
    QVERIFY(m_sandbox->listening && m_sandbox->historyOpen && m_sandbox->provider);
    m_controller = std::make_unique<TeardownController>(m_sandbox->directory, &m_sandbox->history);
    m_controller->setRunnerSettings(fixture::fastRunner());
}

void SavedPlanTest::cleanup()
{
    m_controller.reset();
    m_sandbox.reset();
}

void SavedPlanTest::refusalsSendNothing_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed JSON") << Spoil::NotJson << u"Teardown.PlanFileMalformed"_s;
    QTest::newRow("not an object") << Spoil::NotAnObject << u"Teardown.PlanFileMalformed"_s;
    QTest::newRow("unknown version") << Spoil::UnknownVersion << u"Teardown.PlanFileVersion"_s;
    QTest::newRow("edited one byte") << Spoil::EditedOneByte << u"Teardown.PlanFileEdited"_s;
    QTest::newRow("huge file") << Spoil::Huge << u"Teardown.PlanFileMalformed"_s;
    QTest::newRow("wrong types") << Spoil::WrongType << u"Teardown.PlanFileMalformed"_s;
    QTest::newRow("unknown account") << Spoil::UnknownAccount << u"Teardown.PlanFileUnknownAccount"_s;
    QTest::newRow("other key id") << Spoil::OtherKeyId << u"Teardown.PlanFileOtherKey"_s;
    QTest::newRow("older than 24 hours") << Spoil::TooOld << u"Teardown.PlanFileTooOld"_s;
    QTest::newRow("older than --max-age 1h") << Spoil::OlderThanMaxAge << u"Teardown.PlanFileTooOld"_s;
    QTest::newRow("from the future") << Spoil::FromTheFuture << u"Teardown.PlanFileFuture"_s;
}

void SavedPlanTest::refusalsSendNothing()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, code);
    m_sandbox->useFleet({instance(u"ins-post0001"_s), instance(u"ins-post0002"_s)});
    const QString file = path(u"plan.json"_s);
    QVERIFY(save({u"ins-post0001"_s, u"ins-post0002"_s}, file));
    PlanFile saved;
    QVERIFY(!PlanFileReader::read(file, &saved).isError());
    const auto rewrite = [&](const std::function<void(PlanFile&)>& change) {
        change(saved);
        QVERIFY(!PlanFileWriter::write(file, saved).isError());
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 maxAge = PlanFile::DefaultMaxAgeSeconds;
    switch (spoil) {
    case Spoil::NotJson:
        writeAll(file, readAll(file).left(100));
        break;
    case Spoil::NotAnObject:
        writeAll(file, "[]");
        break;
    case Spoil::UnknownVersion:
        resign(file, [](QByteArray& b) { b.replace("\"version\": 1", "\"version\": 2"); });
        break;
    case Spoil::EditedOneByte: {
        QByteArray bytes = readAll(file);
        bytes[bytes.indexOf("ins-post0002") + 11] = '1';
        writeAll(file, bytes);
        break;
    }
    case Spoil::Huge: {
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::ReadWrite));
        QVERIFY(huge.resize(PlanFile::MaxBytes + 1));
        break;
    }
    case Spoil::WrongType:
        resign(file, [](QByteArray& b) { b.replace("\"instanceId\": \"ins-post0001\"", "\"instanceId\": 1"); });
        break;
    case Spoil::UnknownAccount: // another account, with another key, on another machine
        resign(file, [](QByteArray& b) {
            b.replace("\"acct-1\"", "\"elsewhere\"");
            b.replace("\"AKIDSANDBOX\"", "\"AKIDELSEWHERE\"");
            b.replace("\"Test account\"", "\"Elsewhere\""); // the same name would be taken for another key
        });
        break;
    case Spoil::OtherKeyId:
        rewrite([](PlanFile& f) { f.accounts[0].keyId = u"AKIDOTHERKEY"_s; });
        break;
    case Spoil::TooOld:
        rewrite([&](PlanFile& f) { f.origin.savedAt = now.addSecs(-25 * 3600); });
        break;
    case Spoil::OlderThanMaxAge:
        rewrite([&](PlanFile& f) { f.origin.savedAt = now.addSecs(-2 * 3600); });
        maxAge = 3600;
        break;
    case Spoil::FromTheFuture:
        rewrite([&](PlanFile& f) { f.origin.savedAt = now.addSecs(3600); });
        break;
    }

    m_sandbox->emu.clearCallLog();
    QSignalSpy requested(m_controller.get(), &TeardownController::requested);
    ProviderError refusal;
    TeardownController::RequestResult result;
    if (maxAge == PlanFile::DefaultMaxAgeSeconds) {
        result = m_controller->requestSavedFile(file, &refusal);
    } else {
        PlanFile read;
        QVERIFY(!PlanFileReader::read(file, &read).isError());
        result = m_controller->requestSaved(read, TeardownController::Purpose::Run, maxAge, &refusal);
    }
    QCOMPARE(result, TeardownController::RequestResult::PlanFileRefused);
    QCOMPARE(refusal.code, code);
    // Said in words, with what to do.
    QVERIFY(!ErrorCatalog::text(code).isEmpty());
    QVERIFY(!ErrorCatalog::advice(code).isEmpty());
    QCOMPARE(m_controller->stage(), TeardownController::Stage::Idle);
    QCOMPARE(requested.count(), 0);
    QVERIFY(!m_controller->savedOrigin());
    QCOMPARE(m_sandbox->emu.callLog().size(), 0);
    QVERIFY(m_sandbox->fleet().contains(u"ins-post0001"_s));
    QVERIFY(m_sandbox->fleet().contains(u"ins-post0002"_s));
}

void SavedPlanTest::changedInstancesAreNotSentTheRestIs()
{
    auto keep = instance(u"ins-tags0001"_s);
    keep.tags = {{u"team"_s, u"web"_s}};
    m_sandbox->useFleet({instance(u"ins-same0001"_s), instance(u"ins-same0002"_s), instance(u"ins-stop0001"_s),
                         instance(u"ins-prot0001"_s), instance(u"ins-char0001"_s), instance(u"ins-gone0001"_s), keep,
                         instance(u"ins-else0001"_s)});
    const QStringList planned{u"ins-same0001"_s, u"ins-stop0001"_s, u"ins-prot0001"_s, u"ins-char0001"_s,
                              u"ins-gone0001"_s, u"ins-tags0001"_s, u"ins-same0002"_s};
    const QString file = path(u"plan.json"_s);
    QVERIFY(save(planned, file));

    // Between planning and applying, the fleet moves on.
    emulator::TencentFleet& fleet = m_sandbox->fleet();
    QVERIFY(fleet.setState(u"ins-stop0001"_s, u"STOPPED"_s));
    QVERIFY(fleet.setProtected(u"ins-prot0001"_s, true));
    fleet.find(u"ins-char0001"_s)->instanceChargeType = u"SPOTPAID"_s;
    QVERIFY(fleet.remove(u"ins-gone0001"_s));
    fleet.find(u"ins-tags0001"_s)->tags.append({u"teardown:keep"_s, u"true"_s});

    QVERIFY(open(file));
    const TeardownPlan& plan = m_controller->plan();
    QVERIFY(m_controller->savedOrigin());
    QCOMPARE(ids(plan.items, true), QStringList({u"ins-same0001"_s, u"ins-same0002"_s}));
    QCOMPARE(
        ids(plan.items, false),
        QStringList({u"ins-stop0001"_s, u"ins-prot0001"_s, u"ins-char0001"_s, u"ins-gone0001"_s, u"ins-tags0001"_s}));
    const QHash<QString, QString> expected{
        {u"ins-stop0001"_s, u"state RUNNING → STOPPED"_s},
        {u"ins-prot0001"_s, u"termination protection switched on"_s},
        {u"ins-char0001"_s, u"charge type changed: POSTPAID_BY_HOUR → SPOTPAID"_s},
        {u"ins-gone0001"_s, u"gone"_s},
        {u"ins-tags0001"_s, u"tags changed: added teardown:keep=true"_s},
    };
    for (const PlanItem& item : plan.items) {
        if (item.decision.isAllowed())
            continue;
        QCOMPARE(item.decision.blockedCode, u"Teardown.ChangedSinceSaved"_s);
        QVERIFY2(item.decision.blockedDetail.contains(expected.value(item.instance.id)),
                 qPrintable(item.decision.blockedDetail));
        // Said in the plan's words: the code's text, the change, what to do.
        const QString said = ErrorCatalog::describe(item.decision.blockedError(), item.instance.id);
        QVERIFY2(said.contains(expected.value(item.instance.id)), qPrintable(said));
    }
    QCOMPARE(plan.calls.size(), 1);

    TeardownRun* run = confirmAndWait();
    QVERIFY(run);
    QCOMPARE(terminateBatches(m_sandbox->emu), QList<QStringList>({{u"ins-same0001"_s, u"ins-same0002"_s}}));
    QCOMPARE(run->report().count(RunState::Done), 2);
    QCOMPARE(run->report().count(RunState::Blocked), 5);
    for (const InstanceResult& r : run->report().results) {
        if (r.state == RunState::Blocked)
            QVERIFY2(describeResult(r).contains(expected.value(r.instanceId)), qPrintable(describeResult(r)));
    }
    QVERIFY(!fleet.contains(u"ins-same0001"_s));
    QVERIFY(!fleet.contains(u"ins-same0002"_s));
    for (const QString& id : {u"ins-stop0001"_s, u"ins-prot0001"_s, u"ins-char0001"_s, u"ins-tags0001"_s})
        QVERIFY2(fleet.contains(id), qPrintable(id));
    // Not in the file: never touched.
    QCOMPARE(fleet.find(u"ins-else0001"_s)->instanceState, u"RUNNING"_s);

    // Recorded before it was sent, as every destructive call.
    HistoryFilter destructive;
    destructive.destructiveOnly = true;
    const QList<CallRecord> calls = m_sandbox->history.calls(destructive);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().action, u"TerminateInstances"_s);
    QCOMPARE(calls.first().instanceIds, QStringList({u"ins-same0001"_s, u"ins-same0002"_s}));
    QCOMPARE(calls.first().status, CallStatus::Succeeded);
}

void SavedPlanTest::optionsAndBatchesComeFromTheFile()
{
    m_sandbox->useFleet(
        {instance(u"ins-post0001"_s), instance(u"ins-prep0001"_s, u"PREPAID"_s), instance(u"ins-post0002"_s)});
    PlanOptions options;
    options.releaseAddress = true;
    const QString file = path(u"plan.json"_s);
    QVERIFY(save({u"ins-post0001"_s, u"ins-prep0001"_s, u"ins-post0002"_s}, file, options));
    PlanFile saved;
    QVERIFY(!PlanFileReader::read(file, &saved).isError());

    QVERIFY(open(file));
    m_controller->setOptions({}); // a saved plan's options are the file's
    QVERIFY(m_controller->isPlanFinal());
    const TeardownPlan& plan = m_controller->plan();
    QCOMPARE(plan.options, options);
    QCOMPARE(plan.calls.size(), saved.plan.calls.size());
    for (qsizetype i = 0; i < plan.calls.size(); ++i) {
        QCOMPARE(plan.calls[i].instanceIds, saved.plan.calls[i].instanceIds);
        QCOMPARE(plan.calls[i].options, saved.plan.calls[i].options);
        QVERIFY(!plan.calls[i].request.isEmpty()); // described again for people to check
    }
    // The saved refund quote is the one confirmed.
    QCOMPARE(plan.refunds, saved.plan.refunds);
    QVERIFY(plan.requiresTypedConfirmation()); // pay-as-you-go is destroyed at once

    QVERIFY(confirmAndWait());
    for (const emulator::CallLogEntry& e : m_sandbox->emu.callLog()) {
        if (e.action == u"TerminateInstances"_s)
            QVERIFY2(QJsonDocument::fromJson(e.body).object().value(u"ReleaseAddress"_s).toBool(), e.body.constData());
    }
    QCOMPARE(terminateBatches(m_sandbox->emu).size(), 2);
}

// A plan made on another machine names the account by its id there; here the account with the same
// provider and key id stands for it.
void SavedPlanTest::anAccountIsFoundByItsKeyId()
{
    m_sandbox->useFleet({instance(u"ins-post0001"_s)});
    const QString file = path(u"plan.json"_s);
    QVERIFY(save({u"ins-post0001"_s}, file));
    resign(file, [](QByteArray& b) { b.replace("\"acct-1\"", "\"cli\""); });
    PlanFile saved;
    QVERIFY(!PlanFileReader::read(file, &saved).isError());
    QCOMPARE(saved.accounts.first().id, u"cli"_s);

    QVERIFY(open(file));
    QCOMPARE(m_controller->plan().items.first().instance.accountId, m_sandbox->account.id);
    QCOMPARE(m_controller->plan().allowedCount(), 1);
    QVERIFY(confirmAndWait());
    QVERIFY(!m_sandbox->fleet().contains(u"ins-post0001"_s));
}

void SavedPlanTest::unreadableInstancesAreBlocked()
{
    m_sandbox->useFleet({instance(u"ins-post0001"_s)});
    const QString file = path(u"plan.json"_s);
    QVERIFY(save({u"ins-post0001"_s}, file));
    QVERIFY(m_sandbox->emu.faults().add(u"http500:DescribeInstances"_s));

    QVERIFY(open(file));
    const PlanItem& item = m_controller->plan().items.first();
    QVERIFY(!item.decision.isAllowed());
    QCOMPARE(item.decision.blockedCode, u"Reply.HttpStatus"_s);
    QVERIFY(m_controller->plan().isEmpty());
    QVERIFY(!m_controller->confirm(m_controller->planRevision()));
    QCOMPARE(m_sandbox->emu.callCount(u"TerminateInstances"_s), 0);
}

void SavedPlanTest::savingNeedsTheFinalPlanShown()
{
    m_sandbox->useFleet({instance(u"ins-post0001"_s)});
    m_controller->request(Intent::Return, m_sandbox->read(kRegion, {u"ins-post0001"_s}));
    QVERIFY(fixture::waitUntil([&] { return m_controller->isPlanFinal(); }));
    const QString file = path(u"plan.json"_s);
    const ProviderError stale = m_controller->savePlan(file, m_controller->planRevision() - 1);
    QCOMPARE(stale.code, u"Teardown.PlanFileNotWritten"_s);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!m_controller->savePlan(file, m_controller->planRevision()).isError());
    PlanFile saved;
    QVERIFY(!PlanFileReader::read(file, &saved).isError());
    QCOMPARE(saved.plan.items.size(), 1);
    QCOMPARE(saved.accounts.first().keyId, u"AKIDSANDBOX"_s);
    QVERIFY(!saved.origin.host.isEmpty());
    QVERIFY(qAbs(saved.origin.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(SavedPlanTest)
#include "tst_savedplan.moc"

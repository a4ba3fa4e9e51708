// A distinctive secret and session token go through the console's whole flow (list, copy, export,
// return, run report, history export) and through teardownctl (list, plan file, apply, history, a
// refused call and an unreachable endpoint), with every debug log category on. Afterwards neither
// appears anywhere: settings, history, logs, reports, plan files, terminal output or the clipboard.

#include "DialogDriver.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "FlowFleet.h"
#include "HistoryDialog.h"
#include "InstanceTableModel.h"
#include "RunView.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TencentFleet.h"
#include "TestConsole.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kKeyId = u"AKIDCANARY"_s;
const QString kSecret = u"CANARY-SECRET-5b7e19d2c4"_s;
const QString kToken = u"CANARY-TOKEN-a4c0f3e8d1"_s;

QStringList g_log; // every message any category printed
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log << message;
    if (type != QtDebugMsg && g_previous)
        g_previous(type, context, message);
}

// The forms a secret could leak in: as typed, percent-encoded and base64.
QList<QByteArray> leakForms(const QString& secret)
{
    const QByteArray raw = secret.toUtf8();
    return {raw, QUrl::toPercentEncoding(secret), raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding)};
}

} // namespace

class SecretsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theConsoleKeepsThemOutOfEverything();
    void teardownctlKeepsThemOutOfEverything();
    void noFileOrOutputHoldsThem();

private:
    void chooseFile(QWidget& owner, const QString& chooserName, const QString& path);
    void expectNoLeak(const QString& where, const QByteArray& bytes);
    int scanFiles(const QString& dir); // how many files were searched
    QProcessEnvironment ctlEnvironment() const;
    QByteArray ctl(const QStringList& arguments);

    std::unique_ptr<emulator::Emulator> m_emulator;
    QTemporaryDir m_files; // exports, the teardownctl home, captured output
    QByteArray m_outputs; // teardownctl's stdout and stderr, and the clipboard's text
};

void SecretsTest::initTestCase()
{
    // Every category of the product and of Qt's networking; not the emulator's or its HTTP server's,
    // which stand for the provider here (a provider sees the token: that is what it is for).
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*=false\nteardown.emulator.*=false"_s);
    g_previous = qInstallMessageHandler(capture);
    emulator::Options options;
    options.terminatingMs = 100;
    options.temporaryCredentials = {kKeyId + u':' + kSecret + u':' + kToken};
    m_emulator = std::make_unique<emulator::Emulator>(options);
    QVERIFY(m_emulator->listen());
    m_emulator->tencentFleet().clear();
    for (const QString& id : {u"ins-leak0001"_s, u"ins-leak0002"_s, u"ins-leak0003"_s})
        m_emulator->tencentFleet().add(FlowFleet::instance(id, u"POSTPAID_BY_HOUR"_s));
}

void SecretsTest::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules({});
}

void SecretsTest::chooseFile(QWidget& owner, const QString& chooserName, const QString& path)
{
    auto* chooser = owner.findChild<QFileDialog*>(chooserName);
    QVERIFY2(chooser && chooser->isVisible(), qPrintable(chooserName));
    chooser->selectFile(path);
    static_cast<QDialog*>(chooser)->accept(); // as its Save button does
    QVERIFY(QFileInfo::exists(path));
}

void SecretsTest::expectNoLeak(const QString& where, const QByteArray& bytes)
{
    for (const QString& secret : {kSecret, kToken}) {
        for (const QByteArray& form : leakForms(secret))
            QVERIFY2(!bytes.contains(form), qPrintable(where + u" holds "_s + QString::fromUtf8(form)));
    }
}

void SecretsTest::theConsoleKeepsThemOutOfEverything()
{
    TestConsole console;
    MainWindow& window = console.window;
    QObject context;
    Account account = FlowFleet::account(u"Canary account"_s, m_emulator->url());
    account.keyId = kKeyId;
    console.session.saveAccount(account, {kKeyId, kSecret, kToken}, false, &context, {});
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel().rowCount(), 3, 30000);

    window.selectAllShown();
    QApplication::clipboard()->clear();
    window.copySelectedIds();
    m_outputs += QApplication::clipboard()->text().toUtf8();
    QVERIFY(m_outputs.contains("ins-leak0001"));

    window.exportVisibleList();
    chooseFile(window, u"exportListChooser"_s, m_files.filePath(u"console-list.csv"_s));

    window.instanceView().clearSelection();
    window.instanceView().selectRow(0);
    window.returnSelected();
    TeardownController& controller = console.session.teardown();
    QSignalSpy finished(&controller, &TeardownController::runFinished);
    QVERIFY(DialogDriver::answerConfirmation(window, [](TeardownDialog&) {}));
    QVERIFY(finished.wait(30000));
    RunView* report = window.teardownWindows().latestRunView();
    QVERIFY(report);
    report->exportReport();
    chooseFile(*report, u"exportReportChooser"_s, m_files.filePath(u"console-report.json"_s));

    window.showHistory();
    auto* history = window.findChild<HistoryDialog*>();
    QVERIFY(history);
    history->exportCsv();
    chooseFile(*history, u"exportHistoryChooser"_s, m_files.filePath(u"console-history.csv"_s));
    console.settings.sync();
    // The console's own settings and history (with its WAL) live with it.
    QVERIFY2(scanFiles(console.dir.path()) >= 2, "the console wrote no settings or history");
}

int SecretsTest::scanFiles(const QString& dir)
{
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::qFail(qPrintable(u"cannot read "_s + file.fileName()), __FILE__, __LINE__);
            return files;
        }
        expectNoLeak(file.fileName(), file.readAll());
        ++files;
    }
    return files;
}

QProcessEnvironment SecretsTest::ctlEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, kKeyId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, kSecret);
    env.insert(u"TENCENTCLOUD_SESSION_TOKEN"_s, kToken);
    env.insert(u"XDG_CONFIG_HOME"_s, m_files.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_files.filePath(u"data"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

QByteArray SecretsTest::ctl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(ctlEnvironment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(TEARDOWNCTL_PATH), arguments + QStringList{u"--language"_s, u"en"_s});
    process.closeWriteChannel();
    if (!finished.wait(60000))
        qFatal("teardownctl did not finish");
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    m_outputs += output;
    return output;
}

void SecretsTest::teardownctlKeepsThemOutOfEverything()
{
    const QString endpoint = m_emulator->url().toString();
    const QString plan = m_files.filePath(u"ctl-plan.json"_s);
    QVERIFY(ctl({u"list"_s, u"--endpoint"_s, endpoint, u"--format"_s, u"json"_s}).contains("ins-leak0002"));
    ctl({u"plan"_s, u"--endpoint"_s, endpoint, u"ins-leak0002"_s, u"--out"_s, plan});
    QVERIFY(QFileInfo::exists(plan));
    const QByteArray applied = ctl({u"apply"_s, plan, u"--endpoint"_s, endpoint, u"--yes"_s});
    QVERIFY2(applied.contains("ins-leak0002"), applied.constData());
    // A call the provider refuses, and an endpoint nobody answers: errors are printed in full.
    QVERIFY(m_emulator->faults().add(u"internal:TerminateInstances"_s));
    ctl({u"apply"_s, u"--endpoint"_s, endpoint, u"ins-leak0003"_s, u"--yes"_s});
    m_emulator->faults().clear();
    ctl({u"list"_s, u"--endpoint"_s, u"http://127.0.0.1:9"_s});
    ctl({u"history"_s, u"--format"_s, u"csv"_s});
    QVERIFY(m_outputs.contains("TerminateInstances"));
}

void SecretsTest::noFileOrOutputHoldsThem()
{
    // Debug logging was on: the log is full of requests, and must hold neither.
    QVERIFY(g_log.size() > 10);
    for (const QString& line : std::as_const(g_log)) // line by line, so a failure shows the message
        expectNoLeak(u"the log line \""_s + line + u'"', line.toUtf8());
    expectNoLeak(u"teardownctl's output and the clipboard"_s, m_outputs);
    // The console's exports and run report, the plan file, and teardownctl's history.
    const int files = scanFiles(m_files.path());
    QVERIFY2(files >= 5,
             qPrintable(QDir(m_files.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
}

QTEST_MAIN(SecretsTest)
#include "tst_secrets.moc"

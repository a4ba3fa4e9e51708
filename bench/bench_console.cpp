// The console as an operator uses it, offscreen, against teardown-emulator at scale: the whole
// fleet of 100,100 instances listed into the window, then 10,000 pay-as-you-go instances of one
// region returned through the confirmation and run windows, then the next start (a process of its
// own, on the same settings): the listing the first one kept on screen at once, and refreshed in place. Every widget is
// the real one; the emulator is a child process, so the memory figures are the console's own. Run by hand, alone on the
// machine: build/bin/bench_console [--quick]
//
// Prints, for the listing and for the teardown: the wall time against the floor the emulator's
// rate limits set, the console's memory, and the longest stall of the UI thread: a timer due every
// 5 ms records how late each of its ticks comes (an event-loop latency probe). Target: under 50 ms.

#include "BenchProcess.h"
#include "BenchSupport.h"
#include "ConsoleFleet.h"
#include "ConsoleSession.h"
#include "InstanceTableModel.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "TeardownController.h"
#include "TeardownRun.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double kTencentReadRate = 40; // DescribeInstances (emulator/README.md, "Rate limits")
constexpr double kTencentWriteRate = 10; // TerminateInstances
constexpr double kTerminatingSeconds = 2.0; // Options::terminatingMs
constexpr int kPage = 100;
constexpr int kProbeMs = 5;
constexpr double kStallTargetMs = 50;

double secondsFor(int requests, double rate)
{
    return std::max(0, requests - int(rate)) / rate;
}

int pagesFor(int instances)
{
    return (instances + kPage - 1) / kPage;
}

// Times each event the UI thread handles at the top level (not within another's handling): the
// slowest say where the stalls come from, by the receiver's class and name and the event's type.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        // Other threads' events (the history's writer) hold no one up, and are not counted here.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (!m_recording || m_depth > 0) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Named before it is handled: the receiver may not outlive its event (deleteLater).
        const char* className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (ms >= kStallTargetMs / 2) {
            m_slow.append({ms, double(m_since.nsecsElapsed()) / 1e9,
                           u"%1%2, event %3"_s
                               .arg(QString::fromLatin1(className),
                                    objectName.isEmpty() ? QString() : u" \"%1\""_s.arg(objectName))
                               .arg(type)});
        }
        return handled;
    }

    void startRecording()
    {
        m_slow.clear();
        m_since.start();
        m_recording = true;
    }
    void stopRecording() { m_recording = false; }
    // The slowest events since startRecording(), slowest first.
    QStringList slowest(int count) const
    {
        QList<Slow> sorted = m_slow;
        std::sort(sorted.begin(), sorted.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
        QStringList lines;
        for (const Slow& slow : sorted.mid(0, count))
            lines << u"%1 ms at %2 s: %3"_s.arg(slow.ms, 0, 'f', 1).arg(slow.at, 0, 'f', 2).arg(slow.what);
        return lines;
    }

private:
    struct Slow
    {
        double ms;
        double at;
        QString what;
    };
    bool m_recording = false;
    int m_depth = 0;
    QElapsedTimer m_since;
    QList<Slow> m_slow;
};

// How late the UI thread serves a timer due every 5 ms: the longest delay is the longest stall.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = double(m_clock.nsecsElapsed()) / 1e6 - kProbeMs;
            if (late > m_longest) {
                m_longest = late;
                m_longestAt = double(m_since.nsecsElapsed()) / 1e9;
            }
            ++m_ticks;
            m_clock.restart();
        });
    }
    void start()
    {
        static_cast<TimedApplication*>(QCoreApplication::instance())->startRecording();
        m_longest = 0;
        m_ticks = 0;
        m_clock.start();
        m_since.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        static_cast<TimedApplication*>(QCoreApplication::instance())->stopRecording();
    }
    double longestMs() const { return m_longest; }
    double longestEndedAt() const { return m_longestAt; } // seconds after start()
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    double m_longest = 0;
    double m_longestAt = 0;
    int m_ticks = 0;
};

// Runs the event loop until `done` says so, checked whenever `sender` emits `signal`.
template<typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal, const std::function<bool()>& done)
{
    if (done())
        return;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    loop.exec();
}

void report(const QString& name, double seconds, double floor, const QString& floorWhy, const StallProbe& probe)
{
    print(u"## "_s + name);
    print(u"measured %1 s, floor %2 s (%3), ratio %4"_s.arg(seconds, 0, 'f', 2)
              .arg(floor, 0, 'f', 2)
              .arg(floorWhy)
              .arg(floor > 0 ? seconds / floor : 0, 0, 'f', 2));
    print(u"longest UI stall %1 ms, ending %2 s in, over %3 probe ticks (target < %4 ms: %5)"_s
              .arg(probe.longestMs(), 0, 'f', 1)
              .arg(probe.longestEndedAt(), 0, 'f', 2)
              .arg(probe.ticks())
              .arg(kStallTargetMs)
              .arg(probe.longestMs() < kStallTargetMs ? u"met"_s : u"NOT met"_s));
    for (const QString& slow : static_cast<TimedApplication*>(QCoreApplication::instance())->slowest(5))
        print(u"  slow event: "_s + slow);
    print(u"console memory now %1 MB, peak %2 MB (target with 100k listed < 400 MB)"_s.arg(rssMb(), 0, 'f', 0)
              .arg(peakRssMb(), 0, 'f', 0));
}

// The offscreen platform says, for every dialog, what it cannot do with a window; nothing here needs it.
QtMessageHandler g_standardHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(u"This plugin does not support"_s))
        return;
    if (g_standardHandler)
        g_standardHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The console's settings file in `folder`, and its configuration there: the history and the kept
// listings beside the settings, no sandbox.
QString settingsIn(const QString& folder)
{
    return QDir(folder).filePath(u"settings.ini"_s);
}

ConsoleSession::Config configIn(const QString& folder, QSettings& settings, CredentialStore& keychain)
{
    ConsoleSession::Config config;
    config.settings = &settings;
    config.keychain = &keychain;
    config.historyPath = QDir(folder).filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    config.keptListingsDirectory = QDir(folder).filePath(u"listings"_s);
    return config;
}

// Starts this benchmark again in a process of its own on the same settings and kept listings, and
// passes its figures on.
int startAgain(const QString& folder)
{
    QProcess next;
    next.setProcessChannelMode(QProcess::ForwardedChannels);
    next.start(QCoreApplication::applicationFilePath(), {u"--next-start"_s, folder});
    // Waiting here holds nothing up: this process has no window left, and the emulator is another.
    if (!next.waitForFinished(-1) || next.exitStatus() != QProcess::NormalExit) {
        print(u"the next start did not finish: %1"_s.arg(next.errorString()));
        return 1;
    }
    return next.exitCode();
}

// The next start: the console on the first one's settings and kept listings (the secret is the
// emulator's, given to the in-memory keychain before the session opens its accounts).
int nextStart(const QString& folder)
{
    QSettings settings(settingsIn(folder), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    const ConsoleSession::Config config = configIn(folder, settings, keychain);
    TranslationLoader translations;
    translations.apply(u"en"_s);
    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    auto next = std::make_unique<ConsoleSession>(config);
    for (const Account& account : next->accounts())
        keychain.writeSecret(account.id, u"sandbox-secret-key"_s, next.get(), [](const SecretResult&) {});
    const double sessionSeconds = double(clock.nsecsElapsed()) / 1e9;
    auto nextWindow = std::make_unique<MainWindow>(*next, translations);
    nextWindow->resize(1280, 800);
    nextWindow->show();
    const double windowSeconds = double(clock.nsecsElapsed()) / 1e9;
    next->start();
    const double startSeconds = double(clock.nsecsElapsed()) / 1e9;
    QCoreApplication::processEvents(); // painted
    const double keptSeconds = double(clock.nsecsElapsed()) / 1e9;
    const int keptRows = next->fleet().model().rowCount();
    print(u"next start: %1 kept rows on screen %2 s after the start (target 1 s; session %3 s, window %4 s, "
          u"kept listing read and shown %5 s, painted %6 s), memory %7 MB"_s.arg(keptRows)
              .arg(keptSeconds, 0, 'f', 2)
              .arg(sessionSeconds, 0, 'f', 2)
              .arg(windowSeconds - sessionSeconds, 0, 'f', 2)
              .arg(startSeconds - windowSeconds, 0, 'f', 2)
              .arg(keptSeconds - startSeconds, 0, 'f', 2)
              .arg(rssMb(), 0, 'f', 0));
    probe.start();
    clock.restart();
    ConsoleFleet& nextFleet = next->fleet();
    waitFor(&nextFleet, &ConsoleFleet::keptListingsChanged, [&] { return nextFleet.keptListings().isEmpty(); });
    waitFor(&nextFleet, &ConsoleFleet::loadFinished, [&] { return !nextFleet.isLoading(); });
    const double refreshSeconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    QHash<QString, int> nowByRegion;
    for (int row = 0; row < nextFleet.model().rowCount(); ++row)
        ++nowByRegion[nextFleet.model().instanceAt(row).region];
    int refreshPages = 1; // DescribeRegions
    for (int n : std::as_const(nowByRegion))
        refreshPages += pagesFor(n);
    report(u"refresh the %1 kept rows in place (%2 rows now)"_s.arg(keptRows).arg(nextFleet.model().rowCount()),
           refreshSeconds, secondsFor(refreshPages, kTencentReadRate),
           u"%1 requests at %2/s"_s.arg(refreshPages).arg(kTencentReadRate), probe);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    g_standardHandler = qInstallMessageHandler(quietOffscreen);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    if (const qsizetype at = app.arguments().indexOf(u"--next-start"_s); at > 0 && at + 1 < app.arguments().size())
        return nextStart(app.arguments().at(at + 1));
    const int scale = app.arguments().contains(u"--quick"_s) ? 1 : 10;
    const QString emulatorPath = QCoreApplication::applicationDirPath() + u"/teardown-emulator"_s;

    print(u"# bench_console%1"_s.arg(scale == 1 ? u" --quick (a tenth of the sizes)"_s : QString()));
    print(u"machine: %1, %2 logical cores, load average %3"_s.arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(loadAverage()));

    EmulatorProcess emu;
    const int instances = 385 * scale * 26; // 26 zones
    if (!emu.start(emulatorPath, {u"--scale"_s, QString::number(385 * scale)})) {
        print(emu.error());
        return 1;
    }

    QTemporaryDir dir;
    QSettings settings(settingsIn(dir.path()), QSettings::IniFormat);
    MemoryCredentialStore keychain; // no keychain daemon needed: the listing is what is measured
    const ConsoleSession::Config config = configIn(dir.path(), settings, keychain);
    auto session = std::make_unique<ConsoleSession>(config);
    TranslationLoader translations;
    translations.apply(u"en"_s);
    auto window = std::make_unique<MainWindow>(*session, translations);
    window->resize(1280, 800);
    window->show();
    session->start();
    print(u"console memory before listing: %1 MB"_s.arg(rssMb(), 0, 'f', 0));

    StallProbe probe;
    Account account;
    account.name = u"Bench"_s;
    account.keyId = u"AKIDSANDBOX"_s;
    account.endpoint = QUrl(emu.url());
    QElapsedTimer clock;
    probe.start();
    clock.start();
    QObject context;
    session->saveAccount(account, {account.keyId, u"sandbox-secret-key"_s}, false, &context,
                         [](const SecretResult&) {});
    ConsoleFleet& fleet = session->fleet();
    waitFor(&fleet, &ConsoleFleet::loadFinished,
            [&] { return !fleet.isLoading() && fleet.model().rowCount() >= instances; });
    const double listSeconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();

    QHash<QString, int> byRegion;
    QHash<QString, QList<Instance>> returnable; // pay-as-you-go, running, by region
    for (int row = 0; row < fleet.model().rowCount(); ++row) {
        const Instance& i = fleet.model().instanceAt(row);
        ++byRegion[i.region];
        if (i.chargeClass == ChargeClass::Postpaid && i.lifecycle == Lifecycle::Running && !i.terminationProtected)
            returnable[i.region].append(i);
    }
    int pages = 1; // DescribeRegions
    for (int n : std::as_const(byRegion))
        pages += pagesFor(n);
    report(u"list %1 instances in %2 regions into the window"_s.arg(fleet.model().rowCount()).arg(byRegion.size()),
           listSeconds, secondsFor(pages, kTencentReadRate), u"%1 requests at %2/s"_s.arg(pages).arg(kTencentReadRate),
           probe);

    QString region;
    for (auto it = returnable.cbegin(); it != returnable.cend(); ++it) {
        if (region.isEmpty() || it.value().size() > returnable.value(region).size())
            region = it.key();
    }
    const QList<Instance> selection = returnable.value(region).mid(0, 1000 * scale);
    TeardownController& teardown = session->teardown();
    probe.start();
    clock.restart();
    teardown.request(Intent::Return, selection);
    const double requestSeconds = double(clock.nsecsElapsed()) / 1e9; // planned and shown, before the refund quotes
    waitFor(&teardown, &TeardownController::stageChanged, [&] { return teardown.isPlanFinal(); });
    const double planSeconds = double(clock.nsecsElapsed()) / 1e9;
    TeardownRun* run = teardown.confirm(teardown.planRevision());
    const double confirmSeconds = double(clock.nsecsElapsed()) / 1e9 - planSeconds; // the run and its window made
    if (!run) {
        print(u"the plan could not be confirmed"_s);
        return 1;
    }
    int done = 0;
    bool finished = false;
    QObject::connect(&teardown, &TeardownController::runFinished, &context, [&finished] { finished = true; });
    waitFor(&teardown, &TeardownController::runFinished, [&] { return finished || !run->isRunning(); });
    for (const InstanceResult& r : run->report().results)
        done += r.state == RunState::Done ? 1 : 0;
    const double teardownSeconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    const int calls = pagesFor(int(selection.size()));
    report(u"return %1 pay-as-you-go instances of %2 through the confirmation and run windows (%3 done; plan "
           u"final after %4 s, of which %5 s before the request returned; confirming took %6 s)"_s.arg(selection.size())
               .arg(region)
               .arg(done)
               .arg(planSeconds, 0, 'f', 2)
               .arg(requestSeconds, 0, 'f', 3)
               .arg(confirmSeconds, 0, 'f', 3),
           teardownSeconds,
           secondsFor(calls, kTencentReadRate) + secondsFor(calls, kTencentWriteRate) + kTerminatingSeconds,
           u"reading %1 pages at %2/s, %1 TerminateInstances at %3/s, %4 s TERMINATING"_s.arg(calls)
               .arg(kTencentReadRate)
               .arg(kTencentWriteRate)
               .arg(kTerminatingSeconds),
           probe);

    // The next start, in a process of its own (what the first session freed would otherwise stay
    // with this one and count in the next start's memory): the listing this one kept is on screen
    // before anything is listed, then the new listing changes the rows in place.
    waitFor(&fleet, &ConsoleFleet::loadFinished, [&] { return !fleet.isLoading(); }); // the refresh after the run
    window.reset();
    session.reset(); // waits for the kept listing to be written
    return startAgain(dir.path());
}

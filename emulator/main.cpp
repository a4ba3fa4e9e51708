// teardown-emulator: the emulator as a process, for tools, scripts and benchmarks.
// The command-line contract (emulator/README.md) is relied on by other tools: the first line on stdout is
// "listening on http://HOST:PORT" (https:// with --tls); SIGINT/SIGTERM stop it with exit code 0; bad arguments exit 2.
#include "BuildInfo.h"
#include "Emulator.h"
#include "FaultPlan.h"
#include "TencentFleet.h"
#include "TlsAuthority.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitBadArguments = 2;

// Turns SIGINT and SIGTERM into a clean event-loop exit: the handler only writes a byte to a
// socket pair, which is all a signal handler may safely do; the event loop does the rest.
class ShutdownOnSignal : public QObject
{
public:
    ShutdownOnSignal()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        auto* notifier = new QSocketNotifier(s_fds[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [] {
            char byte = 0;
            if (::read(s_fds[0], &byte, 1) >= 0)
                QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = &ShutdownOnSignal::onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

private:
    static void onSignal(int)
    {
        const char byte = 1;
        if (::write(s_fds[1], &byte, 1) < 0) {
            // Nothing to do: the process is being stopped anyway.
        }
    }

    static inline int s_fds[2] = {-1, -1};
};

struct Listen
{
    QHostAddress address;
    quint16 port = 0;
};

std::optional<Listen> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    Listen l;
    l.port = quint16(port);
    if (host == u"localhost"_s)
        l.address = QHostAddress(QHostAddress::LocalHost);
    else if (!l.address.setAddress(host))
        return std::nullopt;
    return l;
}

int badArguments(const QString& message)
{
    std::fprintf(stderr, "teardown-emulator: %s\nTry 'teardown-emulator --help'.\n", qPrintable(message));
    return ExitBadArguments;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"teardown-emulator"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(BuildInfo::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local emulation of the Tencent Cloud CVM API 3.0 (POST /), the legacy API 2.0\n"
                                     "(GET|POST /v2/index.php) and Zenlayer Bare Metal Cloud (POST /api/v2/bmc)\n"
                                     "for Teardown Console.\n"
                                     "Default credentials: SecretId AKIDSANDBOX, SecretKey sandbox-secret-key; "
                                     "AccessKeyId SANDBOXKEY, AccessKeyPassword sandbox-key-password; "
                                     "temporary: AKIDSANDBOXTEMP, sandbox-temp-key, token sandbox-session-token."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s, u"Address and port to listen on (port 0: any free port)."_s,
                                          u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption fleetOption(u"fleet"_s, u"\"sandbox\" or a fleet file (see emulator/README.md)."_s,
                                         u"sandbox|FILE.json"_s, u"sandbox"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"N instances per zone instead of the sandbox mix."_s, u"N"_s,
                                         u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the fleet generator and of %P faults."_s, u"N"_s, u"1"_s);
    const QCommandLineOption faultsOption(u"faults"_s, u"Faults to inject: KIND[:ACTION][@N|%P][=ARG],..."_s,
                                          u"SPEC"_s);
    const QCommandLineOption clockOffsetOption(
        u"clock-offset"_s, u"Run the server's clock N seconds ahead (negative: behind) of this machine's."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption requireMfaOption(
        u"require-mfa"_s,
        u"Refuse TerminateInstances, ModifyInstancesAttribute and ReturnInstance by this SecretId with "
        "MFANotFound (repeatable)."_s,
        u"SECRETID"_s);
    const QCommandLineOption tlsOption(u"tls"_s,
                                       u"Serve HTTPS for 127.0.0.1 and localhost, signed by a throwaway CA whose "
                                       "certificate is written to DIR/ca.pem (DIR is created if needed)."_s,
                                       u"DIR"_s);
    const QCommandLineOption temporaryOption(
        u"temp-credentials"_s,
        u"Also accept these temporary credentials (repeatable; EXPIRY: ISO 8601, e.g. 2030-01-31T12:00:00Z)."_s,
        u"ID:KEY:TOKEN[@EXPIRY]"_s);
    parser.addOptions({listenOption, fleetOption, scaleOption, seedOption, faultsOption, tlsOption, clockOffsetOption,
                       requireMfaOption, temporaryOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return badArguments(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return badArguments(u"unexpected argument %1"_s.arg(parser.positionalArguments().constFirst()));

    const std::optional<Listen> listen = parseListen(parser.value(listenOption));
    if (!listen)
        return badArguments(u"--listen expects HOST:PORT, such as 127.0.0.1:0"_s);

    emulator::Options options;
    options.fleet = parser.value(fleetOption);
    bool ok = false;
    options.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || options.scale < 0)
        return badArguments(u"--scale expects a number of instances per zone"_s);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return badArguments(u"--seed expects a non-negative integer"_s);
    options.faults = parser.value(faultsOption);
    options.clockOffsetSeconds = parser.value(clockOffsetOption).toInt(&ok);
    if (!ok)
        return badArguments(u"--clock-offset expects a number of seconds, such as 600 or -600"_s);
    options.mfaRequiredKeys = parser.values(requireMfaOption);
    for (const QString& key : std::as_const(options.mfaRequiredKeys)) {
        if (key.trimmed().isEmpty())
            return badArguments(u"--require-mfa expects a SecretId"_s);
    }
    options.temporaryCredentials = parser.values(temporaryOption);
    QString error;
    if (emulator::FaultPlan probe; !probe.add(options.faults, &error))
        return badArguments(error);

    // The authority lives only as long as this process: every start makes a new CA.
    emulator::TlsAuthority authority;
    if (parser.isSet(tlsOption)) {
        if (parser.value(tlsOption).isEmpty())
            return badArguments(u"--tls expects a directory"_s);
        options.tls = authority.loopbackLeaf();
        const QString caPath = QDir(parser.value(tlsOption)).filePath(u"ca.pem"_s);
        if (options.tls.isNull() || !authority.writeCertificate(caPath, &error)) {
            std::fprintf(stderr, "teardown-emulator: %s\n", qPrintable(error.isEmpty() ? authority.error() : error));
            return 1;
        }
        std::fprintf(stderr, "teardown-emulator: clients must trust %s\n", qPrintable(QDir(caPath).absolutePath()));
    }

    emulator::Emulator emulator(options);
    if (!emulator.setupError().isEmpty())
        return badArguments(emulator.setupError());
    if (!emulator.listen(listen->address, listen->port, &error)) {
        std::fprintf(stderr, "teardown-emulator: %s\n", qPrintable(error));
        return 1;
    }
    ShutdownOnSignal shutdown;
    std::printf("listening on %s\n", qPrintable(emulator.url().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "teardown-emulator: %d Tencent instances in %lld regions\n", emulator.tencentFleet().size(),
                 static_cast<long long>(emulator.tencentFleet().regions().size()));
    return QCoreApplication::exec();
}

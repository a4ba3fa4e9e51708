#include "BenchProcess.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// argv/envp for posix_spawn: the strings stay owned by the vectors of bytes.
struct CStrings
{
    std::vector<QByteArray> bytes;
    std::vector<char*> pointers;

    explicit CStrings(const QStringList& strings)
    {
        bytes.reserve(strings.size());
        for (const QString& s : strings)
            bytes.push_back(s.toLocal8Bit());
        for (QByteArray& b : bytes)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
    char** data() { return pointers.data(); }
};

pid_t spawn(const QString& program, const QStringList& arguments, const QStringList& environment,
            posix_spawn_file_actions_t* actions)
{
    CStrings argv(QStringList{program} + arguments);
    CStrings envp(environment);
    pid_t pid = -1;
    const QByteArray path = program.toLocal8Bit();
    if (posix_spawn(&pid, path.constData(), actions, nullptr, argv.data(), envp.data()) != 0)
        return -1;
    return pid;
}

} // namespace

QStringList environmentWith(const QStringList& overrides)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& pair : overrides) {
        const qsizetype eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return env.toStringList();
}

ProgramRun runProgram(const QString& program, const QStringList& arguments, const QStringList& environment,
                      const QString& stdoutPath, const QString& stderrPath)
{
    ProgramRun run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = stdoutPath.toLocal8Bit();
    const QByteArray err = stderrPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = spawn(program, arguments, environment, &actions);
    posix_spawn_file_actions_destroy(&actions);
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QString& program, const QStringList& arguments)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        m_error = u"pipe failed"_s;
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    m_pid = spawn(program, arguments, environmentWith({}), &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (m_pid < 0) {
        close(pipeFds[0]);
        m_error = u"cannot start %1"_s.arg(program);
        return false;
    }
    // Its first line, "listening on URL"; a blocking read is fine: it comes in seconds or never.
    m_stdout = pipeFds[0];
    QByteArray line;
    char c = 0;
    while (line.size() < 512 && read(m_stdout, &c, 1) == 1 && c != '\n')
        line.append(c);
    const bool got = !line.isEmpty();
    const QString first = QString::fromLocal8Bit(line).trimmed();
    if (!got || !first.startsWith(u"listening on "_s)) {
        m_error = u"the emulator did not start: %1"_s.arg(first);
        stop();
        return false;
    }
    m_url = first.mid(13);
    return true;
}

void EmulatorProcess::stop()
{
    if (m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
    m_pid = -1;
    if (m_stdout >= 0)
        close(m_stdout);
    m_stdout = -1;
}

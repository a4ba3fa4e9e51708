#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

// The programs bench_teardown drives, started as child processes of their own so that each one's
// wall time and peak memory are its own (wait4's rusage), not the benchmark's.

// One run of a program to its end.
struct ProgramRun
{
    int exitCode = -1; // -1: killed by a signal or not started
    double seconds = 0; // wall time from start to exit
    double peakMb = 0; // the child's peak resident memory (ru_maxrss)
};

// Runs PROGRAM with ARGUMENTS and the environment ENVIRONMENT ("NAME=value"), stdout to
// STDOUT_PATH (/dev/null to discard), stderr to STDERR_PATH, and waits for it.
ProgramRun runProgram(const QString& program, const QStringList& arguments, const QStringList& environment,
                      const QString& stdoutPath, const QString& stderrPath);

// teardown-emulator, running until the object goes (SIGTERM, then waited for).
class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess&) = delete;
    EmulatorProcess& operator=(const EmulatorProcess&) = delete;

    // Starts it with ARGUMENTS and waits for its "listening on URL" line; false with the reason in
    // error() when it does not come.
    bool start(const QString& program, const QStringList& arguments);
    QString url() const { return m_url; }
    QString error() const { return m_error; }
    void stop();

private:
    pid_t m_pid = -1;
    int m_stdout = -1; // kept open while it runs, so that nothing it writes meets a closed pipe
    QString m_url;
    QString m_error;
};

// The environment of this process with NAME=value pairs set or replaced.
QStringList environmentWith(const QStringList& overrides);

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace fixture {

struct CtlResult
{
    int exitCode = -1; // -1: it did not finish in time
    QByteArray raw; // stdout as bytes
    QString out;
    QString err;
};

// Runs teardownctl (TEARDOWNCTL_PATH) without a terminal to its end, while this thread's event loop
// keeps serving an in-process emulator.
inline CtlResult runCtl(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(TEARDOWNCTL_PATH), arguments);
    process.closeWriteChannel();
    CtlResult r;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.raw = process.readAllStandardOutput();
    r.out = QString::fromUtf8(r.raw);
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace fixture

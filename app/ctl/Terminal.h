#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

// What teardownctl needs from the terminal it runs in.
namespace Terminal {
// True when a person can answer: both stdin and stdout are terminals.
bool isInteractive();
// One line from stdin without its newline; empty at end of input.
QString readLine();
void print(const QString& text); // stdout, UTF-8
void write(const QByteArray& bytes); // stdout as it is
void printError(const QString& text); // stderr, UTF-8
} // namespace Terminal

// Turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal, delivered on the event loop: a signal handler
// may only write to a pipe.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier* m_notifier = nullptr;
};

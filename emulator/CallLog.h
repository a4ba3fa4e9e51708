#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace emulator {

// One request the emulator received, whatever became of it: tests assert on what the client
// actually sent and on what the emulator answered.
struct CallLogEntry
{
    QString action;
    QString region;
    QString secretId;
    QByteArray body;
    QString errorCode; // empty: the call succeeded (or a fault replaced the reply, see `fault`)
    QString requestId;
    QDateTime at;
    QString fault; // the injected fault that shaped the reply ("drop-after", ...), if any
};

class CallLog
{
public:
    void append(const CallLogEntry& entry) { m_entries.append(entry); }
    QList<CallLogEntry> entries() const { return m_entries; }
    int count(const QString& action) const;
    void clear() { m_entries.clear(); }

private:
    QList<CallLogEntry> m_entries;
};

} // namespace emulator

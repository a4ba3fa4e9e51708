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
    QString region; // empty on Zenlayer
    QString secretId; // Tencent SecretId or Zenlayer AccessKeyId, as claimed
    QByteArray body; // the request body; for a legacy GET, the query string
    // The error of the reply: an API 3.0 or Zenlayer code, a legacy codeDesc or numeric code, or
    // "HTTP 405". Empty: the call succeeded, or a fault replaced the reply without an envelope.
    QString errorCode;
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

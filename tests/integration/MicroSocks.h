#pragma once

// A real SOCKS5 proxy (Debian's microsocks) on a free loopback port. It logs every connection it
// makes on behalf of a client ("client[N] 127.0.0.1: connected to HOST:PORT"). Killed when the
// fixture goes.

#include "TinyProxy.h"

#include <QProcess>
#include <QTest>

namespace fixture {

class MicroSocks
{
public:
    ~MicroSocks()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // `user` non-empty: the proxy demands that user and password (RFC 1929).
    bool start(const QString& user = {}, const QString& password = {})
    {
        m_port = TinyProxy::freePort();
        if (!m_port)
            return false;
        QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(m_port)};
        if (!user.isEmpty())
            args << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("microsocks"), args);
        if (!m_process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor([this] { return TinyProxy::accepts(m_port); }, 10000);
    }

    quint16 port() const { return m_port; }
    // What it logged so far: one line per connection it made for a client.
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log;
    }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

} // namespace fixture

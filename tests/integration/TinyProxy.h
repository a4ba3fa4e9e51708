#pragma once

// A real HTTP proxy (Debian's tinyproxy) on a free loopback port, in the foreground, with its
// configuration and log in a temporary directory. Killed when the fixture goes.

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace fixture {

class TinyProxy
{
public:
    ~TinyProxy() { stop(); }

    // `user` non-empty: the proxy demands Basic authentication (407 without it).
    bool start(const QString& user = {}, const QString& password = {})
    {
        m_port = freePort();
        if (!m_port || !m_dir.isValid())
            return false;
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Text))
            return false;
        QString text = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\nLogLevel Connect\n"
                                      "MaxClients 20\nAllow 127.0.0.1\n")
                           .arg(m_port)
                           .arg(logPath());
        if (!user.isEmpty())
            text += QStringLiteral("BasicAuth %1 %2\n").arg(user, password);
        config.write(text.toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(10000))
            return false;
        // Ready when its port accepts a connection.
        return QTest::qWaitFor([this] { return accepts(); }, 10000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString log() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Requests tinyproxy forwarded ("Request (file descriptor N): POST http://... HTTP/1.1").
    int requestCount() const { return int(log().count(QStringLiteral("]: Request ("))); }

    // A loopback port nothing listens on (for an unreachable proxy).
    static quint16 freePort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 0;
        return server.serverPort();
    }

    // Whether something accepts connections on this loopback port (a proxy that finished starting).
    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }

private:
    QString logPath() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    bool accepts() const { return accepts(m_port); }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace fixture

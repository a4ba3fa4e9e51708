#include "SandboxHost.h"

#include "Emulator.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    stop();
}

QString SandboxHost::accountId()
{
    return u"sandbox"_s;
}

bool SandboxHost::start(QString* error)
{
    if (m_emulator)
        return true;
    m_thread.start();
    auto* emulator = new emulator::Emulator();
    emulator->moveToThread(&m_thread);
    bool listening = false;
    QString why;
    // The server's sockets must be created in the thread that serves them.
    QMetaObject::invokeMethod(
        emulator, [emulator, &listening, &why] { listening = emulator->listen(QHostAddress::LocalHost, 0, &why); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        QMetaObject::invokeMethod(
            emulator, [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        if (error)
            *error = why;
        return false;
    }
    m_emulator = emulator;
    m_url = emulator->url();
    return true;
}

void SandboxHost::stop()
{
    if (!m_emulator)
        return;
    // Deleted in its own thread, where its sockets and timers live.
    emulator::Emulator* emulator = m_emulator;
    QMetaObject::invokeMethod(
        emulator, [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
    m_emulator = nullptr;
    m_url.clear();
    m_thread.quit();
    m_thread.wait();
}

Account SandboxHost::account() const
{
    Account a;
    a.id = accountId();
    a.dialect = Dialect::TencentApi3;
    a.name = QCoreApplication::translate("SandboxHost", "Tencent Cloud sandbox (emulator)");
    a.keyId = u"AKIDSANDBOX"_s;
    a.endpoint = m_url;
    a.sandbox = true;
    return a;
}

Credentials SandboxHost::credentials() const
{
    return {u"AKIDSANDBOX"_s, u"sandbox-secret-key"_s};
}

QString SandboxHost::zenlayerAccountId()
{
    return u"sandbox-zenlayer"_s;
}

Account SandboxHost::zenlayerAccount() const
{
    Account a;
    a.id = zenlayerAccountId();
    a.dialect = Dialect::Zenlayer;
    a.name = QCoreApplication::translate("SandboxHost", "Zenlayer sandbox (emulator)");
    a.keyId = u"SANDBOXKEY"_s;
    a.endpoint = m_url;
    a.sandbox = true;
    return a;
}

Credentials SandboxHost::zenlayerCredentials() const
{
    return {u"SANDBOXKEY"_s, u"sandbox-key-password"_s};
}

#pragma once

#include "Account.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace emulator {
class Emulator;
}

// The embedded sandbox: the provider emulator on a free loopback port, in its own thread so that
// serving a large fleet never stalls the window. Clearly an emulator: its account is marked sandbox.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override;

    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const { return m_emulator != nullptr; }
    QUrl url() const { return m_url; }

    // The sandbox's account and its fixed emulator key (kept in memory, never in the keychain).
    Account account() const;
    Credentials credentials() const;
    static QString accountId();
    // The same emulator speaks Zenlayer BMC too: a second sandbox account shows its machines
    // next to the Tencent fleet.
    Account zenlayerAccount() const;
    Credentials zenlayerCredentials() const;
    static QString zenlayerAccountId();

private:
    QThread m_thread;
    emulator::Emulator* m_emulator = nullptr;
    QUrl m_url;
};

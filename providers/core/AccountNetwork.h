#pragma once

#include "Account.h"
#include "SystemProxy.h"

#include <QNetworkAccessManager>

// The network of one opened account: Qt keeps the proxy per QNetworkAccessManager, so every
// account that may have a proxy of its own gets its own manager. ProviderFactory parents it to
// the provider, so it lives exactly as long as the provider's calls can.
//
// System: the environment's proxy (SystemProxy), never for loopback endpoints or no_proxy hosts.
// None: direct. Http / Socks5: the account's proxy for every endpoint, loopback included: an
// operator who names a proxy means it.
class AccountNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    AccountNetwork(const NetworkSettings& settings, const QString& proxyPassword,
                   const SystemProxy& systemProxy = SystemProxy::fromEnvironment(), QObject* parent = nullptr);

    // The account's explicit proxy; NoProxy for System and None.
    static QNetworkProxy explicitProxy(const NetworkSettings& settings, const QString& proxyPassword);
};

// "host:port" of the proxy `network` sends a request for `url` through; empty when it goes direct.
// Never the password.
QString proxyInUse(const QNetworkAccessManager* network, const QUrl& url);

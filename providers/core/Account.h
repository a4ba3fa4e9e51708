#pragma once

#include "Dialect.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// How an account reaches its endpoint. Everything here may be stored in plain settings; the proxy's
// password lives in the keychain (SecretSlot::ProxyPassword).
struct NetworkSettings
{
    enum class Proxy {
        System, // the environment's (https_proxy, HTTPS_PROXY, no_proxy); never for loopback endpoints
        None, // a direct connection
        Http, // an HTTP proxy (CONNECT for https)
        Socks5,
    };
    Proxy proxy = Proxy::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser; // empty: the proxy asks for no authentication
    // A PEM file of extra CA certificates trusted in addition to the system store (corporate TLS
    // inspection). Empty: the system store only. Verification is never switched off.
    QString caFile;

    // Whether a proxy password (kept in the keychain) belongs to these settings.
    bool usesProxyPassword() const { return (proxy == Proxy::Http || proxy == Proxy::Socks5) && !proxyUser.isEmpty(); }

    friend bool operator==(const NetworkSettings&, const NetworkSettings&) = default;
};

// One configured cloud account. Everything here may be stored in plain settings: the secret
// never is (see Credentials and CredentialStore).
struct Account
{
    QString id; // stable, generated once; the keychain entry's key includes it
    Dialect dialect = Dialect::TencentApi3;
    QString name; // display name
    QString keyId; // SecretId / AccessKeyId: an identifier, not a secret
    QUrl endpoint; // empty: the provider's public endpoint
    QStringList regions; // empty: every region the provider lists
    QString apiVersion; // Zenlayer: the X-ZC-Version; empty elsewhere
    bool production = false; // more friction before anything is returned
    bool readOnly = false; // nothing can be returned through it
    bool sandbox = false; // the embedded emulator
    // Temporary credentials (Tencent STS, CAM roles): when the session token runs out, if known.
    // The token itself is a secret (SecretSlot::SessionToken); invalid when there is none or no expiry.
    QDateTime tokenExpires;
    NetworkSettings network;

    ProviderId provider() const { return providerOf(dialect); }
    friend bool operator==(const Account&, const Account&) = default;
};

Q_DECLARE_METATYPE(Account)

// A key pair, held in memory only as long as needed.
struct Credentials
{
    QString keyId;
    QString secret;
    QString sessionToken = {}; // temporary credentials only: Tencent X-TC-Token / Token; empty otherwise
    QString proxyPassword = {}; // for NetworkSettings::proxyUser; empty when none
    bool isComplete() const { return !keyId.isEmpty() && !secret.isEmpty(); }
};

namespace EndpointPolicy {
// Empty when the endpoint may be used; otherwise the ErrorCatalog code of the reason.
// TLS is never switched off: plain http:// is allowed only for loopback hosts (the emulator).
QString check(const QUrl& endpoint);
bool isLoopback(const QUrl& url);
} // namespace EndpointPolicy

#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// The proxy the environment asks for, read the way curl and most Linux tools read it:
// https_proxy / HTTPS_PROXY for https:// URLs, http_proxy for http:// URLs (the upper-case
// HTTP_PROXY is ignored, as curl does, because CGI servers set it from a request header), and
// no_proxy / NO_PROXY for the hosts that bypass it. Loopback endpoints (the sandbox) never go
// through it. Parsed here rather than by Qt's system proxy factory so the rules are explicit.
class SystemProxy
{
public:
    static SystemProxy
    fromEnvironment(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // NoProxy when the URL bypasses the proxy or none is configured for its scheme.
    QNetworkProxy proxyFor(const QUrl& url) const;
    // Whether a no_proxy entry (host, .domain, domain suffix, *, host:port) matches.
    bool bypasses(const QUrl& url) const;

    // A proxy URL as the environment variables spell it: [scheme://][user[:password]@]host[:port].
    // http (the default scheme; port 80 when absent) and socks5/socks5h (port 1080) are
    // understood; anything else is NoProxy.
    static QNetworkProxy parseProxyUrl(const QString& value);

private:
    QNetworkProxy m_https;
    QNetworkProxy m_http;
    QStringList m_noProxy;
};

#include "SystemProxy.h"

#include "Account.h"

using namespace Qt::StringLiterals;

namespace {

QString firstSet(const QProcessEnvironment& environment, const QStringList& names)
{
    for (const QString& name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

int defaultPort(const QString& scheme)
{
    if (scheme.startsWith(u"socks"))
        return 1080;
    return scheme == u"https" ? 443 : 80;
}

// One no_proxy entry against one host and port. Leading dots and "*." mean the same as a bare
// domain: the domain itself and everything under it.
bool matches(QString entry, const QString& host, int port)
{
    if (entry == u"*")
        return true;
    int entryPort = -1;
    // host:port, but not a bare IPv6 address (which has several colons)
    if (const qsizetype colon = entry.lastIndexOf(u':'); colon > 0 && entry.count(u':') == 1) {
        bool ok = false;
        entryPort = entry.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        entry.truncate(colon);
    }
    if (entry.startsWith(u'[') && entry.endsWith(u']'))
        entry = entry.mid(1, entry.size() - 2);
    if (entryPort >= 0 && entryPort != port)
        return false;
    if (entry.startsWith(u"*."))
        entry.remove(0, 1);
    if (entry.startsWith(u'.'))
        entry.remove(0, 1);
    if (entry.isEmpty())
        return false;
    return host == entry || host.endsWith(u'.' + entry);
}

} // namespace

SystemProxy SystemProxy::fromEnvironment(const QProcessEnvironment& environment)
{
    SystemProxy proxy;
    proxy.m_https = parseProxyUrl(firstSet(environment, {u"https_proxy"_s, u"HTTPS_PROXY"_s}));
    proxy.m_http = parseProxyUrl(firstSet(environment, {u"http_proxy"_s}));
    const QString noProxy = firstSet(environment, {u"no_proxy"_s, u"NO_PROXY"_s});
    for (const QString& entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed().toLower();
        if (!trimmed.isEmpty())
            proxy.m_noProxy << trimmed;
    }
    return proxy;
}

QNetworkProxy SystemProxy::parseProxyUrl(const QString& value)
{
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(value.contains(u"://") ? value : u"http://"_s + value);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == u"http" || scheme == u"https")
        type = QNetworkProxy::HttpProxy;
    else if (scheme == u"socks5" || scheme == u"socks5h")
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::NoProxy || !url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort(scheme))), url.userName(), url.password());
}

bool SystemProxy::bypasses(const QUrl& url) const
{
    const QString host = url.host().toLower();
    const int port = url.port(url.scheme() == u"http" ? 80 : 443);
    for (const QString& entry : m_noProxy) {
        if (matches(entry, host, port))
            return true;
    }
    return false;
}

QNetworkProxy SystemProxy::proxyFor(const QUrl& url) const
{
    const QNetworkProxy none(QNetworkProxy::NoProxy);
    if (EndpointPolicy::isLoopback(url) || bypasses(url))
        return none;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return m_https;
    if (scheme == u"http")
        return m_http;
    return none;
}

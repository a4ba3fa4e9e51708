#include "AccountNetwork.h"

#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace {

// Decides per request, because the environment's proxy depends on the host (loopback, no_proxy).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    explicit SystemProxyFactory(SystemProxy proxy)
        : m_proxy(std::move(proxy))
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return {m_proxy.proxyFor(query.url())};
    }

private:
    SystemProxy m_proxy;
};

} // namespace

AccountNetwork::AccountNetwork(const NetworkSettings& settings, const QString& proxyPassword,
                               const SystemProxy& systemProxy, QObject* parent)
    : QNetworkAccessManager(parent)
{
    switch (settings.proxy) {
    case NetworkSettings::Proxy::System:
        setProxyFactory(new SystemProxyFactory(systemProxy)); // takes ownership
        break;
    case NetworkSettings::Proxy::None:
    case NetworkSettings::Proxy::Http:
    case NetworkSettings::Proxy::Socks5:
        // Set explicitly: QNetworkProxy::NoProxy is a direct connection, not "ask the application".
        setProxy(explicitProxy(settings, proxyPassword));
        break;
    }
}

QNetworkProxy AccountNetwork::explicitProxy(const NetworkSettings& settings, const QString& proxyPassword)
{
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (settings.proxy == NetworkSettings::Proxy::Http)
        type = QNetworkProxy::HttpProxy;
    else if (settings.proxy == NetworkSettings::Proxy::Socks5)
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::NoProxy)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy proxy(type, settings.proxyHost, settings.proxyPort);
    if (!settings.proxyUser.isEmpty()) {
        proxy.setUser(settings.proxyUser);
        proxy.setPassword(proxyPassword);
    }
    return proxy;
}

QString proxyInUse(const QNetworkAccessManager* network, const QUrl& url)
{
    if (!network)
        return {};
    QNetworkProxy proxy = network->proxy();
    if (QNetworkProxyFactory* factory = network->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    } else if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        || proxy.hostName().isEmpty())
        return {};
    const QString host = proxy.hostName().contains(u':') ? u'[' + proxy.hostName() + u']' : proxy.hostName();
    return host + u':' + QString::number(proxy.port());
}

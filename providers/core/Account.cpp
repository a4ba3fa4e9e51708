#include "Account.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace EndpointPolicy {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString check(const QUrl& endpoint)
{
    if (endpoint.isEmpty())
        return {};
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return u"InvalidParameterValue"_s;
    if (endpoint.scheme() == u"https"_s)
        return {};
    if (endpoint.scheme() == u"http"_s && isLoopback(endpoint))
        return {};
    return u"Teardown.InsecureEndpoint"_s;
}

} // namespace EndpointPolicy

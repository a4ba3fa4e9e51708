#include "HostHeader.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QByteArray hostHeaderFor(const QUrl& url)
{
    QByteArray host = url.host().toUtf8();
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

#include "AccountStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kGroup = u"accounts"_s;

QString proxyKey(NetworkSettings::Proxy proxy)
{
    switch (proxy) {
    case NetworkSettings::Proxy::System:
        return u"system"_s;
    case NetworkSettings::Proxy::None:
        return u"none"_s;
    case NetworkSettings::Proxy::Http:
        return u"http"_s;
    case NetworkSettings::Proxy::Socks5:
        return u"socks5"_s;
    }
    return u"system"_s;
}

// Anything unknown (an older or a hand-edited file) is the default: the system's proxy.
NetworkSettings::Proxy proxyFromKey(const QString& key)
{
    for (auto proxy : {NetworkSettings::Proxy::None, NetworkSettings::Proxy::Http, NetworkSettings::Proxy::Socks5}) {
        if (key == proxyKey(proxy))
            return proxy;
    }
    return NetworkSettings::Proxy::System;
}
} // namespace

AccountStore::AccountStore(QSettings* settings)
    : m_settings(settings ? settings : new QSettings)
    , m_owned(settings == nullptr)
{ }

AccountStore::~AccountStore()
{
    if (m_owned)
        delete m_settings;
}

QSettings& AccountStore::settings() const
{
    return *m_settings;
}

QString AccountStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    QSettings& s = settings();
    s.beginGroup(kGroup);
    const QStringList ids = s.childGroups();
    for (const QString& id : ids) {
        s.beginGroup(id);
        Account a;
        a.id = id;
        a.dialect = dialectFromKey(s.value(u"dialect"_s).toString()).value_or(Dialect::TencentApi3);
        a.name = s.value(u"name"_s).toString();
        a.keyId = s.value(u"keyId"_s).toString();
        a.endpoint = QUrl(s.value(u"endpoint"_s).toString());
        a.regions = s.value(u"regions"_s).toStringList();
        a.apiVersion = s.value(u"apiVersion"_s).toString();
        a.production = s.value(u"production"_s, false).toBool();
        a.readOnly = s.value(u"readOnly"_s, false).toBool();
        a.tokenExpires = QDateTime::fromString(s.value(u"tokenExpires"_s).toString(), Qt::ISODate);
        a.network.proxy = proxyFromKey(s.value(u"proxy"_s).toString());
        a.network.proxyHost = s.value(u"proxyHost"_s).toString();
        a.network.proxyPort = quint16(s.value(u"proxyPort"_s, 0).toUInt());
        a.network.proxyUser = s.value(u"proxyUser"_s).toString();
        a.network.caFile = s.value(u"caFile"_s).toString();
        s.endGroup();
        out << a;
    }
    s.endGroup();
    std::sort(out.begin(), out.end(),
              [](const Account& a, const Account& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<Account> AccountStore::find(const QString& idOrName) const
{
    for (const Account& a : accounts()) {
        if (a.id == idOrName || a.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

void AccountStore::save(const Account& account)
{
    Q_ASSERT(!account.id.isEmpty());
    QSettings& s = settings();
    s.beginGroup(kGroup + u'/' + account.id);
    s.setValue(u"dialect"_s, dialectKey(account.dialect));
    s.setValue(u"name"_s, account.name);
    s.setValue(u"keyId"_s, account.keyId);
    s.setValue(u"endpoint"_s, account.endpoint.toString());
    s.setValue(u"regions"_s, account.regions);
    s.setValue(u"apiVersion"_s, account.apiVersion);
    s.setValue(u"production"_s, account.production);
    s.setValue(u"readOnly"_s, account.readOnly);
    s.setValue(u"tokenExpires"_s,
               account.tokenExpires.isValid() ? account.tokenExpires.toUTC().toString(Qt::ISODate) : QString());
    s.setValue(u"proxy"_s, proxyKey(account.network.proxy));
    s.setValue(u"proxyHost"_s, account.network.proxyHost);
    s.setValue(u"proxyPort"_s, account.network.proxyPort);
    s.setValue(u"proxyUser"_s, account.network.proxyUser);
    s.setValue(u"caFile"_s, account.network.caFile);
    s.endGroup();
    s.sync();
}

void AccountStore::remove(const QString& accountId)
{
    settings().remove(kGroup + u'/' + accountId);
    settings().sync();
}

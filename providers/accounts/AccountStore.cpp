#include "AccountStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kGroup = u"accounts"_s;
}

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
    s.endGroup();
    s.sync();
}

void AccountStore::remove(const QString& accountId)
{
    settings().remove(kGroup + u'/' + accountId);
    settings().sync();
}

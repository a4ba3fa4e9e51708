#include "TemporaryKeys.h"

using namespace Qt::StringLiterals;

namespace emulator {

void TemporaryKeys::add(const QString& secretId, const Key& key)
{
    m_keys.insert(secretId, key);
}

std::optional<QString> TemporaryKeys::secretKey(const QString& secretId) const
{
    const auto it = m_keys.constFind(secretId);
    return it == m_keys.cend() ? std::nullopt : std::optional<QString>(it->secretKey);
}

QString TemporaryKeys::refusal(const QString& secretId, const QByteArray& token, const QDateTime& now) const
{
    const auto it = m_keys.constFind(secretId);
    if (it == m_keys.cend())
        return {};
    if (token.isEmpty())
        return u"the temporary key %1 was sent without its session token"_s.arg(secretId);
    if (token != it->token.toUtf8())
        return u"the session token does not belong to the temporary key %1"_s.arg(secretId);
    if (it->expires.isValid() && now >= it->expires)
        return u"the session token expired at %1"_s.arg(it->expires.toUTC().toString(Qt::ISODate));
    return {};
}

bool TemporaryKeys::parse(const QString& spec, QString* secretId, Key* key, QString* error)
{
    QString credentials = spec;
    QDateTime expires;
    // The expiry follows the last '@': ids, keys and tokens have none, ISO times have colons.
    if (const qsizetype at = spec.lastIndexOf(u'@'); at >= 0) {
        credentials = spec.left(at);
        const QString when = spec.mid(at + 1);
        expires = QDateTime::fromString(when, Qt::ISODate);
        if (!expires.isValid()) {
            *error = u"the expiry %1 is not an ISO 8601 date-time such as 2030-01-31T12:00:00Z"_s.arg(when);
            return false;
        }
        if (expires.timeSpec() == Qt::LocalTime)
            expires.setTimeSpec(Qt::UTC);
    }
    const qsizetype first = credentials.indexOf(u':');
    const qsizetype second = first < 0 ? -1 : credentials.indexOf(u':', first + 1);
    if (first <= 0 || second <= first + 1 || second + 1 >= credentials.size()) {
        *error = u"temporary credentials are ID:KEY:TOKEN[@EXPIRY], none of them empty"_s;
        return false;
    }
    *secretId = credentials.left(first);
    key->secretKey = credentials.mid(first + 1, second - first - 1);
    key->token = credentials.mid(second + 1);
    key->expires = expires;
    return true;
}

} // namespace emulator

#include "LegacyVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSet>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace emulator {

QByteArray LegacyInbound::param(QByteArrayView name) const
{
    for (const auto& [n, v] : params) {
        if (n == name)
            return v.isNull() ? QByteArray("") : v;
    }
    return {};
}

LegacyVerifier::LegacyVerifier(SecretLookup secrets, Clock clock)
    : m_secrets(std::move(secrets))
    , m_clock(std::move(clock))
{ }

bool LegacyVerifier::parseParams(QByteArrayView encoded, QList<std::pair<QByteArray, QByteArray>>* out)
{
    out->clear();
    QSet<QByteArray> names;
    for (QByteArrayView pair : QByteArray(encoded.toByteArray()).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return false;
        QByteArray name = QByteArray::fromPercentEncoding(pair.first(eq).toByteArray().replace('+', ' '));
        QByteArray value = QByteArray::fromPercentEncoding(pair.sliced(eq + 1).toByteArray().replace('+', ' '));
        if (names.contains(name))
            return false;
        names.insert(name);
        out->append({std::move(name), std::move(value)});
    }
    return true;
}

QByteArray LegacyVerifier::sourceString(const LegacyInbound& request)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    for (const auto& p : request.params) {
        if (p.first != "Signature")
            params.append(p);
    }
    std::sort(params.begin(), params.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArrayList joined;
    for (auto [name, value] : params)
        joined.append(name.replace('_', '.') + '=' + value);
    return request.method + request.host + request.path + '?' + joined.join('&');
}

LegacyVerdict LegacyVerifier::verify(const LegacyInbound& request) const
{
    LegacyVerdict v;
    v.secretId = QString::fromUtf8(request.param("SecretId"));
    for (const char* name : {"SecretId", "Signature", "Timestamp", "Nonce"}) {
        if (request.param(name).isEmpty()) {
            v.code = 4000;
            v.detail = u"the public parameter %1 is missing"_s.arg(QLatin1StringView(name));
            return v;
        }
    }
    bool timestampOk = false;
    bool nonceOk = false;
    const qint64 timestamp = request.param("Timestamp").toLongLong(&timestampOk);
    const qint64 nonce = request.param("Nonce").toLongLong(&nonceOk);
    if (!timestampOk || !nonceOk || nonce <= 0) {
        v.code = 4000;
        v.detail = u"Timestamp and Nonce must be positive integers"_s;
        return v;
    }
    const std::optional<QString> secret = m_secrets(v.secretId);
    if (!secret) {
        v.code = 4104;
        v.detail = u"unknown SecretId %1"_s.arg(v.secretId);
        return v;
    }
    if (std::abs(m_clock().toSecsSinceEpoch() - timestamp) > MaxSkewSeconds) {
        v.code = 4500;
        v.detail = u"Timestamp %1 is more than five minutes from the server time"_s.arg(timestamp);
        return v;
    }
    const auto hash =
        request.param("SignatureMethod") == "HmacSHA256" ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(sourceString(request), secret->toUtf8(), hash).toBase64();
    if (expected != request.param("Signature")) {
        v.code = 4100;
        v.detail = u"the signature does not match the request (was it URL-encoded?)"_s;
    }
    return v;
}

} // namespace emulator

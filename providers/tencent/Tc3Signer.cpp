#include "Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

namespace Tc3Signer {

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
}

Tc3Signature sign(const Tc3Request& request, const QString& secretId, const QString& secretKey)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.reserve(request.signedHeaders.size());
    for (const auto& [name, value] : request.signedHeaders)
        headers.append({name.trimmed().toLower(), value.trimmed().toLower()});
    std::sort(headers.begin(), headers.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto& [name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }

    Tc3Signature s;
    s.signedHeaderNames = names.join(';');
    s.canonicalRequest = request.method + '\n' + request.canonicalUri + '\n' + request.canonicalQuery + '\n'
        + canonicalHeaders + '\n' + s.signedHeaderNames + '\n' + sha256Hex(request.payload);
    s.hashedCanonicalRequest = sha256Hex(s.canonicalRequest);

    const QByteArray date = utcDate(request.timestamp);
    s.credentialScope = date + '/' + request.service + "/tc3_request";
    s.stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(request.timestamp) + '\n' + s.credentialScope + '\n'
        + s.hashedCanonicalRequest;

    s.secretDate = hmacSha256("TC3" + secretKey.toUtf8(), date);
    s.secretService = hmacSha256(s.secretDate, request.service);
    s.secretSigning = hmacSha256(s.secretService, "tc3_request");
    s.signature = hmacSha256(s.secretSigning, s.stringToSign).toHex();

    s.authorization = "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() + '/' + s.credentialScope
        + ", SignedHeaders=" + s.signedHeaderNames + ", Signature=" + s.signature;
    return s;
}

} // namespace Tc3Signer

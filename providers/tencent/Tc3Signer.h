#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0 (reference §1.3).
// A pure function of its inputs, so the official examples and SDK vectors test it exactly.
struct Tc3Request
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray canonicalUri = QByteArrayLiteral("/");
    QByteArray canonicalQuery;
    // The headers to sign, as sent. Names are matched case-insensitively; the canonical form
    // lower-cases and trims names and values and sorts them by name.
    QList<std::pair<QByteArray, QByteArray>> signedHeaders;
    QByteArray payload; // the exact bytes on the wire
    QByteArray service = QByteArrayLiteral("cvm");
    qint64 timestamp = 0;
};

struct Tc3Signature
{
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // lowercase hex
    QByteArray credentialScope; // <date>/<service>/tc3_request
    QByteArray stringToSign;
    QByteArray signedHeaderNames; // "content-type;host"
    QByteArray secretDate; // raw HMAC bytes of the derived keys
    QByteArray secretService;
    QByteArray secretSigning;
    QByteArray signature; // lowercase hex
    QByteArray authorization; // the Authorization header value
};

namespace Tc3Signer {
Tc3Signature sign(const Tc3Request& request, const QString& secretId, const QString& secretKey);
// The UTC calendar date (yyyy-MM-dd) of a UNIX timestamp: the credential scope never uses local time.
QByteArray utcDate(qint64 timestamp);
QByteArray sha256Hex(const QByteArray& data);
} // namespace Tc3Signer

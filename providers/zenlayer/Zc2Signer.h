#pragma once

#include <QByteArray>
#include <QString>

// ZC2-HMAC-SHA256, the signature of Zenlayer Cloud API v2 (reference §1.3). A pure function of its
// inputs, so the reference's vectors test it exactly. Unlike TC3 there is no derived key and no
// scope: the HMAC key is the AccessKeyPassword itself, and the canonical URI is always "/".
struct Zc2Request
{
    QByteArray contentType = QByteArrayLiteral("application/json"); // signed verbatim, as sent
    QByteArray host; // signed verbatim, as sent (with the port when it is not the default)
    QByteArray payload; // the exact bytes on the wire
    qint64 timestamp = 0; // the X-ZC-Timestamp, in seconds
};

struct Zc2Signature
{
    QByteArray hashedPayload; // lowercase hex
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // lowercase hex
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex
    QByteArray authorization; // the Authorization header value
};

namespace Zc2Signer {
inline constexpr char Algorithm[] = "ZC2-HMAC-SHA256";
inline constexpr char SignedHeaders[] = "content-type;host";

Zc2Signature sign(const Zc2Request& request, const QString& accessKeyId, const QString& accessKeyPassword);
} // namespace Zc2Signer

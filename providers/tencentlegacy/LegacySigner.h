#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// The query signature of Tencent Cloud API 2.0 (reference §5.2; the same "v1" signature is
// accepted by API 3.0, §1.9). A pure function of its inputs, so the official examples test it
// exactly.
//
// Parameters are (name, raw value) pairs: the signature covers the raw values, the wire carries
// them percent-encoded.
using LegacyParams = QList<std::pair<QByteArray, QByteArray>>;

namespace LegacySigner {

enum class Algorithm { HmacSha1, HmacSha256 };

// Only the exact SignatureMethod value "HmacSHA256" selects SHA-256; anything else means SHA-1.
Algorithm algorithmOf(const LegacyParams& params);

// METHOD + host + path + "?" + the parameters except Signature, sorted by name in byte order,
// names with '_' written with '.', joined as name=value with '&', values not encoded.
QByteArray sourceString(QByteArrayView method, QByteArrayView hostAndPath, const LegacyParams& params);

// Base64 of the HMAC of the source string with the secret key.
QByteArray signature(const QByteArray& sourceString, const QString& secretKey, Algorithm algorithm);

// The parameters with a Signature for this request added (any earlier Signature is replaced).
LegacyParams sign(QByteArrayView method, QByteArrayView hostAndPath, LegacyParams params, const QString& secretKey);

// RFC 3986 percent-encoding of a value: everything but A-Z a-z 0-9 - _ . ~ as upper-case %XY
// (UTF-8 bytes for non-ASCII). Names are sent as they are.
QByteArray percentEncode(QByteArrayView value);

// name=encoded&... in the given order: a GET query string or an x-www-form-urlencoded body.
QByteArray encode(const LegacyParams& params);

} // namespace LegacySigner

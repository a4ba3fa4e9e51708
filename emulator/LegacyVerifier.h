#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace emulator {

// A legacy API 2.0 request as it arrived: the parameters decoded from the query (GET) or the
// form body (POST), in the order they came.
struct LegacyInbound
{
    QByteArray method; // GET or POST
    QByteArray host; // the Host header, as the client signed it
    QByteArray path; // /v2/index.php
    QList<std::pair<QByteArray, QByteArray>> params;

    QByteArray param(QByteArrayView name) const; // null when absent
};

struct LegacyVerdict
{
    int code = 0; // 0: accepted; otherwise the legacy common code (4000, 4100, 4104, 4500)
    QString secretId;
    QString detail; // why, in English

    bool accepted() const { return code == 0; }
};

// The server side of the API 2.0 query signature (reference §5.2), written independently of the
// client's signer so that each checks the other: it rebuilds the source string from the decoded
// parameters it received and compares the HMAC (SHA-1, or SHA-256 for SignatureMethod=HmacSHA256).
class LegacyVerifier
{
public:
    using SecretLookup = std::function<std::optional<QString>(const QString& secretId)>;
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 MaxSkewSeconds = 300; // reference §5.7: five minutes

    LegacyVerifier(SecretLookup secrets, Clock clock);

    LegacyVerdict verify(const LegacyInbound& request) const;

    // name=value&... with percent-escapes (and '+' for a space, as form bodies write it) decoded.
    // False when a pair has no '=' or a name is empty or repeated.
    static bool parseParams(QByteArrayView encoded, QList<std::pair<QByteArray, QByteArray>>* out);
    static QByteArray sourceString(const LegacyInbound& request);

private:
    SecretLookup m_secrets;
    Clock m_clock;
};

} // namespace emulator

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace emulator {

// An HTTP request as it arrived, reduced to what a TC3 signature covers.
struct Tc3Inbound
{
    QByteArray method;
    QByteArray path; // the canonical URI
    QByteArray query; // the raw query string after '?', usually empty
    QList<std::pair<QByteArray, QByteArray>> headers; // as received
    QByteArray body; // the exact bytes

    // The first header of that name (case-insensitive); null when absent.
    QByteArray header(QByteArrayView name) const;
};

struct Tc3Verdict
{
    QString code; // empty: accepted; otherwise an API error code (AuthFailure.*, MissingParameter, ...)
    QString secretId; // as claimed in the Authorization header, when it could be read
    QString detail; // why, in English, for the log and the message

    bool accepted() const { return code.isEmpty(); }
};

// The server side of TC3-HMAC-SHA256 (reference §1.3), written independently of the client's
// signer so that each checks the other. It rebuilds the canonical request from what was received —
// the headers the Authorization header lists, with the values the request carries — and never
// trusts anything the client computed except the final signature.
class Tc3Verifier
{
public:
    using SecretLookup = std::function<std::optional<QString>(const QString& secretId)>;
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 MaxSkewSeconds = 300; // reference §2.2: five minutes

    Tc3Verifier(SecretLookup secrets, Clock clock, QByteArray service = QByteArrayLiteral("cvm"));

    Tc3Verdict verify(const Tc3Inbound& request) const;

    // The pieces, exposed so a test can compare them with the reference's intermediate values.
    static QByteArray canonicalRequest(const Tc3Inbound& request, const QByteArrayList& signedHeaders);
    static QByteArray stringToSign(qint64 timestamp, const QByteArray& credentialScope,
                                   const QByteArray& canonicalRequest);
    static QByteArray signingKey(const QString& secretKey, const QByteArray& date, const QByteArray& service);
    static QByteArray utcDate(qint64 timestamp);

private:
    SecretLookup m_secrets;
    Clock m_clock;
    QByteArray m_service;
};

} // namespace emulator

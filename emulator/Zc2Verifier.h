#pragma once

#include "Tc3Verifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace emulator {

struct Zc2Verdict
{
    QString code; // empty: accepted; otherwise an API error code (AUTHFAILURE_*)
    int httpStatus = 200;
    QString keyId; // as claimed in the Authorization header, when it could be read
    QString detail; // why, in English, for the message

    bool accepted() const { return code.isEmpty(); }
};

// The server side of ZC2-HMAC-SHA256 (Zenlayer reference §1.3), written independently of the
// client's signer so that each checks the other. It rebuilds the canonical request from the
// Content-Type and Host headers as received and trusts nothing the client computed but the
// final signature.
class Zc2Verifier
{
public:
    using PasswordLookup = std::function<std::optional<QString>(const QString& accessKeyId)>;
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 MaxSkewSeconds = 300; // five minutes

    Zc2Verifier(PasswordLookup passwords, Clock clock);

    Zc2Verdict verify(const Tc3Inbound& request) const;

    static QByteArray canonicalRequest(const QByteArray& contentType, const QByteArray& host, const QByteArray& body);
    static QByteArray signature(const QString& password, const QByteArray& timestamp,
                                const QByteArray& canonicalRequest);

private:
    PasswordLookup m_passwords;
    Clock m_clock;
};

} // namespace emulator

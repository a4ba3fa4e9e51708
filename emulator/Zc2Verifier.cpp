#include "Zc2Verifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QByteArray kAlgorithm = "ZC2-HMAC-SHA256"_ba;

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Compares in time independent of where the first difference lies.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

Zc2Verdict refuse(const QString& code, const QString& detail, const QString& keyId = {})
{
    // Authentication failures are 401, except an operation the key may not perform (403).
    const int status = code == u"AUTHFAILURE_UNAUTHORIZED_OPERATION"_s ? 403 : 401;
    return {code, status, keyId, detail};
}

} // namespace

Zc2Verifier::Zc2Verifier(PasswordLookup passwords, Clock clock)
    : m_passwords(std::move(passwords))
    , m_clock(std::move(clock))
{ }

QByteArray Zc2Verifier::canonicalRequest(const QByteArray& contentType, const QByteArray& host, const QByteArray& body)
{
    return "POST\n/\n\ncontent-type:"_ba + contentType + "\nhost:"_ba + host + "\n\ncontent-type;host\n"_ba
        + sha256Hex(body);
}

QByteArray Zc2Verifier::signature(const QString& password, const QByteArray& timestamp,
                                  const QByteArray& canonicalRequest)
{
    const QByteArray stringToSign = kAlgorithm + '\n' + timestamp + '\n' + sha256Hex(canonicalRequest);
    return QMessageAuthenticationCode::hash(stringToSign, password.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Zc2Verdict Zc2Verifier::verify(const Tc3Inbound& request) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.isEmpty())
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"the Authorization header is missing"_s);
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0 || authorization.left(space) != kAlgorithm)
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"the algorithm is not ZC2-HMAC-SHA256"_s);
    QByteArray credential, signedHeaders, signature;
    for (const QByteArray& rawPart : authorization.mid(space + 1).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s,
                          u"a part of the Authorization header is not key=value"_s);
        const QByteArray key = part.left(eq);
        if (key == "Credential")
            credential = part.mid(eq + 1);
        else if (key == "SignedHeaders")
            signedHeaders = part.mid(eq + 1);
        else if (key == "Signature")
            signature = part.mid(eq + 1);
    }
    const QString keyId = QString::fromUtf8(credential);
    if (credential.isEmpty() || signature.isEmpty())
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"Credential or Signature is missing"_s, keyId);
    if (signedHeaders != "content-type;host")
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"SignedHeaders must be content-type;host"_s, keyId);
    const QByteArray method = request.header("X-ZC-Signature-Method").trimmed();
    if (!method.isEmpty() && method != kAlgorithm)
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"X-ZC-Signature-Method is not ZC2-HMAC-SHA256"_s, keyId);

    const QByteArray timestamp = request.header("X-ZC-Timestamp").trimmed();
    bool ok = false;
    const qint64 seconds = timestamp.toLongLong(&ok);
    if (!ok)
        return refuse(u"AUTHFAILURE_INVALID_AUTHORIZATION"_s, u"X-ZC-Timestamp is missing or not a number"_s, keyId);
    if (std::abs(m_clock().toSecsSinceEpoch() - seconds) > MaxSkewSeconds)
        return refuse(u"AUTHFAILURE_SIGNATURE_EXPIRED"_s, u"the timestamp is more than five minutes off"_s, keyId);

    const std::optional<QString> password = m_passwords(keyId);
    if (!password)
        return refuse(u"AUTHFAILURE_SIGNATURE_FAILURE"_s, u"the AccessKeyId is not known"_s, keyId);
    // The values as received, verbatim, as the SDKs sign them.
    const QByteArray canonical = canonicalRequest(request.header("Content-Type"), request.header("Host"), request.body);
    if (!sameBytes(Zc2Verifier::signature(*password, timestamp, canonical), signature))
        return refuse(u"AUTHFAILURE_SIGNATURE_FAILURE"_s, u"the signature does not match"_s, keyId);
    return {{}, 200, keyId, {}};
}

} // namespace emulator

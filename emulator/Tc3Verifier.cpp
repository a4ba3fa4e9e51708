#include "Tc3Verifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

const QByteArray kAlgorithm = "TC3-HMAC-SHA256"_ba;
const QByteArray kTerminator = "tc3_request"_ba;

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

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

bool isLowerHex(const QByteArray& s, qsizetype length)
{
    if (s.size() != length)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The three parts of "TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...".
struct Authorization
{
    QString secretId;
    QByteArray date;
    QByteArray service;
    QByteArrayList signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray& header, QString* why)
{
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space) != kAlgorithm) {
        *why = u"the algorithm is not TC3-HMAC-SHA256"_s;
        return std::nullopt;
    }
    QByteArray credential, signedHeaders, signature;
    for (const QByteArray& rawPart : header.mid(space + 1).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            *why = u"a part of the Authorization header is not key=value"_s;
            return std::nullopt;
        }
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signature = value;
    }
    if (credential.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty()) {
        *why = u"Credential, SignedHeaders or Signature is missing"_s;
        return std::nullopt;
    }
    const QByteArrayList scope = credential.split('/');
    if (scope.size() != 4 || scope.at(0).isEmpty() || scope.at(3) != kTerminator) {
        *why = u"Credential is not SecretId/Date/service/tc3_request"_s;
        return std::nullopt;
    }
    Authorization a;
    a.secretId = QString::fromUtf8(scope.at(0));
    a.date = scope.at(1);
    a.service = scope.at(2);
    a.signedHeaders = signedHeaders.split(';');
    a.signature = signature;
    for (const QByteArray& name : std::as_const(a.signedHeaders)) {
        if (name.isEmpty() || name != name.toLower()) {
            *why = u"SignedHeaders must list lower-case header names"_s;
            return std::nullopt;
        }
    }
    // Both are mandatory in every signature (reference §1.3).
    if (!a.signedHeaders.contains("content-type"_ba) || !a.signedHeaders.contains("host"_ba)) {
        *why = u"SignedHeaders must include content-type and host"_s;
        return std::nullopt;
    }
    if (!isLowerHex(a.signature, 64)) {
        *why = u"Signature is not 64 lower-case hex digits"_s;
        return std::nullopt;
    }
    return a;
}

Tc3Verdict reject(const QString& code, const QString& secretId, const QString& detail)
{
    return Tc3Verdict{code, secretId, detail};
}

} // namespace

QByteArray Tc3Inbound::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Tc3Verifier::Tc3Verifier(SecretLookup secrets, Clock clock, QByteArray service)
    : m_secrets(std::move(secrets))
    , m_clock(std::move(clock))
    , m_service(std::move(service))
{ }

QByteArray Tc3Verifier::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
}

QByteArray Tc3Verifier::canonicalRequest(const Tc3Inbound& request, const QByteArrayList& signedHeaders)
{
    // The server keeps the client's order of SignedHeaders: a client that did not sort them signed
    // a different canonical request and fails, as it would against the real API.
    QByteArray canonicalHeaders;
    for (const QByteArray& name : signedHeaders)
        canonicalHeaders += name + ':' + request.header(name).trimmed().toLower() + '\n';
    return request.method + '\n' + request.path + '\n' + request.query + '\n' + canonicalHeaders + '\n'
        + signedHeaders.join(';') + '\n' + sha256Hex(request.body);
}

QByteArray Tc3Verifier::stringToSign(qint64 timestamp, const QByteArray& credentialScope,
                                     const QByteArray& canonicalRequest)
{
    return kAlgorithm + '\n' + QByteArray::number(timestamp) + '\n' + credentialScope + '\n'
        + sha256Hex(canonicalRequest);
}

QByteArray Tc3Verifier::signingKey(const QString& secretKey, const QByteArray& date, const QByteArray& service)
{
    const QByteArray secretDate = hmac("TC3"_ba + secretKey.toUtf8(), date);
    const QByteArray secretService = hmac(secretDate, service);
    return hmac(secretService, kTerminator);
}

Tc3Verdict Tc3Verifier::verify(const Tc3Inbound& request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return reject(u"AuthFailure.InvalidAuthorization"_s, {}, u"the Authorization header is missing"_s);
    QString why;
    const std::optional<Authorization> auth = parseAuthorization(header, &why);
    if (!auth)
        return reject(u"AuthFailure.InvalidAuthorization"_s, {}, why);

    const std::optional<QString> secretKey = m_secrets(auth->secretId);
    if (!secretKey)
        return reject(u"AuthFailure.SecretIdNotFound"_s, auth->secretId, u"unknown SecretId"_s);

    const QByteArray timestampText = request.header("X-TC-Timestamp").trimmed();
    if (timestampText.isEmpty())
        return reject(u"MissingParameter"_s, auth->secretId, u"X-TC-Timestamp is missing"_s);
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (!numeric || timestamp <= 0)
        return reject(u"InvalidParameterValue"_s, auth->secretId, u"X-TC-Timestamp is not a UNIX time"_s);
    const qint64 now = m_clock().toSecsSinceEpoch();
    if (qAbs(now - timestamp) > MaxSkewSeconds)
        return reject(u"AuthFailure.SignatureExpire"_s, auth->secretId,
                      u"X-TC-Timestamp is %1 s away from the server time"_s.arg(timestamp - now));

    for (const QByteArray& name : std::as_const(auth->signedHeaders)) {
        if (request.header(name).isNull())
            return reject(u"AuthFailure.InvalidAuthorization"_s, auth->secretId,
                          u"signed header %1 is not in the request"_s.arg(QString::fromLatin1(name)));
    }

    // The scope is part of what was signed: a signature made for another day or another service
    // is simply a wrong signature (the key chain starts from the date and the service).
    const QByteArray date = utcDate(timestamp);
    if (auth->date != date || auth->service != m_service)
        return reject(u"AuthFailure.SignatureFailure"_s, auth->secretId,
                      u"the credential scope must be %1/%2/tc3_request"_s.arg(QString::fromLatin1(date),
                                                                              QString::fromLatin1(m_service)));

    const QByteArray scope = date + '/' + m_service + '/' + kTerminator;
    const QByteArray toSign = stringToSign(timestamp, scope, canonicalRequest(request, auth->signedHeaders));
    const QByteArray expected = hmac(signingKey(*secretKey, date, m_service), toSign).toHex();
    if (!sameBytes(expected, auth->signature))
        return reject(u"AuthFailure.SignatureFailure"_s, auth->secretId, u"the signature does not match"_s);
    return Tc3Verdict{{}, auth->secretId, {}};
}

} // namespace emulator

#include "LegacySigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace LegacySigner {

namespace {

const QByteArray kSignature = QByteArrayLiteral("Signature");

} // namespace

Algorithm algorithmOf(const LegacyParams& params)
{
    for (const auto& [name, value] : params) {
        if (name == "SignatureMethod")
            return value == "HmacSHA256" ? Algorithm::HmacSha256 : Algorithm::HmacSha1;
    }
    return Algorithm::HmacSha1;
}

QByteArray sourceString(QByteArrayView method, QByteArrayView hostAndPath, const LegacyParams& params)
{
    LegacyParams sorted;
    sorted.reserve(params.size());
    for (const auto& param : params) {
        if (param.first != kSignature)
            sorted.append(param);
    }
    // Names only, compared as bytes: "InstanceIds.12" sorts before "InstanceIds.2", upper case
    // before lower case. A stable sort keeps repeated names in the order given.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    QByteArray out = method.toByteArray() + hostAndPath.toByteArray() + '?';
    bool first = true;
    for (const auto& [name, value] : std::as_const(sorted)) {
        if (!first)
            out += '&';
        first = false;
        QByteArray signedName = name;
        signedName.replace('_', '.');
        out += signedName + '=' + value;
    }
    return out;
}

QByteArray signature(const QByteArray& sourceString, const QString& secretKey, Algorithm algorithm)
{
    const auto hash = algorithm == Algorithm::HmacSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QMessageAuthenticationCode::hash(sourceString, secretKey.toUtf8(), hash).toBase64();
}

LegacyParams sign(QByteArrayView method, QByteArrayView hostAndPath, LegacyParams params, const QString& secretKey)
{
    params.removeIf([](const auto& p) { return p.first == kSignature; });
    const QByteArray source = sourceString(method, hostAndPath, params);
    params.append({kSignature, signature(source, secretKey, algorithmOf(params))});
    return params;
}

QByteArray percentEncode(QByteArrayView value)
{
    // QByteArray::toPercentEncoding keeps exactly the RFC 3986 unreserved set and writes upper-case hex.
    return value.toByteArray().toPercentEncoding();
}

QByteArray encode(const LegacyParams& params)
{
    QByteArray out;
    for (const auto& [name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + percentEncode(value);
    }
    return out;
}

} // namespace LegacySigner

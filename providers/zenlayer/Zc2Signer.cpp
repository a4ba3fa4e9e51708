#include "Zc2Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

namespace Zc2Signer {

Zc2Signature sign(const Zc2Request& request, const QString& accessKeyId, const QString& accessKeyPassword)
{
    Zc2Signature s;
    s.hashedPayload = sha256Hex(request.payload);
    // The SDKs use the header values verbatim; the blank line comes from the canonical headers'
    // own trailing newline.
    s.canonicalRequest = QByteArrayLiteral("POST\n/\n\n") + "content-type:" + request.contentType + '\n'
        + "host:" + request.host + "\n\n" + SignedHeaders + '\n' + s.hashedPayload;
    s.hashedCanonicalRequest = sha256Hex(s.canonicalRequest);
    s.stringToSign =
        QByteArray(Algorithm) + '\n' + QByteArray::number(request.timestamp) + '\n' + s.hashedCanonicalRequest;
    s.signature =
        QMessageAuthenticationCode::hash(s.stringToSign, accessKeyPassword.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    s.authorization = QByteArray(Algorithm) + " Credential=" + accessKeyId.toUtf8() + ", SignedHeaders=" + SignedHeaders
        + ", Signature=" + s.signature;
    return s;
}

} // namespace Zc2Signer

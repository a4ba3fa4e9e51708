// The emulator's TC3-HMAC-SHA256 check of API 3.0 requests (Tc3Verifier, reference §1.3): the
// Authorization header, X-TC-Timestamp and the signed headers. The input is the server's clock
// (UNIX seconds) on the first line, then the request as text (docs/fuzzing.md). The keys are the
// reference's.
//
// Properties: a request is accepted only with a known SecretId and a timestamp within five
// minutes; and only when the client's own signer (Tc3Signer, written independently) signs the
// same request with the same signature.
#include "FuzzSupport.h"

#include "Tc3Signer.h"
#include "Tc3Verifier.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

// The reference's worked examples (§1.6) and SDK vectors (§1.8).
const QHash<QString, QString> kSecrets{
    {u"AKID********************************"_s, u"********************************"_s},
    {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"_s, u"Gu5t9xGARNpq86cd98joQYCN3*******"_s},
    {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s},
    {u"AKIDTESTVECTOR0000000000000000000001"_s, u"TestVectorSecretKey0000000000001"_s},
    {u"AKIDTESTVECTOR0000000000000000000002"_s, u"TestVectorSecretKey0000000000002"_s},
    {u"AKIDTESTVECTOR0000000000000000000003"_s, u"TestVectorSecretKey0000000000003"_s},
    {u"AKIDTESTVECTOR0000000000000000000004"_s, u"TestVectorSecretKey0000000000004"_s},
};

// The value of one part ("Signature", "SignedHeaders") of the Authorization header; of a part
// written twice, the last one counts, as Tc3Verifier reads it.
QByteArray authorizationPart(const QByteArray& header, const QByteArray& key)
{
    QByteArray value;
    for (const QByteArray& part : header.mid(header.indexOf(' ') + 1).split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(QByteArray(key + '=')))
            value = trimmed.mid(key.size() + 1);
    }
    return value;
}

void checkWithClientSigner(const Tc3Inbound& request, const Tc3Verdict& verdict, qint64 timestamp)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    Tc3Request signed_;
    signed_.method = request.method;
    signed_.canonicalUri = request.path;
    signed_.canonicalQuery = request.query;
    signed_.payload = request.body;
    signed_.timestamp = timestamp;
    for (const QByteArray& name : authorizationPart(authorization, "SignedHeaders").split(';'))
        signed_.signedHeaders.append({name, request.header(name)});
    const Tc3Signature signature = Tc3Signer::sign(signed_, verdict.secretId, kSecrets.value(verdict.secretId));
    fuzz::require(signature.signature == authorizationPart(authorization, "Signature"),
                  "the client's signer signs an accepted request the same way", QString::fromLatin1(authorization));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(in.line().toLongLong(), QTimeZone::utc());
    const fuzz::HttpText http = fuzz::readHttpText(in);

    Tc3Inbound request;
    request.method = http.method;
    request.path = http.path.isEmpty() ? "/"_ba : http.path;
    request.query = http.query;
    request.headers = http.headers;
    request.body = http.body;

    const Tc3Verifier verifier(
        [](const QString& secretId) -> std::optional<QString> {
            if (const auto it = kSecrets.constFind(secretId); it != kSecrets.cend())
                return *it;
            return std::nullopt;
        },
        [now] { return now; });
    const Tc3Verdict verdict = verifier.verify(request);
    if (!verdict.accepted())
        return 0;
    fuzz::require(kSecrets.contains(verdict.secretId), "accepted with a known SecretId", verdict.secretId);
    const qint64 timestamp = request.header("X-TC-Timestamp").trimmed().toLongLong();
    fuzz::require(qAbs(timestamp - now.toSecsSinceEpoch()) <= Tc3Verifier::MaxSkewSeconds,
                  "accepted within five minutes");
    checkWithClientSigner(request, verdict, timestamp);
    return 0;
}

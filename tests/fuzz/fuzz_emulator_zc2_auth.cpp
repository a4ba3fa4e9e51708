// The emulator's ZC2-HMAC-SHA256 check of Zenlayer requests (Zc2Verifier, Zenlayer reference
// §1.3): the Authorization header, X-ZC-Timestamp, Content-Type and Host. The input is the
// server's clock (UNIX seconds) on the first line, then the request as text (docs/fuzzing.md).
// The keys are the reference's (§1.4).
//
// Properties: a request is accepted only with a known AccessKeyId and a timestamp within five
// minutes; and only when the client's own signer (Zc2Signer, written independently) signs the
// same request with the same signature. A refusal is 401 or 403.
#include "FuzzSupport.h"

#include "Zc2Signer.h"
#include "Zc2Verifier.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

// The reference's vectors V1 to V11 (§1.4).
const QHash<QString, QString> kPasswords{
    {u"0D9UtpyKYcHxms5v"_s, u"Gu5t9xGARNpq86cd98joQYCN3"_s},
    {u"AKIDtest-key-id-0001"_s, u"ZL-SECRET-PWD-deadbeef-1234"_s},
    {u"AKID-full-test"_s, u"longer-secret-here-9876543210"_s},
    {u"AKID-unicode"_s, u"pwd-unicode-中文-9999"_s},
    {u"TESTKEYID0001"_s, u"TestKeyPassword-0001"_s},
};

// The Signature part of the Authorization header; of one written twice, the last one counts, as
// Zc2Verifier reads it.
QByteArray signaturePart(const QByteArray& header)
{
    QByteArray signature;
    for (const QByteArray& part : header.mid(header.indexOf(' ') + 1).split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith("Signature="))
            signature = trimmed.mid(10);
    }
    return signature;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(in.line().toLongLong(), QTimeZone::utc());
    const fuzz::HttpText http = fuzz::readHttpText(in);

    Tc3Inbound request;
    request.method = http.method;
    request.path = http.path;
    request.query = http.query;
    request.headers = http.headers;
    request.body = http.body;

    const Zc2Verifier verifier(
        [](const QString& keyId) -> std::optional<QString> {
            if (const auto it = kPasswords.constFind(keyId); it != kPasswords.cend())
                return *it;
            return std::nullopt;
        },
        [now] { return now; });
    const Zc2Verdict verdict = verifier.verify(request);
    if (!verdict.accepted()) {
        fuzz::require(verdict.httpStatus == 401 || verdict.httpStatus == 403, "a refusal is 401 or 403");
        return 0;
    }
    fuzz::require(kPasswords.contains(verdict.keyId), "accepted with a known AccessKeyId", verdict.keyId);
    const QByteArray timestampText = request.header("X-ZC-Timestamp").trimmed();
    const qint64 timestamp = timestampText.toLongLong();
    fuzz::require(qAbs(timestamp - now.toSecsSinceEpoch()) <= Zc2Verifier::MaxSkewSeconds,
                  "accepted within five minutes");
    // The client writes the timestamp as a plain decimal number; a request that wrote it otherwise
    // was not made by it.
    if (QByteArray::number(timestamp) != timestampText)
        return 0;
    const Zc2Signature signature =
        Zc2Signer::sign({request.header("Content-Type"), request.header("Host"), request.body, timestamp},
                        verdict.keyId, kPasswords.value(verdict.keyId));
    fuzz::require(signature.signature == signaturePart(request.header("Authorization").trimmed()),
                  "the client's signer signs an accepted request the same way");
    return 0;
}

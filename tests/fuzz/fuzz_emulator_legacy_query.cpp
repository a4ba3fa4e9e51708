// The emulator's legacy API 2.0 requests (LegacyEndpoint): the parameters read from the query
// string (GET) or the form body (POST) by LegacyVerifier::parseParams, the signature checked by
// LegacyVerifier (reference §5.2) and the action's parameters rebuilt as JSON by LegacyParams. The
// input is the server's clock (UNIX seconds) on the first line, then the request as text
// (docs/fuzzing.md). The keys are the reference's.
//
// Properties: parameter names are never repeated; a request is accepted only with every public
// parameter present and a known SecretId; the action's JSON holds every parameter that is not a
// public one, under the first part of its name, and loses none of them (of UTF-8 names).
#include "FuzzSupport.h"

#include "LegacyParams.h"
#include "LegacyVerifier.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

// The reference's legacy examples (§5.2) and SDK vectors (§1.9).
const QHash<QString, QString> kSecrets{
    {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s, u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s},
    {u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s},
    {u"AKIDTESTVECTOR0000000000000000000005"_s, u"TestVectorSecretKey0000000000005"_s},
    {u"AKIDTESTVECTOR0000000000000000000006"_s, u"TestVectorSecretKey0000000000006"_s},
};

// LegacyEndpoint's public parameters: everything else is the action's.
const QSet<QByteArray> kPublic{"Action",          "Region", "Timestamp", "Nonce",    "SecretId",     "Signature",
                               "SignatureMethod", "Token",  "Version",   "Language", "RequestClient"};

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

qsizetype leaves(const QJsonValue& value)
{
    qsizetype count = 0;
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            count += leaves(v);
    } else if (value.isObject()) {
        for (const QJsonValue& v : value.toObject())
            count += leaves(v);
    } else {
        count = 1;
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(in.line().toLongLong(), QTimeZone::utc());
    const fuzz::HttpText http = fuzz::readHttpText(in);

    LegacyInbound request;
    request.method = http.method == "GET" ? "GET"_ba : "POST"_ba;
    request.path = http.path;
    for (const auto& [name, value] : http.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            request.host = value;
            break;
        }
    }
    if (!LegacyVerifier::parseParams(request.method == "GET" ? http.query : http.body, &request.params))
        return 0;
    QSet<QByteArray> names;
    for (const auto& [name, value] : std::as_const(request.params)) {
        fuzz::require(!names.contains(name), "parameter names are never repeated", QString::fromUtf8(name));
        names.insert(name);
    }

    const LegacyVerifier verifier(
        [](const QString& secretId) -> std::optional<QString> {
            if (const auto it = kSecrets.constFind(secretId); it != kSecrets.cend())
                return *it;
            return std::nullopt;
        },
        [now] { return now; });
    const LegacyVerdict verdict = verifier.verify(request);
    if (verdict.accepted()) {
        for (const char* name : {"SecretId", "Signature", "Timestamp", "Nonce"})
            fuzz::require(!request.param(name).isEmpty(), "accepted with every public parameter",
                          QString::fromLatin1(name));
        fuzz::require(kSecrets.contains(verdict.secretId), "accepted with a known SecretId", verdict.secretId);
    }

    QJsonObject params;
    if (!LegacyParams::toJson(request.params, kPublic, &params))
        return 0;
    qsizetype actionParams = 0;
    bool utf8Names = true;
    for (const auto& [name, value] : std::as_const(request.params)) {
        if (kPublic.contains(name))
            continue;
        ++actionParams;
        utf8Names = utf8Names && isUtf8(name);
        fuzz::require(params.contains(QString::fromUtf8(name.split('.').constFirst())),
                      "every action parameter is in the JSON", QString::fromUtf8(name));
    }
    // Names that are not UTF-8 all read as U+FFFD, so two of them may be one key; no action reads
    // such a name (they are unknown parameters), so which of them is kept changes nothing.
    if (utf8Names)
        fuzz::require(leaves(params) == actionParams, "no action parameter is lost",
                      QString::fromUtf8(request.method == "GET" ? http.query : http.body));
    return 0;
}

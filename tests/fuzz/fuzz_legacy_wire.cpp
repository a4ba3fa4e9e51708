// Replies of the legacy API 2.0 host as LegacyWire reads them (reference §5.4, §5.5): old-style
// {code, message, codeDesc} and the API 3.0 shape. The input is the HTTP status on the first line,
// the Date header on the second and the body after it.
//
// Properties: a reply decodes to a result or to an error with a code; an old-style reply is a
// success only when its code is 0 (reference §5.5), since a success ends a ReturnInstance as done;
// the result flattens to query parameters with non-empty names.
#include "FuzzSupport.h"

#include "LegacyWire.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

// Whether the body is an old-style reply whose code says success: the number 0 or the text "0".
bool saysSuccess(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(u"Response"_s))
        return true; // the API 3.0 shape: TencentWire's properties
    const QJsonValue code = object.value(u"code"_s);
    return (code.isDouble() && code.toDouble() == 0) || (code.isString() && code.toString() == u"0"_s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    WireReply reply;
    reply.httpStatus = in.line().toInt();
    reply.serverDate = parseHttpDate(in.line());
    reply.receivedAt = fuzz::fixedNow();
    reply.body = in.rest();

    QJsonObject result;
    const ProviderError error = LegacyWire::decode(reply, &result);
    if (error.isError()) {
        fuzz::require(!error.code.isEmpty(), "an error has a code");
        fuzz::require(result.isEmpty(), "an error gives no result");
        return 0;
    }
    fuzz::require(reply.httpStatus == 200, "only HTTP 200 carries a result");
    fuzz::require(saysSuccess(reply.body), "only code 0 is a success", QString::fromUtf8(reply.body.left(200)));

    // What the client sends is flattened the same way: every parameter has a name.
    for (const auto& [name, value] : LegacyWire::flatten(result))
        fuzz::require(!name.isEmpty(), "flattened parameters have names");
    return 0;
}

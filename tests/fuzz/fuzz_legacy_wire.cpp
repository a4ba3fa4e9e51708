// Replies of the legacy API 2.0 host as LegacyWire reads them (reference §5.4, §5.5): old-style
// {code, message, codeDesc} and the API 3.0 shape. The input is the HTTP status on the first line,
// the Date header on the second and the body after it.
//
// Properties: a reply decodes to a result or to an error with a code; an old-style reply is a
// success only when its code is 0 (reference §5.5), since a success ends a ReturnInstance as done.
#include "FuzzReply.h"
#include "FuzzSupport.h"

#include "LegacyWire.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

// Whether the body is an old-style reply whose code says success: the number 0, or 0 as text
// ("0", "00", " +0").
bool saysSuccess(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(u"Response"_s))
        return true; // the API 3.0 shape: TencentWire's properties
    static const QRegularExpression zero(u"^\\s*[+-]?0+\\s*$"_s);
    const QJsonValue code = object.value(u"code"_s);
    return (code.isDouble() && code.toDouble() == 0) || (code.isString() && zero.match(code.toString()).hasMatch());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const WireReply reply = fuzz::readReply(in);

    QJsonObject result;
    const ProviderError error = LegacyWire::decode(reply, &result);
    if (error.isError()) {
        fuzz::requireErrorShape(error, result);
        return 0;
    }
    fuzz::require(reply.httpStatus == 200, "only HTTP 200 carries a result");
    fuzz::require(saysSuccess(reply.body), "only code 0 is a success", QString::fromUtf8(reply.body.left(200)));
    return 0;
}

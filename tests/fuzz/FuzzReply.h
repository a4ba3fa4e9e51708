#pragma once

#include "ApiCall.h"
#include "FuzzSupport.h"
#include "ProviderError.h"

#include <QJsonObject>

// What the three reply harnesses share (docs/fuzzing.md, "The harnesses").
namespace fuzz {

// A provider's reply written as text: the HTTP status on the first line, the Date header on the
// second, the body after it; received at fixedNow().
inline WireReply readReply(InputReader& in)
{
    WireReply reply;
    reply.httpStatus = in.line().toInt();
    reply.serverDate = parseHttpDate(in.line());
    reply.receivedAt = fixedNow();
    reply.body = in.rest();
    return reply;
}

// What every dialect's decoder promises of an error: a code, and no result beside it.
inline void requireErrorShape(const ProviderError& error, const QJsonObject& result)
{
    require(!error.code.isEmpty(), "an error has a code");
    require(result.isEmpty(), "an error gives no result");
}

} // namespace fuzz

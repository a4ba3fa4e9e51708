// Replies of Zenlayer's API v2 (service bmc) as ZenlayerWire reads them (reference §2, §3): HTTP
// 200 with {"requestId", "response"}, any other status with {"requestId", "code", "message"}. The
// input is the HTTP status on the first line, the Date header on the second and the body after it.
//
// Properties: a reply decodes to a response or to an error with a code; only HTTP 200 carries a
// response; the provider's error codes come out in the UPPER_SNAKE spelling; every instance of a dataSet parses
// into the listing's zone unless it names its own, with its primary public address listed once.
#include "FuzzReply.h"
#include "FuzzSupport.h"

#include "ZenlayerWire.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

const QString kAccount = u"account-z"_s;
const QString kZone = u"SEL-A"_s;

void readInstances(const QJsonObject& response)
{
    for (const QJsonValue& v : response.value(u"dataSet"_s).toArray()) {
        const QJsonObject json = v.toObject();
        const Instance i = ZenlayerWire::parseInstance(json, kAccount, kZone);
        fuzz::require(i.provider == ProviderId::Zenlayer && i.accountId == kAccount, "instances are the account's");
        fuzz::require(i.region == i.zone, "a zone is where calls are addressed");
        fuzz::require(json.value(u"zoneId"_s).isString() || i.zone == kZone, "the listing's zone by default");
        const QString primary = json.value(u"primaryPublicIpAddress"_s).toString();
        fuzz::require(primary.isEmpty() || i.publicIps.count(primary) >= 1, "the primary address is listed");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const WireReply reply = fuzz::readReply(in);

    QJsonObject response;
    const ProviderError error = ZenlayerWire::decode(reply, &response);
    if (error.isError()) {
        fuzz::requireErrorShape(error, response);
        fuzz::require(error.kind != ProviderError::Kind::Api || !error.code.contains(u'.'),
                      "the provider's codes come out UPPER_SNAKE", error.code);
        return 0;
    }
    fuzz::require(reply.httpStatus == 200, "only HTTP 200 carries a response");
    readInstances(response);
    return 0;
}

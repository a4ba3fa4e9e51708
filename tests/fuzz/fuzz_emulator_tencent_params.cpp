// The emulator's API 3.0 actions reading their JSON body (TencentParams, InstanceFilter), as
// TencentEndpoint runs them once a request is authenticated. The input is the action on the first
// line, the region on the second and the body after it; the fleet is the sandbox's, made afresh
// for every input.
//
// Properties: every call answers a result or an error with a code; only a successful
// TerminateInstances changes the fleet (a batch is checked whole before anything changes), and
// then every instance it names is in an operation of that request; a listing's page is no larger
// than its Limit and its total.
#include "FuzzSupport.h"

#include "FleetGenerator.h"
#include "TencentActions.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

const QString kRequestId = u"fuzz-request-0001"_s;

const QList<TencentInstance>& sandbox()
{
    static const QList<TencentInstance> instances = FleetGenerator(7, fuzz::fixedNow()).sandbox();
    return instances;
}

// What a call may change: states, operations and the end of a stay.
QStringList fingerprint(const TencentFleet& fleet)
{
    QStringList out;
    for (const QString& id : fleet.ids()) {
        const TencentInstance* i = fleet.find(id);
        out << id + i->instanceState + i->latestOperationState + i->latestOperationRequestId
                + i->expiredTime.toString(Qt::ISODate) + (i->disableApiTermination ? u"P"_s : u"-"_s);
    }
    return out;
}

void checkListing(const TencentCall& call, const TencentResult& result, const QString& setName)
{
    const qsizetype listed = result.fields.value(setName).toArray().size();
    const int limit = call.params.value(u"Limit"_s).toInt(20);
    fuzz::require(listed <= limit, "a page is no larger than its Limit");
    fuzz::require(listed <= result.fields.value(u"TotalCount"_s).toInt(), "a page is no larger than the total");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const QString action = QString::fromUtf8(in.line());
    const QString region = QString::fromUtf8(in.line());
    const QByteArray body = in.rest();

    // As TencentEndpoint::run: an empty body is no parameters, anything but an object is refused.
    QJsonObject params;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return 0;
        params = doc.object();
    }

    TencentFleet fleet;
    for (const TencentInstance& instance : sandbox())
        fleet.add(instance);
    TencentLifecycle lifecycle(fleet, {}, [] { return fuzz::fixedNow(); });
    TencentActions actions(fleet, lifecycle);
    const TencentCall call{action, region, kRequestId, Language::English, params, fuzz::fixedNow()};
    if (!region.isEmpty())
        lifecycle.releaseExpired(region);
    const QStringList before = fingerprint(fleet);

    const TencentResult result = actions.run(call);
    if (result.error.isError()) {
        fuzz::require(!result.error.code.isEmpty(), "an error has a code");
        fuzz::require(fingerprint(fleet) == before, "a refused call changes nothing",
                      action + u' ' + result.error.code);
        return 0;
    }
    if (action == u"TerminateInstances"_s) {
        for (const QJsonValue& id : params.value(u"InstanceIds"_s).toArray()) {
            const TencentInstance* i = fleet.find(id.toString());
            fuzz::require(i && i->latestOperationRequestId == kRequestId, "a terminated instance is in its operation",
                          id.toString());
        }
        return 0;
    }
    fuzz::require(fingerprint(fleet) == before, "only TerminateInstances changes the fleet", action);
    if (action == u"DescribeInstances"_s)
        checkListing(call, result, u"InstanceSet"_s);
    else if (action == u"DescribeInstancesStatus"_s)
        checkListing(call, result, u"InstanceStatusSet"_s);
    return 0;
}

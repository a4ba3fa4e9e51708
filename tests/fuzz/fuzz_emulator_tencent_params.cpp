// The emulator's API 3.0 actions reading their JSON body (TencentParams, InstanceFilter), as
// TencentEndpoint runs them once a request is authenticated. The input is the action on the first
// line, the region on the second and the body after it; every input finds the same sandbox fleet.
//
// Properties: every call answers a result or an error with a code; only a successful
// TerminateInstances or ModifyInstancesAttribute changes the fleet (a batch is checked whole
// before anything changes), and then every instance it names carries that request as its latest
// operation; a listing's page is no larger than its Limit and its total.
#include "FuzzSupport.h"

#include "FleetGenerator.h"
#include "TencentActions.h"
#include "TencentFleet.h"
#include "TencentLifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;
using namespace emulator;

FUZZ_HARNESS_INITIALIZE

namespace {

const QString kRequestId = u"fuzz-request-0001"_s;

// What a call may change: states, operations, the end of a stay, the protection and the name.
struct Fingerprint
{
    QString id;
    QString name;
    QString state;
    QString operationState;
    QString operationRequestId;
    qint64 expires = 0;
    bool isProtected = false;
    friend bool operator==(const Fingerprint&, const Fingerprint&) = default;
};

QList<Fingerprint> fingerprint(const TencentFleet& fleet)
{
    QList<Fingerprint> out;
    for (const QString& id : fleet.ids()) {
        const TencentInstance* i = fleet.find(id);
        out.append({id, i->instanceName, i->instanceState, i->latestOperationState, i->latestOperationRequestId,
                    i->expiredTime.toSecsSinceEpoch(), i->disableApiTermination});
    }
    return out;
}

// The sandbox fleet (seed 7) at the fixed clock, with its actions. Made once, and again after a
// call changed it, so that every input finds the same fleet without paying for a new one.
struct Sandbox
{
    TencentFleet fleet;
    TencentLifecycle lifecycle{fleet, {}, [] { return fuzz::fixedNow(); }};
    TencentActions actions{fleet, lifecycle};
    QList<Fingerprint> pristine;

    Sandbox()
    {
        static const QList<TencentInstance> instances = FleetGenerator(7, fuzz::fixedNow()).sandbox();
        for (const TencentInstance& instance : instances)
            fleet.add(instance);
        // What the endpoint releases before each call goes once now; at the fixed clock later
        // releases find nothing more.
        for (const QString& region : fleet.regions())
            lifecycle.releaseExpired(region);
        pristine = fingerprint(fleet);
    }
};

std::unique_ptr<Sandbox>& sandbox()
{
    static std::unique_ptr<Sandbox> current = std::make_unique<Sandbox>();
    return current;
}

void checkListing(const TencentCall& call, const TencentResult& result, const QString& setName)
{
    const qsizetype listed = result.fields.value(setName).toArray().size();
    const int limit = call.params.value(u"Limit"_s).toInt(20);
    fuzz::require(listed <= limit, "a page is no larger than its Limit");
    fuzz::require(listed <= result.fields.value(u"TotalCount"_s).toInt(), "a page is no larger than the total");
}

void checkChanged(const Sandbox& box, const QJsonObject& params)
{
    for (const QJsonValue& id : params.value(u"InstanceIds"_s).toArray()) {
        const TencentInstance* i = box.fleet.find(id.toString());
        fuzz::require(i && i->latestOperationRequestId == kRequestId, "a changed instance carries the request",
                      id.toString());
    }
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

    Sandbox& box = *sandbox();
    const TencentCall call{action, region, kRequestId, Language::English, params, fuzz::fixedNow()};
    if (!region.isEmpty())
        box.lifecycle.releaseExpired(region);
    const TencentResult result = box.actions.run(call);
    const bool changed = fingerprint(box.fleet) != box.pristine;

    if (result.error.isError()) {
        fuzz::require(!result.error.code.isEmpty(), "an error has a code");
        fuzz::require(!changed, "a refused call changes nothing", action + u' ' + result.error.code);
    } else if (action == u"TerminateInstances"_s || action == u"ModifyInstancesAttribute"_s) {
        checkChanged(box, params);
    } else {
        fuzz::require(!changed, "only TerminateInstances and ModifyInstancesAttribute change the fleet", action);
        if (action == u"DescribeInstances"_s)
            checkListing(call, result, u"InstanceSet"_s);
        else if (action == u"DescribeInstancesStatus"_s)
            checkListing(call, result, u"InstanceStatusSet"_s);
    }
    if (changed)
        sandbox() = std::make_unique<Sandbox>();
    return 0;
}

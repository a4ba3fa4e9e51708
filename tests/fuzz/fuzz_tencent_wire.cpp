// Replies of Tencent Cloud API 3.0 as TencentWire reads them (reference §2, §3, §4). The input is
// the HTTP status on the first line, the Date header on the second and the body after it.
//
// Properties: a reply decodes to a response or to an error with a code, never both; only HTTP 200
// carries a response; a DescribeInstances page adds each instance id once, however often the page
// names it or is read again.
#include "FuzzReply.h"
#include "FuzzSupport.h"

#include "Provider.h"
#include "TencentWire.h"

#include <QSet>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

const QString kAccount = u"account-1"_s;
const QString kRegion = u"ap-guangzhou"_s;

void readPages(const QJsonObject& response)
{
    InstanceListReply listing(nullptr);
    const TencentWire::Page first = TencentWire::readInstancePage(response, 0, kAccount, kRegion);
    listing.addPage(first.instances, {});
    QSet<QString> ids;
    for (const Instance& i : std::as_const(listing.instances)) {
        fuzz::require(!ids.contains(i.id), "a page adds each instance id once", i.id);
        ids.insert(i.id);
        fuzz::require(i.accountId == kAccount && i.provider == ProviderId::Tencent, "instances are the account's");
    }
    fuzz::require(first.next == int(response.value(u"InstanceSet"_s).toArray().size()),
                  "the next offset follows the page");
    fuzz::require(!first.more || first.next < first.total, "more pages only below the total");
    // The same page again (pages shift while instances are destroyed) adds nothing.
    const qsizetype before = listing.instances.size();
    listing.addPage(TencentWire::readInstancePage(response, first.next, kAccount, kRegion).instances, {});
    fuzz::require(listing.instances.size() == before, "a page read again adds nothing");

    InstanceQuery recycleBin;
    recycleBin.recycleBinOnly = true;
    InstanceListReply returned(nullptr);
    returned.addPage(first.instances, recycleBin);
    for (const Instance& i : std::as_const(returned.instances))
        fuzz::require(i.lifecycle == Lifecycle::RecycleBin, "the recycle-bin query keeps recycle-bin instances");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const WireReply reply = fuzz::readReply(in);

    QJsonObject response;
    const ProviderError error = TencentWire::decode(reply, &response);
    if (error.isError()) {
        fuzz::requireErrorShape(error, response);
        return 0;
    }
    fuzz::require(reply.httpStatus == 200, "only HTTP 200 carries a response");

    TencentWire::takeRegions(response);
    TencentWire::takeInstances(response, kAccount, kRegion);
    QHash<QString, InstanceState> states;
    TencentWire::takeStates(response, states);
    readPages(response);
    return 0;
}

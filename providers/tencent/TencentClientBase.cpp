#include "TencentClientBase.h"

#include "CallSequence.h"
#include "PagedListing.h"
#include "TencentWire.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

TencentClientBase::TencentClientBase(const Account& account, const Credentials& credentials,
                                     const CallEnvironment& environment, ApiCall::Decode decode, QObject* parent)
    : Provider(parent)
    , m_credentials(credentials)
    , m_transport(
          this, account, environment, [this](const TencentRequest& request) { return sign(request); },
          std::move(decode))
{ }

void TencentClientBase::runSequence(ProviderReply* reply, const QList<TencentRequest>& requests, Take take) const
{
    QList<CallSequence::MakeCall> calls;
    for (const TencentRequest& request : requests)
        calls.append([this, request] { return m_transport.call(request); });
    CallSequence::run(reply, calls, std::move(take));
}

QList<TencentRequest> TencentClientBase::byIds(const QString& action, const QString& region, const QStringList& ids,
                                               const QJsonObject& params)
{
    QList<TencentRequest> requests;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest)) {
        QJsonObject chunkParams = params;
        chunkParams.insert(u"InstanceIds"_s, QJsonArray::fromStringList(chunk));
        requests.append({action, region, chunkParams, chunk});
    }
    return requests;
}

RegionListReply* TencentClientBase::listRegions()
{
    auto* reply = new RegionListReply(this);
    runSequence(reply, {{u"DescribeRegions"_s, {}, {}, {}}},
                [reply](const QJsonObject& r) { reply->regions += TencentWire::takeRegions(r); });
    return reply;
}

InstanceListReply* TencentClientBase::listInstances(const QString& region, const InstanceQuery& query)
{
    auto* reply = new InstanceListReply(this);
    QJsonObject params{{u"Limit"_s, PageSize}};
    const QJsonArray filters = TencentWire::filtersFor(query);
    if (!filters.isEmpty())
        params.insert(u"Filters"_s, filters);
    const QString accountId = account().id;
    PagedListing::run(
        reply, query, PageSize,
        [this, region, params](int index) mutable {
            params.insert(u"Offset"_s, index * PageSize);
            return m_transport.call({u"DescribeInstances"_s, region, params, {}});
        },
        [accountId, region](int index, const QJsonObject& response) {
            TencentWire::Page page = TencentWire::readInstancePage(response, index * PageSize, accountId, region);
            return PagedListing::Page{std::move(page.instances), page.total, page.more};
        });
    return reply;
}

InstanceListReply* TencentClientBase::readInstances(const QString& region, const QStringList& ids)
{
    auto* reply = new InstanceListReply(this);
    runSequence(reply, byIds(u"DescribeInstances"_s, region, ids, {{u"Limit"_s, PageSize}}),
                [this, reply, region](const QJsonObject& r) {
                    reply->instances += TencentWire::takeInstances(r, account().id, region);
                });
    return reply;
}

StateReadReply* TencentClientBase::readStates(const QString& region, const QStringList& ids)
{
    auto* reply = new StateReadReply(this);
    runSequence(reply, byIds(u"DescribeInstancesStatus"_s, region, ids, {{u"Limit"_s, PageSize}}),
                [reply](const QJsonObject& r) { TencentWire::takeStates(r, reply->states); });
    return reply;
}

RefundQuoteReply* TencentClientBase::quoteRefunds(const QString& region, const QStringList& ids)
{
    auto* reply = new RefundQuoteReply(this);
    const QString accountId = account().id;
    runSequence(reply, byIds(u"InquiryPriceTerminateInstances"_s, region, ids),
                [reply, accountId](const QJsonObject& r) {
                    for (const QJsonValue& v : r.value(u"InstanceRefundsSet"_s).toArray()) {
                        const QJsonObject o = v.toObject();
                        reply->quotes.append({accountId, o.value(u"InstanceId"_s).toString(),
                                              o.value(u"Refunds"_s).toDouble(), o.value(u"PriceDetail"_s).toString()});
                    }
                });
    return reply;
}

ActionReply* TencentClientBase::send(const TencentRequest& request)
{
    auto* reply = new ActionReply(this);
    ApiCall* c = m_transport.call(request);
    connect(c, &ApiCall::finished, reply,
            [reply](const ProviderError& error, const QJsonObject&) { reply->finish(error, error.requestId); });
    c->start();
    return reply;
}

QJsonObject TencentClientBase::liftProtectionBody(const PlannedCall& call)
{
    return {{u"InstanceIds"_s, QJsonArray::fromStringList(call.instanceIds)}, {u"DisableApiTermination"_s, false}};
}

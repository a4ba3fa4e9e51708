#include "TencentClient.h"

#include "CallSequence.h"
#include "RateLimiter.h"
#include "Tc3Signer.h"
#include "TencentWire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVersion = "2017-03-12"_ba;
const QByteArray kContentType = "application/json"_ba;

} // namespace

TencentClient::TencentClient(const Account& account, const Credentials& credentials, const CallEnvironment& environment,
                             QObject* parent)
    : Provider(parent)
    , m_env(environment)
    , m_credentials(credentials)
    , m_limiter(new RateLimiter(this))
{
    m_env.account = account;
    m_env.limiter = m_limiter;
    // The API's default limits per account (reference §3.1, §3.5, §4.1, §4.2).
    m_limiter->setRate(u"DescribeInstances"_s, 40);
    m_limiter->setRate(u"DescribeInstancesStatus"_s, 40);
    m_limiter->setRate(u"DescribeRegions"_s, 20);
    m_limiter->setRate(u"TerminateInstances"_s, 10);
    m_limiter->setRate(u"InquiryPriceTerminateInstances"_s, 10);
}

QUrl TencentClient::endpointFor(const QString& region) const
{
    if (!m_env.account.endpoint.isEmpty())
        return m_env.account.endpoint;
    return QUrl(region.isEmpty() ? u"https://cvm.tencentcloudapi.com/"_s
                                 : u"https://cvm.%1.tencentcloudapi.com/"_s.arg(region));
}

WireRequest TencentClient::buildRequest(const QString& action, const QString& region, const QByteArray& body) const
{
    const QUrl url = endpointFor(region);
    // Sign exactly the Host header that goes on the wire (with a non-default port, as Qt sends it).
    QByteArray host = url.host().toUtf8();
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());

    Tc3Request toSign;
    toSign.payload = body;
    toSign.timestamp = m_env.clock().toSecsSinceEpoch();
    toSign.signedHeaders = {{"content-type"_ba, kContentType}, {"host"_ba, host}};
    const Tc3Signature signature = Tc3Signer::sign(toSign, m_credentials.keyId, m_credentials.secret);

    WireRequest w;
    w.body = body;
    w.request = QNetworkRequest(url);
    w.request.setRawHeader("Host", host);
    w.request.setHeader(QNetworkRequest::ContentTypeHeader, kContentType);
    w.request.setRawHeader("X-TC-Action", action.toLatin1());
    w.request.setRawHeader("X-TC-Version", kVersion);
    w.request.setRawHeader("X-TC-Timestamp", QByteArray::number(toSign.timestamp));
    if (!region.isEmpty())
        w.request.setRawHeader("X-TC-Region", region.toUtf8());
    w.request.setRawHeader("X-TC-Language", m_language.toLatin1());
    w.request.setRawHeader("Authorization", signature.authorization);
    return w;
}

ApiCall* TencentClient::call(const QString& action, const QString& region, const QJsonObject& body,
                             const QStringList& ids, bool destructive)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    CallDescription description{action, region, ids, destructive, action};
    return new ApiCall(
        m_env, description, [this, action, region, bytes] { return buildRequest(action, region, bytes); },
        &TencentWire::decode, this);
}

void TencentClient::runSequence(ProviderReply* reply, const QString& action, const QString& region,
                                const QList<std::pair<QJsonObject, QStringList>>& bodies, Take take)
{
    QList<CallSequence::MakeCall> calls;
    for (const auto& [request, ids] : bodies)
        calls.append([this, action, region, request, ids] { return call(action, region, request, ids); });
    CallSequence::run(reply, calls, std::move(take));
}

RegionListReply* TencentClient::listRegions()
{
    auto* reply = new RegionListReply(this);
    runSequence(reply, u"DescribeRegions"_s, {}, {{QJsonObject{}, {}}},
                [reply](const QJsonObject& r) { reply->regions += TencentWire::takeRegions(r); });
    return reply;
}

InstanceListReply* TencentClient::listInstances(const QString& region, const InstanceQuery& query)
{
    auto* reply = new InstanceListReply(this);
    fetchPage(reply, region, query, 0);
    return reply;
}

void TencentClient::fetchPage(InstanceListReply* reply, const QString& region, const InstanceQuery& query, int offset)
{
    QJsonObject body{{u"Offset"_s, offset}, {u"Limit"_s, PageSize}};
    const QJsonArray filters = TencentWire::filtersFor(query);
    if (!filters.isEmpty())
        body.insert(u"Filters"_s, filters);
    ApiCall* c = call(u"DescribeInstances"_s, region, body, {});
    connect(c, &ApiCall::finished, reply,
            [this, reply, region, query, offset](const ProviderError& error, const QJsonObject& response) {
                if (error.isError()) {
                    reply->finish(error);
                    return;
                }
                const TencentWire::Page page =
                    TencentWire::takeInstancePage(response, offset, m_env.account.id, region, query, reply->instances);
                reply->reportProgress(page.next, page.total);
                if (page.more)
                    fetchPage(reply, region, query, page.next);
                else
                    reply->finish({});
            });
    c->start();
}

InstanceListReply* TencentClient::readInstances(const QString& region, const QStringList& ids)
{
    auto* reply = new InstanceListReply(this);
    QList<std::pair<QJsonObject, QStringList>> bodies;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        bodies.append(
            {QJsonObject{{u"InstanceIds"_s, QJsonArray::fromStringList(chunk)}, {u"Limit"_s, PageSize}}, chunk});
    runSequence(reply, u"DescribeInstances"_s, region, bodies, [this, reply, region](const QJsonObject& r) {
        reply->instances += TencentWire::takeInstances(r, m_env.account.id, region);
    });
    return reply;
}

StateReadReply* TencentClient::readStates(const QString& region, const QStringList& ids)
{
    auto* reply = new StateReadReply(this);
    QList<std::pair<QJsonObject, QStringList>> bodies;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        bodies.append(
            {QJsonObject{{u"InstanceIds"_s, QJsonArray::fromStringList(chunk)}, {u"Limit"_s, PageSize}}, chunk});
    runSequence(reply, u"DescribeInstancesStatus"_s, region, bodies,
                [reply](const QJsonObject& r) { TencentWire::takeStates(r, reply->states); });
    return reply;
}

RefundQuoteReply* TencentClient::quoteRefunds(const QString& region, const QStringList& ids)
{
    auto* reply = new RefundQuoteReply(this);
    QList<std::pair<QJsonObject, QStringList>> bodies;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        bodies.append({QJsonObject{{u"InstanceIds"_s, QJsonArray::fromStringList(chunk)}}, chunk});
    const QString accountId = m_env.account.id;
    runSequence(reply, u"InquiryPriceTerminateInstances"_s, region, bodies, [reply, accountId](const QJsonObject& r) {
        for (const QJsonValue& v : r.value(u"InstanceRefundsSet"_s).toArray()) {
            const QJsonObject o = v.toObject();
            reply->quotes.append({accountId, o.value(u"InstanceId"_s).toString(), o.value(u"Refunds"_s).toDouble(),
                                  o.value(u"PriceDetail"_s).toString()});
        }
    });
    return reply;
}

QJsonObject TencentClient::terminateBody(const PlannedCall& call)
{
    QJsonObject body{{u"InstanceIds"_s, QJsonArray::fromStringList(call.instanceIds)}};
    if (call.options.releaseAddress)
        body.insert(u"ReleaseAddress"_s, true);
    if (call.options.releasePrepaidDataDisks)
        body.insert(u"ReleasePrepaidDataDisks"_s, true);
    return body;
}

ActionReply* TencentClient::execute(const PlannedCall& call)
{
    auto* reply = new ActionReply(this);
    ApiCall* c = this->call(call.action, call.region, terminateBody(call), call.instanceIds, true);
    connect(c, &ApiCall::finished, reply,
            [reply](const ProviderError& error, const QJsonObject&) { reply->finish(error, error.requestId); });
    c->start();
    return reply;
}

QString TencentClient::describeCall(const PlannedCall& call) const
{
    return u"POST %1 X-TC-Action: %2 X-TC-Region: %3 %4"_s.arg(
        endpointFor(call.region).toString(), call.action, call.region,
        QString::fromUtf8(QJsonDocument(terminateBody(call)).toJson(QJsonDocument::Compact)));
}

#include "ZenlayerClient.h"

#include "CallSequence.h"
#include "DeferredFinish.h"
#include "HostHeader.h"
#include "PagedListing.h"
#include "RateLimiter.h"
#include "Zc2Signer.h"
#include "ZenlayerStates.h"
#include "ZenlayerWire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kContentType = "application/json"_ba;
const QString kPath = u"/api/v2/bmc"_s;

// DescribeInstances for these ids in this zone: a lane reads only its own zone.
QJsonObject idsBody(const QString& zone, const QStringList& ids)
{
    QJsonObject body{{u"instanceIds"_s, QJsonArray::fromStringList(ids)}, {u"pageSize"_s, int(ids.size())}};
    if (!zone.isEmpty())
        body.insert(u"zoneId"_s, zone);
    return body;
}

} // namespace

ZenlayerClient::ZenlayerClient(const Account& account, const Credentials& credentials,
                               const CallEnvironment& environment, QObject* parent)
    : Provider(parent)
    , m_env(environment)
    , m_credentials{credentials.keyId.trimmed(), credentials.secret.trimmed(), {}, credentials.proxyPassword}
    , m_limiter(new RateLimiter(this))
{
    m_env.account = account;
    m_env.limiter = m_limiter;
    // The thresholds are not published (reference §6): these are the sandbox's (emulator/README.md,
    // "Rate limits"), and a 429 is backed off by ApiCall whatever the provider's are.
    m_limiter->setRate(u"DescribeInstances"_s, 20);
    m_limiter->setRate(u"DescribeZones"_s, 10);
    m_limiter->setRate(u"TerminateInstance"_s, 10);
    m_limiter->setRate(u"ReleaseInstances"_s, 10);
}

QUrl ZenlayerClient::endpoint() const
{
    if (m_env.account.endpoint.isEmpty())
        return QUrl(u"https://console.zenlayer.com"_s + kPath);
    QUrl url = m_env.account.endpoint;
    if (url.path().isEmpty() || url.path() == u"/"_s)
        url.setPath(kPath);
    return url;
}

QString ZenlayerClient::apiVersion() const
{
    return m_env.account.apiVersion.isEmpty() ? DefaultApiVersion : m_env.account.apiVersion;
}

WireRequest ZenlayerClient::buildRequest(const QString& action, const QByteArray& body) const
{
    const QUrl url = endpoint();
    const QByteArray host = hostHeaderFor(url);

    const qint64 timestamp = m_env.clock().toSecsSinceEpoch();
    const Zc2Signature signature =
        Zc2Signer::sign({kContentType, host, body, timestamp}, m_credentials.keyId, m_credentials.secret);

    WireRequest w;
    w.body = body;
    w.request = QNetworkRequest(url);
    w.request.setRawHeader("Host", host);
    w.request.setHeader(QNetworkRequest::ContentTypeHeader, kContentType);
    w.request.setRawHeader("X-ZC-Action", action.toLatin1());
    w.request.setRawHeader("X-ZC-Version", apiVersion().toLatin1());
    w.request.setRawHeader("X-ZC-Service", "bmc");
    w.request.setRawHeader("X-ZC-Timestamp", QByteArray::number(timestamp));
    w.request.setRawHeader("X-ZC-Signature-Method", Zc2Signer::Algorithm);
    w.request.setRawHeader("Authorization", signature.authorization);
    return w;
}

ApiCall* ZenlayerClient::call(const QString& action, const QString& zone, const QJsonObject& body,
                              const QStringList& ids, bool destructive)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    CallDescription description{action, zone, ids, destructive, action};
    return new ApiCall(
        m_env, description, [this, action, bytes] { return buildRequest(action, bytes); }, &ZenlayerWire::decode, this);
}

void ZenlayerClient::runSequence(ProviderReply* reply, const QString& action, const QString& zone,
                                 const QList<std::pair<QJsonObject, QStringList>>& bodies, Take take)
{
    QList<CallSequence::MakeCall> calls;
    for (const auto& [request, ids] : bodies)
        calls.append([this, action, zone, request, ids] { return call(action, zone, request, ids); });
    CallSequence::run(reply, calls, std::move(take));
}

Instance ZenlayerClient::parse(const QJsonObject& json, const QString& zone) const
{
    // The API does not say when an instance entered the recycle bin: the front ends date it from
    // the history (AutoReleaseEstimator), the same way for every dialect.
    return ZenlayerWire::parseInstance(json, m_env.account.id, zone);
}

RegionListReply* ZenlayerClient::listRegions()
{
    auto* reply = new RegionListReply(this);
    const QJsonObject body{{u"acceptLanguage"_s, m_language == u"zh-CN"_s ? u"zh-CN"_s : u"en-US"_s}};
    runSequence(reply, u"DescribeZones"_s, {}, {{body, {}}}, [reply](const QJsonObject& r) {
        for (const QJsonValue& v : r.value(u"zoneSet"_s).toArray()) {
            const QJsonObject o = v.toObject();
            reply->regions.append({o.value(u"zoneId"_s).toString(), o.value(u"zoneName"_s).toString()});
        }
    });
    return reply;
}

InstanceListReply* ZenlayerClient::listInstances(const QString& zone, const InstanceQuery& query)
{
    auto* reply = new InstanceListReply(this);
    QJsonObject body{{u"pageSize"_s, PageSize}};
    if (!zone.isEmpty())
        body.insert(u"zoneId"_s, zone);
    // The API filters on one status; wider selections (and charge types, which it cannot filter
    // on) are filtered after listing.
    if (query.recycleBinOnly)
        body.insert(u"instanceStatus"_s, u"RECYCLE"_s);
    else if (query.states.size() == 1)
        body.insert(u"instanceStatus"_s, query.states.first());
    // Pages shift while instances are released: the reply lists an id once.
    PagedListing::run(
        reply, query, PageSize,
        [this, zone, body](int index) mutable {
            body.insert(u"pageNum"_s, index + 1);
            return call(u"DescribeInstances"_s, zone, body, {});
        },
        [this, zone](int index, const QJsonObject& response) {
            PagedListing::Page page;
            const QJsonArray set = response.value(u"dataSet"_s).toArray();
            page.total = response.value(u"totalCount"_s).toInt();
            page.instances.reserve(set.size());
            for (const QJsonValue& v : set)
                page.instances.append(parse(v.toObject(), zone));
            // A short page ends the listing too, as the official CLI's pager stops there.
            const qint64 listed = qint64(index) * PageSize + set.size();
            page.more = set.size() == PageSize && listed < page.total;
            return page;
        });
    return reply;
}

InstanceListReply* ZenlayerClient::readInstances(const QString& zone, const QStringList& ids)
{
    auto* reply = new InstanceListReply(this);
    QList<std::pair<QJsonObject, QStringList>> bodies;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        bodies.append({idsBody(zone, chunk), chunk});
    runSequence(reply, u"DescribeInstances"_s, zone, bodies, [this, reply, zone](const QJsonObject& r) {
        for (const QJsonValue& v : r.value(u"dataSet"_s).toArray())
            reply->instances.append(parse(v.toObject(), zone));
    });
    return reply;
}

StateReadReply* ZenlayerClient::readStates(const QString& zone, const QStringList& ids)
{
    // BMC has no lighter status call: the states come from DescribeInstances by id.
    auto* reply = new StateReadReply(this);
    QList<std::pair<QJsonObject, QStringList>> bodies;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        bodies.append({idsBody(zone, chunk), chunk});
    runSequence(reply, u"DescribeInstances"_s, zone, bodies, [reply](const QJsonObject& r) {
        for (const QJsonValue& v : r.value(u"dataSet"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString state = o.value(u"instanceStatus"_s).toString();
            reply->states.insert(o.value(u"instanceId"_s).toString(), {state, ZenlayerStates::lifecycleOf(state)});
        }
    });
    return reply;
}

RefundQuoteReply* ZenlayerClient::quoteRefunds(const QString& zone, const QStringList& ids)
{
    // BMC has no refund inquiry (reference §4.6); the rules never ask for one.
    Q_UNUSED(zone);
    Q_UNUSED(ids);
    return finishedLater<RefundQuoteReply>(this);
}

QJsonObject ZenlayerClient::actionBody(const PlannedCall& call)
{
    if (call.action == ZenlayerRules::TerminateAction)
        return QJsonObject{{u"instanceId"_s, call.instanceIds.value(0)}};
    return QJsonObject{{u"instanceIds"_s, QJsonArray::fromStringList(call.instanceIds)}};
}

ActionReply* ZenlayerClient::execute(const PlannedCall& call)
{
    auto* reply = new ActionReply(this);
    // One id per TerminateInstance, 1 to 100 per ReleaseInstances: the planner never builds
    // anything else, and anything else is refused here rather than sent unplanned.
    const qsizetype ids = call.instanceIds.size();
    const bool known = (call.action == ZenlayerRules::TerminateAction && ids == 1)
        || (call.action == ZenlayerRules::ReleaseAction && ids >= 1 && ids <= ZenlayerRules::MaxIdsPerRelease);
    if (!known) {
        finishLater(reply, ProviderError::local(u"Teardown.InvalidInstanceId"_s));
        return reply;
    }
    ApiCall* c = this->call(call.action, call.region, actionBody(call), call.instanceIds, true);
    connect(c, &ApiCall::finished, reply,
            [reply](const ProviderError& error, const QJsonObject&) { reply->finish(error, error.requestId); });
    c->start();
    return reply;
}

QString ZenlayerClient::describeCall(const PlannedCall& call) const
{
    return u"POST %1 X-ZC-Action: %2 X-ZC-Version: %3 %4"_s.arg(
        endpoint().toString(), call.action, apiVersion(),
        QString::fromUtf8(QJsonDocument(actionBody(call)).toJson(QJsonDocument::Compact)));
}

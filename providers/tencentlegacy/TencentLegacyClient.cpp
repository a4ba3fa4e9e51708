#include "TencentLegacyClient.h"

#include "CallSequence.h"
#include "LegacyWire.h"
#include "RateLimiter.h"
#include "TencentWire.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVersion = "2017-03-12"_ba;
const QByteArray kPath = "/v2/index.php"_ba;
const QString kReturnInstance = u"ReturnInstance"_s;

LegacyParams idParams(const QStringList& ids)
{
    return LegacyWire::flatten(QJsonObject{{u"InstanceIds"_s, QJsonArray::fromStringList(ids)}});
}

} // namespace

TencentLegacyClient::TencentLegacyClient(const Account& account, const Credentials& credentials,
                                         const CallEnvironment& environment, QObject* parent)
    : Provider(parent)
    , m_env(environment)
    , m_credentials(credentials)
    , m_limiter(new RateLimiter(this))
{
    m_env.account = account;
    m_env.limiter = m_limiter;
    // The 2017 actions keep their API 3.0 limits on this host; ReturnInstance has no published
    // limit and is held to TerminateInstances' rate.
    m_limiter->setRate(u"DescribeInstances"_s, 40);
    m_limiter->setRate(u"DescribeInstancesStatus"_s, 40);
    m_limiter->setRate(u"DescribeRegions"_s, 20);
    m_limiter->setRate(u"TerminateInstances"_s, 10);
    m_limiter->setRate(kReturnInstance, 10);
}

QUrl TencentLegacyClient::endpoint() const
{
    if (m_env.account.endpoint.isEmpty())
        return QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    QUrl url = m_env.account.endpoint;
    if (url.path().isEmpty() || url.path() == u"/"_s)
        url.setPath(QString::fromLatin1(kPath));
    return url;
}

QByteArray TencentLegacyClient::signedHost() const
{
    // The Host header Qt sends: the name, with the port when it is not the scheme's default.
    const QUrl url = endpoint();
    QByteArray host = url.host().toUtf8();
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

LegacyParams TencentLegacyClient::signedParams(const QByteArray& verb, const QString& action, const QString& region,
                                               const LegacyParams& business) const
{
    LegacyParams params{{"Action", action.toUtf8()}};
    if (!region.isEmpty())
        params.append({"Region", region.toUtf8()});
    params.append({"Timestamp", QByteArray::number(m_env.clock().toSecsSinceEpoch())});
    params.append(
        {"Nonce", QByteArray::number(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()))});
    params.append({"SecretId", m_credentials.keyId.toUtf8()});
    params.append({"SignatureMethod"_ba, "HmacSHA256"_ba});
    // The old-style action has no version; everything else is the 2017 action set.
    if (action != kReturnInstance) {
        params.append({"Version", kVersion});
        params.append({"Language", m_language.toLatin1()});
    }
    params.append(business);
    return LegacySigner::sign(verb, QByteArray(signedHost() + endpoint().path(QUrl::FullyEncoded).toUtf8()), params,
                              m_credentials.secret);
}

WireRequest TencentLegacyClient::buildRequest(const QByteArray& verb, const QString& action, const QString& region,
                                              const LegacyParams& business) const
{
    const QByteArray encoded = LegacySigner::encode(signedParams(verb, action, region, business));
    QUrl url = endpoint();
    WireRequest w;
    w.verb = verb;
    if (verb == "GET") {
        // Already percent-encoded; strict mode keeps every escape as it is.
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    } else {
        w.body = encoded;
    }
    w.request = QNetworkRequest(url);
    w.request.setRawHeader("Host", signedHost());
    if (verb == "POST")
        w.request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    return w;
}

ApiCall* TencentLegacyClient::call(const QString& action, const QString& region, const LegacyParams& params,
                                   const QStringList& ids, bool destructive)
{
    CallDescription description{action, region, ids, destructive, action};
    // Reads go as GET; destructive calls as POST, whose one-shot body Qt cannot resend.
    const QByteArray verb = destructive ? "POST"_ba : "GET"_ba;
    return new ApiCall(
        m_env, description, [this, verb, action, region, params] { return buildRequest(verb, action, region, params); },
        &LegacyWire::decode, this);
}

void TencentLegacyClient::runSequence(ProviderReply* reply, const QString& action, const QString& region,
                                      const QList<std::pair<LegacyParams, QStringList>>& requests, Take take)
{
    QList<CallSequence::MakeCall> calls;
    for (const auto& [request, ids] : requests)
        calls.append([this, action, region, request, ids] { return call(action, region, request, ids); });
    CallSequence::run(reply, calls, std::move(take));
}

RegionListReply* TencentLegacyClient::listRegions()
{
    auto* reply = new RegionListReply(this);
    runSequence(reply, u"DescribeRegions"_s, {}, {{LegacyParams{}, {}}},
                [reply](const QJsonObject& r) { reply->regions += TencentWire::takeRegions(r); });
    return reply;
}

InstanceListReply* TencentLegacyClient::listInstances(const QString& region, const InstanceQuery& query)
{
    auto* reply = new InstanceListReply(this);
    fetchPage(reply, region, query, 0);
    return reply;
}

void TencentLegacyClient::fetchPage(InstanceListReply* reply, const QString& region, const InstanceQuery& query,
                                    int offset)
{
    QJsonObject body{{u"Offset"_s, offset}, {u"Limit"_s, PageSize}};
    const QJsonArray filters = TencentWire::filtersFor(query);
    if (!filters.isEmpty())
        body.insert(u"Filters"_s, filters);
    ApiCall* c = call(u"DescribeInstances"_s, region, LegacyWire::flatten(body), {});
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

InstanceListReply* TencentLegacyClient::readInstances(const QString& region, const QStringList& ids)
{
    auto* reply = new InstanceListReply(this);
    QList<std::pair<LegacyParams, QStringList>> requests;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        requests.append({idParams(chunk) + LegacyParams{{"Limit", QByteArray::number(PageSize)}}, chunk});
    runSequence(reply, u"DescribeInstances"_s, region, requests, [this, reply, region](const QJsonObject& r) {
        reply->instances += TencentWire::takeInstances(r, m_env.account.id, region);
    });
    return reply;
}

StateReadReply* TencentLegacyClient::readStates(const QString& region, const QStringList& ids)
{
    auto* reply = new StateReadReply(this);
    QList<std::pair<LegacyParams, QStringList>> requests;
    for (const QStringList& chunk : chunked(ids, MaxIdsPerRequest))
        requests.append({idParams(chunk) + LegacyParams{{"Limit", QByteArray::number(PageSize)}}, chunk});
    runSequence(reply, u"DescribeInstancesStatus"_s, region, requests,
                [reply](const QJsonObject& r) { TencentWire::takeStates(r, reply->states); });
    return reply;
}

RefundQuoteReply* TencentLegacyClient::quoteRefunds(const QString& region, const QStringList& ids)
{
    // The rules never ask (nothing a legacy account sends refunds a subscription): no quotes.
    Q_UNUSED(region);
    Q_UNUSED(ids);
    auto* reply = new RefundQuoteReply(this);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->finish({}); }, Qt::QueuedConnection);
    return reply;
}

LegacyParams TencentLegacyClient::actionParams(const PlannedCall& call)
{
    if (call.action == kReturnInstance)
        return {{"instanceId", call.instanceIds.value(0).toUtf8()}};
    return idParams(call.instanceIds);
}

ActionReply* TencentLegacyClient::execute(const PlannedCall& call)
{
    auto* reply = new ActionReply(this);
    // ReturnInstance takes exactly one id: a plan that says otherwise is refused here, unsent.
    if (call.action == kReturnInstance && call.instanceIds.size() != 1) {
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(ProviderError::local(u"Teardown.InvalidInstanceId"_s)); },
            Qt::QueuedConnection);
        return reply;
    }
    ApiCall* c = this->call(call.action, call.region, actionParams(call), call.instanceIds, true);
    connect(c, &ApiCall::finished, reply,
            [reply](const ProviderError& error, const QJsonObject&) { reply->finish(error, error.requestId); });
    c->start();
    return reply;
}

QString TencentLegacyClient::describeCall(const PlannedCall& call) const
{
    LegacyParams shown{{"Action", call.action.toUtf8()}, {"Region", call.region.toUtf8()}};
    if (call.action != kReturnInstance)
        shown.append({"Version", kVersion});
    shown.append(actionParams(call));
    return u"POST %1 %2"_s.arg(endpoint().toString(), QString::fromUtf8(LegacySigner::encode(shown)));
}

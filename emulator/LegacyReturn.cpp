#include "LegacyReturn.h"

#include "TencentFleet.h"
#include "TencentLifecycle.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

struct Text
{
    QString en;
    QString zh;
};

const QHash<int, Text>& texts()
{
    static const QHash<int, Text> table{
        {0, {u"ok"_s, u"ok"_s}},
        {4000, {u"Invalid request parameters"_s, u"请求参数非法"_s}},
        {4100, {u"Authentication failed"_s, u"身份认证失败"_s}},
        {4101, {u"Not authorized to call this API"_s, u"未授权访问接口"_s}},
        {4102, {u"Not authorized to access the resource"_s, u"未授权访问资源"_s}},
        {4103, {u"Not authorized to access the resource of this API"_s, u"未授权访问当前接口所操作的资源"_s}},
        {4104, {u"The key does not exist"_s, u"密钥不存在"_s}},
        {4105, {u"Token error"_s, u"token 错误"_s}},
        {4106, {u"MFA check failed"_s, u"MFA 校验失败"_s}},
        {4400, {u"Quota exceeded"_s, u"超过配额"_s}},
        {4500, {u"Replay attack"_s, u"重放攻击"_s}},
        {4600, {u"Protocol not supported"_s, u"协议不支持"_s}},
        {5000, {u"Resource not found"_s, u"资源不存在"_s}},
        {5100, {u"Resource operation failed"_s, u"资源操作失败"_s}},
        {6000, {u"Internal server error"_s, u"服务器内部错误"_s}},
        {6100, {u"Not supported in this version"_s, u"版本暂不支持"_s}},
    };
    return table;
}

const QString kInvalidStatus = u"OperationConstraints.InvaildInstanceStatus"_s;

bool isPostpaid(const QString& chargeType)
{
    return chargeType == u"POSTPAID_BY_HOUR"_s || chargeType == u"SPOTPAID"_s;
}

} // namespace

QString LegacyReply::text(int code, Language language)
{
    const Text t = texts().value(code, texts().value(6000));
    return language == Language::English ? t.en : t.zh;
}

QJsonObject LegacyReply::toJson(Language language) const
{
    QString message = text(code, language);
    if (!detail.isEmpty())
        message += u": "_s + detail;
    if (!codeDesc.isEmpty())
        message = u"("_s + codeDesc + u")"_s + message;
    QJsonObject o{{u"code"_s, code}, {u"message"_s, message}};
    if (!codeDesc.isEmpty())
        o.insert(u"codeDesc"_s, codeDesc);
    return o;
}

LegacyReturn::LegacyReturn(TencentFleet& fleet, TencentLifecycle& lifecycle)
    : m_fleet(fleet)
    , m_lifecycle(lifecycle)
{ }

LegacyReply LegacyReturn::run(const QString& instanceId, const QString& region, const QString& requestId)
{
    static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(u"ins-[a-z0-9]{8}"_s));
    if (instanceId.isEmpty())
        return LegacyReply::failed(4000, u"MissingParameter"_s, u"instanceId"_s);
    if (!idPattern.match(instanceId).hasMatch())
        return LegacyReply::failed(4000, u"InvalidInstanceId.Malformed"_s, instanceId);
    TencentInstance* i = m_fleet.find(instanceId);
    if (!i || (!region.isEmpty() && i->region != region))
        return LegacyReply::failed(5000, {}, instanceId);
    if (i->disableApiTermination)
        return LegacyReply::failed(5100, u"UnsupportedOperation.InstancesProtected"_s, instanceId);
    // Anything but a steady running or stopped instance is the one business error of the page.
    const bool steady = i->instanceState == u"RUNNING"_s || i->instanceState == u"STOPPED"_s;
    if (!steady || i->latestOperationState == u"OPERATING"_s || i->restrictState == u"PROTECTIVELY_ISOLATED"_s)
        return LegacyReply::failed(5100, kInvalidStatus, instanceId);
    // Only pay-as-you-go: prepaid users are sent to a ticket (the API 2.0 ReturnInstance page).
    if (!isPostpaid(i->instanceChargeType))
        return LegacyReply::failed(4000, u"InvalidInstanceNotSupportedPrepaidInstance"_s, instanceId);
    m_lifecycle.destroy(i->instanceId, requestId);
    return LegacyReply::ok();
}

} // namespace emulator

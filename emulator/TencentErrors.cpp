#include "TencentErrors.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

struct Texts
{
    QString en;
    QString zh;
};

// Texts verbatim from the reference tables (tencentcloud.com / cloud.tencent.com).
const QHash<QString, Texts>& catalog()
{
    static const QHash<QString, Texts> texts{
        // Common errors (§2.3).
        {u"AuthFailure.InvalidAuthorization"_s,
         {u"Authorization in the request header is invalid."_s, u"请求头部的Authorization不符合腾讯云标准。"_s}},
        {u"AuthFailure.SecretIdNotFound"_s,
         {u"Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if "
          "the key is correctly entered. Note that whitespaces should not exist before or after the key."_s,
          u"密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。"_s}},
        {u"AuthFailure.SignatureExpire"_s,
         {u"Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your "
          "current local time matches the standard time."_s,
          u"签名过期。Timestamp和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"_s}},
        {u"AuthFailure.SignatureFailure"_s,
         {u"Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation "
          "process described in the Signature API documentation."_s,
          u"签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。"_s}},
        {u"AuthFailure.TokenFailure"_s, {u"Token error."_s, u"token错误。"_s}},
        {u"InternalError"_s, {u"Internal error."_s, u"内部错误。"_s}},
        {u"InvalidAction"_s, {u"The API does not exist."_s, u"接口不存在。"_s}},
        {u"InvalidParameter"_s, {u"Incorrect parameter."_s, u"参数错误（包括参数格式、类型等错误）。"_s}},
        {u"InvalidParameterValue"_s, {u"Incorrect parameter value."_s, u"参数取值错误。"_s}},
        {u"MissingParameter"_s, {u"A parameter is missing."_s, u"缺少参数。"_s}},
        {u"NoSuchVersion"_s, {u"The API version does not exist."_s, u"接口版本不存在。"_s}},
        {u"RequestLimitExceeded"_s,
         {u"The number of requests exceeds the frequency limit."_s, u"请求的次数超过了频率限制。"_s}},
        {u"RequestSizeLimitExceeded"_s, {u"The request size exceeds the upper limit."_s, u"请求包超过限制大小。"_s}},
        {u"UnknownParameter"_s, {u"Unknown parameter."_s, u"未知参数错误，用户多传未定义的参数会导致错误。"_s}},
        {u"UnsupportedProtocol"_s,
         {u"HTTP(S) request protocol error; only GET and POST requests are supported."_s,
          u"http(s)请求协议错误，只支持GET和POST请求。"_s}},
        {u"UnsupportedRegion"_s, {u"API does not support the requested region."_s, u"接口不支持所传地域。"_s}},
        // CVM errors (§2.3 notes, §3.4, §3.5).
        {u"InternalServerError"_s, {u"Internal error."_s, u"操作内部错误。"_s}},
        {u"InvalidFilter"_s, {u"Invalid filter."_s, u"无效的过滤器。"_s}},
        {u"InvalidFilterValue.LimitExceeded"_s,
         {u"The value of Filter exceeds the limit."_s, u"Filter传值超出限制。"_s}},
        {u"InvalidInstanceId.Malformed"_s,
         {u"Invalid instance ID. The specified instance ID has an invalid format. For example, ins-1122 has an "
          "invalid ID length."_s,
          u"无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。"_s}},
        {u"InvalidInstanceId.NotFound"_s, {u"No instance found."_s, u"没有找到相应实例。"_s}},
        // ModifyInstancesAttribute (SDK errors.go, English; the 2017-03-12 action page, Chinese).
        {u"InvalidInstanceName.TooLong"_s,
         {u"The specified InstanceName exceeds the maximum length of 128 bytes."_s,
          u"无效实例名称。实例名称长度超过限制。"_s}},
        {u"InvalidParameterValue.InstanceIdMalformed"_s,
         {u"Invalid instance ID. Please enter a valid ID, such as ins-xxxxxxxx (“x” represents a lower-case letter "
          "or a number)."_s,
          u"实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。"_s}},
        {u"InvalidParameterValue.IPAddressMalformed"_s, {u"Invalid IP format"_s, u"IP格式非法。"_s}},
        {u"InvalidParameterValue.InvalidTimeFormat"_s, {u"Incorrect time format."_s, u"时间格式不合法。"_s}},
        {u"InvalidParameterValue.LimitExceeded"_s,
         {u"The number of parameter values exceeds the limit."_s, u"参数值数量超过限制。"_s}},
        {u"InvalidZone.MismatchRegion"_s, {u"The specified zone does not exist."_s, u"指定的zone不存在。"_s}},
        // TerminateInstances and InquiryPriceTerminateInstances (§4.1, §4.2).
        {u"FailedOperation.Unreturnable"_s, {u"The instance is unreturnable."_s, u"实例无法退还。"_s}},
        {u"InvalidInstance.NotSupported"_s, {u"This instance is not supported."_s, u"不被支持的实例。"_s}},
        {u"InvalidInstanceNotSupportedPrepaidInstance"_s,
         {u"This instance does not meet the return policy for prepaid instances."_s, u"该实例不满足包月退还规则。"_s}},
        {u"OperationDenied.InstanceOperationInProgress"_s,
         {u"The instance has an operation in progress. Please try again later."_s,
          u"实例正在执行其他操作，请稍后再试。"_s}},
        {u"UnsupportedOperation"_s, {u"Unsupported operation."_s, u"操作不支持。"_s}},
        // An account whose CAM settings require MFA for destructive calls (§4.1).
        {u"UnauthorizedOperation.MFANotFound"_s,
         {u"Unauthorized operation. Make sure Multi-Factor Authentication (MFA) exists."_s,
          u"没有权限进行此操作，请确认是否存在多因子认证（MFA）。"_s}},
        {u"UnsupportedOperation.InstanceMixedPricingModel"_s,
         {u"A mixed payment mode is not supported."_s, u"不支持混合付费模式。"_s}},
        {u"UnsupportedOperation.InstanceStateBanning"_s,
         {u"This CVM is blocked. Please submit a ticket."_s, u"该子机处于封禁状态，请联系相关人员处理。"_s}},
        {u"UnsupportedOperation.InstanceStateEnterRescueMode"_s,
         {u"Instances are entering the rescue mode, and this operation is not supported."_s,
          u"请求不支持进入救援模式的实例"_s}},
        {u"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"_s,
         {u"The instance ins-xxxxxx in the ENTER_SERVICE_LIVE_MIGRATE status is not supported."_s,
          u"不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。"_s}},
        {u"UnsupportedOperation.InstanceStateExitRescueMode"_s,
         {u"Instances are exiting from the rescue mode, and this operation is not supported."_s,
          u"请求不支持正在退出救援模式的实例"_s}},
        {u"UnsupportedOperation.InstanceStateExitServiceLiveMigrate"_s,
         {u"The instance ins-xxxxxx in the EXIT_SERVICE_LIVE_MIGRATE status is not supported."_s,
          u"不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。"_s}},
        {u"UnsupportedOperation.InstanceStateLaunchFailed"_s,
         {u"The instance is failed to create, so the operation is not supported."_s, u"不支持操作创建失败的实例。"_s}},
        {u"UnsupportedOperation.InstanceStatePending"_s,
         {u"The instances are being created, and this operation is not supported."_s, u"请求不支持创建未完成的实例"_s}},
        {u"UnsupportedOperation.InstanceStateRebooting"_s,
         {u"The instances are being restarted, and this operation is not supported."_s, u"请求不支持正在重启的实例"_s}},
        {u"UnsupportedOperation.InstanceStateStarting"_s,
         {u"The instance is starting up, and this operation is not supported."_s, u"实例开机中，不允许该操作。"_s}},
        {u"UnsupportedOperation.InstanceStateShutdown"_s,
         {u"Isolated instances do not support this operation."_s, u"请求不支持隔离状态的实例"_s}},
        {u"UnsupportedOperation.InstanceStateStopping"_s,
         {u"The instance is being shut down, and this operation is not supported."_s, u"请求不支持正在关机的实例"_s}},
        {u"UnsupportedOperation.InstanceStateTerminating"_s,
         {u"The instance is being terminated, and the operation is not supported."_s, u"请求不支持正在销毁的实例"_s}},
        {u"UnsupportedOperation.InstancesProtected"_s,
         {u"The instance is under termination protection and cannot be terminated. Disable the termination "
          "protection and try again."_s,
          u"不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。"_s}},
        {u"UnsupportedOperation.RedHatInstanceTerminateUnsupported"_s,
         {u"An instance with an enterprise operating system installed cannot be returned."_s,
          u"实例使用商业操作系统，不支持退还。"_s}},
    };
    return texts;
}

// Codes whose catalog text already carries an instance placeholder: the ids go there.
const QString kIdPlaceholder = u"ins-xxxxxx"_s;

} // namespace

Language languageFromHeader(const QByteArray& value)
{
    return value.trimmed().compare("en-US", Qt::CaseInsensitive) == 0 ? Language::English : Language::Chinese;
}

TencentError TencentError::of(const QString& code, const QStringList& instanceIds)
{
    TencentError e;
    e.code = code;
    e.instanceIds = instanceIds;
    return e;
}

TencentError TencentError::withDetail(const QString& code, const QString& detailEn, const QString& detailZh)
{
    TencentError e;
    e.code = code;
    e.detailEn = detailEn;
    e.detailZh = detailZh;
    return e;
}

namespace TencentErrors {

bool isKnown(const QString& code)
{
    return catalog().contains(code);
}

QStringList knownCodes()
{
    QStringList codes = catalog().keys();
    codes.sort();
    return codes;
}

QString text(const QString& code, Language language)
{
    const auto it = catalog().constFind(code);
    const Texts& t = it != catalog().cend() ? *it : catalog().value(u"InternalError"_s);
    return language == Language::English ? t.en : t.zh;
}

QString message(const TencentError& error, Language language)
{
    const bool english = language == Language::English;
    QString out = text(error.code, language);
    if (!error.instanceIds.isEmpty()) {
        const QString ids = error.instanceIds.join(u", "_s);
        if (out.contains(kIdPlaceholder))
            out.replace(kIdPlaceholder, ids);
        else
            out += english ? QString(u" Instances: "_s + ids + u'.') : QString(u"实例："_s + ids + u"。"_s);
    }
    const QString& detail = english ? error.detailEn : error.detailZh;
    if (!detail.isEmpty())
        out += (english ? u" "_s : QString()) + detail;
    return out;
}

QJsonObject errorEnvelope(const TencentError& error, Language language, const QString& requestId)
{
    const QJsonObject e{{u"Code"_s, error.code}, {u"Message"_s, message(error, language)}};
    return QJsonObject{{u"Response"_s, QJsonObject{{u"Error"_s, e}, {u"RequestId"_s, requestId}}}};
}

QJsonObject successEnvelope(QJsonObject fields, const QString& requestId)
{
    fields.insert(u"RequestId"_s, requestId);
    return QJsonObject{{u"Response"_s, fields}};
}

} // namespace TencentErrors
} // namespace emulator

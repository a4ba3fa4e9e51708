#include "ErrorCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char* code;
    struct
    {
        const char* source;
        const char* disambiguation;
    } text;
};

// The console's own codes: transport failures, unreadable replies and the planner's and runner's
// reasons that have no provider code.
const Entry kConsoleEntries[] = {
    {"Network.ConnectionRefused",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The connection was refused. Check the endpoint and that the service is reachable.",
                        "Network.ConnectionRefused")},
    {"Network.HostNotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The host name of the endpoint could not be resolved.",
                        "Network.HostNotFound")},
    {"Network.Timeout", QT_TRANSLATE_NOOP3("ErrorCatalog", "The request timed out.", "Network.Timeout")},
    {"Network.ConnectionClosed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The connection was closed before the reply arrived.",
                        "Network.ConnectionClosed")},
    {"Network.Tls", QT_TRANSLATE_NOOP3("ErrorCatalog", "The secure connection (TLS) failed.", "Network.Tls")},
    {"Network.Other", QT_TRANSLATE_NOOP3("ErrorCatalog", "A network error occurred.", "Network.Other")},
    {"Reply.Malformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The server's reply could not be read (it is not the expected JSON).",
                        "Reply.Malformed")},
    {"Reply.HttpStatus",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The server answered with an unexpected HTTP status.", "Reply.HttpStatus")},
    {"Teardown.OutcomeUnknown",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The reply to this call was lost: the provider may or may not have applied it. It was not "
                        "resent; check the instance and plan again.",
                        "Teardown.OutcomeUnknown")},
    {"Teardown.NotConfirmed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The call was accepted, but the expected state was not reached in time.",
                        "Teardown.NotConfirmed")},
    {"Teardown.AlreadyInRecycleBin",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance is already in the recycle bin. Release it from the recycle bin to destroy it.",
                        "Teardown.AlreadyInRecycleBin")},
    {"Teardown.NotInRecycleBin",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Only instances in the recycle bin can be released.",
                        "Teardown.NotInRecycleBin")},
    {"Teardown.AccountReadOnly",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The account is marked read-only: nothing can be returned through it.",
                        "Teardown.AccountReadOnly")},
    {"Teardown.UnknownAccount",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance belongs to an account that is not configured.",
                        "Teardown.UnknownAccount")},
    {"Teardown.InvalidInstanceId",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance ID is malformed.", "Teardown.InvalidInstanceId")},
    {"Teardown.ChangedSincePlan",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance changed after the plan was confirmed, so it was not sent. Plan again.",
                        "Teardown.ChangedSincePlan")},
    {"Teardown.NoLongerExists",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance no longer exists.", "Teardown.NoLongerExists")},
    {"Teardown.Canceled", QT_TRANSLATE_NOOP3("ErrorCatalog", "Not sent: the run was canceled.", "Teardown.Canceled")},
    {"Teardown.HistoryUnavailable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The history could not be written, so the destructive call was not sent.",
                        "Teardown.HistoryUnavailable")},
    {"Teardown.NoCredentials",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "No credentials are available for this account.", "Teardown.NoCredentials")},
    {"Teardown.InsecureEndpoint",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Plain http:// is accepted only for loopback addresses; use https://.",
                        "Teardown.InsecureEndpoint")},
};

// Tencent Cloud API 3.0: the common codes and the business codes of DescribeInstances,
// DescribeInstancesStatus, TerminateInstances and InquiryPriceTerminateInstances (reference
// sections 2.3, 3.4, 3.5, 4.1 and 4.2; the English text of tencentcloud.com).
const Entry kTencentEntries[] = {
    {"ActionOffline", QT_TRANSLATE_NOOP3("ErrorCatalog", "This API has been deprecated.", "ActionOffline")},
    {"AuthFailure.InvalidAuthorization",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Authorization in the request header is invalid.",
                        "AuthFailure.InvalidAuthorization")},
    {"AuthFailure.InvalidSecretId",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid key (not a TencentCloud API key type).",
                        "AuthFailure.InvalidSecretId")},
    {"AuthFailure.MFAFailure", QT_TRANSLATE_NOOP3("ErrorCatalog", "MFA failed.", "AuthFailure.MFAFailure")},
    {"AuthFailure.SecretIdNotFound",
     QT_TRANSLATE_NOOP3(
         "ErrorCatalog",
         "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the "
         "key is correctly entered. Note that whitespaces should not exist before or after the key.",
         "AuthFailure.SecretIdNotFound")},
    {"AuthFailure.SignatureExpire",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please "
                        "ensure your current local time matches the standard time.",
                        "AuthFailure.SignatureExpire")},
    {"AuthFailure.SignatureFailure",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Invalid signature. Signature calculation error. Please ensure you’ve followed the signature "
                        "calculation process described in the Signature API documentation.",
                        "AuthFailure.SignatureFailure")},
    {"AuthFailure.TokenFailure", QT_TRANSLATE_NOOP3("ErrorCatalog", "Token error.", "AuthFailure.TokenFailure")},
    {"AuthFailure.UnauthorizedOperation",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The request is not authorized. For more information, see the CAM documentation.",
                        "AuthFailure.UnauthorizedOperation")},
    {"DryRunOperation",
     QT_TRANSLATE_NOOP3(
         "ErrorCatalog",
         "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.",
         "DryRunOperation")},
    {"FailedOperation", QT_TRANSLATE_NOOP3("ErrorCatalog", "Operation failed.", "FailedOperation")},
    {"FailedOperation.IllegalTagKey",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The tag key contains invalid characters.", "FailedOperation.IllegalTagKey")},
    {"FailedOperation.IllegalTagValue",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The tag value contains invalid characters.",
                        "FailedOperation.IllegalTagValue")},
    {"FailedOperation.InquiryRefundPriceFailed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Failed to query the refund: the payment order is not found. Check whether the instance "
                        "ins-xxxxxxx has expired.",
                        "FailedOperation.InquiryRefundPriceFailed")},
    {"FailedOperation.InvalidInstanceApplicationRole",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The applicationRole instance does not support the operation.",
                        "FailedOperation.InvalidInstanceApplicationRole")},
    {"FailedOperation.InvalidInstanceApplicationRoleEmr",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The EMR instance ins-xxxxxxxx does not support this operation.",
                        "FailedOperation.InvalidInstanceApplicationRoleEmr")},
    {"FailedOperation.TagKeyReserved",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The tag key specified in the request is reserved for the system.",
                        "FailedOperation.TagKeyReserved")},
    {"FailedOperation.Unreturnable",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is unreturnable.", "FailedOperation.Unreturnable")},
    {"InternalError", QT_TRANSLATE_NOOP3("ErrorCatalog", "Internal error.", "InternalError")},
    {"InternalError.TradeUnknownError",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Internal error.", "InternalError.TradeUnknownError")},
    {"InternalServerError", QT_TRANSLATE_NOOP3("ErrorCatalog", "Internal error.", "InternalServerError")},
    {"InvalidAccount.UnpaidOrder",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The account has unpaid orders.", "InvalidAccount.UnpaidOrder")},
    {"InvalidAction", QT_TRANSLATE_NOOP3("ErrorCatalog", "The API does not exist.", "InvalidAction")},
    {"InvalidFilter", QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid filter.", "InvalidFilter")},
    {"InvalidFilterValue.LimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The value of Filter exceeds the limit.", "InvalidFilterValue.LimitExceeded")},
    {"InvalidHostId.Malformed",
     QT_TRANSLATE_NOOP3(
         "ErrorCatalog",
         "Invalid CDH ID. The specified CDH ID has an invalid format. For example, host-1122 has an invalid ID length.",
         "InvalidHostId.Malformed")},
    {"InvalidInstance.NotSupported",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This instance is not supported.", "InvalidInstance.NotSupported")},
    {"InvalidInstanceId.Malformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Invalid instance ID. The specified instance ID has an invalid format. For example, ins-1122 "
                        "has an invalid ID length.",
                        "InvalidInstanceId.Malformed")},
    {"InvalidInstanceId.NotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "No instance found.", "InvalidInstanceId.NotFound")},
    {"InvalidInstanceNotSupportedPrepaidInstance",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This instance does not meet the return policy for prepaid instances.",
                        "InvalidInstanceNotSupportedPrepaidInstance")},
    {"InvalidParameter", QT_TRANSLATE_NOOP3("ErrorCatalog", "Incorrect parameter.", "InvalidParameter")},
    {"InvalidParameterValue", QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid parameter value.", "InvalidParameterValue")},
    {"InvalidParameterValue.IPAddressMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid IP format", "InvalidParameterValue.IPAddressMalformed")},
    {"InvalidParameterValue.IPv6AddressMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid IPv6 address", "InvalidParameterValue.IPv6AddressMalformed")},
    {"InvalidParameterValue.InstanceIdMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Invalid instance ID. Please enter a valid ID, such as ins-xxxxxxxx (“x” represents a "
                        "lower-case letter or a number).",
                        "InvalidParameterValue.InstanceIdMalformed")},
    {"InvalidParameterValue.InvalidAppIdFormat",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid AppID", "InvalidParameterValue.InvalidAppIdFormat")},
    {"InvalidParameterValue.InvalidIpFormat",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid IP address.", "InvalidParameterValue.InvalidIpFormat")},
    {"InvalidParameterValue.InvalidTimeFormat",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Incorrect time format.", "InvalidParameterValue.InvalidTimeFormat")},
    {"InvalidParameterValue.InvalidVagueName",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid fuzzy query string", "InvalidParameterValue.InvalidVagueName")},
    {"InvalidParameterValue.LimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The number of parameter values exceeds the limit.",
                        "InvalidParameterValue.LimitExceeded")},
    {"InvalidParameterValue.NotSupported",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Unsupported operation.", "InvalidParameterValue.NotSupported")},
    {"InvalidParameterValue.SubnetIdMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Invalid subnet ID. Please provide a subnet ID in the format of subnet-xxxxxxxx, where “x” can "
                        "be a lowercase letter or number.",
                        "InvalidParameterValue.SubnetIdMalformed")},
    {"InvalidParameterValue.TagKeyNotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The specified tag does not exist", "InvalidParameterValue.TagKeyNotFound")},
    {"InvalidParameterValue.UuidMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid UUID.", "InvalidParameterValue.UuidMalformed")},
    {"InvalidParameterValue.VpcIdMalformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The VPC ID xxx is invalid. Please provide a VPC ID in the format of vpc-xxxxxxxx, where “x” "
                        "can be a lowercase letter or number.",
                        "InvalidParameterValue.VpcIdMalformed")},
    {"InvalidRequest",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The multipart format of the request body is incorrect.", "InvalidRequest")},
    {"InvalidSecurityGroupId.NotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The specified security group ID does not exist.",
                        "InvalidSecurityGroupId.NotFound")},
    {"InvalidSgId.Malformed",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The specified security group ID is in the wrong format. For example, sg-ide32 has an invalid "
                        "instance ID length.",
                        "InvalidSgId.Malformed")},
    {"InvalidZone.MismatchRegion",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The specified zone does not exist.", "InvalidZone.MismatchRegion")},
    {"IpInBlacklist", QT_TRANSLATE_NOOP3("ErrorCatalog", "Your IP is in uin IP blacklist.", "IpInBlacklist")},
    {"IpNotInWhitelist", QT_TRANSLATE_NOOP3("ErrorCatalog", "Your IP is not in uin IP whitelist.", "IpNotInWhitelist")},
    {"LimitExceeded", QT_TRANSLATE_NOOP3("ErrorCatalog", "Quota limit exceeded.", "LimitExceeded")},
    {"LimitExceeded.UserReturnQuota",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Failed to return instances because of the quota limit.",
                        "LimitExceeded.UserReturnQuota")},
    {"MissingParameter", QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter is missing.", "MissingParameter")},
    {"MutexOperation.TaskRunning",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "An identical job is running.", "MutexOperation.TaskRunning")},
    {"NoSuchProduct", QT_TRANSLATE_NOOP3("ErrorCatalog", "The product does not exist.", "NoSuchProduct")},
    {"NoSuchVersion", QT_TRANSLATE_NOOP3("ErrorCatalog", "The API version does not exist.", "NoSuchVersion")},
    {"OperationDenied.InstanceOperationInProgress",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance has an operation in progress. Please try again later.",
                        "OperationDenied.InstanceOperationInProgress")},
    {"RequestLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The number of requests exceeds the frequency limit.", "RequestLimitExceeded")},
    {"RequestLimitExceeded.GlobalRegionUinLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Uin exceeds the frequency limit.",
                        "RequestLimitExceeded.GlobalRegionUinLimitExceeded")},
    {"RequestLimitExceeded.IPLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The number of ip requests exceeds the frequency limit.",
                        "RequestLimitExceeded.IPLimitExceeded")},
    {"RequestLimitExceeded.UinLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The number of uin requests exceeds the frequency limit.",
                        "RequestLimitExceeded.UinLimitExceeded")},
    {"RequestSizeLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The request size exceeds the upper limit.", "RequestSizeLimitExceeded")},
    {"ResourceInUse", QT_TRANSLATE_NOOP3("ErrorCatalog", "Resource is in use.", "ResourceInUse")},
    {"ResourceInsufficient", QT_TRANSLATE_NOOP3("ErrorCatalog", "Insufficient resource.", "ResourceInsufficient")},
    {"ResourceNotFound", QT_TRANSLATE_NOOP3("ErrorCatalog", "The resource does not exist.", "ResourceNotFound")},
    {"ResourceNotFound.HpcCluster",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The HPC cluster does not exist.", "ResourceNotFound.HpcCluster")},
    {"ResourceUnavailable", QT_TRANSLATE_NOOP3("ErrorCatalog", "Resource is unavailable.", "ResourceUnavailable")},
    {"ResponseSizeLimitExceeded",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The response size exceeds the upper limit.", "ResponseSizeLimitExceeded")},
    {"ServiceUnavailable", QT_TRANSLATE_NOOP3("ErrorCatalog", "Service is unavailable now.", "ServiceUnavailable")},
    {"UnauthorizedOperation", QT_TRANSLATE_NOOP3("ErrorCatalog", "Unauthorized operation.", "UnauthorizedOperation")},
    {"UnauthorizedOperation.InvalidToken",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Check if the token is valid.", "UnauthorizedOperation.InvalidToken")},
    {"UnauthorizedOperation.MFAExpired",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Unauthorized operation. Make sure Multi-Factor Authentication (MFA) is valid.",
                        "UnauthorizedOperation.MFAExpired")},
    {"UnauthorizedOperation.MFANotFound",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Unauthorized operation. Make sure Multi-Factor Authentication (MFA) exists.",
                        "UnauthorizedOperation.MFANotFound")},
    {"UnknownParameter", QT_TRANSLATE_NOOP3("ErrorCatalog", "Unknown parameter.", "UnknownParameter")},
    {"UnsupportedOperation", QT_TRANSLATE_NOOP3("ErrorCatalog", "Unsupported operation.", "UnsupportedOperation")},
    {"UnsupportedOperation.InstanceChargeType",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This instance billing mode does not support the operation.",
                        "UnsupportedOperation.InstanceChargeType")},
    {"UnsupportedOperation.InstanceMixedPricingModel",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A mixed payment mode is not supported.",
                        "UnsupportedOperation.InstanceMixedPricingModel")},
    {"UnsupportedOperation.InstanceMixedZoneType",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Central AZ and edge zone instances cannot be mixed in batch operation.",
                        "UnsupportedOperation.InstanceMixedZoneType")},
    {"UnsupportedOperation.InstanceStateBanning",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This CVM is blocked. Please submit a ticket.",
                        "UnsupportedOperation.InstanceStateBanning")},
    {"UnsupportedOperation.InstanceStateEnterRescueMode",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Instances are entering the rescue mode, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStateEnterRescueMode")},
    {"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance ins-xxxxxx in the ENTER_SERVICE_LIVE_MIGRATE status is not supported.",
                        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate")},
    {"UnsupportedOperation.InstanceStateExitRescueMode",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Instances are exiting from the rescue mode, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStateExitRescueMode")},
    {"UnsupportedOperation.InstanceStateExitServiceLiveMigrate",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance ins-xxxxxx in the EXIT_SERVICE_LIVE_MIGRATE status is not supported.",
                        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate")},
    {"UnsupportedOperation.InstanceStateFreezing",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The operation is not supported for the frozen instances.",
                        "UnsupportedOperation.InstanceStateFreezing")},
    {"UnsupportedOperation.InstanceStateIsolating",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Unable to isolate: the instance is isolated",
                        "UnsupportedOperation.InstanceStateIsolating")},
    {"UnsupportedOperation.InstanceStateLaunchFailed",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is failed to create, so the operation is not supported.",
                        "UnsupportedOperation.InstanceStateLaunchFailed")},
    {"UnsupportedOperation.InstanceStatePending",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instances are being created, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStatePending")},
    {"UnsupportedOperation.InstanceStateRebooting",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instances are being restarted, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStateRebooting")},
    {"UnsupportedOperation.InstanceStateStarting",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is starting up, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStateStarting")},
    {"UnsupportedOperation.InstanceStateStopping",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is being shut down, and this operation is not supported.",
                        "UnsupportedOperation.InstanceStateStopping")},
    {"UnsupportedOperation.InstanceStateTerminated",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Terminated instances are not supported.",
                        "UnsupportedOperation.InstanceStateTerminated")},
    {"UnsupportedOperation.InstanceStateTerminating",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is being terminated, and the operation is not supported.",
                        "UnsupportedOperation.InstanceStateTerminating")},
    {"UnsupportedOperation.InstancesProtected",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance is under termination protection and cannot be terminated. Disable the "
                        "termination protection and try again.",
                        "UnsupportedOperation.InstancesProtected")},
    {"UnsupportedOperation.InvalidInstancesOwner",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The user does not have permissions to operate the current instance.",
                        "UnsupportedOperation.InvalidInstancesOwner")},
    {"UnsupportedOperation.RedHatInstanceTerminateUnsupported",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "An instance with an enterprise operating system installed cannot be returned.",
                        "UnsupportedOperation.RedHatInstanceTerminateUnsupported")},
    {"UnsupportedOperation.RedHatInstanceUnsupported",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The operating system of the instance is RedHat, so this operation is not supported.",
                        "UnsupportedOperation.RedHatInstanceUnsupported")},
    {"UnsupportedOperation.Region",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The region is unsupported.", "UnsupportedOperation.Region")},
    {"UnsupportedOperation.SpecialInstanceType",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This special instance type does not support the operation.",
                        "UnsupportedOperation.SpecialInstanceType")},
    {"UnsupportedOperation.UserLimitOperationExceedQuota",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The quota of user limit operations is insufficient.",
                        "UnsupportedOperation.UserLimitOperationExceedQuota")},
    {"UnsupportedProtocol",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "HTTP(S) request protocol error; only GET and POST requests are supported.",
                        "UnsupportedProtocol")},
    {"UnsupportedRegion",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "API does not support the requested region.", "UnsupportedRegion")},
};

// Tencent Cloud API 2.0 (legacy, cvm.api.qcloud.com/v2/index.php): the numeric common codes of
// the {code, message} replies (reference §5.6), ReturnInstance's business code as seed 000 spells
// it, and the console's reason for refusing a prepaid instance before sending (seed 000's advice).
// TerminateInstances 2017-03-12 on that host answers with API 3.0 codes (seed 001), listed above.
const Entry kTencentLegacyEntries[] = {
    {"Teardown.LegacyPostpaidOnly",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The legacy API (ReturnInstance) returns only pay-as-you-go instances. To return a prepaid "
                        "instance, submit a ticket to Tencent Cloud, or use an API 3.0 account.",
                        "Teardown.LegacyPostpaidOnly")},
    {"OperationConstraints.InvaildInstanceStatus",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The instance status is incorrect, or the instance status could not be obtained.",
                        "OperationConstraints.InvaildInstanceStatus")},
    {"4000",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Invalid request parameters: a required parameter is missing or malformed.",
                        "4000")},
    {"4100",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Authentication failed: check the SecretKey and that the signature is URL-encoded.", "4100")},
    {"4101", QT_TRANSLATE_NOOP3("ErrorCatalog", "The sub-account is not authorized to call this API.", "4101")},
    {"4102", QT_TRANSLATE_NOOP3("ErrorCatalog", "The sub-account is not authorized to access this resource.", "4102")},
    {"4103",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The sub-account is not authorized to access the resource this API operates on.", "4103")},
    {"4104", QT_TRANSLATE_NOOP3("ErrorCatalog", "The SecretId does not exist, or the key is disabled.", "4104")},
    {"4105", QT_TRANSLATE_NOOP3("ErrorCatalog", "The token is invalid.", "4105")},
    {"4106", QT_TRANSLATE_NOOP3("ErrorCatalog", "MFA verification failed.", "4106")},
    {"4110", QT_TRANSLATE_NOOP3("ErrorCatalog", "Authorization failed (CAM).", "4110")},
    {"4200", QT_TRANSLATE_NOOP3("ErrorCatalog", "The request has expired.", "4200")},
    {"4300",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Access denied: the account is blocked or not allowed to use this API.",
                        "4300")},
    {"4400", QT_TRANSLATE_NOOP3("ErrorCatalog", "The quota or request rate limit was exceeded.", "4400")},
    {"4500",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Replay attack: the Nonce was reused, or the Timestamp is too far from the server time.",
                        "4500")},
    {"4600", QT_TRANSLATE_NOOP3("ErrorCatalog", "Protocol not supported: use HTTPS.", "4600")},
    {"5000",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The resource does not exist, has already been returned, or belongs to another account.",
                        "5000")},
    {"5100", QT_TRANSLATE_NOOP3("ErrorCatalog", "The operation on the resource failed. Try again later.", "5100")},
    {"5200",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The purchase failed (unsupported configuration or insufficient stock).",
                        "5200")},
    {"5300", QT_TRANSLATE_NOOP3("ErrorCatalog", "The purchase failed: insufficient balance.", "5300")},
    {"5400", QT_TRANSLATE_NOOP3("ErrorCatalog", "The batch operation succeeded only partly.", "5400")},
    {"5500", QT_TRANSLATE_NOOP3("ErrorCatalog", "The account's qualification check failed.", "5500")},
    {"6000", QT_TRANSLATE_NOOP3("ErrorCatalog", "Internal server error.", "6000")},
    {"6100",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "This action is not supported in this version, or is under maintenance.",
                        "6100")},
    {"6200", QT_TRANSLATE_NOOP3("ErrorCatalog", "The API is temporarily unavailable (maintenance).", "6200")},
};

#include "ErrorCatalogZenlayer.h"

const std::span<const Entry> kTables[] = {kConsoleEntries, kTencentEntries, kTencentLegacyEntries, kZenlayerEntries};

const Entry* find(QStringView code)
{
    for (const auto& table : kTables) {
        const auto it =
            std::find_if(table.begin(), table.end(), [&](const Entry& e) { return code == QLatin1StringView(e.code); });
        if (it != table.end())
            return &*it;
    }
    return nullptr;
}

} // namespace

bool ErrorCatalog::contains(QStringView code)
{
    return find(code) != nullptr;
}

QString ErrorCatalog::text(QStringView code)
{
    const Entry* e = find(code);
    return e ? QCoreApplication::translate("ErrorCatalog", e->text.source, e->text.disambiguation) : QString();
}

QString ErrorCatalog::describe(const ProviderError& error)
{
    if (!error.isError())
        return {};
    QString line = text(error.code);
    if (line.isEmpty())
        line = error.message.isEmpty() ? QCoreApplication::translate("ErrorCatalog", "Unknown error") : error.message;
    QStringList facts;
    if (!error.code.isEmpty())
        facts << error.code;
    if (!error.requestId.isEmpty())
        facts << QCoreApplication::translate("ErrorCatalog", "RequestId %1").arg(error.requestId);
    // The transport's own detail helps with proxies and certificates; a console code may carry its
    // cause (e.g. why an outcome is unknown).
    const bool detailed = error.kind == ProviderError::Kind::Network || error.kind == ProviderError::Kind::Local;
    if (detailed && !error.message.isEmpty() && find(error.code))
        facts << error.message;
    return facts.isEmpty() ? line : line + u" ("_s + facts.join(u"; "_s) + u')';
}

QStringList ErrorCatalog::codes()
{
    QStringList all;
    for (const auto& table : kTables) {
        for (const Entry& e : table)
            all << QString::fromLatin1(e.code);
    }
    return all;
}

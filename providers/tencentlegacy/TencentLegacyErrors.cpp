#include "TencentLegacyErrors.h"

#include <QtGlobal>

namespace {

// Tencent Cloud API 2.0 (legacy, cvm.api.qcloud.com/v2/index.php): the numeric common codes of
// the {code, message} replies (reference §5.6), ReturnInstance's business code as seed 000 spells
// it, and the console's reason for refusing a prepaid instance before sending (seed 000's advice).
// TerminateInstances 2017-03-12 on that host answers with API 3.0 codes (seed 001): those are
// TencentErrors'.
const ErrorCatalogEntry kEntries[] = {
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
    {"4105", QT_TRANSLATE_NOOP3("ErrorCatalog", "The token is invalid.", "4105"), ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "The temporary credentials (session token) have expired or do not belong to this SecretId. Get "
                        "new ones (STS GetFederationToken or AssumeRole, or tccli sts), then edit the account and "
                        "enter the new SecretId, SecretKey and session token, or import them from the tccli profile.",
                        "4105")},
    {"4106", QT_TRANSLATE_NOOP3("ErrorCatalog", "MFA verification failed.", "4106"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "This account's CAM settings require multi-factor authentication (MFA) for this operation, "
                        "which an API key cannot provide. Use a key whose CAM policy does not require MFA for "
                        "ReturnInstance, or return the instances in the Tencent Cloud console, confirming with MFA.",
                        "4106")},
    {"4110", QT_TRANSLATE_NOOP3("ErrorCatalog", "Authorization failed (CAM).", "4110")},
    {"4200", QT_TRANSLATE_NOOP3("ErrorCatalog", "The request has expired.", "4200"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Correct this computer's clock (turn on automatic date and time, or NTP) and try again.",
                        "4200")},
    {"4300",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Access denied: the account is blocked or not allowed to use this API.",
                        "4300")},
    {"4400", QT_TRANSLATE_NOOP3("ErrorCatalog", "The quota or request rate limit was exceeded.", "4400")},
    {"4500",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "Replay attack: the Nonce was reused, or the Timestamp is too far from the server time.",
                        "4500"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3(
         "ErrorAdvice",
         "If this computer's clock is off, correct it (turn on automatic date and time, or NTP) and try again.",
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

} // namespace

namespace TencentLegacyErrors {

ErrorTable table()
{
    return kEntries;
}

} // namespace TencentLegacyErrors

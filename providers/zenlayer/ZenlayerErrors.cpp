#include "ZenlayerErrors.h"

#include <QtGlobal>

namespace {

// Zenlayer Cloud API v2: the common codes (reference §2.4) and the BMC business codes of
// TerminateInstance, ReleaseInstances and the other instance actions (seeds 002 and 004,
// reference §4), with the console-side codes the SDKs give to replies that are not the API's
// (§2.2).
const ErrorCatalogEntry kEntries[] = {
    {"AUTHFAILURE_INVALID_AUTHORIZATION",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The Authorization header is malformed or not in the Zenlayer format.",
                        "AUTHFAILURE_INVALID_AUTHORIZATION")},
    {"AUTHFAILURE_SIGNATURE_EXPIRED",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The signature has expired: the request time differs from the server time by more than five "
                        "minutes. Check this computer's clock.",
                        "AUTHFAILURE_SIGNATURE_EXPIRED"),
     ErrorCatalogEntry::Placeholder::None,
     QT_TRANSLATE_NOOP3("ErrorAdvice",
                        "Correct this computer's clock (turn on automatic date and time, or NTP) and try again.",
                        "AUTHFAILURE_SIGNATURE_EXPIRED")},
    {"AUTHFAILURE_SIGNATURE_FAILURE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The signature does not match: check the AccessKeyId and AccessKeyPassword.",
                        "AUTHFAILURE_SIGNATURE_FAILURE")},
    {"AUTHFAILURE_UNAUTHORIZED_OPERATION",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The access key is not authorized for this operation, or the action does "
                        "not exist.",
                        "AUTHFAILURE_UNAUTHORIZED_OPERATION")},
    {"INTERNAL_SERVER_ERROR", QT_TRANSLATE_NOOP3("ErrorCatalog", "Internal server error.", "INTERNAL_SERVER_ERROR")},
    {"INVALID_INSTANCE_NOT_FOUND",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Instance does not exist.", "INVALID_INSTANCE_NOT_FOUND")},
    {"INVALID_PARAMETER_DATE_FORMAT_ERROR",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A date parameter has the wrong format.",
                        "INVALID_PARAMETER_DATE_FORMAT_ERROR")},
    {"INVALID_PARAMETER_EXCEED_LENGTH",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter has too many elements or characters.",
                        "INVALID_PARAMETER_EXCEED_LENGTH")},
    {"INVALID_PARAMETER_EXCEED_MAXIMUM",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter value is above its maximum.", "INVALID_PARAMETER_EXCEED_MAXIMUM")},
    {"INVALID_PARAMETER_LESS_LENGTH",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter has too few elements or characters.",
                        "INVALID_PARAMETER_LESS_LENGTH")},
    {"INVALID_PARAMETER_LESS_MINIMUM",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter value is below its minimum.", "INVALID_PARAMETER_LESS_MINIMUM")},
    {"INVALID_PARAMETER_PATTERN_ERROR",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter value does not match the required pattern.",
                        "INVALID_PARAMETER_PATTERN_ERROR")},
    {"INVALID_PARAMETER_TYPE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter has the wrong type.", "INVALID_PARAMETER_TYPE")},
    {"INVALID_PARAMETER_VALUE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "A parameter value is not one of the allowed values.",
                        "INVALID_PARAMETER_VALUE")},
    {"INVALID_ZONE_NOT_FOUND",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The specified zone does not exist.", "INVALID_ZONE_NOT_FOUND")},
    {"MISSING_PARAMETER", QT_TRANSLATE_NOOP3("ErrorCatalog", "A required parameter is missing.", "MISSING_PARAMETER")},
    {"OPERATION_DENIED_INSTANCE_CREATING",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Operations on instances in CREATING status are not supported.",
                        "OPERATION_DENIED_INSTANCE_CREATING")},
    {"OPERATION_DENIED_INSTANCE_NOT_RECYCLED",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Only operations on instances in recycle bin are supported.",
                        "OPERATION_DENIED_INSTANCE_NOT_RECYCLED")},
    {"OPERATION_DENIED_INSTANCE_NOT_RUNNING",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is not running.", "OPERATION_DENIED_INSTANCE_NOT_RUNNING")},
    {"OPERATION_DENIED_INSTANCE_NOT_STOPPED",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance is not stopped.", "OPERATION_DENIED_INSTANCE_NOT_STOPPED")},
    {"OPERATION_DENIED_INSTANCE_RECYCLED",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Operations on instances in recycle bin are not supported.",
                        "OPERATION_DENIED_INSTANCE_RECYCLED")},
    {"OPERATION_DENIED_INSTANCE_STATUS",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The instance's status does not allow this operation.",
                        "OPERATION_DENIED_INSTANCE_STATUS")},
    {"OPERATION_DENIED_INSTANCE_STATUS_INSTALLING",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Operations on instances in INSTALLING status are not supported.",
                        "OPERATION_DENIED_INSTANCE_STATUS_INSTALLING")},
    {"OPERATION_DENIED_INSTANCE_SUBSCRIPTION",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Operations on subscription instances are not supported.",
                        "OPERATION_DENIED_INSTANCE_SUBSCRIPTION")},
    {"OPERATION_DENIED_POSTPAID_PROMISE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Operations failed. Resources in commitment period.",
                        "OPERATION_DENIED_POSTPAID_PROMISE")},
    {"OPERATION_FAILED_FOR_RECYCLE_RESOURCE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The operation is not allowed on a resource that is being recycled.",
                        "OPERATION_FAILED_FOR_RECYCLE_RESOURCE")},
    {"OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The resource group does not exist.",
                        "OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND")},
    {"OPERATION_FAILED_RESOURCE_NOT_FOUND",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The target resource does not exist.", "OPERATION_FAILED_RESOURCE_NOT_FOUND")},
    {"REQUEST_BLOCKED",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The request was blocked by a security policy (HTTP 451).", "REQUEST_BLOCKED")},
    {"REQUEST_LIMIT_EXCEEDED",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "Too many requests: the rate limit was reached. Try again later.",
                        "REQUEST_LIMIT_EXCEEDED")},
    {"REQUEST_TIMED_OUT", QT_TRANSLATE_NOOP3("ErrorCatalog", "The request timed out.", "REQUEST_TIMED_OUT")},
    {"SECURITY_CHALLENGE",
     QT_TRANSLATE_NOOP3("ErrorCatalog",
                        "The request was stopped by a security challenge at the provider's edge; it did not reach "
                        "the API.",
                        "SECURITY_CHALLENGE")},
    {"SERVICE_TEMPORARY_UNAVAILABLE",
     QT_TRANSLATE_NOOP3("ErrorCatalog", "The service is temporarily unavailable. Try again later.",
                        "SERVICE_TEMPORARY_UNAVAILABLE")},
};

} // namespace

namespace ZenlayerErrors {

ErrorTable table()
{
    return kEntries;
}

} // namespace ZenlayerErrors

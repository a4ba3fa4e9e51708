#include "ProviderError.h"

ProviderError ProviderError::api(const QString& code, const QString& message, const QString& requestId, int httpStatus)
{
    ProviderError e;
    e.kind = Kind::Api;
    e.code = code;
    e.message = message;
    e.requestId = requestId;
    e.httpStatus = httpStatus;
    return e;
}

ProviderError ProviderError::local(const QString& code, const QString& message)
{
    ProviderError e;
    e.kind = Kind::Local;
    e.code = code;
    e.message = message;
    return e;
}

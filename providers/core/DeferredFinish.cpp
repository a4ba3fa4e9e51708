#include "DeferredFinish.h"

void finishLater(ProviderReply* reply, const ProviderError& error, const QString& requestId)
{
    QMetaObject::invokeMethod(
        reply, [reply, error, requestId] { reply->finish(error, requestId); }, Qt::QueuedConnection);
}

#include "Provider.h"

void ProviderReply::finish(const ProviderError& error, const QString& requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_requestId = requestId.isEmpty() ? error.requestId : requestId;
    emit finished();
    deleteLater();
}

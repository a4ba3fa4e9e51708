#include "ReplyDecoder.h"

#include <QNetworkAccessManager>

ReplyDecoder::ReplyDecoder(QObject* network)
    : QObject(network)
{
    m_thread.setMaxThreadCount(1); // one thread: the replies in the order they came
}

ReplyDecoder::~ReplyDecoder()
{
    m_thread.waitForDone(); // what it posts to this object meanwhile is dropped with it
}

ReplyDecoder* ReplyDecoder::of(QNetworkAccessManager& network)
{
    if (auto* decoder = network.findChild<ReplyDecoder*>(QString(), Qt::FindDirectChildrenOnly))
        return decoder;
    return new ReplyDecoder(&network);
}

void ReplyDecoder::decode(ApiCall::Decode decode, WireReply reply, QPointer<QObject> caller, Done done)
{
    m_thread.start([this, decode = std::move(decode), reply = std::move(reply), caller = std::move(caller),
                    done = std::move(done)] {
        QJsonObject result;
        const ProviderError error = decode(reply, &result);
        // This object outlives the task (its destructor waits for it); the caller is looked at on
        // this object's thread only.
        QMetaObject::invokeMethod(
            this,
            [caller, done, error, result] {
                if (caller)
                    done(error, result);
            },
            Qt::QueuedConnection);
    });
}

#include "CallSequence.h"

#include "ApiCall.h"
#include "DeferredFinish.h"
#include "Provider.h"

#include <memory>

namespace CallSequence {

void run(ProviderReply* reply, QList<MakeCall> calls, Take take)
{
    if (calls.isEmpty()) {
        finishLater(reply);
        return;
    }
    // Each pending call's slot holds the only strong reference to the step function, so nothing
    // outlives the sequence when a reply is abandoned.
    auto step = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakStep = step;
    *step = [reply, calls = std::move(calls), take = std::move(take), weakStep](int index) {
        auto self = weakStep.lock();
        ApiCall* c = calls[index]();
        QObject::connect(c, &ApiCall::finished, reply,
                         [reply, take, self, index, count = int(calls.size())](const ProviderError& error,
                                                                               const QJsonObject& response) {
                             if (error.isError()) {
                                 reply->finish(error);
                                 return;
                             }
                             take(response);
                             if (index + 1 < count)
                                 (*self)(index + 1);
                             else
                                 reply->finish(error);
                         });
        c->start();
    };
    (*step)(0);
}

} // namespace CallSequence

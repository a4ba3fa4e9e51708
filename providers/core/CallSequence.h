#pragma once

#include <QJsonObject>
#include <QList>

#include <functional>

class ApiCall;
class ProviderReply;

// Sends the calls of one provider reply one after the other (pages, batches): each response goes
// to `take`; the first error, or the last response, finishes the reply. Once the reply is gone
// (abandoned by its owner), nothing more is sent.
namespace CallSequence {

using MakeCall = std::function<ApiCall*()>; // builds the next call; it is started here
using Take = std::function<void(const QJsonObject& response)>;

void run(ProviderReply* reply, QList<MakeCall> calls, Take take);

} // namespace CallSequence

#pragma once

#include "ApiCall.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

class QNetworkAccessManager;

// Decodes the replies of reads on a thread of its own, one per network (an account's), in the order
// they come. Parsing a page of 100 instances' JSON took 2–3 ms of the UI thread, a thousand times in
// a listing of 100,000 (bench_console). A dialect's decode is a pure function of the reply, so it may
// run anywhere; what is done with its result stays on the caller's thread.
class ReplyDecoder : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ProviderError& error, const QJsonObject& result)>;

    // The network's decoder, made on first use as a child of the network.
    static ReplyDecoder* of(QNetworkAccessManager& network);
    ~ReplyDecoder() override; // waits for a decode under way

    // Runs `decode` on the decoder's thread, then `done` on this object's thread, unless `caller` is
    // gone by then.
    void decode(ApiCall::Decode decode, WireReply reply, QPointer<QObject> caller, Done done);

private:
    explicit ReplyDecoder(QObject* network);

    QThreadPool m_thread;
};

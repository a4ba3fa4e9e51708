#include "HttpReply.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

void deliver(QHttpServerResponder& responder, const HttpReply& reply, const QDateTime& date)
{
    QTcpSocket* socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (reply.abortConnection) {
        socket->abort();
        return;
    }
    // Every reply says the server's time, as real servers do: clients read their clock skew from it.
    responder.write(reply.body, {{"Content-Type"_ba, reply.contentType}, {"Date"_ba, httpDate(date)}},
                    static_cast<QHttpServerResponder::StatusCode>(reply.status));
    // Out now, as a real server's reply leaves: a socket writes its buffer only when the event loop
    // comes back to it, after every other request that arrived together has been answered, so each
    // reply would wait for the slowest of them.
    socket->flush();
}

} // namespace

HttpReply HttpReply::json(const QJsonObject& object)
{
    return HttpReply{200, "application/json"_ba, QJsonDocument(object).toJson(QJsonDocument::Compact), false};
}

HttpReply HttpReply::text(int status, const QByteArray& body)
{
    return HttpReply{status, "text/plain; charset=utf-8"_ba, body, false};
}

HttpReply HttpReply::dropped()
{
    return HttpReply{0, {}, {}, true};
}

HttpReply HttpReply::http500()
{
    return text(500, "500 Internal Server Error\n"_ba);
}

HttpReply HttpReply::garbage()
{
    // What a misbehaving gateway answers: HTTP 200, but an HTML page instead of JSON.
    return HttpReply{200, "text/html; charset=utf-8"_ba,
                     "<html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>"_ba, false};
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

void sendReply(QHttpServerResponder&& responder, const HttpReply& reply, int delayMs, const QDateTime& now,
               QObject* context)
{
    if (delayMs <= 0) {
        deliver(responder, reply, now);
        return;
    }
    const QDateTime date = now.addMSecs(delayMs);
    // The responder outlives this call; the socket may not, hence the guard.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, context, [held, socket, reply, date] {
        if (socket)
            deliver(*held, reply, date);
    });
}

} // namespace emulator

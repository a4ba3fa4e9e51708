#pragma once

#include <QByteArray>
#include <QJsonObject>

class QHttpServerResponder;
class QObject;

namespace emulator {

// What goes back on the wire for one request, decided before it is sent, so that a fault can
// delay it or replace it by a dropped connection. Shared by every dialect's endpoint.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool abortConnection = false; // close the connection without sending a byte

    static HttpReply json(const QJsonObject& object);
    static HttpReply text(int status, const QByteArray& body);
    static HttpReply dropped();
    // The gateway failures of the fault plan.
    static HttpReply http500();
    static HttpReply garbage();
};

// Sends a reply now or after `delayMs`. A connection the client closed meanwhile is left alone.
void sendReply(QHttpServerResponder&& responder, const HttpReply& reply, int delayMs, QObject* context);

} // namespace emulator

#pragma once

#include <QByteArray>
#include <QDateTime>
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

// An HTTP Date header value (IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& time);

// Sends a reply now or after `delayMs`, with a Date header saying the server's time `now` (plus the
// delay). A connection the client closed meanwhile is left alone.
void sendReply(QHttpServerResponder&& responder, const HttpReply& reply, int delayMs, const QDateTime& now,
               QObject* context);

} // namespace emulator

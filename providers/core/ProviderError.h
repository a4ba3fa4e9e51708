#pragma once

#include <QMetaType>
#include <QString>

// What went wrong with one call, as precisely as it is known.
struct ProviderError
{
    enum class Kind {
        None,
        Api, // the provider answered with an error code
        Network, // the transport failed (refused, closed, TLS, ...)
        Timeout, // no reply in time
        BadReply, // a reply that is not the provider's envelope (garbage, unexpected status)
        Local, // refused by the console itself before anything was sent
    };
    // Whether retrying can help, as the dialect judges the reply.
    enum class Retry {
        No,
        Throttled, // the provider refused because of its rate limit; nothing happened
        Transient, // a passing failure (internal error, unavailable, transport)
    };

    Kind kind = Kind::None;
    QString code; // provider code ("UnsupportedOperation.InstancesProtected") or a console code ("Network.Timeout")
    QString message; // the server's own message, or the transport's
    QString requestId;
    int httpStatus = 0;
    Retry retry = Retry::No;
    // False when a destructive call may or may not have been applied (reply lost, connection
    // dropped, server-side internal error). Such a call is never resent blind.
    bool outcomeKnown = true;
    // What the console found out about the failure, already translated: how far the clock is off,
    // which certificate was refused, which proxy failed. Shown after the code's text.
    QString context;

    bool isError() const { return kind != Kind::None; }

    static ProviderError api(const QString& code, const QString& message, const QString& requestId,
                             int httpStatus = 200);
    static ProviderError local(const QString& code, const QString& message = {});
};

Q_DECLARE_METATYPE(ProviderError)

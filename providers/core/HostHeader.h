#pragma once

#include <QByteArray>

class QUrl;

// The Host header of a request to `url`: the host name, with ":port" when the URL names a port
// other than its scheme's default, as Qt itself writes it. Signatures that cover the Host header
// sign this value and the clients send it explicitly, so what is signed is what goes on the wire
// (a mismatch behind a non-default port is a signature failure the server cannot explain).
QByteArray hostHeaderFor(const QUrl& url);

#pragma once

#include "ProviderError.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

struct CallEnvironment;

// Which certificate authorities a connection trusts: the system's, plus an extra CA an account
// names (a network that inspects TLS with its own CA, a private endpoint). Verification itself is
// never relaxed: peers are always verified, and no error is ever ignored.
namespace TlsTrust {

// Larger files are refused unread: a CA bundle is a few hundred kilobytes at most.
constexpr qint64 MaxCaFileBytes = 4 * 1024 * 1024;

// The PEM certificates of `path`. On failure the error is a local one with a console code
// (Teardown.CaFileMissing, Teardown.CaFileUnreadable, Teardown.CaFileInvalid) and the path as its
// context.
ProviderError loadCaFile(const QString& path, QList<QSslCertificate>* certificates);

// The default configuration with the system CAs kept and `extraCas` added; peers verified.
QSslConfiguration configurationWith(const QList<QSslCertificate>& extraCas);

// Sets environment->tls from the CA file (an empty path leaves it as it is: the system store).
// Returns the refusal's console code, or an empty string.
QString apply(const QString& caFile, CallEnvironment* environment);

// Why a TLS handshake failed, as a console code (Network.TlsUntrusted, Network.TlsHostMismatch,
// Network.TlsExpired, or Network.Tls for anything else), and the refused certificate, translated
// ("Certificate: <subject>, SHA-256 <fingerprint>"), empty when no certificate is known.
struct Refusal
{
    QString code;
    QString context;
};
Refusal refusalFor(const QList<QSslError>& errors);

// "CN, O" of the certificate's subject, and its SHA-256 fingerprint as colon-separated hex.
QString subjectOf(const QSslCertificate& certificate);
QString fingerprintOf(const QSslCertificate& certificate);

} // namespace TlsTrust

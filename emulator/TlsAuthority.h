#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace emulator {

// A certificate with its private key: what a TLS server presents.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// A throwaway certificate authority, made fresh in memory: the emulator's HTTPS certificate is
// signed by it, and a client trusts the emulator only when it is given ca.pem. It can also issue
// the certificates the tests need to see refused (expired, or for another host).
class TlsAuthority
{
public:
    struct LeafRequest
    {
        QString commonName;
        QStringList dnsNames;
        QList<QHostAddress> addresses;
        QDateTime notBefore;
        QDateTime notAfter;
    };

    TlsAuthority();
    ~TlsAuthority();
    TlsAuthority(const TlsAuthority&) = delete;
    TlsAuthority& operator=(const TlsAuthority&) = delete;

    // False when OpenSSL could not make the key or the certificate; error() says why.
    bool isValid() const { return !m_ca.isNull(); }
    QString error() const { return m_error; }

    QSslCertificate certificate() const { return m_ca.certificate; }
    QByteArray certificatePem() const { return m_ca.certificate.toPem(); }
    // Writes the CA certificate (PEM) to `path`, creating its directory.
    bool writeCertificate(const QString& path, QString* error) const;

    TlsIdentity issue(const LeafRequest& request);
    // For 127.0.0.1 and localhost, valid from a day ago for 30 days.
    TlsIdentity loopbackLeaf();
    // For 127.0.0.1 and localhost, but its validity ended yesterday.
    TlsIdentity expiredLoopbackLeaf();
    // For another host name only: a client connecting to 127.0.0.1 sees a host-name mismatch.
    TlsIdentity leafFor(const QString& hostName);

private:
    TlsIdentity m_ca;
    QString m_error;
    long m_nextSerial = 2;
};

} // namespace emulator

#include "TlsAuthority.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace emulator {

namespace {

// OpenSSL objects owned the C++ way.
struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

const QString kOrganisation = u"Teardown Console emulator"_s;

QString openSslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return u"%1 failed: %2"_s.arg(QLatin1StringView(what), QString::fromLatin1(text));
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QByteArray keyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    return drain(bio.get());
}

QByteArray certificatePem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return QByteArray();
    return drain(bio.get());
}

KeyPtr readKey(const QSslKey& key)
{
    const QByteArray pem = key.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

CertPtr readCertificate(const QSslCertificate& certificate)
{
    const QByteArray pem = certificate.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray cn = commonName.toUtf8();
    const QByteArray org = kOrganisation.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(org.constData()),
                                      -1, -1, 0)
        == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                      -1, -1, 0)
        == 1;
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

struct CertificateSpec
{
    QString commonName;
    long serial = 1;
    QDateTime notBefore;
    QDateTime notAfter;
    bool authority = false;
    QByteArray subjectAltName; // "IP:127.0.0.1,DNS:localhost"
};

// Makes a P-256 key and a certificate for it, signed by `issuerKey` (or by itself for the CA).
TlsIdentity makeIdentity(const CertificateSpec& spec, X509* issuer, EVP_PKEY* issuerKey, QString* error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr cert(X509_new());
    if (!key || !cert) {
        *error = openSslError("key generation");
        return TlsIdentity();
    }
    X509* signer = issuer ? issuer : cert.get();
    EVP_PKEY* signingKey = issuerKey ? issuerKey : key.get();
    bool ok = X509_set_version(cert.get(), 2) == 1
        && ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), spec.serial) == 1
        && ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(spec.notBefore.toSecsSinceEpoch())) != nullptr
        && ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(spec.notAfter.toSecsSinceEpoch())) != nullptr
        && X509_set_pubkey(cert.get(), key.get()) == 1 && setName(X509_get_subject_name(cert.get()), spec.commonName)
        && X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) == 1
        && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (spec.authority) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always")
            && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature")
            && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
            && addExtension(cert.get(), signer, NID_subject_alt_name, spec.subjectAltName);
    }
    ok = ok && X509_sign(cert.get(), signingKey, EVP_sha256()) > 0;
    if (!ok) {
        *error = openSslError("certificate");
        return TlsIdentity();
    }
    TlsIdentity identity;
    identity.certificate = QSslCertificate(certificatePem(cert.get()), QSsl::Pem);
    identity.key = QSslKey(keyPem(key.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (identity.isNull())
        *error = u"the generated certificate or key could not be read back"_s;
    return identity;
}

} // namespace

TlsAuthority::TlsAuthority()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateSpec spec;
    spec.commonName = u"Teardown emulator CA %1"_s.arg(now.toString(u"yyyy-MM-dd hh:mm:ss"_s));
    spec.serial = 1;
    spec.notBefore = now.addDays(-1);
    spec.notAfter = now.addDays(365);
    spec.authority = true;
    m_ca = makeIdentity(spec, nullptr, nullptr, &m_error);
}

TlsAuthority::~TlsAuthority() = default;

bool TlsAuthority::writeCertificate(const QString& path, QString* error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the directory of %1"_s.arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificatePem()) < 0 || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

TlsIdentity TlsAuthority::issue(const LeafRequest& request)
{
    if (!isValid())
        return TlsIdentity();
    QStringList names;
    for (const QHostAddress& address : request.addresses)
        names << u"IP:"_s + address.toString();
    for (const QString& dns : request.dnsNames)
        names << u"DNS:"_s + dns;
    CertificateSpec spec;
    spec.commonName = request.commonName;
    spec.serial = m_nextSerial++;
    spec.notBefore = request.notBefore;
    spec.notAfter = request.notAfter;
    spec.subjectAltName = names.join(u',').toUtf8();
    const KeyPtr caKey = readKey(m_ca.key);
    const CertPtr caCert = readCertificate(m_ca.certificate);
    if (!caKey || !caCert) {
        m_error = u"the authority's own key could not be read"_s;
        return TlsIdentity();
    }
    return makeIdentity(spec, caCert.get(), caKey.get(), &m_error);
}

TlsIdentity TlsAuthority::loopbackLeaf()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return issue(
        {u"localhost"_s, {u"localhost"_s}, {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1), now.addDays(30)});
}

TlsIdentity TlsAuthority::expiredLoopbackLeaf()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return issue(
        {u"localhost"_s, {u"localhost"_s}, {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-30), now.addDays(-1)});
}

TlsIdentity TlsAuthority::leafFor(const QString& hostName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return issue({hostName, {hostName}, {}, now.addDays(-1), now.addDays(30)});
}

} // namespace emulator

#include "TlsTrust.h"

#include "ApiCall.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)
};

ProviderError caFileError(const QString& code, const QString& path, const QString& detail = {})
{
    ProviderError error = ProviderError::local(code, detail);
    error.context = Text::tr("File: %1").arg(QDir::toNativeSeparators(path));
    return error;
}

bool isAnyOf(QSslError::SslError error, std::initializer_list<QSslError::SslError> kinds)
{
    return std::find(kinds.begin(), kinds.end(), error) != kinds.end();
}

} // namespace

namespace TlsTrust {

ProviderError loadCaFile(const QString& path, QList<QSslCertificate>* certificates)
{
    const QFileInfo info(path);
    if (!info.exists())
        return caFileError(u"Teardown.CaFileMissing"_s, path);
    if (!info.isFile())
        return caFileError(u"Teardown.CaFileUnreadable"_s, path, Text::tr("It is not a file."));
    if (info.size() > MaxCaFileBytes)
        return caFileError(u"Teardown.CaFileInvalid"_s, path,
                           Text::tr("It is larger than %1 MB.").arg(MaxCaFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return caFileError(u"Teardown.CaFileUnreadable"_s, path, file.errorString());
    const QByteArray data = file.read(MaxCaFileBytes + 1);
    if (data.size() > MaxCaFileBytes)
        return caFileError(u"Teardown.CaFileInvalid"_s, path,
                           Text::tr("It is larger than %1 MB.").arg(MaxCaFileBytes / (1024 * 1024)));
    QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    found.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    if (found.isEmpty())
        return caFileError(u"Teardown.CaFileInvalid"_s, path);
    *certificates = found;
    return {};
}

QSslConfiguration configurationWith(const QList<QSslCertificate>& extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Adding a CA ends Qt's on-demand loading of the system store, so the system CAs are listed
    // explicitly: the extra CA is trusted in addition to them, never instead.
    QList<QSslCertificate> cas = configuration.caCertificates();
    if (cas.isEmpty())
        cas = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate& extra : extraCas) {
        if (!cas.contains(extra))
            cas << extra;
    }
    configuration.setCaCertificates(cas);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QString apply(const QString& caFile, CallEnvironment* environment)
{
    if (caFile.isEmpty())
        return {};
    QList<QSslCertificate> extra;
    if (const ProviderError error = loadCaFile(caFile, &extra); error.isError())
        return error.code;
    environment->tls = configurationWith(extra);
    return {};
}

Refusal refusalFor(const QList<QSslError>& errors)
{
    using E = QSslError;
    const auto has = [&](std::initializer_list<E::SslError> kinds) {
        return std::find_if(errors.begin(), errors.end(),
                            [&](const QSslError& e) { return isAnyOf(e.error(), kinds); });
    };
    // The order matters when several apply: an untrusted certificate says nothing about its host
    // or dates, so that is what the operator must hear first.
    auto it = has({E::UnableToGetLocalIssuerCertificate, E::UnableToGetIssuerCertificate,
                   E::UnableToVerifyFirstCertificate, E::SelfSignedCertificate, E::SelfSignedCertificateInChain,
                   E::CertificateUntrusted, E::CertificateRejected, E::InvalidCaCertificate});
    QString code = u"Network.TlsUntrusted"_s;
    if (it == errors.end()) {
        it = has({E::HostNameMismatch});
        code = u"Network.TlsHostMismatch"_s;
    }
    if (it == errors.end()) {
        it = has({E::CertificateExpired, E::CertificateNotYetValid});
        code = u"Network.TlsExpired"_s;
    }
    if (it == errors.end()) {
        it = errors.begin();
        code = u"Network.Tls"_s;
    }
    Refusal refusal{code, {}};
    // The certificate the error is about; the server's own when the error names none.
    QSslCertificate certificate = it != errors.end() ? it->certificate() : QSslCertificate();
    for (auto e = errors.begin(); certificate.isNull() && e != errors.end(); ++e)
        certificate = e->certificate();
    if (!certificate.isNull())
        refusal.context =
            Text::tr("Certificate: %1, SHA-256 %2").arg(subjectOf(certificate), fingerprintOf(certificate));
    return refusal;
}

QString subjectOf(const QSslCertificate& certificate)
{
    QStringList parts;
    for (const auto field : {QSslCertificate::CommonName, QSslCertificate::Organization})
        parts << certificate.subjectInfo(field);
    parts.removeAll(QString());
    if (parts.isEmpty())
        parts << certificate.subjectDisplayName();
    return parts.join(u", "_s);
}

QString fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace TlsTrust

// Trust in the server's certificate, over real TLS on loopback: the emulator serves HTTPS with a
// certificate from a throwaway CA; the client trusts it only when the account names that CA, and
// otherwise refuses before anything is sent, naming the certificate it refused.

#include "EmulatorFixture.h"

#include "ErrorCatalog.h"
#include "TlsAuthority.h"
#include "TlsTrust.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kRegion = u"ap-guangzhou"_s;

// A Tencent account on an HTTPS emulator presenting `leaf`; `caFile` empty: the system store only.
class TlsSandbox : public fixture::Sandbox
{
public:
    explicit TlsSandbox(const emulator::TlsIdentity& leaf)
        : Sandbox(withTls(leaf))
    {
        useFleet({fixture::instance(u"ins-tls00001"_s)});
    }

    // Opens the account again, trusting `caFile` in addition to the system's CAs.
    QString reopen(const QString& caFile)
    {
        account.network.caFile = caFile;
        QString refusal;
        provider = ProviderFactory::create(account, {account.keyId, u"sandbox-secret-key"_s}, environment, &refusal);
        if (provider)
            directory.add(provider);
        return refusal;
    }

    ProviderError terminate(const QString& id)
    {
        PlannedCall call;
        call.accountId = account.id;
        call.region = kRegion;
        call.action = u"TerminateInstances"_s;
        call.instanceIds = {id};
        ProviderError error;
        bool finished = false;
        ActionReply* reply = provider->execute(call);
        QObject::connect(reply, &ProviderReply::finished, reply, [&] {
            error = reply->error();
            finished = true;
        });
        fixture::waitUntil([&] { return finished; });
        return error;
    }

private:
    static emulator::Options withTls(const emulator::TlsIdentity& leaf)
    {
        emulator::Options options = fixture::fastOptions();
        options.tls = leaf;
        return options;
    }
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace

class TlsTrustTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndReturnsWithTheAccountsCa();
    void refusesAnUntrustedCertificateAndSendsNothing();
    void refusesACertificateForAnotherHost();
    void refusesAnExpiredCertificate();
    void badCaFilesAreRefusedWithAClearError_data();
    void badCaFilesAreRefusedWithAClearError();
    void theExtraCaIsAddedToTheSystemStore();

private:
    std::unique_ptr<emulator::TlsAuthority> m_authority;
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TlsTrustTest::initTestCase()
{
    m_authority = std::make_unique<emulator::TlsAuthority>();
    QVERIFY2(m_authority->isValid(), qPrintable(m_authority->error()));
    QString error;
    m_caFile = m_dir.filePath(u"ca.pem"_s);
    QVERIFY2(m_authority->writeCertificate(m_caFile, &error), qPrintable(error));
}

void TlsTrustTest::listsAndReturnsWithTheAccountsCa()
{
    TlsSandbox s(m_authority->loopbackLeaf());
    QVERIFY(s.listening);
    QCOMPARE(s.emu.url().scheme(), u"https"_s);
    QCOMPARE(s.reopen(m_caFile), QString());

    const QList<Instance> listed = s.list(kRegion);
    QVERIFY2(!s.lastError.isError(), qPrintable(ErrorCatalog::describe(s.lastError)));
    QCOMPARE(listed.size(), 1);

    const ProviderError error = s.terminate(u"ins-tls00001"_s);
    QVERIFY2(!error.isError(), qPrintable(ErrorCatalog::describe(error)));
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 1);
}

void TlsTrustTest::refusesAnUntrustedCertificateAndSendsNothing()
{
    const emulator::TlsIdentity leaf = m_authority->loopbackLeaf();
    TlsSandbox s(leaf); // opened without the CA: the system store only
    QVERIFY(s.provider);

    const ProviderError error = s.terminate(u"ins-tls00001"_s);
    QCOMPARE(error.code, u"Network.TlsUntrusted"_s);
    QVERIFY(error.outcomeKnown); // the handshake failed: nothing was sent
    const QString described = ErrorCatalog::describe(error);
    QVERIFY2(described.contains(u"localhost, Teardown Console emulator"_s), qPrintable(described));
    QVERIFY2(described.contains(TlsTrust::fingerprintOf(leaf.certificate)), qPrintable(described));
    QVERIFY2(described.contains(u"--ca-file"_s), qPrintable(described)); // the advice
    static const QRegularExpression fingerprint(u"SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}"_s);
    QVERIFY2(fingerprint.match(described).hasMatch(), qPrintable(described));

    s.list(kRegion);
    QCOMPARE(s.lastError.code, u"Network.TlsUntrusted"_s);
    QCOMPARE(s.emu.callCount(u"TerminateInstances"_s), 0);
    QVERIFY(s.emu.callLog().isEmpty()); // not a single call reached the server
    QCOMPARE(s.fleet().find(u"ins-tls00001"_s)->instanceState, u"RUNNING"_s);
}

void TlsTrustTest::refusesACertificateForAnotherHost()
{
    const emulator::TlsIdentity leaf = m_authority->leafFor(u"api.example.net"_s);
    TlsSandbox s(leaf);
    QCOMPARE(s.reopen(m_caFile), QString());

    const ProviderError error = s.terminate(u"ins-tls00001"_s);
    QCOMPARE(error.code, u"Network.TlsHostMismatch"_s);
    const QString described = ErrorCatalog::describe(error);
    QVERIFY2(described.contains(u"api.example.net"_s), qPrintable(described));
    QVERIFY2(described.contains(TlsTrust::fingerprintOf(leaf.certificate)), qPrintable(described));
    QVERIFY(s.emu.callLog().isEmpty());
}

void TlsTrustTest::refusesAnExpiredCertificate()
{
    const emulator::TlsIdentity leaf = m_authority->expiredLoopbackLeaf();
    TlsSandbox s(leaf);
    QCOMPARE(s.reopen(m_caFile), QString());

    s.list(kRegion);
    QCOMPARE(s.lastError.code, u"Network.TlsExpired"_s);
    const QString described = ErrorCatalog::describe(s.lastError);
    QVERIFY2(described.contains(TlsTrust::fingerprintOf(leaf.certificate)), qPrintable(described));
    QVERIFY(s.emu.callLog().isEmpty());
}

void TlsTrustTest::badCaFilesAreRefusedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("content"); // written to the file; "<missing>" and "<dir>" are special
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QByteArray("<missing>") << u"Teardown.CaFileMissing"_s;
    QTest::newRow("a directory") << QByteArray("<dir>") << u"Teardown.CaFileUnreadable"_s;
    QTest::newRow("empty") << QByteArray() << u"Teardown.CaFileInvalid"_s;
    QTest::newRow("garbage") << QByteArray("not a certificate\n\x01\x02\xff") << u"Teardown.CaFileInvalid"_s;
    QTest::newRow("a PEM frame around garbage")
        << QByteArray("-----BEGIN CERTIFICATE-----\nQUFBQUFBQUFB\n-----END CERTIFICATE-----\n")
        << u"Teardown.CaFileInvalid"_s;
    QTest::newRow("a private key") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
                                   << u"Teardown.CaFileInvalid"_s;
    QTest::newRow("huge") << QByteArray(TlsTrust::MaxCaFileBytes + 1, 'A') << u"Teardown.CaFileInvalid"_s;
}

void TlsTrustTest::badCaFilesAreRefusedWithAClearError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QString path = dir.filePath(u"ca.pem"_s);
    if (content == "<dir>")
        QVERIFY(QDir().mkpath(path));
    else if (content != "<missing>")
        QVERIFY(!writeFile(dir, u"ca.pem"_s, content).isEmpty());

    QList<QSslCertificate> certificates;
    const ProviderError error = TlsTrust::loadCaFile(path, &certificates);
    QCOMPARE(error.code, code);
    QVERIFY(certificates.isEmpty());
    const QString described = ErrorCatalog::describe(error);
    QVERIFY2(described.contains(QDir::toNativeSeparators(path)), qPrintable(described));
    QVERIFY2(!ErrorCatalog::advice(code).isEmpty(), qPrintable(code));

    // The account cannot be opened with it: nothing is sent with a trust that is not what was asked.
    TlsSandbox s(m_authority->loopbackLeaf());
    QCOMPARE(s.reopen(path), code);
}

void TlsTrustTest::theExtraCaIsAddedToTheSystemStore()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(!system.isEmpty());
    const QSslConfiguration configuration = TlsTrust::configurationWith({m_authority->certificate()});
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    const QList<QSslCertificate> trusted = configuration.caCertificates();
    QVERIFY(trusted.contains(m_authority->certificate()));
    for (const QSslCertificate& ca : system)
        QVERIFY(trusted.contains(ca));
}

QTEST_GUILESS_MAIN(TlsTrustTest)
#include "tst_tlstrust.moc"

// The account dialog: each field checked as the operator types, its problem shown under it and
// Save disabled until it is fixed, and what happens when the machine has no keychain (the real
// QtKeychain backend, with no secret service reachable).

#include "AccountEditDialog.h"
#include "ConsoleSession.h"
#include "ErrorCatalog.h"
#include "KeychainCredentialStore.h"
#include "TemporaryCredentialsFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// A SecretId as the reference's official example has it (AKID and 32 letters or digits).
const QString kSecretId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s;
const QString kSecretIdRule = u"A SecretId is AKID followed by 32 letters or digits."_s;
} // namespace

class AccountEditDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void badSecretIdIsShownAtItsFieldUntilFixed();
    void noKeychainOffersThisSessionOnly();
    void proxyFieldsAreCheckedAsTyped();
    void caFileIsChosenWithoutBlocking();
    void sessionTokenIsForTencentOnly();
    void tccliProfileFillsTheForm();
    void hostileTccliFilesChangeNothing_data();
    void hostileTccliFilesChangeNothing();

private:
    QLineEdit* field(AccountEditDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QLabel* problemAt(AccountEditDialog& dialog, const QString& fieldName)
    {
        return dialog.findChild<QLabel*>(fieldName + u"Problem"_s);
    }
    QPushButton* saveButton(AccountEditDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
};

void AccountEditDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<KeychainCredentialStore>(u"teardown-console-test"_s);
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_keychain.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    m_session = std::make_unique<ConsoleSession>(config);
    m_session->start();
}

void AccountEditDialogTest::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
}

void AccountEditDialogTest::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("regions");
    QTest::addColumn<QString>("invalidField"); // the field with the problem; empty: can be saved
    QTest::addColumn<QString>("problem");

    const QString secretId = kSecretId;
    QTest::newRow("complete") << u"Ops"_s << secretId << u"s"_s << QString() << QString() << QString() << QString();
    QTest::newRow("loopback http") << u"Lab"_s << secretId << u"s"_s << u"http://127.0.0.1:8080"_s
                                   << u"ap-guangzhou, ap-shanghai"_s << QString() << QString();
    QTest::newRow("emulator key on loopback")
        << u"Lab"_s << u"AKIDSANDBOX"_s << u"s"_s << u"http://localhost:9"_s << QString() << QString() << QString();
    QTest::newRow("https") << u"Ops"_s << secretId << u"s"_s << u"https://cvm.internal.example"_s << QString()
                           << QString() << QString();
    QTest::newRow("no name") << QString() << secretId << u"s"_s << QString() << QString() << u"name"_s
                             << u"Enter a display name."_s;
    QTest::newRow("no key id") << u"Ops"_s << QString() << u"s"_s << QString() << QString() << u"keyId"_s
                               << u"Enter the key id."_s;
    QTest::newRow("key id with space") << u"Ops"_s << u"AKID 1"_s << u"s"_s << QString() << QString() << u"keyId"_s
                                       << u"The key id cannot contain spaces."_s;
    QTest::newRow("not a SecretId") << u"Ops"_s << u"XYZ123"_s << u"s"_s << QString() << QString() << u"keyId"_s
                                    << kSecretIdRule;
    QTest::newRow("SecretId one short") << u"Ops"_s << secretId.chopped(1) << u"s"_s << QString() << QString()
                                        << u"keyId"_s << kSecretIdRule;
    QTest::newRow("emulator key off loopback")
        << u"Ops"_s << u"AKIDSANDBOX"_s << u"s"_s << QString() << QString() << u"keyId"_s << kSecretIdRule;
    QTest::newRow("no secret") << u"Ops"_s << secretId << QString() << QString() << QString() << u"secret"_s
                               << u"Enter the secret."_s;
    QTest::newRow("plain http off loopback")
        << u"Ops"_s << secretId << u"s"_s << u"http://cvm.example.com"_s << QString() << u"endpoint"_s
        << ErrorCatalog::text(u"Teardown.InsecureEndpoint"_s);
    QTest::newRow("not a url") << u"Ops"_s << secretId << u"s"_s << u"ftp://x.example"_s << QString() << u"endpoint"_s
                               << u"The endpoint is not a valid http(s) URL."_s;
    QTest::newRow("bad region") << u"Ops"_s << secretId << u"s"_s << QString() << u"Guangzhou"_s << u"regions"_s
                                << u"\"Guangzhou\" is not a region id (e.g. ap-guangzhou)."_s;
}

void AccountEditDialogTest::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, endpoint);
    QFETCH(QString, regions);
    QFETCH(QString, invalidField);
    QFETCH(QString, problem);

    AccountEditDialog dialog(*m_session, Account());
    dialog.show();
    QTest::keyClicks(field(dialog, "name"), name);
    QTest::keyClicks(field(dialog, "keyId"), keyId);
    QTest::keyClicks(field(dialog, "secret"), secret);
    QTest::keyClicks(field(dialog, "endpoint"), endpoint);
    QTest::keyClicks(field(dialog, "regions"), regions);

    QCOMPARE(dialog.validationError(), problem);
    QCOMPARE(saveButton(dialog)->isEnabled(), problem.isEmpty());
    QCOMPARE(dialog.findChild<QLabel*>(u"fieldSummary"_s)->isVisible(), !problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY(!dialog.firstInvalidField());
        QCOMPARE(dialog.account().regions, regions.isEmpty() ? QStringList() : regions.split(u", "_s));
        QCOMPARE(dialog.account().keyId, keyId);
        return;
    }

    // The problem belongs to its field. A field typed in shows it at once; one left empty shows
    // it when the operator asks where to go, and gets the focus.
    QLineEdit* invalid = dialog.findChild<QLineEdit*>(invalidField);
    QCOMPARE(dialog.firstInvalidField(), invalid);
    QLabel* label = problemAt(dialog, invalidField);
    QCOMPARE(label->isVisible(), !invalid->text().isEmpty());
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"showFirstProblem"_s), Qt::LeftButton);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), problem);
    QTRY_VERIFY(invalid->hasFocus());
    // Nothing else is marked.
    for (const char* other : {"name", "keyId", "secret", "endpoint", "regions"}) {
        if (QString::fromLatin1(other) != invalidField)
            QVERIFY2(!problemAt(dialog, QString::fromLatin1(other))->isVisible(), other);
    }
}

void AccountEditDialogTest::badSecretIdIsShownAtItsFieldUntilFixed()
{
    AccountEditDialog dialog(*m_session, Account());
    dialog.show();
    QLineEdit* keyId = field(dialog, "keyId");
    QLabel* problem = problemAt(dialog, u"keyId"_s);
    QTest::keyClicks(field(dialog, "name"), u"Ops"_s);
    QTest::keyClicks(field(dialog, "secret"), u"secret"_s);
    QVERIFY(!problem->isVisible()); // not typed in yet: no complaint

    QTest::keyClicks(keyId, u"XYZ123"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), kSecretIdRule);
    // Right under the field it is about.
    QCOMPARE(problem->parentWidget(), keyId->parentWidget());
    QVERIFY(problem->geometry().top() >= keyId->geometry().bottom());
    QVERIFY(!saveButton(dialog)->isEnabled());
    QCOMPARE(keyId->accessibleDescription(), kSecretIdRule);

    // Fixed as it is typed: the message goes, Save comes back.
    keyId->clear();
    QTest::keyClicks(keyId, u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPL"_s); // one short
    QVERIFY(problem->isVisible());
    QVERIFY(!saveButton(dialog)->isEnabled());
    QTest::keyClicks(keyId, u"E"_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(saveButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(u"fieldSummary"_s)->isVisible());

    // Emptied again by the operator: said at once.
    keyId->selectAll();
    QTest::keyClick(keyId, Qt::Key_Delete);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"Enter the key id."_s);
    QVERIFY(!saveButton(dialog)->isEnabled());
}

void AccountEditDialogTest::noKeychainOffersThisSessionOnly()
{
    AccountEditDialog dialog(*m_session, Account());
    dialog.show();
    QTest::keyClicks(field(dialog, "name"), u"Lab"_s);
    QTest::keyClicks(field(dialog, "keyId"), u"AKIDSANDBOX"_s);
    QTest::keyClicks(field(dialog, "secret"), u"sandbox-secret-key"_s);
    QTest::keyClicks(field(dialog, "endpoint"), u"http://127.0.0.1:9"_s);
    QCheckBox* sessionOnly = dialog.findChild<QCheckBox*>(u"sessionOnly"_s);
    QVERIFY(!sessionOnly->isChecked());

    // Save: the keychain is not there. The dialog stays, says so, and offers this session only.
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel*>(u"problem"_s)->text().contains(u"No keychain"_s), 20000);
    QVERIFY(dialog.isVisible());
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(dialog.findChild<QLabel*>(u"keychainNote"_s)->isVisible());
    QVERIFY(m_session->isKeychainUnavailable());

    // Save again: kept in memory for this session; one account, not two.
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Account> accounts = m_session->accounts();
    QCOMPARE(accounts.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(accounts.first().id).state, AccountStatus::State::Open, 20000);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandbox-secret-key"));
}

void AccountEditDialogTest::proxyFieldsAreCheckedAsTyped()
{
    AccountEditDialog dialog(*m_session, Account());
    dialog.show();
    QTest::keyClicks(field(dialog, "name"), u"Behind a proxy"_s);
    QTest::keyClicks(field(dialog, "keyId"), u"AKIDSANDBOX"_s);
    QTest::keyClicks(field(dialog, "secret"), u"sandbox-secret-key"_s);
    QTest::keyClicks(field(dialog, "endpoint"), u"http://127.0.0.1:9"_s);
    QVERIFY(saveButton(dialog)->isEnabled());
    QCOMPARE(dialog.account().network.proxy, NetworkSettings::Proxy::System);
    QVERIFY(!field(dialog, "proxyHost")->isEnabled()); // only for a proxy of the account's own

    auto* proxy = dialog.findChild<QComboBox*>(u"proxy"_s);
    proxy->setCurrentIndex(proxy->findData(int(NetworkSettings::Proxy::Http)));
    QVERIFY(field(dialog, "proxyHost")->isEnabled());
    QVERIFY(!saveButton(dialog)->isEnabled()); // host and port are now required
    QCOMPARE(dialog.validationError(), u"Enter the proxy's host name or address."_s);

    QTest::keyClicks(field(dialog, "proxyHost"), u"http://proxy.corp"_s);
    QVERIFY(problemAt(dialog, u"proxyHost"_s)->isVisible());
    QCOMPARE(problemAt(dialog, u"proxyHost"_s)->text(),
             u"Enter only the host name or address, without a scheme, user or path."_s);
    field(dialog, "proxyHost")->clear();
    QTest::keyClicks(field(dialog, "proxyHost"), u"proxy.corp"_s);
    QVERIFY(!problemAt(dialog, u"proxyHost"_s)->isVisible());

    QTest::keyClicks(field(dialog, "proxyPort"), u"99999"_s);
    QCOMPARE(problemAt(dialog, u"proxyPort"_s)->text(), u"Enter the proxy's port, from 1 to 65535."_s);
    QVERIFY(!saveButton(dialog)->isEnabled());
    field(dialog, "proxyPort")->clear();
    QTest::keyClicks(field(dialog, "proxyPort"), u"3128"_s);

    QTest::keyClicks(field(dialog, "proxyPassword"), u"proxy-pass-9"_s);
    QCOMPARE(field(dialog, "proxyPassword")->echoMode(), QLineEdit::Password);
    QCOMPARE(problemAt(dialog, u"proxyPassword"_s)->text(), u"Enter the user name the password belongs to."_s);
    QTest::keyClicks(field(dialog, "proxyUser"), u"operator"_s);
    QVERIFY(!problemAt(dialog, u"proxyPassword"_s)->isVisible());

    QTest::keyClicks(field(dialog, "caFile"), m_dir->filePath(u"missing.pem"_s));
    QCOMPARE(problemAt(dialog, u"caFile"_s)->text(), u"The file does not exist."_s);
    QVERIFY(!saveButton(dialog)->isEnabled());
    field(dialog, "caFile")->clear();
    QVERIFY(saveButton(dialog)->isEnabled());

    const NetworkSettings network = dialog.account().network;
    QCOMPARE(network.proxy, NetworkSettings::Proxy::Http);
    QCOMPARE(network.proxyHost, u"proxy.corp"_s);
    QCOMPARE(network.proxyPort, quint16(3128));
    QCOMPARE(network.proxyUser, u"operator"_s);
    QCOMPARE(dialog.credentials().proxyPassword, u"proxy-pass-9"_s);

    // Saved: the settings keep the proxy, never its password.
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->accounts().size(), 1, 20000);
    QCOMPARE(m_session->accounts().first().network, network);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("proxy.corp"));
    QVERIFY(!stored.contains("proxy-pass-9"));

    // Back to the system proxy: no password to store.
    proxy->setCurrentIndex(proxy->findData(int(NetworkSettings::Proxy::System)));
    QCOMPARE(dialog.credentials().proxyPassword, QString());
}

void AccountEditDialogTest::caFileIsChosenWithoutBlocking()
{
    QFile pem(m_dir->filePath(u"corp-ca.pem"_s));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\n");
    pem.close();
    AccountEditDialog dialog(*m_session, Account());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"browseCaFile"_s), Qt::LeftButton);
    // The click returned: the file dialog is open, not running a loop of its own.
    auto* chooser = dialog.findChild<QFileDialog*>(u"caFileDialog"_s);
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    chooser->selectFile(pem.fileName());
    static_cast<QDialog*>(chooser)->accept(); // as its Open button does
    QCOMPARE(field(dialog, "caFile")->text(), pem.fileName());
    QVERIFY(!problemAt(dialog, u"caFile"_s)->isVisible());
    QCOMPARE(dialog.account().network.caFile, pem.fileName());

    // A directory is not a certificate file: said so right away.
    field(dialog, "caFile")->setText(m_dir->path());
    QCOMPARE(problemAt(dialog, u"caFile"_s)->text(), u"The file cannot be read."_s);
}

void AccountEditDialogTest::sessionTokenIsForTencentOnly()
{
    Account account;
    account.tokenExpires = QDateTime(QDate(2030, 1, 31), QTime(12, 0), Qt::UTC);
    AccountEditDialog dialog(*m_session, account);
    dialog.show();
    QLineEdit* token = field(dialog, "sessionToken");
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.account().tokenExpires, account.tokenExpires);
    QTest::keyClicks(token, u"tok-123"_s);
    QCOMPARE(dialog.credentials().sessionToken, u"tok-123"_s);

    auto* provider = dialog.findChild<QComboBox*>(u"provider"_s);
    provider->setCurrentIndex(provider->findData(int(Dialect::Zenlayer)));
    QVERIFY(!token->isVisible());
    QVERIFY(dialog.credentials().sessionToken.isEmpty());
    QVERIFY(!dialog.account().tokenExpires.isValid());
}

void AccountEditDialogTest::tccliProfileFillsTheForm()
{
    QFile file(m_dir->filePath(u"sts.credential"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"secretId": "AKIDSANDBOXTEMP", "secretKey": "sandbox-temp-key", "token": "sandbox-session-token",
                  "region": "ap-guangzhou"})");
    file.close();
    AccountEditDialog dialog(*m_session, Account());
    auto* fields = dialog.findChild<TemporaryCredentialsFields*>();
    QVERIFY(fields->importFrom(file.fileName()));
    QCOMPARE(field(dialog, "keyId")->text(), u"AKIDSANDBOXTEMP"_s);
    QCOMPARE(dialog.secret(), u"sandbox-temp-key"_s);
    QCOMPARE(dialog.credentials().sessionToken, u"sandbox-session-token"_s);

    // The button opens a file chooser in ~/.tccli without blocking the form (a home of the test's own).
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", m_dir->path().toUtf8());
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", home); });
    QVERIFY(QDir(m_dir->path()).mkpath(u".tccli"_s));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"importTccli"_s), Qt::LeftButton);
    auto* chooser = dialog.findChild<QFileDialog*>(u"tccliFileDialog"_s);
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    QCOMPARE(chooser->directory().absolutePath(), QDir::home().filePath(u".tccli"_s));
    chooser->reject();
}

void AccountEditDialogTest::hostileTccliFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("secretId=AKID\nsecretKey=x");
    QTest::newRow("an array") << QByteArray(R"(["AKIDSANDBOXTEMP", "key"])");
    QTest::newRow("no key") << QByteArray(R"({"secretId": "AKIDSANDBOXTEMP"})");
    QTest::newRow("numbers") << QByteArray(R"({"secretId": 1, "secretKey": 2})");
    QTest::newRow("control characters") << QByteArray("{\"secretId\": \"AKID\\u0000\\n\", \"secretKey\": \"k\"}");
    QTest::newRow("token object") << QByteArray(R"({"secretId": "AKIDX", "secretKey": "k", "token": {"a": 1}})");
    QTest::newRow("huge") << QByteArray(R"({"secretId": "AKIDX", "secretKey": ")") + QByteArray(200000, 'k')
            + QByteArray(R"("})");
}

void AccountEditDialogTest::hostileTccliFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFile file(m_dir->filePath(u"bad.credential"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Account account;
    account.keyId = u"AKIDSANDBOX"_s;
    AccountEditDialog dialog(*m_session, account);
    auto* fields = dialog.findChild<TemporaryCredentialsFields*>();
    QVERIFY(!fields->importFrom(file.fileName()));
    QVERIFY(!fields->importFrom(m_dir->filePath(u"missing.credential"_s)));
    QCOMPARE(field(dialog, "keyId")->text(), u"AKIDSANDBOX"_s);
    QVERIFY(dialog.secret().isEmpty());
    QVERIFY(dialog.credentials().sessionToken.isEmpty());
    QVERIFY(dialog.findChild<QLabel*>(u"importResult"_s)->text().startsWith(u"Nothing was imported"_s));
}

QTEST_MAIN(AccountEditDialogTest)
#include "tst_accounteditdialog.moc"

// The account dialog offers Zenlayer: its own words for the key pair (AccessKeyId and
// AccessKeyPassword), zones instead of regions, and the API version, defaulting to 2026-02-01;
// each checked as the operator types, its problem shown under it.

#include "AccountEditDialog.h"
#include "ConsoleSession.h"
#include "MemoryCredentialStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class ZenlayerAccountTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void zenlayerFieldsFollowTheProvider();
    void zonesAndVersionAreValidated_data();
    void zonesAndVersionAreValidated();
    void badAccessKeyIdIsShownAtItsFieldUntilFixed();

private:
    QLineEdit* field(AccountEditDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QString labelFor(AccountEditDialog& dialog, QWidget* buddy)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == buddy)
                return label->text();
        }
        return {};
    }
    void chooseZenlayer(AccountEditDialog& dialog)
    {
        auto* provider = dialog.findChild<QComboBox*>(u"provider"_s);
        const int index = provider->findData(int(Dialect::Zenlayer));
        QVERIFY(index >= 0);
        provider->setCurrentIndex(index);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
};

void ZenlayerAccountTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_secrets = std::make_unique<MemoryCredentialStore>();
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_secrets.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    m_session = std::make_unique<ConsoleSession>(config);
    m_session->start();
}

void ZenlayerAccountTest::cleanup()
{
    m_session.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void ZenlayerAccountTest::zenlayerFieldsFollowTheProvider()
{
    AccountEditDialog dialog(*m_session, Account{});
    dialog.show();
    QLineEdit* version = field(dialog, "apiVersion");
    QVERIFY(version);
    QVERIFY(!version->isVisible()); // Tencent has no such setting
    QCOMPARE(labelFor(dialog, field(dialog, "keyId")), u"&Key id (SecretId):"_s);

    chooseZenlayer(dialog);
    QVERIFY(version->isVisible());
    QCOMPARE(labelFor(dialog, field(dialog, "keyId")), u"&AccessKeyId:"_s);
    QCOMPARE(labelFor(dialog, field(dialog, "secret")), u"&AccessKeyPassword:"_s);
    QVERIFY(version->placeholderText().contains(u"2026-02-01"_s));

    QTest::keyClicks(field(dialog, "name"), u"BMC"_s);
    QTest::keyClicks(field(dialog, "keyId"), u"SANDBOXKEY"_s);
    QTest::keyClicks(field(dialog, "secret"), u"sandbox-key-password"_s);
    QCOMPARE(dialog.validationError(), QString());
    Account a = dialog.account();
    QCOMPARE(a.dialect, Dialect::Zenlayer);
    QCOMPARE(a.apiVersion, u"2026-02-01"_s);
    QTest::keyClicks(version, u"2022-11-20"_s);
    QCOMPARE(dialog.account().apiVersion, u"2022-11-20"_s);
    QCOMPARE(dialog.secret(), u"sandbox-key-password"_s);
}

void ZenlayerAccountTest::zonesAndVersionAreValidated_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QString() << QString() << true;
    QTest::newRow("zones") << u"SEL-A, HKG-A"_s << QString() << true;
    QTest::newRow("tencent region") << u"ap-guangzhou"_s << QString() << false;
    QTest::newRow("old version") << QString() << u"2022-11-20"_s << true;
    QTest::newRow("bad version") << QString() << u"2026/02/01"_s << false;
}

void ZenlayerAccountTest::zonesAndVersionAreValidated()
{
    QFETCH(QString, zones);
    QFETCH(QString, version);
    QFETCH(bool, valid);
    AccountEditDialog dialog(*m_session, Account{});
    chooseZenlayer(dialog);
    QTest::keyClicks(field(dialog, "name"), u"BMC"_s);
    QTest::keyClicks(field(dialog, "keyId"), u"SANDBOXKEY"_s);
    QTest::keyClicks(field(dialog, "secret"), u"pw"_s);
    QTest::keyClicks(field(dialog, "regions"), zones);
    QTest::keyClicks(field(dialog, "apiVersion"), version);
    QCOMPARE(dialog.validationError().isEmpty(), valid);
    // The problem shows under the field that has it.
    const QString invalidField = version.contains(u'/') ? u"apiVersion"_s : u"regions"_s;
    QLabel* problem = dialog.findChild<QLabel*>(invalidField + u"Problem"_s);
    QCOMPARE(problem->isVisibleTo(&dialog), !valid);
    if (!valid)
        QCOMPARE(problem->text(), dialog.validationError());
}

void ZenlayerAccountTest::badAccessKeyIdIsShownAtItsFieldUntilFixed()
{
    AccountEditDialog dialog(*m_session, Account{});
    dialog.show();
    chooseZenlayer(dialog);
    QLineEdit* keyId = field(dialog, "keyId");
    QLabel* problem = dialog.findChild<QLabel*>(u"keyIdProblem"_s);
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTest::keyClicks(field(dialog, "name"), u"BMC"_s);
    QTest::keyClicks(field(dialog, "secret"), u"sandbox-key-password"_s);

    QTest::keyClicks(keyId, u"key_id/1"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"An AccessKeyId has 6 to 64 letters, digits and hyphens."_s);
    QCOMPARE(problem->parentWidget(), keyId->parentWidget());
    QVERIFY(!save->isEnabled());
    // A Tencent SecretId's rule is not Zenlayer's: this one is a fine AccessKeyId.
    keyId->clear();
    QTest::keyClicks(keyId, u"AKIDtest-key-id-0001"_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());

    // Back to Tencent, the same id is no SecretId, said in Tencent's words.
    auto* provider = dialog.findChild<QComboBox*>(u"provider"_s);
    provider->setCurrentIndex(provider->findData(int(Dialect::TencentApi3)));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"A SecretId is AKID followed by 32 letters or digits."_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!field(dialog, "apiVersion")->isVisible());
}

QTEST_MAIN(ZenlayerAccountTest)
#include "tst_zenlayeraccount.moc"

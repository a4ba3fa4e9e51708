// The accounts list: the marks and state come first, and temporary credentials about to run out
// (or run out) carry a warning, in English and Chinese, following a language switch.
#include "AccountsDialog.h"
#include "ConsoleSession.h"
#include "MemoryCredentialStore.h"
#include "TranslationLoader.h"

#include <QEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class AccountsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expiringCredentialsAreMarked();

private:
    void addAccount(const QString& name, const QDateTime& tokenExpires);
    QTreeWidgetItem* row(AccountsDialog& dialog, const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ConsoleSession> m_session;
    TranslationLoader m_translations;
};

void AccountsDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    ConsoleSession::Config config;
    config.settings = m_settings.get();
    config.keychain = m_keychain.get();
    config.historyPath = m_dir->filePath(u"history.sqlite"_s);
    config.allowSandbox = false;
    m_session = std::make_unique<ConsoleSession>(config);
    m_session->start();
    QVERIFY(m_translations.apply(u"en"_s));
}

void AccountsDialogTest::cleanup()
{
    m_translations.apply(u"en"_s);
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
}

void AccountsDialogTest::addAccount(const QString& name, const QDateTime& tokenExpires)
{
    Account account;
    account.name = name;
    account.keyId = u"AKIDSANDBOXTEMP"_s;
    account.endpoint = QUrl(u"http://127.0.0.1:9"_s); // never reached: nothing is listed here
    account.tokenExpires = tokenExpires;
    bool saved = false;
    QObject context;
    m_session->saveAccount(account, {account.keyId, u"k"_s, u"t"_s}, false, &context,
                           [&](const SecretResult&) { saved = true; });
    QTRY_VERIFY(saved);
}

QTreeWidgetItem* AccountsDialogTest::row(AccountsDialog& dialog, const QString& name) const
{
    auto* list = dialog.findChild<QTreeWidget*>(u"accountList"_s);
    const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly, 0);
    return found.size() == 1 ? found.first() : nullptr;
}

void AccountsDialogTest::expiringCredentialsAreMarked()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addAccount(u"STS soon"_s, now.addSecs(25 * 60 - 30));
    addAccount(u"STS over"_s, now.addSecs(-600));
    addAccount(u"STS later"_s, now.addDays(3));
    addAccount(u"Permanent"_s, {});

    AccountsDialog dialog(*m_session);
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(u"accountList"_s);
    QCOMPARE(list->headerItem()->text(1), u"Marks"_s);
    QCOMPARE(list->headerItem()->text(2), u"State"_s);

    const int marks = 1;
    QVERIFY(row(dialog, u"STS soon"_s));
    QCOMPARE(row(dialog, u"STS soon"_s)->text(marks), u"temporary credentials expire in 25 min"_s);
    QVERIFY(!row(dialog, u"STS soon"_s)->icon(marks).isNull());
    QVERIFY(row(dialog, u"STS soon"_s)->toolTip(marks).contains(u"Get new temporary credentials"_s));
    QCOMPARE(row(dialog, u"STS over"_s)->text(marks), u"temporary credentials expired"_s);
    QVERIFY(!row(dialog, u"STS over"_s)->icon(marks).isNull());
    QVERIFY(row(dialog, u"STS later"_s)->text(marks).startsWith(u"temporary credentials expire "_s));
    QVERIFY(row(dialog, u"STS later"_s)->icon(marks).isNull());
    QCOMPARE(row(dialog, u"Permanent"_s)->text(marks), QString());
    QVERIFY(row(dialog, u"Permanent"_s)->icon(marks).isNull());

    // Switched to Chinese while open: the marks follow.
    QVERIFY(m_translations.apply(u"zh_CN"_s));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &change);
    QCOMPARE(list->headerItem()->text(marks), u"标记"_s);
    const QString soon = row(dialog, u"STS soon"_s)->text(marks);
    QVERIFY2(soon.contains(u"25"_s) && soon.contains(u"临时"_s), qPrintable(soon));
    QVERIFY(!row(dialog, u"STS soon"_s)->icon(marks).isNull());
    QVERIFY2(row(dialog, u"STS over"_s)->text(marks).contains(u"已过期"_s),
             qPrintable(row(dialog, u"STS over"_s)->text(marks)));
}

QTEST_MAIN(AccountsDialogTest)
#include "tst_accountsdialog.moc"

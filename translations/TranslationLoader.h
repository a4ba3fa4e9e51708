#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

// Installs the application's translation and Qt's own (qtbase) for one language, replacing the
// previously installed pair, so the language can change at runtime.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // "en" or "zh_CN". Returns false (and leaves English) when the language is not shipped.
    bool apply(const QString& language);
    QString language() const { return m_language; }

    static QStringList availableLanguages(); // {"en", "zh_CN"}
    // The shipped language closest to a locale: zh_* → zh_CN, everything else → en.
    static QString languageFor(const QLocale& locale);
    // The X-TC-Language style tag for a shipped language: zh_CN → zh-CN, en → en-US.
    static QString apiLanguageTag(const QString& language);

private:
    void removeInstalled();

    QString m_language;
    QTranslator* m_app = nullptr;
    QTranslator* m_qtbase = nullptr;
};

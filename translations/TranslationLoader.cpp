#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString TranslationLoader::languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString TranslationLoader::apiLanguageTag(const QString& language)
{
    return language.startsWith(u"zh"_s) ? u"zh-CN"_s : u"en-US"_s;
}

void TranslationLoader::removeInstalled()
{
    for (QTranslator** translator : {&m_app, &m_qtbase}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool TranslationLoader::apply(const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeInstalled();
    m_language = language;
    // Dates and numbers follow the chosen language; English keeps the system's own formats.
    QLocale::setDefault(language == u"zh_CN"_s ? QLocale(QLocale::Chinese, QLocale::China) : QLocale::system());

    // The English catalogue carries the plural forms, so it is installed for English too.
    auto* app = new QTranslator;
    if (app->load(u":/i18n/teardown_"_s + language + u".qm"_s)) {
        QCoreApplication::installTranslator(app);
        m_app = app;
    } else {
        delete app;
    }

    auto* qtbase = new QTranslator;
    if (qtbase->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtbase);
        m_qtbase = qtbase;
    } else {
        delete qtbase;
    }
    return m_app != nullptr;
}

// Fails when a Chinese entry is missing, unfinished, empty or obsolete, including strings added to
// the sources since the .ts file was last updated: lupdate runs over the sources into a copy first.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete();
    void englishPluralsAreComplete();

private:
    struct Problem
    {
        QString context;
        QString source;
        QString why;
    };
    static QList<Problem> problemsIn(const QString& tsFile, bool requireAll);
    static QString refreshedCopy(const QString& tsFile, QTemporaryDir& dir, const QStringList& extra = {});
};

QString TranslationsTest::refreshedCopy(const QString& tsFile, QTemporaryDir& dir, const QStringList& extra)
{
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    if (!QFile::copy(tsFile, copy))
        return {};
    QStringList args{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s};
    args << extra;
    for (const QString& d : QString::fromUtf8(TEARDOWN_TRANSLATED_DIRS).split(u','))
        args << QString::fromUtf8(TEARDOWN_SOURCE_DIR) + u'/' + d;
    args << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QString::fromUtf8(TEARDOWN_LUPDATE), args);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        qWarning() << lupdate.readAllStandardError();
        return {};
    }
    return copy;
}

QList<TranslationsTest::Problem> TranslationsTest::problemsIn(const QString& tsFile, bool requireAll)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {{{}, tsFile, u"cannot be read"_s}};
    QList<Problem> problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append({context, source, type});
            else if ((requireAll || numerus) && text.trimmed().isEmpty())
                problems.append({context, source, u"empty"_s});
        }
    }
    if (xml.hasError())
        problems.append({{}, tsFile, xml.errorString()});
    return problems;
}

void TranslationsTest::chineseIsComplete()
{
    QTemporaryDir dir;
    const QString copy = refreshedCopy(QString::fromUtf8(TEARDOWN_TS_DIR) + u"/teardown_zh_CN.ts"_s, dir);
    QVERIFY2(!copy.isEmpty(), "lupdate could not refresh a copy of teardown_zh_CN.ts");
    const auto problems = problemsIn(copy, true);
    for (const auto& p : problems)
        qWarning().noquote() << p.why << p.context << p.source;
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 Chinese entries need work; run `cmake --build build --target update_translations`"_s.arg(
                 problems.size())));
}

void TranslationsTest::englishPluralsAreComplete()
{
    // The English catalogue only carries plural forms ("%n instance(s)"); every one must be filled.
    QTemporaryDir dir;
    const QString copy =
        refreshedCopy(QString::fromUtf8(TEARDOWN_TS_DIR) + u"/teardown_en.ts"_s, dir, {u"-pluralonly"_s});
    QVERIFY(!copy.isEmpty());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int unfinishedPlurals = 0;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message"_s)
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        if (xml.isStartElement() && xml.name() == u"translation"_s && numerus) {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            const QString forms = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || forms.trimmed().isEmpty())
                ++unfinishedPlurals;
        }
    }
    QCOMPARE(unfinishedPlurals, 0);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"

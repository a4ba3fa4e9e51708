#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emulator {

// The language of messages and region names, from X-TC-Language (API 3.0) or the Language
// parameter (API 2.0): English for en-US, Chinese otherwise.
enum class Language { Chinese, English };
Language languageFromHeader(const QByteArray& value);

// An API 3.0 error as the emulator decides it: the code, the instances it concerns (named in the
// message, as the API does for batch refusals) and an optional sentence that says what was wrong.
struct TencentError
{
    QString code; // empty: no error
    QStringList instanceIds;
    QString detailEn;
    QString detailZh;

    bool isError() const { return !code.isEmpty(); }
    static TencentError none() { return {}; }
    static TencentError of(const QString& code, const QStringList& instanceIds = {});
    static TencentError withDetail(const QString& code, const QString& detailEn, const QString& detailZh);
};

namespace TencentErrors {

// Every code the emulator can emit has an English and a Chinese text (reference §2.3, §3.4, §4.1,
// §4.2); a code outside the catalog is a programming error and falls back to InternalError's text.
bool isKnown(const QString& code);
QString text(const QString& code, Language language);
QString message(const TencentError& error, Language language);
QStringList knownCodes();

// {"Response":{"Error":{"Code","Message"},"RequestId"}}
QJsonObject errorEnvelope(const TencentError& error, Language language, const QString& requestId);
// {"Response":{...fields, "RequestId"}}
QJsonObject successEnvelope(QJsonObject fields, const QString& requestId);

} // namespace TencentErrors
} // namespace emulator

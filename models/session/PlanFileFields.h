#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the members of a plan file's JSON objects by type, for PlanFileReader. The first member
// that is missing or of another type is remembered with its path ("instances[3].facts.state") and
// what was expected; from then on every read gives an empty value, so a reader can go on without
// checking each step and ask ok() where it matters.
class PlanFileFields
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    // "instances[3].facts.state: text was expected", translated.
    QString problem() const { return m_problem; }
    void fail(const QString& path, const QString& what);

    QString string(const QJsonObject& object, const char* key, const QString& path);
    bool boolean(const QJsonObject& object, const char* key, const QString& path);
    // A member that older files do not have: false when absent, true or false when present.
    bool optionalBoolean(const QJsonObject& object, const char* key, const QString& path);
    QJsonObject object(const QJsonObject& object, const char* key, const QString& path);
    QJsonArray array(const QJsonObject& object, const char* key, const QString& path);
    QStringList strings(const QJsonObject& object, const char* key, const QString& path);
    // An ISO 8601 time with its zone, or "" for none (an invalid QDateTime).
    QDateTime time(const QJsonObject& object, const char* key, const QString& path);
    // A decimal number written as text ("1234.5"), finite and not negative.
    double amount(const QJsonObject& object, const char* key, const QString& path);
    // The element `index` of `array`, which must be an object.
    QJsonObject element(const QJsonArray& array, qsizetype index, const QString& path);

    // A stable key read back through `fromKey`; an unknown key is a problem.
    template<typename FromKey>
    auto key(const QJsonObject& object, const char* name, const QString& path, FromKey fromKey)
        -> decltype(fromKey(QStringView()))
    {
        const QString text = string(object, name, path);
        if (!ok())
            return std::nullopt;
        auto value = fromKey(text);
        if (!value)
            fail(join(path, name), unknownKey(text));
        return value;
    }

private:
    QJsonValue member(const QJsonObject& object, const char* key, const QString& path);
    static QString join(const QString& path, const char* key);
    static QString unknownKey(const QString& text);

    QString m_problem;
};

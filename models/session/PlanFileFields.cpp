#include "PlanFileFields.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

class PlanFileText
{
    Q_DECLARE_TR_FUNCTIONS(PlanFileReader)
};

} // namespace

QString PlanFileFields::join(const QString& path, const char* key)
{
    const QString name = QString::fromLatin1(key);
    return path.isEmpty() ? name : path + u'.' + name;
}

QString PlanFileFields::unknownKey(const QString& text)
{
    return PlanFileText::tr("\"%1\" is not a value this version knows").arg(text);
}

void PlanFileFields::fail(const QString& path, const QString& what)
{
    if (ok())
        m_problem = PlanFileText::tr("%1: %2").arg(path, what);
}

QJsonValue PlanFileFields::member(const QJsonObject& object, const char* key, const QString& path)
{
    if (!ok())
        return {};
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined())
        fail(join(path, key), PlanFileText::tr("missing"));
    return value;
}

QString PlanFileFields::string(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = member(object, key, path);
    if (ok() && !value.isString())
        fail(join(path, key), PlanFileText::tr("text was expected"));
    return ok() ? value.toString() : QString();
}

bool PlanFileFields::boolean(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = member(object, key, path);
    if (ok() && !value.isBool())
        fail(join(path, key), PlanFileText::tr("true or false was expected"));
    return ok() && value.toBool();
}

bool PlanFileFields::optionalBoolean(const QJsonObject& object, const char* key, const QString& path)
{
    return object.contains(QLatin1StringView(key)) && boolean(object, key, path);
}

QJsonObject PlanFileFields::object(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = member(object, key, path);
    if (ok() && !value.isObject())
        fail(join(path, key), PlanFileText::tr("an object was expected"));
    return ok() ? value.toObject() : QJsonObject();
}

QJsonArray PlanFileFields::array(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = member(object, key, path);
    if (ok() && !value.isArray())
        fail(join(path, key), PlanFileText::tr("a list was expected"));
    return ok() ? value.toArray() : QJsonArray();
}

QStringList PlanFileFields::strings(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonArray values = array(object, key, path);
    QStringList out;
    for (qsizetype i = 0; i < values.size() && ok(); ++i) {
        if (!values[i].isString())
            fail(join(path, key) + u"[%1]"_s.arg(i), PlanFileText::tr("text was expected"));
        out << values[i].toString();
    }
    return ok() ? out : QStringList();
}

QDateTime PlanFileFields::time(const QJsonObject& object, const char* key, const QString& path)
{
    const QString text = string(object, key, path);
    if (!ok() || text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    // Only a time that says its zone means the same everywhere.
    const bool zoned = text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 10;
    if (!time.isValid() || !zoned) {
        fail(join(path, key), PlanFileText::tr("a time such as 2026-11-30T09:09:05Z was expected"));
        return {};
    }
    return time;
}

double PlanFileFields::amount(const QJsonObject& object, const char* key, const QString& path)
{
    const QString text = string(object, key, path);
    bool number = false;
    const double value = ok() ? text.toDouble(&number) : 0;
    if (ok() && (!number || !std::isfinite(value) || value < 0))
        fail(join(path, key), PlanFileText::tr("an amount such as \"1234.5\" was expected"));
    return ok() ? value : 0;
}

QJsonObject PlanFileFields::element(const QJsonArray& array, qsizetype index, const QString& path)
{
    if (!ok())
        return {};
    if (!array.at(index).isObject())
        fail(path, PlanFileText::tr("an object was expected"));
    return ok() ? array.at(index).toObject() : QJsonObject();
}

#include "SelectionPolicy.h"

#include "TimeInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SelectionPolicy)
};

constexpr int kMaxTextLength = 1024;

// Reads one policy object after another; the first problem stops it and names where it is.
class PolicyReader
{
public:
    explicit PolicyReader(QString* problem)
        : m_problem(problem)
    { }

    bool failed() const { return m_failed; }

    bool fail(const QString& where, const QString& what)
    {
        if (!m_failed)
            *m_problem = Text::tr("%1: %2").arg(where, what);
        m_failed = true;
        return false;
    }

    bool onlyKnownKeys(const QJsonObject& object, const QString& where, const QStringList& known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                            Text::tr("unknown key; the keys here are %1.").arg(known.join(u", "_s)));
        }
        return true;
    }

    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& where)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return QJsonObject();
        if (!value.isObject()) {
            fail(where, Text::tr("must be an object."));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QString> text(const QJsonObject& parent, const QString& key, const QString& where)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return QString();
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > kMaxTextLength) {
            fail(where, Text::tr("must be a non-empty text of at most %1 characters.").arg(kMaxTextLength));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QStringList> texts(const QJsonObject& parent, const QString& key, const QString& where)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return QStringList();
        if (!value.isArray() || value.toArray().size() > SelectionPolicy::MaxListEntries) {
            fail(where, Text::tr("must be a list of at most %1 texts.").arg(SelectionPolicy::MaxListEntries));
            return std::nullopt;
        }
        QStringList out;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue entry = array.at(i);
            if (!entry.isString() || entry.toString().isEmpty() || entry.toString().size() > kMaxTextLength) {
                fail(u"%1[%2]"_s.arg(where).arg(i),
                     Text::tr("must be a non-empty text of at most %1 characters.").arg(kMaxTextLength));
                return std::nullopt;
            }
            out << entry.toString();
        }
        return out;
    }

    template<typename T, typename Parse>
    bool parsedList(const QJsonObject& parent, const QString& key, const QString& where, QList<T>* into, Parse parse)
    {
        const std::optional<QStringList> values = texts(parent, key, where);
        if (!values)
            return false;
        for (qsizetype i = 0; i < values->size(); ++i) {
            QString problem;
            const std::optional<T> parsed = parse(values->at(i), &problem);
            if (!parsed)
                return fail(u"%1[%2]"_s.arg(where).arg(i), problem);
            into->append(*parsed);
        }
        return true;
    }

    bool date(const QJsonObject& parent, const QString& key, const QString& where, QDateTime* into)
    {
        const std::optional<QString> value = text(parent, key, where);
        if (!value)
            return false;
        if (value->isEmpty())
            return true;
        QString problem;
        const std::optional<QDateTime> parsed = TimeInput::dateOrDateTime(*value, &problem);
        if (!parsed)
            return fail(where, problem);
        *into = *parsed;
        return true;
    }

private:
    QString* m_problem;
    bool m_failed = false;
};

bool readInclude(PolicyReader& reader, const QJsonObject& include, SelectionFilter* filter)
{
    if (!reader.onlyKnownKeys(include, u"include"_s,
                              {u"tags"_s, u"names"_s, u"states"_s, u"chargeTypes"_s, u"createdBefore"_s,
                               u"createdAfter"_s, u"olderThan"_s}))
        return false;
    if (!reader.parsedList(include, u"tags"_s, u"include.tags"_s, &filter->tags, &TagSpec::parse)
        || !reader.parsedList(include, u"names"_s, u"include.names"_s, &filter->names, &NamePattern::parse))
        return false;
    const std::optional<QStringList> states = reader.texts(include, u"states"_s, u"include.states"_s);
    const std::optional<QStringList> charges = reader.texts(include, u"chargeTypes"_s, u"include.chargeTypes"_s);
    if (!states || !charges)
        return false;
    filter->states = *states;
    filter->chargeTypes = *charges;
    if (!reader.date(include, u"createdBefore"_s, u"include.createdBefore"_s, &filter->createdBefore)
        || !reader.date(include, u"createdAfter"_s, u"include.createdAfter"_s, &filter->createdAfter))
        return false;
    const std::optional<QString> olderThan = reader.text(include, u"olderThan"_s, u"include.olderThan"_s);
    if (!olderThan)
        return false;
    if (!olderThan->isEmpty()) {
        QString problem;
        const std::optional<qint64> seconds = TimeInput::durationSeconds(*olderThan, &problem);
        if (!seconds)
            return reader.fail(u"include.olderThan"_s, problem);
        filter->olderThanSeconds = *seconds;
    }
    return true;
}

bool readExclude(PolicyReader& reader, const QJsonObject& exclude, SelectionFilter* filter)
{
    return reader.onlyKnownKeys(exclude, u"exclude"_s, {u"tags"_s, u"names"_s})
        && reader.parsedList(exclude, u"tags"_s, u"exclude.tags"_s, &filter->excludedTags, &TagSpec::parse)
        && reader.parsedList(exclude, u"names"_s, u"exclude.names"_s, &filter->excludedNames, &NamePattern::parse);
}

} // namespace

bool SelectionPolicy::covers(const QString& accountName, const QString& accountId) const
{
    // Names as teardownctl --account finds them (case-insensitively), ids exactly.
    return accounts.isEmpty() || accounts.contains(accountName, Qt::CaseInsensitive) || accounts.contains(accountId);
}

std::optional<SelectionPolicy> SelectionPolicy::fromJson(const QByteArray& json, QString* problem)
{
    std::optional<SelectionPolicy> policy = parse(json, problem);
    if (!policy) {
        // The message echoes the file's keys and values: nothing in it may drive the terminal.
        for (QChar& c : *problem) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QChar::ReplacementCharacter;
        }
    }
    return policy;
}

std::optional<SelectionPolicy> SelectionPolicy::parse(const QByteArray& json, QString* problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = Text::tr("not JSON: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = Text::tr("a policy is a JSON object, with \"version\": %1.").arg(Version);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    PolicyReader reader(problem);
    if (!reader.onlyKnownKeys(root, {}, {u"version"_s, u"accounts"_s, u"regions"_s, u"include"_s, u"exclude"_s}))
        return std::nullopt;
    const QJsonValue version = root.value(u"version"_s);
    if (version.isUndefined()) {
        reader.fail(u"version"_s, Text::tr("missing; this teardownctl reads version %1.").arg(Version));
        return std::nullopt;
    }
    if (version.toInt(-1) != Version) {
        reader.fail(u"version"_s, Text::tr("not a version this teardownctl reads: it reads version %1.").arg(Version));
        return std::nullopt;
    }

    SelectionPolicy policy;
    const std::optional<QStringList> accounts = reader.texts(root, u"accounts"_s, u"accounts"_s);
    const std::optional<QStringList> regions = reader.texts(root, u"regions"_s, u"regions"_s);
    const std::optional<QJsonObject> include = reader.object(root, u"include"_s, u"include"_s);
    const std::optional<QJsonObject> exclude = reader.object(root, u"exclude"_s, u"exclude"_s);
    if (!accounts || !regions || !include || !exclude)
        return std::nullopt;
    policy.accounts = *accounts;
    policy.filter.regions = *regions;
    if (!readInclude(reader, *include, &policy.filter) || !readExclude(reader, *exclude, &policy.filter))
        return std::nullopt;
    return policy;
}

std::optional<SelectionPolicy> SelectionPolicy::read(const QString& path, QString* problem)
{
    const auto fail = [&](const QString& why) -> std::optional<SelectionPolicy> {
        *problem = Text::tr("The policy file %1 was refused: %2").arg(path, why);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("it does not exist."));
    // Not a device or a pipe that never ends, and not a file too large to be a policy.
    if (!info.isFile())
        return fail(Text::tr("it is not a regular file."));
    if (info.size() > MaxFileBytes)
        return fail(Text::tr("it is larger than %1 KiB.").arg(MaxFileBytes / 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("it cannot be read (%1).").arg(file.errorString()));
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes)
        return fail(Text::tr("it is larger than %1 KiB.").arg(MaxFileBytes / 1024));
    QString why;
    std::optional<SelectionPolicy> policy = fromJson(json, &why);
    if (!policy)
        return fail(why);
    return policy;
}

#pragma once

#include "Instance.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// A tag an instance carries: KEY (with any value) or KEY=VALUE. Keys and values compare exactly.
struct TagSpec
{
    QString key;
    std::optional<QString> value; // none: any value

    // "env", "env=prod", "owner=" (an empty value); refuses an empty key.
    static std::optional<TagSpec> parse(const QString& text, QString* problem);
    bool matches(const Instance& instance) const;
    QString text() const;
    friend bool operator==(const TagSpec&, const TagSpec&) = default;
};

// An instance name pattern: a glob ("ci-*", "web-??"; * is any text, ? one character; case
// sensitive, the whole name), or a regular expression written between slashes ("/^tmp-[0-9]+$/",
// found anywhere in the name unless anchored). A regular expression that does not compile is refused.
class NamePattern
{
public:
    static constexpr int MaxLength = 512;

    static std::optional<NamePattern> parse(const QString& text, QString* problem);
    // Whether the console's search text is meant as a name pattern rather than words to find: it
    // has a * or ?, or is written between slashes.
    static bool isPatternLike(const QString& text);
    bool matches(const QString& name) const;
    QString text() const { return m_text; }
    friend bool operator==(const NamePattern& a, const NamePattern& b) { return a.m_text == b.m_text; }

private:
    QString m_text; // as written
    QRegularExpression m_expression;
};

// Which instances a selection takes, whoever asks: teardownctl's --tag, --exclude-tag, --name,
// --created-before/after, --older-than and a policy file's sets, and the console's filter bar.
// Every criterion set must hold; an empty one holds for every instance. A date or age criterion
// never holds for an instance whose creation time is not known.
struct SelectionFilter
{
    QStringList regions; // the instance's region is one of them
    QStringList states; // its raw state is one of them (case-insensitive)
    QStringList chargeTypes; // its raw charge type is one of them (case-insensitive)
    QList<TagSpec> tags; // it carries every one of them
    QList<TagSpec> excludedTags; // it carries none of them
    QList<NamePattern> names; // its name matches one of them
    QList<NamePattern> excludedNames; // its name matches none of them
    QDateTime createdBefore; // created strictly before; invalid: no bound
    QDateTime createdAfter; // created at or after; invalid: no bound
    qint64 olderThanSeconds = 0; // created more than this long before `now`; 0: no bound

    bool isEmpty() const;
    // Whether matches() depends on `now` (an age): a cached verdict goes stale as time passes.
    bool dependsOnNow() const { return olderThanSeconds > 0; }
    bool matches(const Instance& instance, const QDateTime& now) const;

    // Adds the tag specs of a console field: comma-separated, all must match; a spec starting with
    // ! excludes ("env=dev, !team=db"). False, with `problem` set, when one is not a tag.
    bool addTagList(const QString& text, QString* problem);
    // An age as the console's field takes it: a duration ("7d": older than that), a date
    // ("2024-06-01": created before it), or a range of dates with ".." ("2024-06-01..": created at
    // or after; "2024-06-01..2024-07-01": between; "..2024-07-01": before). False, with `problem`
    // set, when it is none of them.
    bool setAge(const QString& text, QString* problem);

    friend bool operator==(const SelectionFilter&, const SelectionFilter&) = default;
};

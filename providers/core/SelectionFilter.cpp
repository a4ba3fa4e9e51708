#include "SelectionFilter.h"

#include "TimeInput.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SelectionFilter)
};

bool containsCaseInsensitive(const QStringList& values, const QString& value)
{
    return values.contains(value, Qt::CaseInsensitive);
}

// A glob as a whole-name expression: * and ? are the only wildcards, everything else is literal.
QString globExpression(const QString& glob)
{
    QString expression;
    for (const QChar c : glob) {
        if (c == u'*')
            expression += u".*"_s;
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression::anchoredPattern(expression);
}

} // namespace

std::optional<TagSpec> TagSpec::parse(const QString& text, QString* problem)
{
    const qsizetype equals = text.indexOf(u'=');
    TagSpec spec;
    spec.key = (equals < 0 ? text : text.left(equals)).trimmed();
    if (equals >= 0)
        spec.value = text.mid(equals + 1).trimmed();
    if (spec.key.isEmpty()) {
        *problem = Text::tr("\"%1\" is not a tag: write KEY or KEY=VALUE, e.g. env or env=test.").arg(text);
        return std::nullopt;
    }
    return spec;
}

bool TagSpec::matches(const Instance& instance) const
{
    return std::any_of(instance.tags.cbegin(), instance.tags.cend(),
                       [this](const InstanceTag& tag) { return tag.key == key && (!value || tag.value == *value); });
}

QString TagSpec::text() const
{
    return value ? key + u'=' + *value : key;
}

std::optional<NamePattern> NamePattern::parse(const QString& text, QString* problem)
{
    if (text.isEmpty() || text == u"//"_s) {
        *problem = Text::tr("An empty name pattern selects nothing: write a glob such as ci-* or a regular expression "
                            "such as /^ci-[0-9]+$/.");
        return std::nullopt;
    }
    if (text.size() > MaxLength) {
        *problem = Text::tr("The name pattern is longer than %1 characters.").arg(MaxLength);
        return std::nullopt;
    }
    NamePattern pattern;
    pattern.m_text = text;
    const bool isRegex = text.size() >= 2 && text.startsWith(u'/') && text.endsWith(u'/');
    pattern.m_expression.setPattern(isRegex ? text.mid(1, text.size() - 2) : globExpression(text));
    if (!pattern.m_expression.isValid()) {
        *problem = Text::tr("\"%1\" is not a valid regular expression: %2 (at character %3).")
                       .arg(text, pattern.m_expression.errorString())
                       .arg(pattern.m_expression.patternErrorOffset() + 1);
        return std::nullopt;
    }
    pattern.m_expression.optimize();
    return pattern;
}

bool NamePattern::isPatternLike(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.contains(u'*') || trimmed.contains(u'?')
        || (trimmed.size() >= 2 && trimmed.startsWith(u'/') && trimmed.endsWith(u'/'));
}

bool NamePattern::matches(const QString& name) const
{
    // An expression too costly to run (PCRE's match limit) matches nothing rather than hanging.
    return m_expression.match(name).hasMatch();
}

bool SelectionFilter::isEmpty() const
{
    return *this == SelectionFilter();
}

bool SelectionFilter::matches(const Instance& instance, const QDateTime& now) const
{
    if (!regions.isEmpty() && !regions.contains(instance.region))
        return false;
    if (!states.isEmpty() && !containsCaseInsensitive(states, instance.rawState))
        return false;
    if (!chargeTypes.isEmpty() && !containsCaseInsensitive(chargeTypes, instance.rawChargeType))
        return false;
    const auto carries = [&instance](const TagSpec& spec) { return spec.matches(instance); };
    if (!std::all_of(tags.cbegin(), tags.cend(), carries)
        || std::any_of(excludedTags.cbegin(), excludedTags.cend(), carries))
        return false;
    const auto named = [&instance](const NamePattern& pattern) { return pattern.matches(instance.name); };
    if (!names.isEmpty() && std::none_of(names.cbegin(), names.cend(), named))
        return false;
    if (std::any_of(excludedNames.cbegin(), excludedNames.cend(), named))
        return false;
    if (createdBefore.isValid() || createdAfter.isValid() || olderThanSeconds > 0) {
        if (!instance.created.isValid())
            return false;
        if (createdBefore.isValid() && !(instance.created < createdBefore))
            return false;
        if (createdAfter.isValid() && instance.created < createdAfter)
            return false;
        if (olderThanSeconds > 0 && instance.created.secsTo(now) <= olderThanSeconds)
            return false;
    }
    return true;
}

bool SelectionFilter::addTagList(const QString& text, QString* problem)
{
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const bool exclude = trimmed.startsWith(u'!');
        const std::optional<TagSpec> spec = TagSpec::parse(exclude ? trimmed.mid(1) : trimmed, problem);
        if (!spec)
            return false;
        (exclude ? excludedTags : tags).append(*spec);
    }
    return true;
}

bool SelectionFilter::setAge(const QString& text, QString* problem)
{
    if (const qsizetype dots = text.indexOf(u".."_s); dots >= 0) {
        const QString from = text.left(dots).trimmed();
        const QString to = text.mid(dots + 2).trimmed();
        QDateTime after;
        QDateTime before;
        QString notDate;
        if ((from.isEmpty() && to.isEmpty())
            || (!from.isEmpty() && !(after = TimeInput::dateOrDateTime(from, &notDate).value_or(QDateTime())).isValid())
            || (!to.isEmpty() && !(before = TimeInput::dateOrDateTime(to, &notDate).value_or(QDateTime())).isValid())) {
            *problem = notDate.isEmpty() ? Text::tr("\"%1\" is not a range of dates: write e.g. "
                                                    "2024-06-01..2024-07-01, 2024-06-01.. or ..2024-07-01.")
                                               .arg(text)
                                         : notDate;
            return false;
        }
        if (after.isValid() && before.isValid() && after >= before) {
            *problem = Text::tr("\"%1\" is an empty range: its first date must come before its last.").arg(text);
            return false;
        }
        createdAfter = after;
        createdBefore = before;
        return true;
    }
    QString notDuration;
    if (const std::optional<qint64> seconds = TimeInput::durationSeconds(text, &notDuration)) {
        olderThanSeconds = *seconds;
        return true;
    }
    QString notDate;
    if (const std::optional<QDateTime> date = TimeInput::dateOrDateTime(text, &notDate)) {
        createdBefore = *date;
        return true;
    }
    *problem = Text::tr("\"%1\" is neither an age (e.g. 36h, 7d, 2w), a date (e.g. 2024-06-01) nor a range of dates "
                        "(e.g. 2024-06-01..2024-07-01).")
                   .arg(text);
    return false;
}

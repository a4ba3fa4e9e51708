// Cleanup policy files as SelectionPolicy reads them (docs/policy-format.md). The input is the
// file's bytes. A policy taken is then asked about instances made from its own texts.
//
// Properties: a refusal names the problem, with no control or format characters (the message
// echoes the file and must not drive the terminal); a policy taken is version 1; an instance that
// carries an excluded tag, or whose name matches an excluded pattern, is never selected; a selected
// instance carries every required tag.
#include "FuzzSupport.h"

#include "SelectionPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

Instance instanceLike(const SelectionFilter& filter)
{
    Instance i;
    i.accountId = u"account-1"_s;
    i.id = u"ins-fuzz0001"_s;
    i.region = filter.regions.value(0, u"ap-guangzhou"_s);
    i.rawState = filter.states.value(0, u"RUNNING"_s);
    i.rawChargeType = filter.chargeTypes.value(0, u"POSTPAID_BY_HOUR"_s);
    i.created = fuzz::fixedNow().addDays(-400);
    for (const TagSpec& tag : filter.tags)
        i.tags.append({tag.key, tag.value.value_or(u"any"_s)});
    return i;
}

// Names an excluded pattern may match: its own text, with the wildcards filled in.
QStringList candidateNames(const NamePattern& pattern)
{
    QString filled = pattern.text();
    filled.replace(u'*', QString()).replace(u'?', u'x');
    return {pattern.text(), filled, u"ci-1"_s, u"tmp-42"_s, u"web-keep"_s, QString()};
}

void checkSelection(const SelectionFilter& filter)
{
    const QDateTime now = fuzz::fixedNow();
    const Instance like = instanceLike(filter);
    if (filter.matches(like, now)) {
        for (const TagSpec& tag : filter.tags)
            fuzz::require(tag.matches(like), "a selected instance carries every required tag", tag.text());
    }
    for (const TagSpec& tag : filter.excludedTags) {
        Instance tagged = like;
        tagged.tags.append({tag.key, tag.value.value_or(u"any"_s)});
        fuzz::require(!filter.matches(tagged, now), "an instance with an excluded tag is never selected", tag.text());
    }
    for (const NamePattern& pattern : filter.excludedNames) {
        for (const QString& name : candidateNames(pattern)) {
            Instance named = like;
            named.name = name;
            if (pattern.matches(name))
                fuzz::require(!filter.matches(named, now), "an excluded name is never selected", name);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    const std::optional<SelectionPolicy> policy = SelectionPolicy::fromJson(bytes, &problem);
    if (!policy) {
        fuzz::require(!problem.isEmpty(), "a refusal names the problem");
        for (const char32_t c : QStringView(problem).toUcs4())
            fuzz::require(QChar::category(c) != QChar::Other_Control && QChar::category(c) != QChar::Other_Format,
                          "a refusal has no control or format characters", problem);
        return 0;
    }
    fuzz::require(QJsonDocument::fromJson(bytes).object().value(u"version"_s).toDouble() == 1, "a policy is version 1");
    policy->covers(u"ci-sandbox"_s, u"account-1"_s);
    checkSelection(policy->filter);
    return 0;
}

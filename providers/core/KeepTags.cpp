#include "KeepTags.h"

#include "DisplayFormat.h"
#include "TimeInput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KeepTags)
};

} // namespace

namespace KeepTags {

QString Verdict::blockedCode() const
{
    switch (kind) {
    case Kind::NotKept:
        return {};
    case Kind::Kept:
        return u"Teardown.KeptByTag"_s;
    case Kind::KeptUntil:
        return u"Teardown.KeptUntil"_s;
    case Kind::KeepUntilMalformed:
        return u"Teardown.KeepUntilMalformed"_s;
    }
    return {};
}

Verdict verdict(const Instance& instance, const QDateTime& now)
{
    Verdict latest;
    QDateTime latestUntil;
    for (const InstanceTag& tag : instance.tags) {
        if (tag.key.compare(KeepKey, Qt::CaseInsensitive) == 0) {
            if (tag.value.compare(u"false"_s, Qt::CaseInsensitive) != 0)
                return {Verdict::Kind::Kept, {}}; // kept for good: nothing keeps longer
            continue;
        }
        if (tag.key.compare(KeepUntilKey, Qt::CaseInsensitive) != 0)
            continue;
        const std::optional<QDateTime> until = TimeInput::rfc3339(tag.value.trimmed());
        if (!until) {
            latest = {Verdict::Kind::KeepUntilMalformed, tag.value};
            latestUntil = QDateTime(); // nothing outlasts a keep-until that is not a date
            continue;
        }
        if (latest.kind == Verdict::Kind::KeepUntilMalformed || *until <= now)
            continue;
        if (!latestUntil.isValid() || *until > latestUntil) {
            latestUntil = *until;
            latest = {Verdict::Kind::KeptUntil, until->toString(Qt::ISODateWithMs)};
        }
    }
    return latest;
}

QString context(const QString& blockedCode, const QString& detail)
{
    if (blockedCode == u"Teardown.KeptUntil"_s) {
        const QDateTime until = QDateTime::fromString(detail, Qt::ISODateWithMs);
        return Text::tr("Kept until %1.").arg(DisplayFormat::timeWithZone(until));
    }
    if (blockedCode == u"Teardown.KeepUntilMalformed"_s)
        return Text::tr("The tag's value: \"%1\".").arg(detail);
    return {};
}

QString confirmationReason(int keptInstances)
{
    return Text::tr("%n instance(s) are tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags "
                    "are ignored.",
                    nullptr, keptInstances);
}

} // namespace KeepTags

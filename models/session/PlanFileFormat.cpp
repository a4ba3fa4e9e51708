#include "PlanFileFormat.h"

#include "ProtectionLift.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Every value of an enumeration, so that a key is read back through the same function that wrote it.
constexpr std::array kEnds{ExpectedEnd::Gone, ExpectedEnd::InRecycleBin, ExpectedEnd::Unchanged};
constexpr std::array kOutcomes{Outcome::DestroyedNow, Outcome::MovedToRecycleBin, Outcome::SubscriptionCancelled,
                               Outcome::DeletedCreationFailed};
constexpr std::array kCallKinds{CallKind::Teardown, CallKind::LiftProtection, CallKind::TeardownAfterLift};
constexpr std::array kIntents{Intent::Return, Intent::Release};
constexpr std::array kLifecycles{Lifecycle::Creating,    Lifecycle::CreateFailed,  Lifecycle::Running,
                                 Lifecycle::Stopped,     Lifecycle::Transitioning, Lifecycle::RecycleBin,
                                 Lifecycle::Terminating, Lifecycle::Gone,          Lifecycle::Unknown};
constexpr std::array kChargeClasses{ChargeClass::Postpaid, ChargeClass::Prepaid, ChargeClass::Spot,
                                    ChargeClass::DedicatedHost, ChargeClass::Other};

template<typename Values, typename KeyOf>
auto fromKey(const Values& values, KeyOf keyOf, QStringView key) -> std::optional<typename Values::value_type>
{
    for (const auto value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

namespace PlanFileFormat {

QByteArray canonical(QJsonObject object)
{
    object.remove(u"digest"_s);
    // QJsonObject keeps its members sorted by key, and compact output adds no whitespace.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString digest(const QJsonObject& object)
{
    return DigestPrefix
        + QString::fromLatin1(QCryptographicHash::hash(canonical(object), QCryptographicHash::Sha256).toHex());
}

QString expectedEndKey(ExpectedEnd end)
{
    switch (end) {
    case ExpectedEnd::Gone:
        return u"gone"_s;
    case ExpectedEnd::InRecycleBin:
        return u"recycle-bin"_s;
    case ExpectedEnd::Unchanged:
        return u"unchanged"_s;
    }
    return {};
}

std::optional<ExpectedEnd> expectedEndFromKey(QStringView key)
{
    return fromKey(kEnds, expectedEndKey, key);
}

std::optional<Outcome> outcomeFromKey(QStringView key)
{
    return fromKey(kOutcomes, outcomeKey, key);
}

std::optional<CallKind> callKindFromKey(QStringView key)
{
    return fromKey(kCallKinds, ProtectionLift::callKindKey, key);
}

std::optional<Intent> intentFromKey(QStringView key)
{
    return fromKey(kIntents, intentKey, key);
}

std::optional<Lifecycle> lifecycleFromKey(QStringView key)
{
    return fromKey(kLifecycles, lifecycleKey, key);
}

std::optional<ChargeClass> chargeClassFromKey(QStringView key)
{
    return fromKey(kChargeClasses, chargeClassKey, key);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString amountText(double amount)
{
    return QString::number(amount, 'g', QLocale::FloatingPointShortest);
}

} // namespace PlanFileFormat

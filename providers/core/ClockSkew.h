#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

struct WireReply;

// How far this machine's clock is from a server's, for the errors a provider gives when a
// signature's timestamp is too far from its own time. Which codes mean that is each dialect's
// knowledge (its wire decoder calls explain()); the arithmetic and the wording exist only here.
namespace ClockSkew {

// Offsets this small are the Date header's one-second resolution plus the reply's travel time.
constexpr qint64 InStepSeconds = 5;

// This machine's time minus the server's, in whole seconds: positive when this machine is ahead.
// Empty when either time is unknown.
std::optional<qint64> offsetSeconds(const QDateTime& serverTime, const QDateTime& localTime);

// One translated sentence: "This computer's clock is 6 min 12 s behind the server's."
QString describe(qint64 offsetSeconds);

// The sentence for a reply (its Date header against this machine's clock when it arrived); empty
// when the reply did not say the server's time.
QString explain(const WireReply& reply);

// Whether the reply's Date header shows the two clocks in step; false when it did not say.
bool inStep(const WireReply& reply);

} // namespace ClockSkew

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <utility>

// The query parameters of a 2017-03-12 action on the legacy host, as the JSON body the same
// API 3.0 action takes (reference §1.9): Name.N are array elements (sorted by N, so 0- and
// 1-based numbering both work: §5.4 shows 1-based), Name.Field object fields.
namespace emulator::LegacyParams {

// `skip` names the public parameters. Offset and Limit become numbers and the API's boolean
// flags become booleans when their text is one; anything else stays a string for the action's
// own checks. False when a name is both a value and a container (InstanceIds=x&InstanceIds.0=y),
// or two names are the same element (InstanceIds.0 and InstanceIds.00).
bool toJson(const QList<std::pair<QByteArray, QByteArray>>& params, const QSet<QByteArray>& skip, QJsonObject* out);

} // namespace emulator::LegacyParams

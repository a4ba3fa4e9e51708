#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QStringList>

#include <algorithm>
#include <iterator>

// Lookups in a dialect's table of raw API values (states, charge types). Each row has `raw`, the
// value as the API sends it, and `label`, marked with QT_TRANSLATE_NOOP in `context`; the rest of
// the row is the dialect's own (the neutral lifecycle or charge class).
namespace RawValueTable {

template<typename Row, size_t N>
const Row* find(const Row (&rows)[N], QStringView raw)
{
    const auto it =
        std::find_if(std::begin(rows), std::end(rows), [&](const Row& r) { return raw == QLatin1StringView(r.raw); });
    return it == std::end(rows) ? nullptr : it;
}

// The translated label; an unknown value is shown as the API sent it.
template<typename Row, size_t N>
QString label(const char* context, const Row (&rows)[N], QStringView raw)
{
    const Row* row = find(rows, raw);
    return row ? QCoreApplication::translate(context, row->label) : raw.toString();
}

template<typename Row, size_t N>
QStringList rawValues(const Row (&rows)[N])
{
    QStringList all;
    for (const Row& r : rows)
        all << QString::fromLatin1(r.raw);
    return all;
}

} // namespace RawValueTable

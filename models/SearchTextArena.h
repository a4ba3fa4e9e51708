#pragma once

#include "Instance.h"

#include <QStringView>

#include <vector>

// The lowercase text the filter searches for every row, kept back to back in one buffer: a keystroke
// scans 100k of them, and one buffer read in row order is much faster than 100k strings scattered
// through the heap. A changed row's text is written anew at the end; the old one stays behind as dead
// units until compact() copies the live texts into a fresh buffer.
class SearchTextArena
{
public:
    // Cannot be typed, so a search never spans two fields; dropped from the fields themselves.
    static constexpr char16_t kFieldSeparator = 0x1f;

    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
        quint32 nameLength = 0; // the name comes first; sorting by name reads this lowercase copy
    };

    // Writes the instance's search text: name, id, IP addresses and tags (key=value), lowercase,
    // separated by kFieldSeparator.
    Span add(const Instance& instance);
    // The text is no longer used (its row changed or went).
    void release(const Span& span) { m_deadUnits += span.length; }

    QStringView text(quint32 offset, quint32 length) const
    {
        return QStringView(m_text.data() + offset, qsizetype(length));
    }
    QStringView text(const Span& span) const { return text(span.offset, span.length); }
    QStringView name(const Span& span) const { return text(span.offset, span.nameLength); }

    // More than half the buffer is dead: time to compact.
    bool wantsCompaction() const { return m_deadUnits * 2 > qsizetype(m_text.size()); }
    // Copies the live texts into a buffer of their own size, in the order visitSpans hands them over:
    // it must call move(span) once for every span still in use (any other span is lost).
    template<typename VisitSpans>
    void compact(VisitSpans&& visitSpans)
    {
        std::vector<char16_t> text;
        text.reserve(m_text.size() - size_t(m_deadUnits));
        visitSpans([this, &text](Span& span) {
            const auto first = m_text.cbegin() + span.offset;
            span.offset = quint32(text.size());
            text.insert(text.end(), first, first + span.length);
        });
        m_text = std::move(text);
        m_deadUnits = 0;
    }

    void reserve(size_t units) { m_text.reserve(units); }
    // After a load that reserved generously: spare room beyond a quarter is given back.
    void trimCapacity();
    void clear();

    qsizetype size() const { return qsizetype(m_text.size()); }
    qsizetype deadUnits() const { return m_deadUnits; }

private:
    std::vector<char16_t> m_text;
    qsizetype m_deadUnits = 0;
};

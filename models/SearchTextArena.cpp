#include "SearchTextArena.h"

#include <algorithm>

SearchTextArena::Span SearchTextArena::add(const Instance& in)
{
    qsizetype length = in.name.size() + 1 + in.id.size();
    for (const QString& ip : in.privateIps)
        length += ip.size() + 1;
    for (const QString& ip : in.publicIps)
        length += ip.size() + 1;
    for (const InstanceTag& tag : in.tags)
        length += tag.key.size() + tag.value.size() + 2;

    // Written straight into the buffer and lowercased in the same pass (ASCII here, the rest through
    // QString::toLower() below).
    const size_t at = m_text.size();
    m_text.resize(at + size_t(length));
    char16_t* const begin = m_text.data() + at;
    char16_t* out = begin;
    bool onlyAscii = true;
    auto put = [&out, &onlyAscii](QStringView text) {
        for (const QChar c : text) {
            char16_t u = c.unicode();
            if (u == kFieldSeparator)
                continue;
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            else if (u >= 0x80)
                onlyAscii = false;
            *out++ = u;
        }
    };
    Span span;
    put(in.name);
    span.nameLength = quint32(out - begin);
    *out++ = kFieldSeparator;
    put(in.id);
    for (const QStringList* ips : {&in.privateIps, &in.publicIps}) {
        for (const QString& ip : *ips) {
            *out++ = kFieldSeparator;
            put(ip);
        }
    }
    for (const InstanceTag& tag : in.tags) {
        *out++ = kFieldSeparator;
        put(tag.key);
        *out++ = u'=';
        put(tag.value);
    }
    size_t written = size_t(out - begin);
    if (!onlyAscii) {
        // Full Unicode lowercasing, which may change lengths (the name's too).
        const QString lowered = QStringView(begin, qsizetype(written)).toString().toLower();
        written = size_t(lowered.size());
        m_text.resize(at + written);
        std::copy(lowered.utf16(), lowered.utf16() + written, m_text.begin() + qsizetype(at));
        span.nameLength = quint32(lowered.indexOf(QChar(kFieldSeparator)));
    }
    m_text.resize(at + written);
    span.offset = quint32(at);
    span.length = quint32(written);
    return span;
}

void SearchTextArena::trimCapacity()
{
    if (m_text.capacity() > m_text.size() + m_text.size() / 4)
        m_text.shrink_to_fit();
}

void SearchTextArena::clear()
{
    m_text.clear();
    m_text.shrink_to_fit();
    m_deadUnits = 0;
}

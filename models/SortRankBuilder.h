#pragma once

#include <QStringView>

#include <vector>

// The position of every row in an order given by a number, then a text (by UTF-16 code unit), then a
// tie rank. Rows are sorted on compact copies of their keys: the number, the first eight units of the
// text packed into two integers, and the text itself in one contiguous buffer. Most comparisons end
// on the integers; the rest read the buffer instead of chasing each row's strings through the heap
// (several times faster on 100k rows).
class SortRankBuilder
{
public:
    explicit SortRankBuilder(size_t rows)
    {
        m_entries.reserve(rows);
        m_text.reserve(rows * 12);
    }

    // Rows are numbered 0..n-1, each added once; the text is copied.
    void add(quint64 primary, QStringView text, int tie, int row)
    {
        Entry entry{primary, pack(text, 0), pack(text, 4), quint32(m_text.size()), quint32(text.size()), tie, row};
        m_text.insert(m_text.end(), text.utf16(), text.utf16() + text.size());
        m_entries.push_back(entry);
    }

    // row -> position.
    std::vector<int> ranks();

private:
    struct Entry
    {
        quint64 primary;
        quint64 prefix0;
        quint64 prefix1;
        quint32 offset;
        quint32 length;
        int tie;
        int row;
    };

    // Units [from, from + 4) big-endian, missing units as 0: integer order is code-unit order.
    static quint64 pack(QStringView text, qsizetype from)
    {
        quint64 packed = 0;
        for (qsizetype i = from; i < from + 4; ++i)
            packed = (packed << 16) | (i < text.size() ? text.at(i).unicode() : 0u);
        return packed;
    }

    std::vector<Entry> m_entries;
    std::vector<char16_t> m_text;
};

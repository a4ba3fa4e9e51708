#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QtEndian>

#include <type_traits>

// Reads, from memory, what a QDataStream of version Qt_6_0 with its default byte order (big-endian)
// wrote: numbers, booleans and strings. The console's kept listing is a million small strings;
// through QDataStream and QFile each costs a device read and its checks (about 0.4 s for 91,000
// instances, bench_console), here a bounds check and a copy. A value past the end fails the view
// (ok() false) and reads as zero or an empty string from then on: the data may be any file.
class DataStreamView
{
public:
    // `bytes` must outlive the view.
    explicit DataStreamView(QByteArrayView bytes)
        : m_at(bytes.data())
        , m_end(bytes.data() + bytes.size())
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype remaining() const { return m_end - m_at; }

    template<typename Number>
    Number number()
    {
        static_assert(std::is_integral_v<Number>);
        if (!m_ok || m_end - m_at < qsizetype(sizeof(Number))) {
            m_ok = false;
            return Number{};
        }
        const Number value = qFromBigEndian<Number>(m_at);
        m_at += sizeof(Number);
        return value;
    }
    bool boolean() { return number<qint8>() != 0; }

    // A string of its own.
    QString string();
    // A string that repeats across the data (a zone, a state, a tag): each distinct one is made
    // once and shared, which also keeps one copy of it in memory.
    QString repeated();

private:
    // The next string's UTF-16 bytes; false for a null string or when the data ends first.
    bool take(QByteArrayView* utf16, bool* isNull);
    static QString fromUtf16BigEndian(QByteArrayView utf16);

    const char* m_at;
    const char* m_end;
    bool m_ok = true;
    QHash<QByteArrayView, QString> m_repeated; // keyed by the bytes in the data
};

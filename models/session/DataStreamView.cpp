#include "DataStreamView.h"

using namespace Qt::StringLiterals;

bool DataStreamView::take(QByteArrayView* utf16, bool* isNull)
{
    // QDataStream writes a null string as the length 0xffffffff, any other as its length in bytes.
    const quint32 bytes = number<quint32>();
    *isNull = m_ok && bytes == 0xffffffffu;
    if (!m_ok || *isNull)
        return false;
    if (bytes % 2 != 0 || quint64(m_end - m_at) < bytes) {
        m_ok = false;
        return false;
    }
    *utf16 = QByteArrayView(m_at, qsizetype(bytes));
    m_at += bytes;
    return true;
}

QString DataStreamView::fromUtf16BigEndian(QByteArrayView utf16)
{
    if (utf16.isEmpty())
        return u""_s; // empty, not null: as QDataStream reads it
    QString text(utf16.size() / 2, Qt::Uninitialized);
    qFromBigEndian<char16_t>(utf16.data(), text.size(), text.data());
    return text;
}

QString DataStreamView::string()
{
    QByteArrayView utf16;
    bool isNull = false;
    return take(&utf16, &isNull) ? fromUtf16BigEndian(utf16) : QString();
}

QString DataStreamView::repeated()
{
    QByteArrayView utf16;
    bool isNull = false;
    if (!take(&utf16, &isNull))
        return QString();
    if (const auto found = m_repeated.constFind(utf16); found != m_repeated.cend())
        return *found;
    return *m_repeated.insert(utf16, fromUtf16BigEndian(utf16));
}

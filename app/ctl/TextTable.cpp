#include "TextTable.h"

#include <algorithm>

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(const QStringList& header)
    : m_header(header)
{ }

void TextTable::addRow(const QStringList& cells)
{
    m_rows << cells;
}

int TextTable::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render() const
{
    QList<int> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList& row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    auto line = [&widths](const QStringList& row) -> QString {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < row.size() ? row[i] : QString();
            out += cell;
            if (i + 1 < widths.size())
                out += QString(widths[i] - displayWidth(cell) + 2, u' ');
        }
        // Trailing blanks of the last column carry nothing.
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_header);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

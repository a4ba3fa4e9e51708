#include "TextTable.h"

#include <algorithm>

namespace {

// Between the cells of a held row: a control character, so never one of a cell's own.
constexpr QChar kCellSeparator = QChar(0x1F);

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// An escape sequence or a newline in a name would rewrite the operator's terminal or break the table.
QString printable(const QString& cell)
{
    QString out = cell;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace

TextTable::TextTable(const QStringList& header)
    : m_widths(header.size(), 0)
{
    m_header = pack(header);
}

QString TextTable::pack(const QStringList& cells)
{
    QString packed;
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        const QString cell = i < cells.size() ? printable(cells.at(i)) : QString();
        m_widths[i] = std::max(m_widths[i], displayWidth(cell));
        if (i > 0)
            packed += kCellSeparator;
        packed += cell;
    }
    return packed;
}

void TextTable::addRow(const QStringList& cells, qsizetype group)
{
    if (group >= m_groups.size())
        m_groups.resize(group + 1);
    m_groups[group] << pack(cells);
    ++m_rowCount;
}

int TextTable::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::line(const QString& packed) const
{
    QString out;
    qsizetype column = 0;
    for (const QStringView cell : QStringView(packed).split(kCellSeparator)) {
        out += cell;
        if (column + 1 < m_widths.size())
            out += QString(m_widths[column] - displayWidth(cell) + 2, u' ');
        ++column;
    }
    // Trailing blanks of the last column carry nothing.
    while (out.endsWith(u' '))
        out.chop(1);
    return out + u'\n';
}

void TextTable::render(const std::function<void(const QString& line)>& sink) const
{
    sink(line(m_header));
    for (const QList<QString>& group : m_groups) {
        for (const QString& row : group)
            sink(line(row));
    }
}

QString TextTable::render() const
{
    QString out;
    render([&out](const QString& line) { out += line; });
    return out;
}

#include "Csv.h"

using namespace Qt::StringLiterals;

CsvWriter::CsvWriter()
    : m_data(byteOrderMark())
{ }

QString CsvWriter::escape(const QString& cell)
{
    QString value = cell;
    // A name like "=HYPERLINK(...)" must stay text when the export is opened in a spreadsheet.
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + value.replace(u'"', u"\"\""_s) + u'"';
    return value;
}

QByteArray CsvWriter::row(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& c : cells)
        escaped << escape(c);
    return escaped.join(u',').toUtf8() + "\r\n";
}

void CsvWriter::addRow(const QStringList& cells)
{
    m_data += row(cells);
}

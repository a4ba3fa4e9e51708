#pragma once

#include <QByteArray>
#include <QStringList>

// RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right.
// Cells that a spreadsheet would run as a formula are prefixed with a quote.
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList& cells);
    QByteArray data() const { return m_data; }

    static QString escape(const QString& cell);
    // One row as addRow writes it, for output that is written row by row.
    static QByteArray row(const QStringList& cells);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

private:
    QByteArray m_data;
};

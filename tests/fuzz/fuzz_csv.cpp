// The CSV writer (CsvWriter, RFC 4180 with a byte-order mark) with arbitrary cells. The input is
// UTF-16: U+0001 ends a cell and U+0002 a row; anything else, lone surrogates included, is text.
//
// Properties: the file is UTF-8 after its byte-order mark and every row ends with CRLF; read back
// with an RFC 4180 reader it gives the same rows and cells, each as its UTF-8 text, where a cell
// a spreadsheet would run as a formula (= + - @ tab CR first) is prefixed with a quote.
#include "FuzzSupport.h"

#include "Csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

using Rows = QList<QStringList>;

Rows rowsOf(const uint8_t* data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    Rows rows;
    for (const QString& row : text.split(u'\x02'))
        rows.append(row.split(u'\x01'));
    return rows;
}

// UTF-8 as it is, a byte-order mark inside the text included (QString::fromUtf8 drops a leading one).
QString fromUtf8(const QByteArray& bytes, bool* valid = nullptr)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (valid)
        *valid = !decoder.hasError();
    return text;
}

// What reading the file back must give for a cell: its text as UTF-8 carries it (a lone
// surrogate becomes U+FFFD), quoted when a spreadsheet would run it as a formula.
QString expected(const QString& cell)
{
    QString text = fromUtf8(cell.toUtf8());
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        text.prepend(u'\'');
    return text;
}

// RFC 4180: fields separated by commas, records ended by CRLF, a field in double quotes when it
// holds a comma, a quote or a line break, a quote inside written twice. Empty when malformed.
std::optional<Rows> readCsv(const QString& text)
{
    Rows rows;
    QStringList row;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt;
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r' && text[i] != u'"' && text[i] != u'\n')
                field += text[i++];
        }
        row << field;
        if (i < text.size() && text[i] == u',') {
            ++i;
            continue;
        }
        if (!text.sliced(i).startsWith(u"\r\n"_s))
            return std::nullopt;
        i += 2;
        rows << row;
        row.clear();
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Rows rows = rowsOf(data, size);
    CsvWriter writer;
    for (const QStringList& row : rows)
        writer.addRow(row);
    const QByteArray file = writer.data();

    fuzz::require(file.startsWith("\xEF\xBB\xBF"), "the file starts with a byte-order mark");
    fuzz::require(file.endsWith("\r\n"), "every row ends with CRLF");
    bool valid = false;
    const QString text = fromUtf8(file.sliced(3), &valid);
    fuzz::require(valid, "the file is UTF-8");

    const std::optional<Rows> read = readCsv(text);
    fuzz::require(read.has_value(), "the file is RFC 4180", text);
    fuzz::require(read->size() == rows.size(), "as many rows as written", text);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // An empty row and a row of one empty cell are the same line.
        const QStringList written = rows[r].isEmpty() ? QStringList{QString()} : rows[r];
        QStringList wanted;
        for (const QString& cell : written)
            wanted << expected(cell);
        fuzz::require(read->at(r) == wanted, "cells read back as written", text);
    }
    return 0;
}

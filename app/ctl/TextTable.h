#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A plain-text table for terminals. Column widths count display cells, so Chinese names (two
// cells per character) line up with Latin ones. Rows are held as one string each and the widths
// kept as they come, so that a table of 100,000 instances stays small; control characters in a
// cell (a provider's name can hold anything) are shown as U+FFFD, never sent to the terminal.
class TextTable
{
public:
    explicit TextTable(const QStringList& header);
    void addRow(const QStringList& cells);
    QString render() const;
    // The table line by line, each with its newline: output that is not built as one string.
    void render(const std::function<void(const QString& line)>& sink) const;
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }

    static int displayWidth(QStringView text);

private:
    QString pack(const QStringList& cells); // the cells as one string; widens the columns they need
    QString line(const QString& packed) const;

    QString m_header;
    QList<QString> m_rows;
    QList<int> m_widths;
};

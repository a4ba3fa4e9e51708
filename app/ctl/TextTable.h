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
    // Rows are rendered group by group in the order of the groups' numbers, each group's in the
    // order they came: rows that arrive out of order (regions answering) still print in order.
    void addRow(const QStringList& cells, qsizetype group = 0);
    QString render() const;
    // The table line by line, each with its newline: output that is not built as one string.
    void render(const std::function<void(const QString& line)>& sink) const;
    bool isEmpty() const { return m_rowCount == 0; }
    qsizetype rowCount() const { return m_rowCount; }

    static int displayWidth(QStringView text);

private:
    QString pack(const QStringList& cells); // the cells as one string; widens the columns they need
    QString line(const QString& packed) const;

    QString m_header;
    QList<QList<QString>> m_groups; // by group number: each row packed
    qsizetype m_rowCount = 0;
    QList<int> m_widths;
};

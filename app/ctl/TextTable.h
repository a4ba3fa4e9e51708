#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for terminals. Column widths count display cells, so Chinese names (two
// cells per character) line up with Latin ones.
class TextTable
{
public:
    explicit TextTable(const QStringList& header);
    void addRow(const QStringList& cells);
    QString render() const;
    bool isEmpty() const { return m_rows.isEmpty(); }

    static int displayWidth(QStringView text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

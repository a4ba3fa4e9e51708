#pragma once

#include <vector>

class InstanceTableModel;

// Every row of an InstanceTableModel in the ascending order of one column
// (InstanceTableModel::compareRows: only a row compares equal to itself), or in the model's own order
// for no column. It follows the model's changes in place, so that the view's order is one pass over
// it rather than a sort: new rows are placed by binary search, removed ones dropped, changed ones
// placed again only when their neighbours no longer bracket them.
class InstanceRowOrder
{
public:
    // A full sort (on the model's compact sort keys); column -1 for the model's order.
    void reset(const InstanceTableModel* model, int column);
    int column() const { return m_column; }
    int size() const { return int(m_rows.size()); }
    // Position -> row.
    const std::vector<int>& rows() const { return m_rows; }

    // Rows [first, first + count) are new; the model's rows from first on moved down by count.
    void insertRows(int first, int count);
    // Rows [first, first + count) are gone; the model's rows after them moved up by count.
    void removeRows(int first, int count);
    // Each row's number before a change -> after it, -1 for a row removed.
    void renumber(const std::vector<int>& newRowOf);
    // Rows [first, last] may sort differently now. Whether any of them moved.
    bool reposition(int first, int last);

private:
    bool less(int leftRow, int rightRow) const;
    bool inPlace(int row) const;
    // Places rows that are not in the order (any order, each once).
    void place(std::vector<int> rows);
    void indexPositions();

    const InstanceTableModel* m_model = nullptr;
    int m_column = -1;
    std::vector<int> m_rows; // position -> row
    std::vector<int> m_position; // row -> position
};

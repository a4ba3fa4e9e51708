#include "InstanceRowOrder.h"

#include "InstanceTableModel.h"

#include <algorithm>
#include <numeric>

void InstanceRowOrder::reset(const InstanceTableModel* model, int column)
{
    m_model = model;
    m_column = column;
    const int rows = model ? model->rowCount() : 0;
    if (column < 0 || rows == 0) {
        m_rows.resize(size_t(rows));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        m_position = m_rows;
        return;
    }
    m_position = model->sortRanks(column);
    m_rows.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_rows[size_t(m_position[size_t(row)])] = row;
}

bool InstanceRowOrder::less(int leftRow, int rightRow) const
{
    return m_column < 0 ? leftRow < rightRow : m_model->compareRows(m_column, leftRow, rightRow) < 0;
}

void InstanceRowOrder::indexPositions()
{
    m_position.assign(m_rows.size(), -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_position[size_t(m_rows[p])] = int(p);
}

void InstanceRowOrder::place(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return less(a, b); });
    // Each new row's place by binary search from the previous one's (k log n comparisons, where a
    // merge would take n + k), then one pass that builds the merged order.
    std::vector<int> merged;
    merged.reserve(m_rows.size() + rows.size());
    auto from = m_rows.cbegin();
    for (int row : rows) {
        const auto at = std::lower_bound(from, m_rows.cend(), row, [this](int a, int b) { return less(a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_rows.cend());
    m_rows = std::move(merged);
    indexPositions();
}

void InstanceRowOrder::insertRows(int first, int count)
{
    for (int& row : m_rows)
        row += row >= first ? count : 0;
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    place(std::move(fresh));
}

void InstanceRowOrder::removeRows(int first, int count)
{
    const int last = first + count - 1;
    std::erase_if(m_rows, [first, last](int row) { return row >= first && row <= last; });
    for (int& row : m_rows)
        row -= row > last ? count : 0;
    indexPositions();
}

void InstanceRowOrder::renumber(const std::vector<int>& newRowOf)
{
    std::erase_if(m_rows, [&newRowOf](int row) { return newRowOf[size_t(row)] < 0; });
    for (int& row : m_rows)
        row = newRowOf[size_t(row)];
    indexPositions();
}

bool InstanceRowOrder::inPlace(int row) const
{
    const size_t p = size_t(m_position[size_t(row)]);
    return (p == 0 || less(m_rows[p - 1], row)) && (p + 1 == m_rows.size() || less(row, m_rows[p + 1]));
}

bool InstanceRowOrder::reposition(int first, int last)
{
    if (m_column < 0)
        return false;
    if (size_t(last - first + 1) * 8 > m_rows.size()) {
        // A change to most rows (an account renamed): a full sort on the compact keys is faster.
        reset(m_model, m_column);
        return true;
    }
    // The order is right when every pair of neighbours is; only pairs with a changed row can be
    // wrong. When one is, every changed row is placed again: a changed row that looks in place
    // next to a misplaced one may not be once that one leaves.
    bool ordered = true;
    for (int row = first; row <= last && ordered; ++row)
        ordered = inPlace(row);
    if (ordered)
        return false;
    std::erase_if(m_rows, [first, last](int row) { return row >= first && row <= last; });
    std::vector<int> changed(static_cast<size_t>(last - first + 1));
    std::iota(changed.begin(), changed.end(), first);
    place(std::move(changed));
    return true;
}

// SPDX-License-Identifier: MIT
#include "shortestaugmentingpath.h"

#include <algorithm>
#include <limits>

// Written from
//   R. Jonker, A. Volgenant, "A shortest augmenting path algorithm for dense and sparse linear
//   assignment problems", Computing 38 (1987) 325–340, and
//   D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE Transactions on
//   Aerospace and Electronic Systems 52(4) (2016) 1679–1696.
// From Jonker & Volgenant: the LP duals u (rows) and v (columns) kept feasible throughout
// (reduced costs c[i][j] − u[i] − v[j] ≥ 0, zero on assigned pairs), and the augmentation
// phase: from one free row, a Dijkstra-like search over the columns by reduced cost, each
// scanned column that is assigned extending the tree by its row, until the nearest column is
// free; then the duals move by the path lengths and the matching flips along the path. Their
// initialisation phases (column reduction, reduction transfer, augmenting row reduction) are
// for square matrices and left out, as Crouse does for the rectangular case.
// From Crouse (section III, the rectangular shortest path algorithm): rows ≤ columns, u = v = 0
// at the start with every row free, one search per row; the dual update u[curRow] += minVal,
// u[i] += minVal − shortest[col4row[i]] for the other rows reached, v[j] −= minVal − shortest[j]
// for the columns scanned; ties between columns at the same distance broken towards a free one,
// which ends the search sooner; forbidden pairs as +inf costs, and a search whose nearest column
// is at +inf meaning no complete assignment exists.
// Columns that end unassigned are never scanned, so their v stays 0 and every v is ≤ 0: the
// duals are then feasible for the rectangular LP (each row once, each column at most once) and
// add up to the optimum — RectangularAssignment hands them out as a certificate.

namespace et::domain::dispatch {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}

ShortestAugmentingPath::ShortestAugmentingPath(qsizetype rows, qsizetype columns, const double *costs)
    : m_rows(rows), m_columns(columns), m_costs(costs), m_u(size_t(rows), 0.0), m_v(size_t(columns), 0.0),
      m_columnOfRow(size_t(rows), -1), m_rowOfColumn(size_t(columns), -1), m_shortest(size_t(columns)),
      m_predecessor(size_t(columns)), m_unscanned(size_t(columns))
{
}

std::optional<ShortestAugmentingPath::Shortfall> ShortestAugmentingPath::assignAll()
{
    for (qsizetype row = 0; row < m_rows; ++row) {
        if (auto shortfall = augment(row))
            return shortfall;
    }
    return std::nullopt;
}

std::optional<ShortestAugmentingPath::Shortfall> ShortestAugmentingPath::augment(qsizetype freeRow)
{
    std::fill(m_shortest.begin(), m_shortest.end(), kInfinity);
    for (qsizetype j = 0; j < m_columns; ++j)
        m_unscanned[size_t(j)] = j;
    qsizetype unscanned = m_columns;
    m_rowsReached.clear();
    m_columnsScanned.clear();

    // Dijkstra over the columns: minVal is the distance of the column scanned last.
    double minVal = 0.0;
    qsizetype row = freeRow;
    qsizetype sink = -1;
    while (sink < 0) {
        m_rowsReached.push_back(row);
        const double *costs = m_costs + row * m_columns;
        const double ui = m_u[size_t(row)];
        double lowest = kInfinity;
        qsizetype nearest = -1;
        for (qsizetype k = 0; k < unscanned; ++k) {
            const qsizetype j = m_unscanned[size_t(k)];
            const double reduced = minVal + costs[j] - ui - m_v[size_t(j)];
            if (reduced < m_shortest[size_t(j)]) {
                m_predecessor[size_t(j)] = row;
                m_shortest[size_t(j)] = reduced;
            }
            const double d = m_shortest[size_t(j)];
            if (d < lowest || (d == lowest && m_rowOfColumn[size_t(j)] < 0)) {
                lowest = d;
                nearest = k;
            }
        }
        if (!(lowest < kInfinity))
            return Shortfall{m_rowsReached, m_columnsScanned};
        minVal = lowest;
        const qsizetype column = m_unscanned[size_t(nearest)];
        m_unscanned[size_t(nearest)] = m_unscanned[size_t(--unscanned)];
        m_columnsScanned.push_back(column);
        if (m_rowOfColumn[size_t(column)] < 0)
            sink = column;
        else
            row = m_rowOfColumn[size_t(column)];
    }

    // Duals first (they read the assignment before the path flips it), as in Crouse.
    m_u[size_t(freeRow)] += minVal;
    for (qsizetype i : m_rowsReached) {
        if (i != freeRow)
            m_u[size_t(i)] += minVal - m_shortest[size_t(m_columnOfRow[size_t(i)])];
    }
    for (qsizetype j : m_columnsScanned)
        m_v[size_t(j)] -= minVal - m_shortest[size_t(j)];

    for (qsizetype column = sink;;) {
        const qsizetype i = m_predecessor[size_t(column)];
        m_rowOfColumn[size_t(column)] = i;
        std::swap(m_columnOfRow[size_t(i)], column);
        if (i == freeRow)
            break;
    }
    return std::nullopt;
}

} // namespace et::domain::dispatch

// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace et::domain::dispatch {

/// The search behind RectangularAssignment: a minimum-cost assignment of every row of a
/// rows × columns matrix (rows ≤ columns, +inf = forbidden, no NaN or −inf — the caller checks)
/// by one shortest augmenting path per row, keeping the LP duals u (rows) and v (columns).
/// shortestaugmentingpath.cpp cites the papers and says what comes from each.
class ShortestAugmentingPath
{
public:
    /// Rows that cannot all be assigned: together they allow only `columns`, one fewer than
    /// there are rows (Hall's condition fails for them).
    struct Shortfall
    {
        std::vector<qsizetype> rows;
        std::vector<qsizetype> columns;
    };

    /// `costs` (row-major) must outlive the search.
    ShortestAugmentingPath(qsizetype rows, qsizetype columns, const double *costs);

    /// Assigns every row, or stops at the first that cannot be and says why.
    std::optional<Shortfall> assignAll();

    const std::vector<double> &u() const { return m_u; }
    const std::vector<double> &v() const { return m_v; }
    /// −1 for a row not assigned (yet).
    const std::vector<qsizetype> &columnOfRow() const { return m_columnOfRow; }

private:
    std::optional<Shortfall> augment(qsizetype freeRow);

    qsizetype m_rows;
    qsizetype m_columns;
    const double *m_costs;
    std::vector<double> m_u;
    std::vector<double> m_v;
    std::vector<qsizetype> m_columnOfRow;
    std::vector<qsizetype> m_rowOfColumn;
    // One search's state, kept to save allocations.
    std::vector<double> m_shortest;       ///< path length from the free row to each column
    std::vector<qsizetype> m_predecessor; ///< the row each column is reached from on its shortest path
    std::vector<qsizetype> m_unscanned;   ///< columns not scanned yet (the first few of the vector)
    std::vector<qsizetype> m_rowsReached;
    std::vector<qsizetype> m_columnsScanned;
};

} // namespace et::domain::dispatch

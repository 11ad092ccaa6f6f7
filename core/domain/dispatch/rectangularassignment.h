// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/costmatrix.h"
#include "domain/result.h"

#include <QList>

namespace et::domain::dispatch {

/// The exact minimum- (or maximum-) cost assignment of a rectangular cost matrix: every element
/// of the smaller side (rows, or columns when there are more rows than columns) gets its own
/// element of the larger side, and the sum of the chosen costs is optimal. The dispatch optimiser
/// uses it with trucks as rows and tasks as columns.
///
/// A forbidden pair holds +inf when minimising (−inf when maximising, as the matrix is negated
/// then) and is never chosen — it is excluded, not penalised. NaN and the other infinity are
/// errors, and so is a matrix where the smaller side cannot be assigned through allowed pairs
/// (the error names a set of rows that together allow too few columns). A matrix with no pair
/// gives an empty assignment of cost 0.
///
/// The method is the shortest augmenting path algorithm of Jonker & Volgenant (1987) in the
/// rectangular form of Crouse (2016), in ShortestAugmentingPath (its .cpp says what comes
/// from where); this class checks the matrix, transposes and negates it, and explains failures.
class RectangularAssignment
{
public:
    enum class Objective { Minimise, Maximise };

    struct Solution
    {
        /// For each row its column; −1 for the rows left out when there are more rows than columns.
        QList<qsizetype> columnOfRow;
        /// For each column its row; −1 for the columns nobody takes.
        QList<qsizetype> rowOfColumn;
        /// The sum of the chosen costs, added up from the matrix in row order.
        double cost = 0.0;
        /// An optimality certificate (the LP duals of the assignment): the duals add up to `cost`,
        /// and every allowed pair has cost ≥ rowDual + columnDual when minimising (≤ when
        /// maximising), with equality on the chosen pairs; the column duals (the row duals when
        /// there are more rows than columns) are ≤ 0 (≥ 0 when maximising), and 0 on the columns
        /// (rows) left unassigned. By weak LP duality no assignment costs less (more).
        QList<double> rowDuals;
        QList<double> columnDuals;
    };

    static Result<Solution> solve(const CostMatrix &costs, Objective objective = Objective::Minimise);
};

} // namespace et::domain::dispatch

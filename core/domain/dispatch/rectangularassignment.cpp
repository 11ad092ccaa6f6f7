// SPDX-License-Identifier: MIT
#include "rectangularassignment.h"

#include "domain/dispatch/shortestaugmentingpath.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace et::domain::dispatch {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The problem as the search sees it: at most as many rows as columns, minimised, +inf forbidden.
struct Minimisation
{
    qsizetype rows = 0;
    qsizetype columns = 0;
    bool transposed = false;
    std::vector<double> costs; ///< row-major
};

QString indexList(std::vector<qsizetype> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    constexpr size_t kShown = 10;
    QStringList parts;
    for (size_t k = 0; k < std::min(indexes.size(), kShown); ++k)
        parts << QString::number(indexes[k]);
    if (indexes.size() > kShown)
        parts << QStringLiteral("… (%1 in all)").arg(indexes.size());
    return parts.join(QStringLiteral(", "));
}

/// The matrix validated, negated when maximising and transposed when it has more rows than
/// columns. Errors name the cell in the caller's orientation.
Result<Minimisation> minimisation(const CostMatrix &m, RectangularAssignment::Objective objective)
{
    const bool maximise = objective == RectangularAssignment::Objective::Maximise;
    Minimisation p;
    p.transposed = m.rows() > m.columns();
    p.rows = p.transposed ? m.columns() : m.rows();
    p.columns = p.transposed ? m.rows() : m.columns();
    p.costs.resize(size_t(p.rows * p.columns));
    for (qsizetype r = 0; r < m.rows(); ++r) {
        const double *values = m.rowData(r);
        for (qsizetype c = 0; c < m.columns(); ++c) {
            const double cost = maximise ? -values[c] : values[c];
            if (std::isnan(cost) || cost == -kInfinity) {
                const QString why = std::isnan(cost) ? QStringLiteral("is not a number")
                                                     : QStringLiteral("is %1, which would make the %2 unbounded")
                                                           .arg(maximise ? QStringLiteral("+inf") : QStringLiteral("−inf"),
                                                                maximise ? QStringLiteral("maximum") : QStringLiteral("minimum"));
                return Error{QStringLiteral("[%1][%2]").arg(r).arg(c),
                             QStringLiteral("%1; a cost must be a number, or %2 to forbid the pair when %3")
                                 .arg(why, maximise ? QStringLiteral("−inf") : QStringLiteral("+inf"),
                                      maximise ? QStringLiteral("maximising") : QStringLiteral("minimising"))};
            }
            p.costs[size_t(p.transposed ? c * p.columns + r : r * p.columns + c)] = cost;
        }
    }
    return p;
}

/// A row of the smaller side (or, in a square matrix, of either side) with no allowed pair: the
/// plainest kind of infeasibility, named as such before any search.
std::optional<Error> lineWithNoAllowedPair(const Minimisation &p, const QString &rowWord, const QString &columnWord)
{
    const auto error = [](const QString &line, qsizetype index, const QString &other) {
        return Error{{}, QStringLiteral("the cost matrix is infeasible: %1 %2 has no allowed %3 (all its pairs are forbidden)")
                             .arg(line).arg(index).arg(other)};
    };
    std::vector<char> columnAllowed(size_t(p.columns), 0);
    for (qsizetype i = 0; i < p.rows; ++i) {
        bool any = false;
        for (qsizetype j = 0; j < p.columns; ++j) {
            if (p.costs[size_t(i * p.columns + j)] != kInfinity) {
                any = true;
                columnAllowed[size_t(j)] = 1;
            }
        }
        if (!any)
            return error(rowWord, i, columnWord);
    }
    for (qsizetype j = 0; p.rows == p.columns && j < p.columns; ++j) {
        if (!columnAllowed[size_t(j)])
            return error(columnWord, j, rowWord);
    }
    return std::nullopt;
}

QList<double> duals(const std::vector<double> &values, double sign)
{
    QList<double> out;
    out.reserve(qsizetype(values.size()));
    for (double x : values)
        out << (x == 0.0 ? 0.0 : sign * x);
    return out;
}

} // namespace

Result<RectangularAssignment::Solution> RectangularAssignment::solve(const CostMatrix &costs, Objective objective)
{
    auto problem = minimisation(costs, objective);
    if (!problem)
        return problem.error();
    const Minimisation &p = problem.value();
    const QString rowWord = p.transposed ? QStringLiteral("column") : QStringLiteral("row");
    const QString columnWord = p.transposed ? QStringLiteral("row") : QStringLiteral("column");

    Solution s;
    s.columnOfRow.fill(-1, costs.rows());
    s.rowOfColumn.fill(-1, costs.columns());
    s.rowDuals.fill(0.0, costs.rows());
    s.columnDuals.fill(0.0, costs.columns());
    if (costs.isEmpty())
        return s;
    if (auto error = lineWithNoAllowedPair(p, rowWord, columnWord))
        return *error;

    ShortestAugmentingPath search(p.rows, p.columns, p.costs.data());
    if (const auto shortfall = search.assignAll()) {
        const size_t columnCount = shortfall->columns.size();
        return Error{{}, QStringLiteral("the cost matrix is infeasible: %1s %2 together allow only %3 %4%5 (%6), "
                                        "so they cannot each get their own")
                             .arg(rowWord, indexList(shortfall->rows)).arg(columnCount)
                             .arg(columnWord, columnCount == 1 ? QString() : QStringLiteral("s"), indexList(shortfall->columns))};
    }

    // Back to the caller's orientation and sign.
    for (qsizetype i = 0; i < p.rows; ++i) {
        const qsizetype j = search.columnOfRow()[size_t(i)];
        const qsizetype row = p.transposed ? j : i;
        const qsizetype column = p.transposed ? i : j;
        s.columnOfRow[row] = column;
        s.rowOfColumn[column] = row;
    }
    for (qsizetype r = 0; r < costs.rows(); ++r) {
        if (s.columnOfRow.at(r) >= 0)
            s.cost += costs.at(r, s.columnOfRow.at(r));
    }
    const double sign = objective == Objective::Maximise ? -1.0 : 1.0;
    s.rowDuals = duals(p.transposed ? search.v() : search.u(), sign);
    s.columnDuals = duals(p.transposed ? search.u() : search.v(), sign);
    return s;
}

} // namespace et::domain::dispatch

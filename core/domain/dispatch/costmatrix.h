// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QList>

#include <limits>

namespace et::domain::dispatch {

/// The costs of an assignment problem: rows × columns doubles, row-major (row r, column c at
/// r · columns + c). A forbidden pair holds an infinity (kForbidden when minimising); the matrix
/// itself does not judge its values, RectangularAssignment does.
class CostMatrix
{
public:
    static constexpr double kForbidden = std::numeric_limits<double>::infinity();

    CostMatrix() = default;
    /// A rows × columns matrix filled with `value` (negative sizes count as 0).
    CostMatrix(qsizetype rows, qsizetype columns, double value = 0.0);

    /// The matrix of `values` read row by row; an error when there are not rows × columns of them.
    static Result<CostMatrix> fromRowMajor(qsizetype rows, qsizetype columns, QList<double> values);
    /// The matrix whose rows are `rows`; an error when they are not all as long as the first.
    static Result<CostMatrix> fromRows(const QList<QList<double>> &rows);

    qsizetype rows() const { return m_rows; }
    qsizetype columns() const { return m_columns; }
    /// True when there is no pair at all (0 rows or 0 columns).
    bool isEmpty() const { return m_rows == 0 || m_columns == 0; }

    double at(qsizetype row, qsizetype column) const { return m_values.at(row * m_columns + column); }
    void set(qsizetype row, qsizetype column, double value) { m_values[row * m_columns + column] = value; }
    /// The `columns()` values of `row`, contiguous.
    const double *rowData(qsizetype row) const { return m_values.constData() + row * m_columns; }

    /// The columns × rows matrix with the same pairs.
    CostMatrix transposed() const;

private:
    qsizetype m_rows = 0;
    qsizetype m_columns = 0;
    QList<double> m_values;
};

} // namespace et::domain::dispatch

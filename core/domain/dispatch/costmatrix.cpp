// SPDX-License-Identifier: MIT
#include "costmatrix.h"

#include <algorithm>

namespace et::domain::dispatch {

CostMatrix::CostMatrix(qsizetype rows, qsizetype columns, double value)
    : m_rows(std::max<qsizetype>(rows, 0)), m_columns(std::max<qsizetype>(columns, 0)),
      m_values(m_rows * m_columns, value)
{
}

Result<CostMatrix> CostMatrix::fromRowMajor(qsizetype rows, qsizetype columns, QList<double> values)
{
    if (rows < 0 || columns < 0)
        return Error{{}, QStringLiteral("a cost matrix cannot have %1 × %2 entries").arg(rows).arg(columns)};
    if (values.size() != rows * columns)
        return Error{{}, QStringLiteral("a %1 × %2 cost matrix needs %3 values, got %4")
                             .arg(rows).arg(columns).arg(rows * columns).arg(values.size())};
    CostMatrix m;
    m.m_rows = rows;
    m.m_columns = columns;
    m.m_values = std::move(values);
    return m;
}

Result<CostMatrix> CostMatrix::fromRows(const QList<QList<double>> &rows)
{
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().size();
    QList<double> values;
    values.reserve(rows.size() * columns);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r).size() != columns)
            return Error{QStringLiteral("[%1]").arg(r),
                         QStringLiteral("has %1 costs where row 0 has %2").arg(rows.at(r).size()).arg(columns)};
        values += rows.at(r);
    }
    return fromRowMajor(rows.size(), columns, std::move(values));
}

CostMatrix CostMatrix::transposed() const
{
    CostMatrix t(m_columns, m_rows);
    for (qsizetype r = 0; r < m_rows; ++r)
        for (qsizetype c = 0; c < m_columns; ++c)
            t.m_values[c * m_rows + r] = m_values[r * m_columns + c];
    return t;
}

} // namespace et::domain::dispatch

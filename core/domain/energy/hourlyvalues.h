// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/kpxhourlyseries.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <vector>

namespace et::domain::energy {

/// An hourly series on a regular KST clock: value i is the hour starting at firstDate 00:00 KST
/// + i hours (the mean MW of that hour). Hours a KPX file does not give, or gives as a flag
/// without an amount, are NaN, so an index is always a time and a gap is visible. The form the
/// forecaster, its skill and the calibration read KPX's series in.
class HourlyValues
{
public:
    HourlyValues() = default;
    HourlyValues(QDate firstDate, std::vector<double> values);

    /// Every hour of the dates [first, last] from `points` (KpxHourlySeries::points()).
    static HourlyValues fromPoints(const QList<KpxHourlyPoint> &points, QDate first, QDate last);

    QDate firstDate() const { return m_first; }
    qsizetype size() const { return qsizetype(m_values.size()); }
    double at(qsizetype i) const { return m_values[size_t(i)]; }
    double &operator[](qsizetype i) { return m_values[size_t(i)]; }
    const std::vector<double> &values() const { return m_values; }
    /// The start of hour i as a UTC+9 QDateTime.
    QDateTime hourStart(qsizetype i) const;
    QDate dateOf(qsizetype i) const { return m_first.addDays(i / 24); }
    static int hourOfDay(qsizetype i) { return int(i % 24); }
    /// The index of the hour starting at 00:00 KST on `date` (may be outside [0, size())).
    qsizetype indexOf(QDate date) const { return m_first.daysTo(date) * 24; }
    /// The value at `t`, reading each hour's mean as the value at the hour's middle (HH:30) and
    /// joining the middles linearly: exactly hour i's value at its middle, the mean of two hours
    /// on the hour. Before the first middle it is the first hour's value, after the last the
    /// last's. NaN for an empty series or where a neighbour used is NaN.
    double interpolatedAt(const QDateTime &t) const;

private:
    QDate m_first;
    std::vector<double> m_values;
};

} // namespace et::domain::energy

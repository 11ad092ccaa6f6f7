// SPDX-License-Identifier: MIT
#include "domain/energy/hourlyvalues.h"

#include <QTimeZone>

#include <limits>

namespace et::domain::energy {

HourlyValues::HourlyValues(QDate firstDate, std::vector<double> values) : m_first(firstDate), m_values(std::move(values)) {}

HourlyValues HourlyValues::fromPoints(const QList<KpxHourlyPoint> &points, QDate first, QDate last)
{
    const qint64 days = first.isValid() && last >= first ? first.daysTo(last) + 1 : 0;
    std::vector<double> values(size_t(days * 24), std::numeric_limits<double>::quiet_NaN());
    for (const KpxHourlyPoint &p : points) {
        const qint64 day = first.daysTo(p.date);
        if (day < 0 || day >= days || p.hour < 0 || p.hour > 23)
            continue;
        values[size_t(day * 24 + p.hour)] = p.value; // NaN for a flag without an amount
    }
    return HourlyValues(first, std::move(values));
}

double HourlyValues::interpolatedAt(const QDateTime &t) const
{
    if (m_values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    // Seconds since the first hour's middle, 00:30 KST (UTC+9) of the first date. Whole seconds
    // keep the value at a middle exactly the hour's value.
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 firstMiddle = (m_first.toJulianDay() - kUnixEpochJulianDay) * 86400 - 9 * 3600 + 1800;
    const qint64 s = t.toSecsSinceEpoch() - firstMiddle;
    const qint64 last = size() - 1;
    if (s <= 0)
        return m_values.front();
    const qint64 i = s / 3600;
    if (i >= last)
        return m_values.back();
    const double v0 = m_values[size_t(i)];
    if (s % 3600 == 0)
        return v0; // a middle: the hour's own value, whatever its neighbour
    const double v1 = m_values[size_t(i + 1)];
    return v0 + (v1 - v0) * double(s % 3600) / 3600.0;
}

QDateTime HourlyValues::hourStart(qsizetype i) const
{
    return QDateTime(m_first, QTime(0, 0), QTimeZone(9 * 3600)).addSecs(qint64(i) * 3600);
}

} // namespace et::domain::energy

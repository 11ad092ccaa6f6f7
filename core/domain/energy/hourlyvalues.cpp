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

QDateTime HourlyValues::hourStart(qsizetype i) const
{
    return QDateTime(m_first, QTime(0, 0), QTimeZone(9 * 3600)).addSecs(qint64(i) * 3600);
}

} // namespace et::domain::energy
